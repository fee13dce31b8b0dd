/**
 * A last-moment copy of a studio draft in localStorage. IndexedDB writes are asynchronous, and a
 * write started while the tab closes or reloads may be dropped; localStorage writes synchronously,
 * so the editor puts the unsaved document here on page hide and takes it back on the next open.
 * Best effort: a full localStorage (about 5 MB) only means this copy is missing.
 */
const PREFIX = 'profproba.studio.unsaved.';

export interface RescuedDraft {
  savedAt: number;
  document: unknown;
}

export const studioRescue = {
  keep(recordId: string, document: unknown, now = Date.now()): void {
    try {
      localStorage.setItem(PREFIX + recordId, JSON.stringify({ savedAt: now, document }));
    } catch {
      // Quota or storage disabled: the IndexedDB write started alongside is all there is.
    }
  },

  /** The rescued copy, if any; untrusted like everything read back. */
  take(recordId: string): RescuedDraft | undefined {
    try {
      const text = localStorage.getItem(PREFIX + recordId);
      if (!text) return undefined;
      const value = JSON.parse(text) as Partial<RescuedDraft> | null;
      if (!value || typeof value.savedAt !== 'number' || typeof value.document !== 'object') return undefined;
      return { savedAt: value.savedAt, document: value.document };
    } catch {
      return undefined;
    }
  },

  drop(recordId: string): void {
    try {
      localStorage.removeItem(PREFIX + recordId);
    } catch {
      // Nothing to drop when storage is disabled.
    }
  },
};
