/**
 * The scenario format: one JSON document per client case, defined once here with zod 4.
 * Types are inferred from the schemas; scenarios/scenario.schema.json is generated from
 * `ScenarioSchema` (`npm run schema`). Structure only: cross-references (a `next` that names
 * no step, undeclared variables, missing translations…) are checked in validate.ts.
 *
 * Format guide with a complete example: docs/scenario-format.md.
 */
import { z } from 'zod';
import { COMPETENCY_IDS } from '../profile/competencies';
import { LANGUAGES } from '../text';

/** Longest single text we accept; a scenario is a conversation, not a book. */
const MAX_TEXT = 20_000;
/** More steps than any hand-written case; the editor and the player stay responsive below it. */
export const MAX_STEPS = 10_000;

// ---------------------------------------------------------------- primitives

/** A step, option or item id: starts with a letter; letters, digits, `_`, `-` (no dots: ids name machine states). */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/)
  .meta({ description: 'Id: a letter, then letters, digits, _ or - (at most 64 characters).' });

/** A variable name: an identifier (letters, digits, `_`). */
export const VarNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/)
  .meta({ description: 'Variable name: a letter, then letters, digits or _.' });

export const LanguageSchema = z.enum(LANGUAGES);

/**
 * A text the user sees, per language. Both keys are optional here; the validator requires
 * every language the scenario declares (and non-blank). Texts are plain text: markup is shown
 * literally, never interpreted.
 */
export const LocalizedSchema = z
  .strictObject({
    /** Russian text. */
    ru: z.string().max(MAX_TEXT).optional(),
    /** English text. */
    en: z.string().max(MAX_TEXT).optional(),
  })
  .meta({ id: 'Localized', description: 'Plain text per language: {"ru": "…", "en": "…"}.' });

export const CompetencyIdSchema = z.enum(COMPETENCY_IDS);

/**
 * Expert-keyed evidence of one choice: competency id -> integer weight −2…+2
 * (+2 = clearly shows the competency, −2 = clearly contradicts it). `{}` = observes nothing.
 */
export const EvidenceSchema = z
  .partialRecord(CompetencyIdSchema, z.int().min(-2).max(2))
  .meta({ id: 'Evidence', description: 'Competency id -> integer weight from -2 to +2.' });

/**
 * Competencies a task step (inspect, ranking) observes, with a weight 1…2: the step yields
 * evidence between −weight and +weight for each, from how well the task was done.
 */
export const TaskCompetenciesSchema = z
  .partialRecord(CompetencyIdSchema, z.int().min(1).max(2))
  .meta({ description: 'Competency id -> weight 1 or 2; the task yields evidence from -weight to +weight.' });

// ---------------------------------------------------------------- variables, conditions, effects

/** A bounded number variable, e.g. the client's mood or the deal value. */
export const NumberVarSchema = z.strictObject({
  /** Lowest value; `add` effects are clamped to it. */
  min: z.number(),
  /** Highest value; `add` effects are clamped to it. */
  max: z.number(),
  /** Value at the start; must lie within min…max. */
  initial: z.number(),
});

/**
 * Declared variables. The names `mood` and `trust` are reserved for the two meters the player
 * shows (client's mood and trust, 0…100); declare them as numbers 0…100 when used, and
 * `mood.initial` must equal `persona.mood`. A name is either a number or a flag, never both.
 */
export const VariablesSchema = z.strictObject({
  /** Number variables: name -> bounds and initial value. */
  numbers: z.record(VarNameSchema, NumberVarSchema).optional(),
  /** Flags: name -> initial value. */
  flags: z.record(VarNameSchema, z.boolean()).optional(),
});

type Value = number | boolean;

/**
 * A declarative condition over variables. Exactly one operator per object; comparisons name a
 * declared variable first: `{"eq": ["trust", 50]}`, `{"lt": ["mood", 30]}`,
 * `{"in": ["discount", [5, 10]]}`, `{"all": [c1, c2]}`, `{"any": [...]}`, `{"not": c}`.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { eq: [string, Value] }
  | { lt: [string, number] }
  | { gt: [string, number] }
  | { in: [string, Value[]] };

const ValueSchema = z.union([z.number(), z.boolean()]);

const CONDITION_OPERATORS = ['all', 'any', 'not', 'eq', 'lt', 'gt', 'in'] as const;

/*
 * One object with every operator optional and a check that exactly one is present, rather than a
 * union of seven objects: a union tries each branch and builds an error for every miss, which made
 * conditions the slowest part of validating a large scenario.
 */
