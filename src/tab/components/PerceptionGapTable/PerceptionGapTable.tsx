import { Badge, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { BilanDto, PerceptionGapDto } from '../../api/bilan';
import { useFormat } from '../../i18n/use-format';
import { isStrongDisagreement } from '../../model/perception';
import { useBilanTableStyles } from '../BilanTable/bilan-table.styles';
import { useBadgeStyles } from '../StatusBadge/StatusBadge';

const useStyles = makeStyles({
  strong: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  strongEdge: { boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorPaletteDarkOrangeBorder2}` },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { display: 'inline-block', width: '16px', height: '6px', borderRadius: tokens.borderRadiusSmall },
  bars: { display: 'grid', gap: '2px', marginTop: tokens.spacingVerticalXS, width: '100%', maxWidth: '220px' },
  bar: { height: '6px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground5 },
  fill: { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall },
  elected: { backgroundColor: tokens.colorPaletteBerryForeground1 },
  administration: { backgroundColor: tokens.colorBrandBackground },
});

/** The elected officials' view next to the administration's, per commitment, largest disagreement first. */
export function PerceptionGapTable({ views }: { views: BilanDto['views'] }) {
  const styles = useBilanTableStyles();
  const own = useStyles();
  const { t } = useTranslation();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <>
      {/* The bars repeat the figures of the table for the eye: their key, for the eye too. */}
      <p className={own.legend} aria-hidden>
        <span className={own.key}>
          <span className={mergeClasses(own.swatch, own.elected)} />
          {t('bilan.views.columns.elected')}
        </span>
        <span className={own.key}>
          <span className={mergeClasses(own.swatch, own.administration)} />
          {t('bilan.views.columns.administration')}
        </span>
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('bilan.views.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={head}>{t('bilan.views.columns.commitment')}</th>
            <th scope="col" className={head}>{t('bilan.views.columns.elected')}</th>
            <th scope="col" className={head}>{t('bilan.views.columns.administration')}</th>
            <th scope="col" className={head}>{t('bilan.views.columns.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {views.gaps.map((gap) => (
            <GapRow key={gap.commitmentId} gap={gap} source={views.review ? 'review' : 'roadmap'} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function GapRow({ gap, source }: { gap: PerceptionGapDto; source: 'review' | 'roadmap' }) {
  const styles = useBilanTableStyles();
  const own = useStyles();
  const badge = useBadgeStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const strong = isStrongDisagreement(gap);
  const points = format.number(Math.abs(gap.difference), 0);
  const difference =
    Math.round(gap.difference) === 0 ? t('bilan.views.same') : gap.difference > 0 ? t('bilan.views.higher', { points }) : t('bilan.views.lower', { points });
  const cell = mergeClasses(styles.cell, strong && own.strong);
  return (
    <tr data-perception={gap.commitmentId} data-strong={strong || undefined}>
      <th scope="row" className={mergeClasses(cell, strong && own.strongEdge)}>
        <span className={styles.rowTitle}>{`${gap.reference} ${gap.title}`}</span>
      </th>
      <td className={cell} data-elected>
        {t('bilan.views.score', { score: format.number(gap.electedScore, 1), progress: format.progress(gap.electedProgress) })}
        <span className={styles.meta}>{t('bilan.views.respondents', { count: gap.respondents })}</span>
      </td>
      <td className={cell} data-administration>
        {format.progress(gap.administrationProgress)}
        <span className={styles.meta}>{t(`bilan.views.source.${source}`)}</span>
      </td>
      <td className={cell} data-difference>
        {difference}
        {strong && (
          <span className={styles.badges}>
            <Badge className={badge.badge} appearance="filled" shape="rounded" color="warning" icon={<Warning16Filled />}>
              {t('bilan.views.strong')}
            </Badge>
          </span>
        )}
        <span className={own.bars} aria-hidden>
          <span className={own.bar}>
            <span className={mergeClasses(own.fill, own.elected)} style={{ width: `${gap.electedProgress}%` }} />
          </span>
          <span className={own.bar}>
            <span className={mergeClasses(own.fill, own.administration)} style={{ width: `${gap.administrationProgress}%` }} />
          </span>
        </span>
      </td>
    </tr>
  );
}
