/**
 * An attempt as xAPI statements: `attempted` the scenario when it started, one statement per
 * decision in the order made (`answered` a step, or `experienced` a narration the trainee read
 * and continued), and `completed` with the score, the profile fit and the per-competency scores
 * when the attempt reached an ending. Pure and synchronous: the same attempt gives the same
 * statements, ids included, on any machine (see docs/xapi.md).
 */
import { COMPETENCY_NAMES, type CompetencyId } from '../profile/competencies';
import { PROFESSION_TITLE } from '../profile/profession';
import type { Decision } from '../scenario/compile';
import { contentHash } from '../scenario/hash';
import type { Scenario, ScenarioText, Step } from '../scenario/schema';
import { requirementMet } from '../scoring/score';
import type { Result } from '../scoring/types';
import type { Language } from '../text';
import { isoDuration } from './duration';
import { ACTIVITY_TYPES, iris, VERBS, XAPI_VERSION, type Iris, type VerbName } from './iri';
import type {
  Activity,
  ActivityDefinition,
  Agent,
  Extensions,
  InteractionComponent,
  JsonValue,
  LanguageMap,
  Statement,
  StatementContext,
  StatementResult,
} from './types';
import { URL_NAMESPACE, uuidV5 } from './uuid';

/** What of an attempt's header the statements need (a subset of the stored AttemptRecord). */
export interface XapiAttemptHeader {
  id: string;
  mode: 'practice' | 'assessment';
  language: Language;
  startedAt: number;
  updatedAt: number;
  status: 'active' | 'completed' | 'abandoned';
  /** A counsellor's assessment session the attempt belongs to. */
  sessionId?: string;
}

export interface XapiAttempt {
  attempt: XapiAttemptHeader;
  /** The exact scenario document the attempt ran on. */
  scenario: Scenario;
  /** Its content hash, recorded so a statement names the version it is about. */
  scenarioHash?: string;
  /** The decisions replayed from the event log, in order, with their times. */
  decisions: readonly Decision[];
  /** This attempt scored on its own (with any ratings of written answers); read when completed. */
  result: Result;
}

/**
 * Who the statements are about: a pseudonymous account name only (a trainee profile's id, a
 * candidate's id). There is deliberately no field for a person's name.
 */
export interface XapiActor {
  account: string;
}

export interface XapiOptions {
  /** The IRI base of activities and extensions; default XAPI_BASE. */
  base?: string;
}

const PLATFORM = 'Profproba';

const VERB_DISPLAY: Record<VerbName, LanguageMap> = {
  attempted: { en: 'attempted', ru: 'начал(а)' },
  answered: { en: 'answered', ru: 'ответил(а)' },
  experienced: { en: 'experienced', ru: 'ознакомился(-ась)' },
  completed: { en: 'completed', ru: 'завершил(а)' },
};

/** The xAPI delimiter between the items of a multiple-choice or sequencing response. */
const ITEM_SEPARATOR = '[,]';

function languageMap(text: ScenarioText | undefined): LanguageMap {
  const map: LanguageMap = {};
  for (const [language, value] of Object.entries(text ?? {}))
    if (typeof value === 'string' && value.trim() !== '') map[language] = value;
  return map;
}

/** A name is required; a text missing in every language falls back to the id ("und": undetermined). */
function nameOr(text: ScenarioText | undefined, fallback: string): LanguageMap {
  const map = languageMap(text);
  return Object.keys(map).length > 0 ? map : { und: fallback };
}

function scenarioActivity(scenario: Scenario, iri: Iris): Activity {
  const description = languageMap(scenario.description);
  return {
    objectType: 'Activity',
    id: iri.scenario(scenario.id),
    definition: {
      name: nameOr(scenario.title, scenario.id),
      ...(Object.keys(description).length > 0 ? { description } : {}),
      type: ACTIVITY_TYPES.simulation,
    },
  };
}

function professionActivity(iri: Iris): Activity {
  return {
    objectType: 'Activity',
    id: iri.profession(),
    definition: { name: { ...PROFESSION_TITLE }, type: iri.professionType() },
  };
}

