import { LANGUAGE_COOKIE } from '@kycuong/rules';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { isLanguageLoaded, type Language, loadLanguage, type MessageParams, translate } from './messages';
import type { MessageKey } from './vi';

const STORAGE_KEY = 'kycuong.language';

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

/** The language this phone chose last time (Vietnamese unless English was chosen). */
export function savedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * Tells the server the choice too (a cookie), so that its prerendered first screen (sign-in, a visit's
 * frame) comes in that language on the next load; Vietnamese, the default, needs no cookie.
 */
function rememberForServer(language: Language) {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older phones' browsers; the value is one fixed word.
  document.cookie =
    language === 'en'
      ? `${LANGUAGE_COOKIE}=en; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
      : `${LANGUAGE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  // English is shown once its catalogue has arrived (main.tsx loads the saved choice before the first render).
  const [language, setLanguageState] = useState<Language>(() => {
    const saved = savedLanguage();
    return isLanguageLoaded(saved) ? saved : 'vi';
  });

  const setLanguage = useCallback((next: Language) => {
    loadLanguage(next).then(
      () => setLanguageState(next),
      (error: unknown) => console.warn('Could not load the language', error),
    );
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
    rememberForServer(next);
  }, []);

  // A choice saved before the cookie existed (or a cookie cleared) is told to the server again.
  useEffect(() => rememberForServer(savedLanguage()), []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
