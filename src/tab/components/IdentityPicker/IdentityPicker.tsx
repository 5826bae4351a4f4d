import { Select, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/read-models';
import { useSession } from '../../app/session-context';
import { useDevIdentities } from '../../data/hooks/use-me';
import { useLanguageSwitchStyles } from '../LanguageSwitch/LanguageSwitch.styles';

/** Development mode only: act as one of the demo people (sent as X-Dev-User). */
export function IdentityPicker({ me }: { me: Me }) {
  const styles = useLanguageSwitchStyles();
  const { t } = useTranslation();
  const { setDevUserId } = useSession();
  const identities = useDevIdentities(true).data ?? [];
  const id = useId('identity');
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {t('header.actingAs')}
      </label>
      <Select id={id} size="small" value={me.personId} onChange={(_e, data) => setDevUserId(data.value)}>
        {identities.length === 0 && <option value={me.personId}>{me.displayName}</option>}
        {identities.map((person) => (
          <option key={person.id} value={person.id}>
            {`${person.displayName} — ${t(`roles.${person.role}`)}`}
          </option>
        ))}
      </Select>
    </div>
  );
}
