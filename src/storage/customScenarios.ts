import { contentHash, validateScenario, type Issue } from '../domain/scenario';
import { db } from './db';
import { newId } from './ids';
import type { CustomScenarioRecord, ScenarioVersionRecord } from './records';

/**
 * Trainers' scenarios kept in IndexedDB.
 *
 * A record's `document` is the working copy the studio edits (autosaved, possibly invalid). Each
 * publication is kept whole in `scenarioVersions` under `${id}@${version}`; the newest of those is
 * what the catalog and the player see. So editing a published scenario never changes what trainees
 * play until it is published again, and old attempts keep their own copy anyway.
 *
 * Everything read back is untrusted: the player validates documents before playing them.
 */

function isRecord(value: unknown): value is CustomScenarioRecord {
  const v = value as CustomScenarioRecord;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.status === 'string';
}

function isVersion(value: unknown): value is ScenarioVersionRecord {
  const v = value as ScenarioVersionRecord;
  return (
    typeof v === 'object' && v !== null && typeof v.scenarioId === 'string' && typeof v.version === 'number'
  );
}

export const versionKey = (scenarioId: string, version: number): string => `${scenarioId}@${version}`;

async function latestVersion(recordId: string): Promise<ScenarioVersionRecord | undefined> {
  const all = (await db().scenarioVersions.where('scenarioId').equals(recordId).toArray()).filter(isVersion);
  return all.reduce<ScenarioVersionRecord | undefined>(
    (best, v) => (!best || v.version > best.version ? v : best),
    undefined,
  );
}

/** The record as trainees see it: its document is the latest publication, not the working copy. */
async function publishedView(record: CustomScenarioRecord): Promise<CustomScenarioRecord | undefined> {
  if (record.status !== 'published' || record.deletedAt !== undefined) return undefined;
  const latest = await latestVersion(record.id);
  return latest ? { ...record, document: latest.document } : undefined;
}

function withVersion(document: unknown, version: number): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  copy.version = version;
  return copy;
}

export type PublishResult =
  | { ok: true; record: CustomScenarioRecord; version: number; unchanged: boolean }
  | { ok: false; issues: Issue[] };

export const customScenarioRepository = {
  /** Published scenarios for the catalog, each with the document of its latest publication. */
  async listPublished(): Promise<CustomScenarioRecord[]> {
    const all = await db().customScenarios.where('status').equals('published').toArray();
    const views = await Promise.all(all.filter(isRecord).map(publishedView));
    return views.filter((v): v is CustomScenarioRecord => v !== undefined);
  },

  /** A published scenario as the catalog and the player see it (undefined for drafts and deleted ones). */
  async get(id: string): Promise<CustomScenarioRecord | undefined> {
    const record = await db().customScenarios.get(id);
    return isRecord(record) ? publishedView(record) : undefined;
  },

  /** Every scenario of the studio that is not deleted, most recently edited first (working copies). */
  async list(): Promise<CustomScenarioRecord[]> {
    const all = await db().customScenarios.orderBy('updatedAt').reverse().toArray();
    return all.filter((r) => isRecord(r) && r.deletedAt === undefined);
  },

  /** The working copy the studio edits, deleted or not. */
  async open(id: string): Promise<CustomScenarioRecord | undefined> {
    const record = await db().customScenarios.get(id);
    return isRecord(record) ? record : undefined;
  },

  async create(document: unknown, now = Date.now()): Promise<CustomScenarioRecord> {
    const record: CustomScenarioRecord = {
      id: newId(),
      status: 'draft',
      document,
      createdAt: now,
      updatedAt: now,
    };
    await db().customScenarios.add(record);
    return record;
  },

  /** Autosave of the working copy; status and publications are untouched. */
  async saveDraft(id: string, document: unknown, now = Date.now()): Promise<void> {
    const updated = await db().customScenarios.update(id, { document, updatedAt: now });
    if (updated === 0) throw new Error(`No scenario ${id} to save`);
  },

  /** A new draft with a copy of the working document; its own id and no publications. */
  async duplicate(id: string, now = Date.now()): Promise<CustomScenarioRecord> {
    const source = await this.open(id);
    if (!source) throw new Error(`No scenario ${id} to duplicate`);
    return this.create(structuredClone(source.document), now);
  },

  /** Hides the scenario everywhere (studio, catalog) until `restore`; nothing is erased. */
  async softDelete(id: string, now = Date.now()): Promise<void> {
    await db().customScenarios.update(id, { deletedAt: now });
  },

  async restore(id: string): Promise<void> {
    await db()
      .customScenarios.where('id')
      .equals(id)
      .modify((r) => {
        delete r.deletedAt;
      });
  },

  /** Publications of a scenario, newest first. */
  async versions(id: string): Promise<ScenarioVersionRecord[]> {
    const all = (await db().scenarioVersions.where('scenarioId').equals(id).toArray()).filter(isVersion);
    return all.sort((a, b) => b.version - a.version);
  },

  async getVersion(id: string, version: number): Promise<ScenarioVersionRecord | undefined> {
    const found = await db().scenarioVersions.get(versionKey(id, version));
    return isVersion(found) ? found : undefined;
  },

  /**
   * Publishes the document if it has no errors: it gets the next version number (one above the
   * last publication, or its own if higher), is kept whole as that version, and becomes what the
   * catalog shows. Publishing the same content again adds no version.
   */
  async publish(id: string, document: unknown, now = Date.now()): Promise<PublishResult> {
    const checked = validateScenario(document);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const store = db();
    return store.transaction('rw', store.customScenarios, store.scenarioVersions, async () => {
      const record = await this.open(id);
      if (!record) throw new Error(`No scenario ${id} to publish`);
      const latest = await latestVersion(id);
      if (latest && contentHash(withVersion(document, latest.version)) === contentHash(latest.document)) {
        const same = withVersion(document, latest.version);
        const unchanged = { ...record, status: 'published' as const, document: same, updatedAt: now };
        await store.customScenarios.put(unchanged);
        return { ok: true as const, record: unchanged, version: latest.version, unchanged: true };
      }
      const version = Math.max(checked.scenario.version, (latest?.version ?? 0) + 1);
      const published = withVersion(document, version);
      const hash = contentHash(published);
      await store.scenarioVersions.put({
        key: versionKey(id, version),
        scenarioId: id,
        version,
        document: published,
        savedAt: now,
      });
      const next: CustomScenarioRecord = {
        ...record,
        status: 'published',
        document: published,
        updatedAt: now,
        publishedHash: hash,
      };
      await store.customScenarios.put(next);
      return { ok: true as const, record: next, version, unchanged: false };
    });
  },
};
