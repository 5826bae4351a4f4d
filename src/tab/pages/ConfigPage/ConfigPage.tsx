import { Field, Radio, RadioGroup, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../app/host-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: '640px' },
  title: { ...typographyStyles.title3, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

const START_PAGES = ['dashboard', 'roadmap', 'indicators', 'meeting'] as const;
type StartPage = (typeof START_PAGES)[number];
const HASH: Record<StartPage, string> = { dashboard: '/', roadmap: '/roadmap', indicators: '/indicators', meeting: '/meeting' };

/**
 * The configuration page of the channel, chat and meeting tab (`/config`): which page the tab opens. In a meeting the
 * same tab shows "share to stage" in the side panel and the presentation on the stage, whatever is chosen here.
 */
export function ConfigPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const host = useHost();
  const [page, setPage] = useState<StartPage>('dashboard');

  useEffect(() => {
    document.title = `${t('config.title')} · Cap Mandat`;
    const origin = window.location.origin;
    host.teams?.configureTab({
      contentUrl: `${origin}/?inTeams=1#${HASH[page]}`,
      websiteUrl: `${origin}/#${HASH[page]}`,
      entityId: `capMandat-${page}`,
      suggestedDisplayName: `Cap Mandat · ${t(`nav.${page}`)}`,
    });
  }, [host, page, t]);

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t('config.title')}</h1>
      <p className={styles.text}>{host.teams ? t('config.intro') : t('config.outsideTeams')}</p>
      <Field label={t('config.startPage')}>
        <RadioGroup value={page} onChange={(_e, data) => setPage(data.value as StartPage)}>
          {START_PAGES.map((p) => (
            <Radio key={p} value={p} label={t(`nav.${p}`)} />
          ))}
        </RadioGroup>
      </Field>
      <p className={styles.text}>{t('config.meetingNote')}</p>
    </main>
  );
}
