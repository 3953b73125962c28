// Switches the UI language without restart.
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../api/contract';
import { changeLanguage } from '../i18n';

/** Each language is named in its own script, so it can be found whatever the current UI language. */
export const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
};

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-menu">
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="lang-icon">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d="M1.5 8h13M8 1.5c-2.2 2.2-2.2 10.8 0 13M8 1.5c2.2 2.2 2.2 10.8 0 13" fill="none" stroke="currentColor" strokeWidth="1.3" />
      </svg>
      <span className="sr-only">{t('app.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => void changeLanguage(e.target.value as UiLanguage)}
        data-testid="language-menu"
        aria-label={t('app.language')}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_AUTONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
