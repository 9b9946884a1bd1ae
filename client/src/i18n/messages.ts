import { en } from './en';
import { type MessageKey, vi } from './vi';

export type Language = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

export const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a key up and fills `{name}` placeholders; unknown placeholders are left visible on purpose. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key] ?? vi[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
