import { z } from 'zod';

/**
 * A candidate and their consent, as sealed in the vault. Minimal data on purpose: a name to tell
 * candidates apart, an optional contact, a free note. Processing any of it needs the candidate's
 * consent, so a candidate is only ever created together with one (date and purpose).
 */
export const MAX_NAME = 100;
export const MAX_CONTACT = 120;
export const MAX_NOTE = 2000;
export const MAX_PURPOSE = 500;

const isoDate = z.iso.date();

export const candidateSchema = z.object({
  name: z.string().min(1).max(MAX_NAME),
  contact: z.string().max(MAX_CONTACT),
  note: z.string().max(MAX_NOTE),
  createdAt: z.number(),
});
export type CandidateData = z.infer<typeof candidateSchema>;

export const consentSchema = z.object({
  /** The day the candidate gave consent, YYYY-MM-DD. */
  date: isoDate,
  purpose: z.string().min(1).max(MAX_PURPOSE),
  recordedAt: z.number(),
});
export type ConsentData = z.infer<typeof consentSchema>;

export interface Candidate extends CandidateData {
  id: string;
  updatedAt: number;
  consent: (ConsentData & { id: string }) | undefined;
}

/** What the counsellor types in the candidate form. */
export interface CandidateInput {
  name: string;
  contact: string;
  note: string;
  consentDate: string;
  consentPurpose: string;
}

export type CandidateProblem =
  'nameRequired' | 'consentDateRequired' | 'consentDateInFuture' | 'purposeRequired';

function oneLine(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

export function normaliseInput(input: CandidateInput): CandidateInput {
  return {
    name: oneLine(input.name, MAX_NAME),
    contact: oneLine(input.contact, MAX_CONTACT),
    note: input.note.trim().slice(0, MAX_NOTE),
    consentDate: input.consentDate.trim(),
    consentPurpose: input.consentPurpose.trim().slice(0, MAX_PURPOSE),
  };
}

/** Field problems, keyed by field; empty when the input can be saved. `today` is YYYY-MM-DD. */
export function checkCandidateInput(
  input: CandidateInput,
  today: string,
): Partial<Record<keyof CandidateInput, CandidateProblem>> {
  const clean = normaliseInput(input);
  const problems: Partial<Record<keyof CandidateInput, CandidateProblem>> = {};
  if (!clean.name) problems.name = 'nameRequired';
  if (!isoDate.safeParse(clean.consentDate).success) problems.consentDate = 'consentDateRequired';
  else if (clean.consentDate > today) problems.consentDate = 'consentDateInFuture';
  if (!clean.consentPurpose) problems.consentPurpose = 'purposeRequired';
  return problems;
}

/** Today's date in the device's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Assessment needs a recorded consent; phase 2 calls this before starting a session. */
export function canBeAssessed(candidate: Candidate): boolean {
  return candidate.consent !== undefined;
}
