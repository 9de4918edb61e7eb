import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages.en';
import { zh, type MessageKey } from './messages.zh-CN';

export type Lang = 'zh-CN' | 'en';
export type { MessageKey };

/** Interpolation values for `{name}` placeholders. */
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const STORAGE_KEY = 'jiuye.lang';
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zh, en };
const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;
const DAYJS_LOCALES: Record<Lang, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Storage can be blocked (private mode, policies); Chinese is the product's default anyway.
    return 'zh-CN';
  }
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a missing value is noticed. */
export function format(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Holds the UI language and keeps AntD, dayjs and `<html lang>` in step with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting is acceptable: the switch still applies to this tab.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // dayjs's locale is global state read during render, so it must change before children render.
  dayjs.locale(DAYJS_LOCALES[lang]);

  const value = useMemo<I18nValue>(() => {
    const dictionary = DICTIONARIES[lang];
    return { lang, setLang, t: (key, vars) => format(dictionary[key], vars) };
  }, [lang, setLang]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[lang]}>{children}</ConfigProvider>
    </I18nContext.Provider>
  );
}

/** Language, setter and translator. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The translator for the current language. */
export function useT(): Translate {
  return useI18n().t;
}
