import { beforeEach, describe, expect, it } from 'vitest';
import { ProfprobaDB, useDatabase } from '../../../src/storage/db';
import { customScenarioRepository as repo } from '../../../src/storage/customScenarios';
import { newScenario } from '../../../src/studio/skeleton';

let counter = 0;
beforeEach(() => {
  useDatabase(new ProfprobaDB(`studio-${++counter}`));
});

describe('custom scenario repository', () => {
  it('keeps drafts out of the catalog, publishes versions and shows the catalog the published copy', async () => {
    const doc = newScenario('mine');
    const record = await repo.create(doc, 1);
    expect(await repo.listPublished()).toEqual([]);
    expect(await repo.get(record.id)).toBeUndefined();

    const first = await repo.publish(record.id, doc, 2);
    expect(first.ok && first.version).toBe(1);
    const edited = { ...doc, title: { ru: 'Изменён', en: 'Changed' } };
    await repo.saveDraft(record.id, edited, 3);
    // Trainees still see version 1 while the trainer edits.
    const [published] = await repo.listPublished();
    expect((published?.document as { title: unknown }).title).toEqual(doc.title);
    expect((await repo.open(record.id))?.document).toEqual(edited);

    const second = await repo.publish(record.id, edited, 4);
    expect(second.ok && second.version).toBe(2);
    const again = await repo.publish(record.id, { ...edited, version: 2 }, 5);
    expect(again.ok && again.unchanged).toBe(true);
    expect((await repo.versions(record.id)).map((v) => v.version)).toEqual([2, 1]);
    expect(((await repo.get(record.id))?.document as { version: number }).version).toBe(2);
    expect((await repo.getVersion(record.id, 1))?.document).toEqual(doc);
  });

  it('refuses to publish a document with errors', async () => {
    const doc = newScenario('broken');
    doc.start = 'nowhere';
    const record = await repo.create(doc);
    const result = await repo.publish(record.id, doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('unknown-start');
    expect((await repo.open(record.id))?.status).toBe('draft');
  });

  it('duplicates, deletes softly and restores', async () => {
    const a = await repo.create(newScenario('a'), 1);
    const copy = await repo.duplicate(a.id, 2);
    expect(copy.id).not.toBe(a.id);
    expect(copy.document).toEqual(a.document);
    await repo.publish(a.id, a.document);
    await repo.softDelete(a.id);
    expect((await repo.list()).map((r) => r.id)).toEqual([copy.id]);
    expect(await repo.listPublished()).toEqual([]);
    await repo.restore(a.id);
    expect((await repo.list()).map((r) => r.id).sort()).toEqual([a.id, copy.id].sort());
    expect(await repo.listPublished()).toHaveLength(1);
  });
});
