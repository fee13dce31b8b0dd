import { BackupFormatError } from './backup';
import { TamperedRecordError, WeakVaultError, WrongPassphraseError } from './vault';

/** The i18n key (counsellor namespace) that explains a vault failure, or undefined for other errors. */
export function vaultErrorKey(error: unknown): string | undefined {
  if (error instanceof WrongPassphraseError) return 'counsellor:unlock.wrong';
  if (error instanceof WeakVaultError) return 'counsellor:unlock.weak';
  if (error instanceof TamperedRecordError) return 'counsellor:errors.tampered';
  if (error instanceof BackupFormatError) return 'counsellor:backup.notBackup';
  return undefined;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
