import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_KINDS, type BilanDto } from '../../api/bilan';
import { useFormat } from '../../i18n/use-format';
import { RouterLink } from '../../router/RouterLink';
import { paths } from '../../router/routes';
import { EmptyState } from '../EmptyState/EmptyState';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 240px), 1fr))', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  figures: { display: 'grid', gridTemplateColumns: 'auto auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0, alignItems: 'baseline' },
  term: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  value: { ...typographyStyles.subtitle2, margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  heading: { ...typographyStyles.body1Strong, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, ...typographyStyles.body1 },
  records: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  recordTitle: { ...typographyStyles.body1Strong, display: 'block' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, display: 'block' },
});

const LATEST = 5;
const THEMES = 8;

/** What was heard from citizens and in meetings: counts, main themes, latest records and the commitments they concern. */
export function CitizenVoice({ bilan }: { bilan: BilanDto }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const { voice } = bilan;
  const references = useMemo(() => new Map(bilan.axes.flatMap((a) => a.commitments.map((c) => [c.id, c.reference]))), [bilan.axes]);
  const latest = useMemo(() => [...voice.records].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LATEST), [voice.records]);
  if (voice.count === 0)
    return (
      <>
        <EmptyState>{t('bilan.voice.empty')}</EmptyState>
        <RouterLink to={paths.feedback}>{t('bilan.voice.manage')}</RouterLink>
      </>
    );
  return (
    <>
      <div className={styles.grid}>
        <div>
          <h3 className={styles.heading}>{t('bilan.voice.figures')}</h3>
          <dl className={styles.figures} data-testid="voice-figures">
            <dt className={styles.term}>{t('bilan.voice.records')}</dt>
            <dd className={styles.value}>{format.number(voice.count)}</dd>
            <dt className={styles.term}>{t('bilan.voice.citizen')}</dt>
            <dd className={styles.value}>{format.number(voice.citizen)}</dd>
            <dt className={styles.term}>{t('bilan.voice.participants')}</dt>
            <dd className={styles.value}>{format.number(voice.participants)}</dd>
            <dt className={styles.term}>{t('bilan.voice.commitmentsLinked')}</dt>
            <dd className={styles.value}>{format.number(voice.commitmentsLinked)}</dd>
            {FEEDBACK_KINDS.filter((k) => voice.byKind[k] > 0).map((k) => (
              <Kind key={k} label={t(`feedbackKind.${k}`)} value={format.number(voice.byKind[k])} />
            ))}
          </dl>
        </div>
        <div>
          <h3 className={styles.heading}>{t('bilan.voice.themes')}</h3>
          <ol className={styles.list} data-testid="voice-themes">
            {voice.themes.slice(0, THEMES).map((theme) => (
              <li key={theme.theme}>{t('bilan.voice.theme', { theme: theme.theme, count: theme.count })}</li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className={styles.heading}>{t('bilan.voice.latest')}</h3>
          <ul className={styles.records}>
            {latest.map((record) => {
              const refs = record.commitmentIds.map((id) => references.get(id) ?? id);
              return (
                <li key={record.id} data-feedback={record.id}>
                  <span className={styles.recordTitle}>{record.title}</span>
                  <span className={styles.meta}>{`${t(`feedbackKind.${record.kind}`)} · ${format.date(record.date)}`}</span>
                  <span className={styles.meta}>{refs.length > 0 ? t('bilan.voice.linked', { refs: refs.join(', ') }) : t('bilan.voice.noLink')}</span>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <RouterLink to={paths.feedback}>{t('bilan.voice.manage')}</RouterLink>
    </>
  );
}

function Kind({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
}