export const ConditionSchema: z.ZodType<Condition> = z
  .strictObject({
    get all() {
      return z.array(ConditionSchema).min(1).optional();
    },
    get any() {
      return z.array(ConditionSchema).min(1).optional();
    },
    get not() {
      return ConditionSchema.optional();
    },
    eq: z.tuple([VarNameSchema, ValueSchema]).optional(),
    lt: z.tuple([VarNameSchema, z.number()]).optional(),
    gt: z.tuple([VarNameSchema, z.number()]).optional(),
    in: z.tuple([VarNameSchema, z.array(ValueSchema).min(1)]).optional(),
  })
  .refine((c) => CONDITION_OPERATORS.filter((op) => c[op] !== undefined).length === 1, {
    message: 'exactly one operator',
  })
  .meta({
    id: 'Condition',
    description: 'Exactly one operator: all, any, not, eq, lt, gt or in.',
    minProperties: 1,
    maxProperties: 1,
  }) as z.ZodType<Condition>;

/**
 * A change to a variable when a choice is made. `add` works on numbers (result clamped to the
 * variable's bounds); `set` assigns a number (clamped) or a flag.
 */
export const EffectSchema = z
  .discriminatedUnion('op', [
    z.strictObject({
      op: z.literal('add'),
      /** A declared number variable. */
      var: VarNameSchema,
      /** Amount to add (negative to subtract). */
      value: z.number(),
    }),
    z.strictObject({
      op: z.literal('set'),
      /** A declared variable. */
      var: VarNameSchema,
      /** New value: a number for a number variable, true/false for a flag. */
      value: ValueSchema,
    }),
  ])
  .meta({ id: 'Effect' });

/** A conditional exit: the first route whose `when` holds is taken; otherwise `next`. */
export const RouteSchema = z.strictObject({
  /** Condition evaluated after the option's effects are applied. */
  when: ConditionSchema,
  /** Step to go to when the condition holds. */
  next: IdSchema,
});

// ---------------------------------------------------------------- options and shared parts

/** One reply the trainee can choose. */
export const OptionSchema = z
  .strictObject({
    /** Unique within its step; stored in the attempt's event log. */
    id: IdSchema,
    /** The manager's reply (or the answer, in recall and data steps). */
    text: LocalizedSchema,
    /** Expert-keyed evidence; `{}` for a neutral option. */
    evidence: EvidenceSchema,
    /** Why this choice is good or bad; shown after choosing in practice mode. */
    feedback: LocalizedSchema,
    /** Changes to variables, applied in order when chosen. */
    effects: z.array(EffectSchema).optional(),
    /** Conditional exits, checked in order after the effects; the first that holds wins. */
    routes: z.array(RouteSchema).optional(),
    /** Step to go to (the default when no route holds). */
    next: IdSchema,
  })
  .meta({ id: 'Option' });

const OptionsSchema = z.array(OptionSchema).min(2).max(6);

export const SpeakerSchema = z.enum(['client', 'manager', 'colleague', 'narrator']);

/** A spoken line; `client` is the persona, `colleague` a co-worker or boss, `narrator` stage text. */
export const LineSchema = z.strictObject({
  /** Who says it. */
  speaker: SpeakerSchema,
  /** What is said. */
  text: LocalizedSchema,
});

/** A document shown for reading: a letter, a contract, a note from the boss. */
export const DocumentSchema = z
  .strictObject({
    /** Heading, e.g. «Письмо от клиента». */
    title: LocalizedSchema,
    /** Sender or source line, e.g. the letter's author. */
    from: LocalizedSchema.optional(),
    /** Body as plain-text paragraphs. */
    paragraphs: z.array(LocalizedSchema).optional(),
    /** Body as label/value fields (a form, a card, contract terms). */
    fields: z.array(z.strictObject({ label: LocalizedSchema, value: LocalizedSchema })).optional(),
  })
  .refine((d) => (d.paragraphs?.length ?? 0) + (d.fields?.length ?? 0) > 0, {
    message: 'a document needs paragraphs or fields',
  });