const NAMES = new Map(COMPETENCY_NAMES.map((c) => [c.id, c.name]));

function competencyActivity(id: CompetencyId, iri: Iris): Activity {
  const name = NAMES.get(id);
  return {
    objectType: 'Activity',
    id: iri.competency(id),
    definition: { name: name ? { ...name } : { und: id }, type: ACTIVITY_TYPES.objective },
  };
}

/** What the trainee was asked at a step: the question, the task, or the client's last line. */
function stepQuestion(step: Step): ScenarioText | undefined {
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
      return step.lines[step.lines.length - 1]?.text;
    case 'narration':
      return step.text;
    case 'recall':
    case 'data':
      return step.question;
    case 'inspect':
    case 'ranking':
    case 'written':
      return step.prompt;
    case 'ending':
      return step.title;
  }
}

function components(items: readonly { id: string; text: ScenarioText }[]): InteractionComponent[] {
  return items.map((item) => ({ id: item.id, description: nameOr(item.text, item.id) }));
}

function interaction(
  step: Step,
): Pick<ActivityDefinition, 'interactionType' | 'choices' | 'correctResponsesPattern'> {
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
    case 'recall':
    case 'data':
      // No single correct option: options are keyed per competency, not right or wrong.
      return { interactionType: 'choice', choices: components(step.options) };
    case 'inspect':
      return {
        interactionType: 'choice',
        choices: components(step.items),
        correctResponsesPattern: [
          step.items
            .filter((i) => i.faulty)
            .map((i) => i.id)
            .join(ITEM_SEPARATOR),
        ],
      };
    case 'ranking':
      return {
        interactionType: 'sequencing',
        choices: components(step.items),
        correctResponsesPattern: [step.expertOrder.join(ITEM_SEPARATOR)],
      };
    case 'written':
      return { interactionType: 'long-fill-in' };
    case 'narration':
    case 'ending':
      return { interactionType: 'other' };
  }
}

function stepActivity(scenario: Scenario, step: Step, iri: Iris): Activity {
  return {
    objectType: 'Activity',
    id: iri.step(scenario.id, step.id),
    definition: {
      name: nameOr(stepQuestion(step), step.id),
      type: ACTIVITY_TYPES.interaction,
      ...interaction(step),
    },
  };
}

/** The verb and result of one decision. */
function decisionParts(decision: Decision, iri: Iris): { verb: VerbName; result?: StatementResult } {
  const choice = decision.choice;
  switch (choice.type) {
    case 'option':
      return { verb: 'answered', result: { response: choice.optionId } };
    case 'timeout':
      return { verb: 'answered', result: { extensions: { [iri.extension('timedOut')]: true } } };
    case 'inspect':
      return { verb: 'answered', result: { response: choice.selected.join(ITEM_SEPARATOR) } };
    case 'ranking':
      return { verb: 'answered', result: { response: choice.order.join(ITEM_SEPARATOR) } };
    case 'written':
      return { verb: 'answered', result: { response: choice.text } };
    case 'continue':
      return { verb: 'experienced' };
  }
}

function competencyScores(result: Result, iri: Iris): Extensions {
  const fit = new Map(result.fit.entries.map((e) => [e.competency, e]));
  const out: Extensions = {};
  for (const c of result.competencies) {
    const entry = fit.get(c.competency);
    const value: { [key: string]: JsonValue } = {
      id: c.competency,
      score: c.score,
      scaled: c.score === null ? null : c.score / 100,
      observations: c.observations,
      level: c.level,
      required: entry?.required ?? null,
      meets: entry?.meets ?? null,
    };
    out[iri.competency(c.competency)] = value;
  }
  return out;
}

