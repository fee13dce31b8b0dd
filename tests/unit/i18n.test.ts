import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/setup';

describe('i18n', () => {
  it('uses Russian plural forms', async () => {
    const i18n = await createI18n('ru');
    const forms = [1, 2, 5, 11, 21, 22, 25, 101, 112].map((count) => i18n.t('plural.attempts', { count }));
    expect(forms).toEqual([
      '1 попытка',
      '2 попытки',
      '5 попыток',
      '11 попыток',
      '21 попытка',
      '22 попытки',
      '25 попыток',
      '101 попытка',
      '112 попыток',
    ]);
  });

  it('uses English plural forms', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('plural.attempts', { count: 1 })).toBe('1 attempt');
    expect(i18n.t('plural.attempts', { count: 5 })).toBe('5 attempts');
  });

  it('escapes interpolated values', async () => {
    const i18n = await createI18n('ru');
    expect(i18n.t('storage.writeFailed', { reason: '<b>x</b>' })).toContain('&lt;b&gt;');
  });

  it('loads a page namespace on demand in both languages', async () => {
    const i18n = await createI18n('ru');
    await i18n.loadNamespaces('trainees');
    expect(i18n.t('trainees:create')).toBe('Добавить и выбрать');
    await i18n.changeLanguage('en');
    expect(i18n.t('trainees:create')).toBe('Add and select');
  });
});
