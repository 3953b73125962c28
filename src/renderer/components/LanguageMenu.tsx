// Switches the UI language without restart.
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../api/contract';
import { changeLanguage } from '../i18n';

/** Each language is named in its own script, so it can be found whatever the current UI language. */
export const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', vi: 'Tiếng Việt' };

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-menu">
      <span aria-hidden="true">🌐</span>
      <span className="sr-only">{t('app.language')}</span>
      <select value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as UiLanguage)} data-testid="language-menu" aria-label={t('app.language')}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_AUTONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
