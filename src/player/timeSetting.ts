import { settingsRepository } from '../storage/settings';
import { DEFAULT_TIME_CHOICE, isTimeChoice, type TimeChoice } from './timing';

const KEY = 'player.timeChoice';
/** Without IndexedDB the choice lasts for this tab. */
let inMemory: TimeChoice = DEFAULT_TIME_CHOICE;

export async function loadTimeChoice(persistent: boolean): Promise<TimeChoice> {
  if (!persistent) return inMemory;
  return (await settingsRepository.get(KEY, isTimeChoice)) ?? DEFAULT_TIME_CHOICE;
}

export async function saveTimeChoice(choice: TimeChoice, persistent: boolean): Promise<void> {
  inMemory = choice;
  if (persistent) await settingsRepository.set(KEY, choice);
}
