export { findScormApi, isScorm12Api, MAX_API_DEPTH, type ApiHost, type Scorm12Api } from './api';
export { escapeXml, scormManifest, xmlIdentifier, type ManifestInput } from './manifest';
export {
  lastError,
  resultValues,
  scormResult,
  sendValues,
  type LessonStatus,
  type LmsOutcome,
  type ScormResult,
} from './result';
export { scormTime } from './time';
export { LmsSession, readSuspendData, suspendData, type LmsState } from './session';
