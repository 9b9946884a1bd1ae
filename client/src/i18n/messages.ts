import { type MessageKey, vi } from './vi';

export type Language = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

/**
 * The loaded catalogues. Vietnamese is the default and always there; English is a chunk of its own,
 * loaded when chosen (loadLanguage), so that most phones never download it.
 */
const dictionaries: Partial<Record<Language, Record<MessageKey, string>>> = { vi };

export function isLanguageLoaded(language: Language): boolean {
  return dictionaries[language] !== undefined;
}

export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !dictionaries.en) dictionaries.en = (await import('./en')).en;
}

/**
 * Looks a key up and fills `{name}` placeholders; unknown placeholders are left visible on purpose.
 * A language not loaded yet reads as Vietnamese.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language]?.[key] ?? vi[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
