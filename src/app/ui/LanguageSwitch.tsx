import { useI18n } from '../i18n/i18n';

/** Switches between Finnish and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'fi' ? 'en' : 'fi';
  return (
    <button type="button" className="link-button" lang={next} onClick={() => setLang(next)}>
      {t('lang.switch')}
    </button>
  );
}
