import {
  candidateSchema,
  consentSchema,
  normaliseInput,
  type Candidate,
  type CandidateInput,
} from '../counsellor/candidate';
import type { VaultKey } from '../counsellor/vault';
import { clearSessionStateOf } from './assessment';
import { sealedRepository, type OpenedRecord } from './sealed';
import type { ConsentData } from '../counsellor/candidate';

/**
 * Candidates of the counsellor area, sealed in the vault. A candidate's id is the owner of every
 * record about them (consent, sessions, results, ratings, comments), so erasure is one delete by owner.
 */
export function candidateRepository(vault: VaultKey) {
  const sealed = sealedRepository(vault);
  const parseCandidate = (value: unknown) => candidateSchema.parse(value);
  const parseConsent = (value: unknown) => consentSchema.parse(value);

  function join(
    record: OpenedRecord<ReturnType<typeof parseCandidate>>,
    consent: OpenedRecord<ConsentData> | undefined,
  ): Candidate {
    return {
      id: record.id,
      updatedAt: record.updatedAt,
      ...record.value,
      consent: consent ? { id: consent.id, ...consent.value } : undefined,
    };
  }

  async function writeConsent(candidateId: string, input: CandidateInput, consentId?: string): Promise<void> {
    const consent: ConsentData = {
      date: input.consentDate,
      purpose: input.consentPurpose,
      recordedAt: Date.now(),
    };
    await sealed.put('consent', candidateId, consentSchema.parse(consent), consentId);
  }

  return {
    async list(): Promise<Candidate[]> {
      const [candidates, consents] = await Promise.all([
        sealed.listByKind('candidate', parseCandidate),
        sealed.listByKind('consent', parseConsent),
      ]);
      const consentByOwner = new Map(consents.map((consent) => [consent.owner, consent]));
      return candidates
        .map((record) => join(record, consentByOwner.get(record.id)))
        .sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt);
    },

    async get(id: string): Promise<Candidate | undefined> {
      const record = await sealed.get(id, parseCandidate);
      if (!record || record.kind !== 'candidate') return undefined;
      const [consent] = await sealed.listByOwner(id, 'consent', parseConsent);
      return join(record, consent);
    },

    /** Creates the candidate and their consent; the caller has checked the input (checkCandidateInput). */
    async create(input: CandidateInput): Promise<string> {
      const clean = normaliseInput(input);
      const id = crypto.randomUUID();
      const data = candidateSchema.parse({
        name: clean.name,
        contact: clean.contact,
        note: clean.note,
        createdAt: Date.now(),
      });
      // Consent first: a crash between the two writes leaves an orphan consent, never an unconsented name.
      await writeConsent(id, clean);
      await sealed.put('candidate', id, data, id);
      return id;
    },

    async update(id: string, input: CandidateInput): Promise<void> {
      const current = await this.get(id);
      if (!current) throw new Error('No such candidate');
      const clean = normaliseInput(input);
      const data = candidateSchema.parse({
        name: clean.name,
        contact: clean.contact,
        note: clean.note,
        createdAt: current.createdAt,
      });
      await sealed.put('candidate', id, data, id);
      await writeConsent(id, clean, current.consent?.id);
    },

    /**
     * Erasure on request: the candidate with every record that belongs to them, and a session of
     * theirs still set up on this device (its clear state names their id).
     */
    async remove(id: string): Promise<number> {
      await clearSessionStateOf(id);
      return sealed.removeOwner(id);
    },
  };
}
export type CandidateRepository = ReturnType<typeof candidateRepository>;