// ---------------------------------------------------------------- steps

const stepBase = {
  /** Unique step id; `next`, `routes`, `about` and `start` refer to it. */
  id: IdSchema,
};

/** The client speaks; the trainee picks one of 2–6 replies. */
export const DialogueStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('dialogue'),
  /** Lines shown before the choice, in order. */
  lines: z.array(LineSchema).min(1),
  /** 2–6 replies. */
  options: OptionsSchema,
});

/** What happens when a timed step's time runs out: a route plus its own evidence. */
export const TimeoutSchema = z.strictObject({
  /** Step to go to. */
  next: IdSchema,
  /** Shown after the timeout in practice mode. */
  feedback: LocalizedSchema.optional(),
  /** Evidence of not answering in time (e.g. `{"q.stress": -2}`); counts like a chosen option. */
  evidence: EvidenceSchema.optional(),
  /** Changes to variables on timeout. */
  effects: z.array(EffectSchema).optional(),
});

/** A dialogue with a time limit (stress resistance). The deadline is absolute in the machine context. */
export const TimedStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('timed'),
  lines: z.array(LineSchema).min(1),
  options: OptionsSchema,
  /** Seconds to answer (5–600). The player may slow or disable timers for accessibility outside assessment. */
  timeLimitSeconds: z.int().min(5).max(600),
  /** Route taken when time runs out. */
  onTimeout: TimeoutSchema,
});

/** Context to read: stage text and optionally a document. The trainee continues. */
export const NarrationStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('narration'),
  /** Narrator's text. */
  text: LocalizedSchema,
  /** Optional document to read (letter, contract, note). */
  document: DocumentSchema.optional(),
  /** Step after «Continue». */
  next: IdSchema,
});

/** A question about something shown earlier (memory), answered by choosing an option. */
export const RecallStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('recall'),
  /** The question. */
  question: LocalizedSchema,
  /** Id of the earlier step the question is about; it must be able to come before this one. */
  about: IdSchema,
  /** 2–6 answers. */
  options: OptionsSchema,
});

/** One item of an inspect task, e.g. a contract clause. */
export const InspectItemSchema = z.strictObject({
  /** Unique within the step. */
  id: IdSchema,
  /** The item as shown. */
  text: LocalizedSchema,
  /** True when the item is wrong and should be picked. */
  faulty: z.boolean(),
  /** Why it is (or is not) faulty; shown after answering in practice mode. */
  explanation: LocalizedSchema,
});

/**
 * Pick the faulty items among several (attention). Scored by hits and false alarms:
 * evidence = weight × clamp((hits − falseAlarms) / faultyCount, −1, 1).
 */
export const InspectStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('inspect'),
  /** Task, e.g. «Отметьте пункты договора с ошибками». */
  prompt: LocalizedSchema,
  /** 2–12 items, at least one faulty and one correct. */
  items: z.array(InspectItemSchema).min(2).max(12),
  /** Competencies observed and their weights. */
  competencies: TaskCompetenciesSchema,
  /** Step after answering. */
  next: IdSchema,
});

/** A table column. */
export const ColumnSchema = z.strictObject({
  /** Key of the value in each row. */
  key: IdSchema,
  /** Column heading. */
  label: LocalizedSchema,
  /** Alignment; numbers read best right-aligned. */
  align: z.enum(['left', 'right', 'center']).optional(),
  /** How numbers are shown: plain text, integer, decimal, money (₽ in ru, RUB in en), percent. */
  format: z.enum(['text', 'integer', 'number', 'money', 'percent']).optional(),
});

/** A table cell: a number, a language-neutral string (e.g. a code), or a localized text. */
export const CellSchema = z.union([z.number(), z.string().max(MAX_TEXT), LocalizedSchema]);

