import { Button, MessageBar, MessageBarBody, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { ShareScreenStart20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '../../api/read-models';
import { useHost } from '../../app/host-context';
import { useFormat } from '../../i18n/use-format';
import { ProgressValue } from '../ProgressValue/ProgressValue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, ...typographyStyles.body1 },
});

/** In a meeting's side panel: the headline figures and "share to stage", which puts the presentation on everyone's screen. */
export function MeetingSidePanel({ roadmap }: { roadmap: Roadmap }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const host = useHost();
  const [state, setState] = useState<'idle' | 'sharing' | 'shared' | 'failed'>('idle');
  const share = async () => {
    if (!host.teams) return;
    setState('sharing');
    try {
      await host.teams.shareToStage(`${window.location.origin}${window.location.pathname}#/meeting`);
      setState('shared');
    } catch {
      setState('failed');
    }
  };
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t('meeting.title')}</h1>
      <Button appearance="primary" icon={<ShareScreenStart20Regular />} onClick={() => void share()} disabled={state === 'sharing' || !host.teams}>
        {t('meeting.shareToStage')}
      </Button>
      <div role="status">
        {state === 'shared' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('meeting.shared')}</MessageBarBody>
          </MessageBar>
        )}
        {state === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('meeting.shareFailed')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ul className={styles.list} aria-label={t('meeting.figuresLabel')}>
        <li className={styles.item}>
          {t('dashboard.kpi.progress')}
          <ProgressValue value={roadmap.progress} />
        </li>
        <li className={styles.item}>{`${t('dashboard.kpi.late')}${t('history.colon')}${format.number(roadmap.counts.late)}`}</li>
        <li className={styles.item}>{`${t('dashboard.kpi.blocked')}${t('history.colon')}${format.number(roadmap.counts.blocked)}`}</li>
        <li className={styles.item}>{`${t('weather.stormy')}${t('history.colon')}${format.number(roadmap.counts.weather.stormy)}`}</li>
      </ul>
    </main>
  );
}
