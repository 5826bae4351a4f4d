import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../api/records';
import { useFormat } from '../../i18n/use-format';
import type { TrajectoryPoint } from '../../model/trajectory';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  caption: { ...typographyStyles.body1Strong, textAlign: 'start', padding: `${tokens.spacingVerticalS} 0` },
  cell: {
    ...typographyStyles.body1,
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  more: { marginTop: tokens.spacingVerticalS },
});

const SHOWN = 12;

/** The chart's data as tables: the planned trajectory and the measures (latest first). */
export function MeasuresTable({ measures, trajectory, unit }: { measures: Measure[]; trajectory: TrajectoryPoint[]; unit: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const latestFirst = [...measures].reverse();
  const shown = all ? latestFirst : latestFirst.slice(0, SHOWN);
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('indicator.trajectoryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>{t('indicator.point')}</th>
            <th scope="col" className={head}>{t('fields.date')}</th>
            <th scope="col" className={mergeClasses(head, styles.number)}>{t('fields.value')}</th>
          </tr>
        </thead>
        <tbody>
          {trajectory.map((p) => (
            <tr key={`${p.kind}-${p.date}`}>
              <th scope="row" className={styles.cell}>{t(`indicator.points.${p.kind}`)}</th>
              <td className={styles.cell}>{format.date(p.date)}</td>
              <td className={mergeClasses(styles.cell, styles.number)}>{`${format.number(p.value)} ${unit}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table} data-testid="measures-table">
        <caption className={styles.caption}>{t('indicator.measuresCaption', { count: measures.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>{t('fields.date')}</th>
            <th scope="col" className={mergeClasses(head, styles.number)}>{t('fields.value')}</th>
            <th scope="col" className={head}>{t('fields.source')}</th>
            <th scope="col" className={head}>{t('fields.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.id}>
              <th scope="row" className={styles.cell}>{format.date(m.date)}</th>
              <td className={mergeClasses(styles.cell, styles.number)}>{`${format.number(m.value)} ${unit}`}</td>
              <td className={styles.cell}>{t(`measureSource.${m.source}`)}</td>
              <td className={styles.cell}>{m.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {latestFirst.length > SHOWN && (
        <Button className={styles.more} appearance="subtle" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('indicator.showFewer') : t('indicator.showAll', { count: latestFirst.length })}
        </Button>
      )}
    </>
  );
}
