import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n, type Lang } from '../lib/i18n';

// Languages are named in their own script in every locale, so a reader can find theirs in either UI.
const AUTONYMS: Record<Lang, { full: string; short: string }> = {
  'zh-CN': { full: '中文', short: '中' },
  en: { full: 'English', short: 'EN' },
};

/** Toggles between Chinese and English; the label names the language you would switch to. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { lang, setLang, t } = useI18n();
  const next: Lang = lang === 'en' ? 'zh-CN' : 'en';
  const label = t('lang.switchTo', { lang: AUTONYMS[next].full });
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      aria-label={label}
      title={label}
      onClick={() => setLang(next)}
    >
      <span lang={next}>{compact ? AUTONYMS[next].short : AUTONYMS[next].full}</span>
    </Button>
  );
}
