/**
 * The IRIs Profproba's statements use. Our own activities and extensions live under one base; the
 * verbs and activity types are the ADL vocabulary every LRS knows. An IRI identifies, it need not
 * resolve: the default base names no real server. Change it in one place (or pass `base`) when an
 * organisation owns a domain for this.
 */

export const XAPI_BASE = 'https://profproba.example/xapi/';

export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

/** The profession every scenario belongs to, as a grouping activity. */
export const PROFESSION_SLUG = 'client-relationship-manager';

/** Extension keys, relative to the base. */
export const EXTENSIONS = {
  mode: 'extensions/mode',
  scenarioVersion: 'extensions/scenario-version',
  scenarioHash: 'extensions/scenario-hash',
  session: 'extensions/session',
  timedOut: 'extensions/timed-out',
  competencies: 'extensions/competencies',
  outcome: 'extensions/outcome',
  profileFit: 'extensions/profile-fit',
  pendingRatings: 'extensions/pending-ratings',
} as const;

export type ExtensionName = keyof typeof EXTENSIONS;

/** Builds the IRIs under one base; the base must be an absolute http(s) IRI. */
export function iris(base: string = XAPI_BASE) {
  const root = base.endsWith('/') ? base : `${base}/`;
  let parsed: URL;
  try {
    parsed = new URL(root);
  } catch {
    throw new Error(`xAPI base is not an absolute IRI: ${base}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`xAPI base must be http or https: ${base}`);
  const seg = encodeURIComponent;
  return {
    base: root,
    scenario: (id: string) => `${root}scenarios/${seg(id)}`,
    step: (scenarioId: string, stepId: string) => `${root}scenarios/${seg(scenarioId)}/steps/${seg(stepId)}`,
    competency: (id: string) => `${root}competencies/${seg(id)}`,
    profession: () => `${root}professions/${PROFESSION_SLUG}`,
    /** ADL has no activity type for a profession; ours sits under the base. */
    professionType: () => `${root}activity-types/profession`,
    extension: (name: ExtensionName) => `${root}${EXTENSIONS[name]}`,
  };
}

export type Iris = ReturnType<typeof iris>;
