import type { EngineEvent, SavedSnapshot } from '../domain/scenario';
import type { AttemptRecord } from '../storage/records';
import { isSealedText, openText, sealText, textContext } from './dropbox';

/**
 * Written answers of an assessment attempt, sealed with the drop-box public key before they reach the
 * clear attempt log and snapshot. The candidate's tab keeps the real text in memory only; the stored
 * copy carries `sealed:v1:…` tokens that only the counsellor's unlocked vault can open.
 */

type Json = unknown;

interface HistoryEntry {
  stepId?: unknown;
  choice?: { type?: unknown; text?: unknown };
}

function historyOf(saved: SavedSnapshot): HistoryEntry[] {
  const snapshot = saved.snapshot as { context?: { history?: unknown } } | null;
  const history = snapshot?.context?.history;
  return Array.isArray(history) ? (history as HistoryEntry[]) : [];
}

/** A `protect` hook for PlayerSession. One token per distinct text, so earlier answers are not re-sealed. */
export function writtenSealer(publicKey: CryptoKey) {
  const tokens = new Map<string, string>();
  async function token(attemptId: string, text: string): Promise<string> {
    if (isSealedText(text)) return text;
    const key = `${attemptId}\u0000${text}`;
    let sealed = tokens.get(key);
    if (!sealed) {
      sealed = await sealText(publicKey, text, textContext(attemptId));
      tokens.set(key, sealed);
    }
    return sealed;
  }

  return async (
    attempt: AttemptRecord,
    event: EngineEvent,
    saved: SavedSnapshot,
  ): Promise<{ event: EngineEvent; saved: SavedSnapshot }> => {
    let storedEvent = event;
    if (event.type === 'user.submit' && typeof event.answer === 'string') {
      storedEvent = { ...event, answer: await token(attempt.id, event.answer) };
    }
    const copy = structuredClone(saved);
    for (const entry of historyOf(copy)) {
      if (entry.choice?.type === 'written' && typeof entry.choice.text === 'string') {
        entry.choice.text = await token(attempt.id, entry.choice.text);
      }
    }
    return { event: storedEvent, saved: copy };
  };
}

/** Opens every sealed written answer in a stored log and snapshot (counsellor side, vault unlocked). */
export async function openWritten<T extends { events: { event: Json }[]; snapshot: Json }>(
  privateKey: CryptoKey,
  attemptId: string,
  log: T,
): Promise<T> {
  const copy = structuredClone(log);
  const context = textContext(attemptId);
  for (const record of copy.events) {
    const event = record.event as { type?: unknown; answer?: unknown };
    if (event.type === 'user.submit' && typeof event.answer === 'string')
      event.answer = await openText(privateKey, event.answer, context);
  }
  const saved = copy.snapshot as SavedSnapshot | null;
  if (saved && typeof saved === 'object') {
    for (const entry of historyOf(saved)) {
      if (entry.choice?.type === 'written' && typeof entry.choice.text === 'string')
        entry.choice.text = await openText(privateKey, entry.choice.text, context);
    }
  }
  return copy;
}
