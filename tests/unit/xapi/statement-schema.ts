/**
 * The xAPI 1.0.3 rules the exported statements must keep, as a zod schema for the tests: required
 * fields, no unknown properties (an LRS rejects them), UUIDs, absolute IRIs, language maps,
 * scores in range, ISO 8601 times and durations.
 */
import { z } from 'zod';

const iri = z.string().refine((value) => {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}, 'an absolute IRI');

/** RFC 5646 tags as we write them ("ru", "en", "en-US", "und"). */
const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);

const languageMap = z
  .record(languageTag, z.string().min(1))
  .refine((map) => Object.keys(map).length > 0, 'a language map with at least one language');

const extensions = z.record(iri, z.unknown());

const activity = z.strictObject({
  objectType: z.literal('Activity'),
  id: iri,
  definition: z.strictObject({
    name: languageMap,
    description: languageMap.optional(),
    type: iri,
    interactionType: z.enum(['choice', 'sequencing', 'long-fill-in', 'other']).optional(),
    choices: z.array(z.strictObject({ id: z.string().min(1), description: languageMap })).optional(),
    correctResponsesPattern: z.array(z.string()).optional(),
  }),
});

const score = z
  .strictObject({
    scaled: z.number().min(-1).max(1),
    raw: z.number(),
    min: z.number(),
    max: z.number(),
  })
  .refine((s) => s.min <= s.raw && s.raw <= s.max, 'raw between min and max');

export const statementSchema = z.strictObject({
  id: z.uuid(),
  actor: z.strictObject({
    objectType: z.literal('Agent'),
    account: z.strictObject({ homePage: iri, name: z.string().min(1) }),
  }),
  verb: z.strictObject({ id: iri, display: languageMap }),
  object: activity,
  result: z
    .strictObject({
      score: score.optional(),
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      response: z.string().optional(),
      duration: z
        .string()
        .regex(/^PT(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/)
        .refine((d) => d !== 'PT')
        .optional(),
      extensions: extensions.optional(),
    })
    .optional(),
  context: z.strictObject({
    registration: z.uuid(),
    contextActivities: z
      .strictObject({
        parent: z.array(activity).optional(),
        grouping: z.array(activity).optional(),
        category: z.array(activity).optional(),
        other: z.array(activity).optional(),
      })
      .optional(),
    platform: z.string().min(1),
    language: languageTag,
    extensions: extensions.optional(),
  }),
  timestamp: z.iso.datetime(),
  version: z.literal('1.0.3'),
});

export type CheckedStatement = z.infer<typeof statementSchema>;
