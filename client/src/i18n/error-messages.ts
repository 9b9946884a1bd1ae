import type { ErrorCode } from '../apollo/generated/schema-types';
import { errorMessageKeys, hasMessage, type Language, translate } from './messages';

/**
 * Whether a code from an answer is one this build of the app knows. False for every code until the codes'
 * messages have loaded (error-keys.ts).
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  const keys = errorMessageKeys();
  return typeof value === 'string' && !!keys && Object.hasOwn(keys, value);
}

/**
 * An error's message in the UI's language. The server writes Vietnamese and its message says more than
 * the key (names, counts, years), so the Vietnamese UI shows it as sent; English shows the code's key.
 * A code this build does not know (a newer server) falls back on the server's message; null when there
 * is neither (no answer came: the caller says so in its own words). The Vietnamese messages of the codes
 * load once the first screen has shown (main.tsx), with the key of each code (error-keys.ts); until then
 * a code without the server's message reads as the general one.
 */
export function errorText(language: Language, code: unknown, serverMessage: string | null | undefined): string | null {
  if (language === 'vi' && serverMessage) return serverMessage;
  const keys = errorMessageKeys();
  // Not loaded yet: any code reads as a known one whose message has not arrived.
  if (!keys) return serverMessage ?? (typeof code === 'string' ? translate(language, 'common.error') : null);
  if (isErrorCode(code)) {
    const key = keys[code];
    if (hasMessage(language, key)) return translate(language, key);
    return serverMessage ?? translate(language, 'common.error');
  }
  return serverMessage ?? null;
}
