import type { ErrorCode } from '../apollo/generated/schema-types';
import type { MessageKey } from './vi';
import { coreMessages } from './vi/core';

export type Language = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

/**
 * The Vietnamese messages beyond the first screen's, each a chunk of its own loaded with the screens
 * that show them (app/screen-chunks.tsx, app/Screen.tsx): sign-in does not wait for the office's
 * wording, and a phone doing field work never downloads it.
 */
const CATALOGUES = {
  // The codes' messages and the key of each code (error-messages.ts reads them through errorMessageKeys).
  errors: () => Promise.all([import('./vi/errors'), loadErrorKeys()]).then(([m]) => m.errorsMessages),
  visit: () => import('./vi/visit').then((m) => m.visitMessages),
  // The visit screen's parts that load after its first render (features/visits/visit-parts.ts).
  visitParts: () => import('./vi/visit-parts').then((m) => m.visitPartsMessages),
  field: () => import('./vi/field').then((m) => m.fieldMessages),
  office: () => import('./vi/office').then((m) => m.officeMessages),
};
export type Catalogue = keyof typeof CATALOGUES;

let errorKeys: Readonly<Record<ErrorCode, MessageKey>> | null = null;
let errorKeysLoad: Promise<void> | undefined;

function loadErrorKeys(): Promise<void> {
  if (!errorKeysLoad) {
    const load = import('./error-keys').then((m) => {
      errorKeys = m.ERROR_MESSAGE_KEYS;
    });
    load.catch(() => {
      if (errorKeysLoad === load) errorKeysLoad = undefined;
    });
    errorKeysLoad = load;
  }
  return errorKeysLoad;
}

/** The message key of each error code the API answers with, once the `errors` catalogue has loaded. */
export function errorMessageKeys(): Readonly<Record<ErrorCode, MessageKey>> | null {
  return errorKeys;
}

/** The Vietnamese messages loaded so far: the first screen's at once, the others as their screens load. */
const vietnamese: Partial<Record<MessageKey, string>> = { ...coreMessages };
const catalogueLoads = new Map<Catalogue, Promise<void>>();

/**
 * The catalogue's messages, for a screen to wait for before it shows. Loaded once; a failed load (the
 * network went) is tried again on the next call.
 */
export function loadCatalogue(name: Catalogue): Promise<void> {
  let load = catalogueLoads.get(name);
  if (!load) {
    load = CATALOGUES[name]().then((messages) => {
      Object.assign(vietnamese, messages);
    });
    load.catch(() => catalogueLoads.delete(name));
    catalogueLoads.set(name, load);
  }
  return load;
}

/**
 * English is a chunk of its own with every message, loaded when chosen (loadLanguage), so that most
 * phones never download it.
 */
let english: Record<MessageKey, string> | undefined;

export function isLanguageLoaded(language: Language): boolean {
  return language === 'vi' || english !== undefined;
}

/** English also brings the key of each error code, so that errors read in English at once. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' && !english) {
    const [module] = await Promise.all([import('./en'), loadErrorKeys().catch(() => undefined)]);
    english = module.en;
  }
}

/** Whether the message can be shown in this language now (its catalogue has loaded). */
export function hasMessage(language: Language, key: MessageKey): boolean {
  return (language === 'en' && english?.[key] !== undefined) || vietnamese[key] !== undefined;
}

const reportedMissing = new Set<string>();

/**
 * Looks a key up and fills `{name}` placeholders; unknown placeholders are left visible on purpose.
 * A language not loaded yet reads as Vietnamese. A key whose catalogue is not loaded shows as the key
 * and is logged once: catalogues.test.ts keeps that from happening.
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = (language === 'en' ? english?.[key] : undefined) ?? vietnamese[key];
  if (template === undefined) {
    if (!reportedMissing.has(key)) {
      reportedMissing.add(key);
      console.error(`i18n: the message ${key} is in a catalogue that is not loaded`);
    }
    return key;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
