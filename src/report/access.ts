import type { AttemptRecord } from '../storage/records';

/**
 * Who may read an attempt's result on the trainee's side. An assessment run in a counsellor's
 * session is the counsellor's to open (after unlocking their area); the trainee sees a neutral
 * message, so the device shared by candidates does not leak one person's result to the next.
 */
export function traineeMaySee(attempt: Pick<AttemptRecord, 'mode' | 'sessionId'>): boolean {
  return !(attempt.mode === 'assessment' && attempt.sessionId !== undefined && attempt.sessionId !== '');
}
