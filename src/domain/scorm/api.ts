/**
 * The SCORM 1.2 run-time API (the `API` object an LMS puts on a window above the content) and
 * the search for it that the SCORM 1.2 Run-Time Environment describes: up the `parent` chain of
 * the content's window, then the same from its `opener`. Every value crosses as a string.
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The part of a window the search reads, so tests can pass plain objects. */
export interface ApiHost {
  readonly parent: ApiHost | null;
  readonly opener: ApiHost | null;
}

const METHODS: readonly (keyof Scorm12Api)[] = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
];

/** The spec's sample gives up after seven levels; frames deeper than that are not an LMS's. */
export const MAX_API_DEPTH = 7;

export function isScorm12Api(value: unknown): value is Scorm12Api {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const record = value as Record<string, unknown>;
  return METHODS.every((method) => typeof record[method] === 'function');
}

/** A window of another origin throws on any property read: it holds no API we may use. */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

function searchUp(start: ApiHost): Scorm12Api | undefined {
  let current: ApiHost = start;
  for (let depth = 0; depth <= MAX_API_DEPTH; depth++) {
    const api = read(() => (current as unknown as { API?: unknown }).API);
    if (isScorm12Api(api)) return api;
    const parent = read(() => current.parent);
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** The LMS's API for content in `host`, or undefined when the content runs outside an LMS. */
export function findScormApi(host: ApiHost): Scorm12Api | undefined {
  const found = searchUp(host);
  if (found) return found;
  const opener = read(() => host.opener);
  return opener ? searchUp(opener) : undefined;
}
