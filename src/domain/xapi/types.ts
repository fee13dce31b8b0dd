/**
 * The part of xAPI 1.0.3 (IEEE 9274.1.1) that Profproba writes: statements about Activities by an
 * Agent identified by an account. Field names follow the specification; see docs/xapi.md.
 */

/** Text per language, keyed by an RFC 5646 tag ("ru", "en"). */
export type LanguageMap = Record<string, string>;

/** JSON values, for extensions. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Extension values keyed by absolute IRIs. */
export type Extensions = Record<string, JsonValue>;

export interface Agent {
  objectType: 'Agent';
  /** A pseudonymous account: never a person's name. */
  account: { homePage: string; name: string };
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface InteractionComponent {
  id: string;
  description: LanguageMap;
}

export type InteractionType = 'choice' | 'sequencing' | 'long-fill-in' | 'other';

export interface ActivityDefinition {
  name: LanguageMap;
  description?: LanguageMap;
  type: string;
  interactionType?: InteractionType;
  choices?: InteractionComponent[];
  correctResponsesPattern?: string[];
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition: ActivityDefinition;
}

export interface StatementResult {
  score?: { scaled: number; raw: number; min: number; max: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** ISO 8601 duration, e.g. "PT4M12.5S". */
  duration?: string;
  extensions?: Extensions;
}

export interface StatementContext {
  /** One UUID per attempt, so an LRS can fetch everything of that attempt together. */
  registration: string;
  contextActivities?: { parent?: Activity[]; grouping?: Activity[]; other?: Activity[] };
  platform: string;
  language: string;
  extensions?: Extensions;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: StatementResult;
  context: StatementContext;
  /** ISO 8601 with a time zone (UTC), from the attempt's event log. */
  timestamp: string;
  version: '1.0.3';
}
