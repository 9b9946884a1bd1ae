/** The languages of the user interface: Vietnamese first, English for the few who choose it. */
export type UiLanguage = 'vi' | 'en';

/**
 * The cookie that tells the server the language a browser chose, so that the prerendered first screen
 * (sign-in, a visit's or the app's frame) comes in that language; the browser's own choice is kept in its
 * storage.
 */
export const LANGUAGE_COOKIE = 'kycuong-language';

/** The language a Cookie header asks for: English only when it says so, Vietnamese otherwise. */
export function languageOfCookies(header: string | undefined): UiLanguage {
  const match = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([^;]*)`).exec(header ?? '');
  return match?.[1]?.trim() === 'en' ? 'en' : 'vi';
}
