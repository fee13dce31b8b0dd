/** xAPI 1.0.3 statements of scored attempts, for any Learning Record Store. Pure: no DOM, no storage. */
export type * from './types';
export {
  ACTIVITY_TYPES,
  EXTENSIONS,
  VERBS,
  XAPI_BASE,
  XAPI_VERSION,
  iris,
  type Iris,
  type VerbName,
} from './iri';
export { isoDuration } from './duration';
export { isUuid, uuidV5, URL_NAMESPACE } from './uuid';
export {
  attemptStatements,
  attemptsStatements,
  type XapiActor,
  type XapiAttempt,
  type XapiAttemptHeader,
  type XapiOptions,
} from './statements';
