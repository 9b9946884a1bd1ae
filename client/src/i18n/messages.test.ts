import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { loadCatalogue, loadLanguage, translate } from './messages';
import { vi } from './vi/all';

describe('dictionaries', () => {
  it('vi and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('no message is empty', () => {
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('both languages use the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
});

describe('translate', () => {
  beforeAll(() => loadLanguage('en'));

  it("reads a screen's message once its catalogue has loaded, and the key until then", async () => {
    expect(translate('vi', 'registers.readOnly')).toBe('registers.readOnly');
    await loadCatalogue('office');
    expect(translate('vi', 'registers.readOnly')).toBe(vi['registers.readOnly']);
    expect(translate('en', 'registers.readOnly')).toBe(en['registers.readOnly']);
  });

  it('fills placeholders', async () => {
    await Promise.all([loadCatalogue('visit'), loadCatalogue('field')]);
    expect(translate('vi', 'home.greeting', { name: 'Vi Thị Lan' })).toBe('Xin chào, Vi Thị Lan');
    expect(translate('en', 'home.activeUnits', { count: 12 })).toBe('12 active units');
  });
});