/** A data table shown in a data step. */
export const TableSchema = z.strictObject({
  /** Caption above the table. */
  caption: LocalizedSchema.optional(),
  /** 1–12 columns. */
  columns: z.array(ColumnSchema).min(1).max(12),
  /** Rows: column key -> cell. */
  rows: z.array(z.record(IdSchema, CellSchema)).min(1).max(200),
});

/** A table and a question about it (analytical thinking, information processing). */
export const DataStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('data'),
  /** The data to analyse. */
  table: TableSchema,
  /** The question. */
  question: LocalizedSchema,
  /** 2–6 answers. */
  options: OptionsSchema,
});

/** One response to rank. */
export const RankItemSchema = z.strictObject({
  /** Unique within the step. */
  id: IdSchema,
  /** The response as shown. */
  text: LocalizedSchema,
});

/**
 * Order responses from most to least effective. Scored against the expert order with
 * Spearman's footrule: evidence = weight × (1 − 2·Σ|rank − expertRank| / maxDistance).
 */
export const RankingStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('ranking'),
  /** Task text. */
  prompt: LocalizedSchema,
  /** 3–7 responses, shown in the order given here. */
  items: z.array(RankItemSchema).min(3).max(7),
  /** All item ids, most effective first. */
  expertOrder: z.array(IdSchema).min(3).max(7),
  /** Competencies observed and their weights. */
  competencies: TaskCompetenciesSchema,
  /** Explanation of the expert order; shown after answering in practice mode. */
  feedback: LocalizedSchema,
  /** Step after answering. */
  next: IdSchema,
});

/** One criterion of a written answer's rubric. */
export const CriterionSchema = z.strictObject({
  /** Unique within the rubric. */
  id: IdSchema,
  /** Short name, e.g. «Извинение». */
  label: LocalizedSchema,
  /** What the counsellor looks for. */
  description: LocalizedSchema,
  /** Points for this criterion, 1–10. */
  maxPoints: z.int().min(1).max(10),
});

/** A free-text answer kept for a counsellor to rate with the rubric; never scored automatically. */
export const WrittenStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('written'),
  /** Task, e.g. «Напишите ответ на письмо клиента». */
  prompt: LocalizedSchema,
  /** Longest answer accepted, in characters (default 2000 in the player). */
  maxLength: z.int().min(50).max(10_000).optional(),
  /** How the counsellor rates it. */
  rubric: z.strictObject({
    /** 1–8 criteria. */
    criteria: z.array(CriterionSchema).min(1).max(8),
  }),
  /** Competencies the rating observes. */
  competencies: z.array(CompetencyIdSchema).min(1),
  /** Step after submitting. */
  next: IdSchema,
});

/**
 * Scenario outcomes: `deal` deal closed, `kept` client kept, `resolved` complaint or problem
 * resolved, `partial` partly successful (follow-up agreed, smaller deal), `escalated` handed over
 * to a senior colleague, `lost` client lost.
 */
export const OutcomeSchema = z.enum(['deal', 'kept', 'resolved', 'partial', 'escalated', 'lost']);

/** The end of the case. */
export const EndingStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('ending'),
  /** What came of it. */
  outcome: OutcomeSchema,
  /** Heading, e.g. «Сделка заключена». */
  title: LocalizedSchema,
  /** What happened and why. */
  summary: LocalizedSchema,
});

export const StepSchema = z
  .discriminatedUnion('kind', [
    DialogueStepSchema,
    TimedStepSchema,
    NarrationStepSchema,
    RecallStepSchema,
    InspectStepSchema,
    DataStepSchema,
    RankingStepSchema,
    WrittenStepSchema,
    EndingStepSchema,
  ])
  .meta({ id: 'Step' });

// ---------------------------------------------------------------- the document

export const ChannelSchema = z.enum(['phone', 'face', 'email', 'chat']);

/** Colour of the persona's initials badge; the UI maps it to an accessible palette. */
export const AvatarColorSchema = z.enum(['blue', 'green', 'orange', 'purple', 'red', 'teal', 'grey']);

