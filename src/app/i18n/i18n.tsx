import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import fi from './fi.json';

// Finnish first, English switchable. Every text the app shows comes from fi.json / en.json; the keys are
// typed from fi.json, and en.json must have every one of them (checked here by the compiler and by
// test/app/messages.test.ts).
export type MessageKey = keyof typeof fi;
export type Lang = 'fi' | 'en';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { fi, en };
const STORAGE_KEY = 'kaira.lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message, with `{name}` placeholders filled in. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'fi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[lang];
    const locale = lang === 'fi' ? 'fi-FI' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Helsinki',
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return {
      lang,
      setLang,
      t: (key, params) =>
        catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          params && name in params ? String(params[name]) : whole,
        ),
      date: (v) => dateFormat.format(new Date(v)),
      dateTime: (v) => dateTimeFormat.format(new Date(v)),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Whether the key is in the catalogue (for keys built from server values, e.g. error codes). */
export function isMessageKey(key: string): key is MessageKey {
  return key in fi;
}
