import { Select, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useLanguageSwitchStyles } from './LanguageSwitch.styles';

// Language names are written in their own language, so each reader finds theirs.
const NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/** Switches the UI language (saved for the next visit). */
export function LanguageSwitch() {
  const styles = useLanguageSwitchStyles();
  const { t } = useTranslation();
  const { language, setLanguage } = useSession();
  const id = useId('language');
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {t('header.language')}
      </label>
      <Select id={id} size="small" value={language} onChange={(_e, data) => setLanguage(data.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
