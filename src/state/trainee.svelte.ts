import type { TraineeRecord } from '../storage/records';
import { traineeRepository } from '../storage/trainees';
import { storageStatus } from './storage.svelte';

/** The trainee profiles of this device and the active one, shared by the header and the pages. */
class TraineeState {
  list = $state<TraineeRecord[]>([]);
  active = $state<TraineeRecord | undefined>(undefined);

  async refresh(): Promise<void> {
    if (!storageStatus.available) return;
    this.list = await traineeRepository.list();
    this.active = await traineeRepository.getActive();
  }

  async create(name: string): Promise<TraineeRecord> {
    const trainee = await traineeRepository.create(name);
    await this.refresh();
    return trainee;
  }

  async switchTo(id: string): Promise<void> {
    await traineeRepository.setActive(id);
    await this.refresh();
  }

  async remove(id: string): Promise<void> {
    await traineeRepository.remove(id);
    await this.refresh();
  }
}

export const trainees = new TraineeState();
