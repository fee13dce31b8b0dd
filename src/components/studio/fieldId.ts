import { pathKey, type DocPath } from '../../studio/paths';

/** A DOM id for the field that edits `path`: unique, since the inspector shows one step at a time. */
export function fieldId(path: DocPath): string {
  return `f-${pathKey(path).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