function completedResult(item: XapiAttempt, end: number, iri: Iris): StatementResult {
  const { result } = item;
  const success = requirementMet(result);
  return {
    ...(result.overall === null
      ? {}
      : { score: { scaled: result.overall / 100, raw: result.overall, min: 0, max: 100 } }),
    ...(success === undefined ? {} : { success }),
    completion: true,
    duration: isoDuration(end - item.attempt.startedAt),
    extensions: {
      [iri.extension('competencies')]: competencyScores(result, iri),
      [iri.extension('outcome')]: result.outcomes[0]?.outcome ?? null,
      [iri.extension('profileFit')]: result.fit.percent,
      [iri.extension('pendingRatings')]: result.pendingRatings,
    },
  };
}

function agent(actor: XapiActor, iri: Iris): Agent {
  if (actor.account.trim() === '') throw new Error('xAPI actor needs an account name');
  return { objectType: 'Agent', account: { homePage: iri.base, name: actor.account } };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The statements of one attempt, in the order the events happened. */
export function attemptStatements(
  item: XapiAttempt,
  actor: XapiActor,
  options: XapiOptions = {},
): Statement[] {
  const iri = iris(options.base);
  const namespace = uuidV5(URL_NAMESPACE, iri.base);
  const { attempt, scenario } = item;
  const who = agent(actor, iri);
  const scenarioObject = scenarioActivity(scenario, iri);
  const context = (activities: StatementContext['contextActivities']): StatementContext => ({
    registration: uuidV5(namespace, `registration/${attempt.id}`),
    contextActivities: { ...activities, grouping: [professionActivity(iri)] },
    platform: PLATFORM,
    language: attempt.language,
    extensions: {
      [iri.extension('mode')]: attempt.mode,
      [iri.extension('scenarioVersion')]: scenario.version,
      ...(item.scenarioHash ? { [iri.extension('scenarioHash')]: item.scenarioHash } : {}),
      ...(attempt.sessionId ? { [iri.extension('session')]: attempt.sessionId } : {}),
    },
  });
  // The id names the attempt, the statement's place in it and its content: exporting again gives
  // the same ids (an LRS keeps one copy); a statement that changed (a written answer rated since)
  // gets a new id rather than a conflict with the old one.
  const statement = (seq: number, body: Omit<Statement, 'id' | 'actor' | 'version'>): Statement => {
    const content = { actor: who, ...body, version: XAPI_VERSION } as const;
    return { id: uuidV5(namespace, `${attempt.id}/${seq}/${contentHash(content)}`), ...content };
  };
  const verb = (name: VerbName) => ({ id: VERBS[name], display: { ...VERB_DISPLAY[name] } });

  const steps = new Map(scenario.steps.map((s) => [s.id, s]));
  const statements: Statement[] = [
    statement(0, {
      verb: verb('attempted'),
      object: scenarioObject,
      context: context({}),
      timestamp: iso(attempt.startedAt),
    }),
  ];
  item.decisions.forEach((decision, i) => {
    const step = steps.get(decision.stepId);
    // A replayed log only holds steps of its scenario; anything else is not reported as fact.
    if (!step) return;
    const parts = decisionParts(decision, iri);
    statements.push(
      statement(i + 1, {
        verb: verb(parts.verb),
        object: stepActivity(scenario, step, iri),
        ...(parts.result ? { result: parts.result } : {}),
        context: context({ parent: [scenarioObject] }),
        timestamp: iso(decision.at),
      }),
    );
  });
  if (attempt.status === 'completed') {
    // The ending is reached by the last decision; an attempt without any ends when last updated.
    const end = item.decisions[item.decisions.length - 1]?.at ?? attempt.updatedAt;
    statements.push(
      statement(item.decisions.length + 1, {
        verb: verb('completed'),
        object: scenarioObject,
        result: completedResult(item, end, iri),
        context: context({
          other: item.result.competencies.map((c) => competencyActivity(c.competency, iri)),
        }),
        timestamp: iso(end),
      }),
    );
  }
  return statements;
}

/** The statements of several attempts (a session, an assessment battery), attempt after attempt. */
export function attemptsStatements(
  items: readonly XapiAttempt[],
  actor: XapiActor,
  options: XapiOptions = {},
): Statement[] {
  return items.flatMap((item) => attemptStatements(item, actor, options));
}