/** The client. */
export const PersonaSchema = z.strictObject({
  /** Full name as addressed, e.g. «Ирина Сергеевна Волкова». */
  name: LocalizedSchema,
  /** Client's company. */
  company: LocalizedSchema,
  /** Position, e.g. «директор по закупкам». */
  role: LocalizedSchema,
  /** Badge; the UI shows initials derived from the name. */
  avatar: z.strictObject({ color: AvatarColorSchema }).optional(),
  /** Starting mood 0 (hostile) … 100 (delighted). */
  mood: z.int().min(0).max(100),
});

export const ScenarioSchema = z
  .strictObject({
    /** Editor hint: path or URL of scenario.schema.json. Ignored by the app. */
    $schema: z.string().optional(),
    /** Format version; 1 for this format. */
    format: z.literal(1),
    /** Slug, unique in the library: lowercase letters, digits and single hyphens. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(64),
    /** Content version; raise it on every published change (old attempts keep their copy). */
    version: z.int().min(1),
    /** Languages the scenario supports; every text must exist in each. */
    languages: z.array(LanguageSchema).min(1).max(2),
    /** Name of the case. */
    title: LocalizedSchema,
    /** One or two sentences for the catalogue. */
    description: LocalizedSchema,
    /** How the conversation takes place. */
    channel: ChannelSchema,
    /** The client. */
    persona: PersonaSchema,
    /** Typical duration in minutes. */
    estimatedMinutes: z.int().min(1).max(180),
    /** 1 introductory, 2 intermediate, 3 advanced. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Competencies the scenario sets out to observe (each should be observed by some step). */
    competencies: z.array(CompetencyIdSchema).min(1),
    /** Declared variables. */
    variables: VariablesSchema,
    /** Id of the first step. */
    start: IdSchema,
    /** All steps; order is for authors only (the graph is given by `next`). */
    steps: z.array(StepSchema).min(1).max(MAX_STEPS),
  })
  .meta({ id: 'Scenario', title: 'Profproba scenario' });

// ---------------------------------------------------------------- types

/** Scenario text: same shape as PartialLocalized in ../text; the validator requires the declared languages. */
export type ScenarioText = z.infer<typeof LocalizedSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type TaskCompetencies = z.infer<typeof TaskCompetenciesSchema>;
export type NumberVar = z.infer<typeof NumberVarSchema>;
export type Variables = z.infer<typeof VariablesSchema>;
export type Effect = z.infer<typeof EffectSchema>;
export type Route = z.infer<typeof RouteSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Line = z.infer<typeof LineSchema>;
export type NarrationDocument = z.infer<typeof DocumentSchema>;
export type DialogueStep = z.infer<typeof DialogueStepSchema>;
export type Timeout = z.infer<typeof TimeoutSchema>;
export type TimedStep = z.infer<typeof TimedStepSchema>;
export type NarrationStep = z.infer<typeof NarrationStepSchema>;
export type RecallStep = z.infer<typeof RecallStepSchema>;
export type InspectItem = z.infer<typeof InspectItemSchema>;
export type InspectStep = z.infer<typeof InspectStepSchema>;
export type Column = z.infer<typeof ColumnSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type Table = z.infer<typeof TableSchema>;
export type DataStep = z.infer<typeof DataStepSchema>;
export type RankItem = z.infer<typeof RankItemSchema>;
export type RankingStep = z.infer<typeof RankingStepSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type WrittenStep = z.infer<typeof WrittenStepSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type EndingStep = z.infer<typeof EndingStepSchema>;
export type Step = z.infer<typeof StepSchema>;
export type StepKind = Step['kind'];
export type Channel = z.infer<typeof ChannelSchema>;
export type AvatarColor = z.infer<typeof AvatarColorSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Steps where the trainee picks one option. */
export type ChoiceStep = DialogueStep | TimedStep | RecallStep | DataStep;

export const OUTCOMES = OutcomeSchema.options;
export const CHANNELS = ChannelSchema.options;
export const STEP_KINDS = [
  'dialogue',
  'timed',
  'narration',
  'recall',
  'inspect',
  'data',
  'ranking',
  'written',
  'ending',
] as const satisfies readonly StepKind[];

export function isChoiceStep(step: Step): step is ChoiceStep {
  return step.kind === 'dialogue' || step.kind === 'timed' || step.kind === 'recall' || step.kind === 'data';
}
