import Dexie, { type EntityTable } from 'dexie';
import type {
  AttemptLogRecord,
  AttemptRecord,
  CustomScenarioRecord,
  ScenarioCopyRecord,
  ScenarioVersionRecord,
  SealedRecord,
  SettingRecord,
  TraineeRecord,
  VaultRecord,
} from './records';

/**
 * The one IndexedDB database of the app. Each schema change is a new `version(n)` below, never an
 * edit of an older one once it has shipped. Only modules in src/storage/ import this file.
 */
export class ProfprobaDB extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;
  trainees!: EntityTable<TraineeRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  attemptLogs!: EntityTable<AttemptLogRecord, 'attemptId'>;
  scenarioCopies!: EntityTable<ScenarioCopyRecord, 'hash'>;
  customScenarios!: EntityTable<CustomScenarioRecord, 'id'>;
  scenarioVersions!: EntityTable<ScenarioVersionRecord, 'key'>;
  vault!: EntityTable<VaultRecord, 'key'>;
  sealed!: EntityTable<SealedRecord, 'id'>;

  constructor(name = 'profproba') {
    // Strict durability: a choice the trainee saw accepted must survive a power cut, not just a tab close.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      settings: '&key',
      trainees: '&id, createdAt',
      attempts:
        '&id, traineeId, scenarioId, status, sessionId, [traineeId+scenarioId], [traineeId+startedAt]',
      attemptLogs: '&attemptId',
      scenarioCopies: '&hash',
      customScenarios: '&id, status, updatedAt',
      scenarioVersions: '&key, scenarioId',
      vault: '&key',
      sealed: '&id, kind, owner',
    });
  }
}

let database: ProfprobaDB | undefined;

export function db(): ProfprobaDB {
  database ??= new ProfprobaDB();
  return database;
}

/** For tests: use a fresh database under another name. */
export function useDatabase(next: ProfprobaDB): void {
  database = next;
}
