import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Tables of the bilan, snapshot and second-half pages: plain data tables with a caption. */
export const useBilanTableStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  caption: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, textAlign: 'start', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  cell: {
    ...typographyStyles.body1,
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  // Headers are short words: they wrap between words, never inside one.
  head: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, verticalAlign: 'bottom', overflowWrap: 'normal' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  rowTitle: { ...typographyStyles.body1Strong },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, display: 'block', marginTop: tokens.spacingVerticalXXS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  progress: { width: '150px' },
  tools: { width: '1%', whiteSpace: 'nowrap' },
  total: { ...typographyStyles.body1Strong, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});
