import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useProposalItemStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  who: { ...typographyStyles.body1Strong, margin: 0 },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  cell: {
    ...typographyStyles.body1,
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
  },
  headCell: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  fieldColumn: { width: '22%' },
  valueColumn: { width: '39%' },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, textAlign: 'start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  decided: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  error: { ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1, display: 'block' },
});
