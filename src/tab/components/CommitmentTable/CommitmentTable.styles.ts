import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useCommitmentTableStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  cell: {
    ...typographyStyles.body1,
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  head: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  ref: { width: '88px', color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  title: { ...typographyStyles.body1Strong },
  gap: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0 0` },
  gapLabel: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  col: { width: '14%' },
  progress: { width: '160px' },
  actions: { width: '120px' },
});
