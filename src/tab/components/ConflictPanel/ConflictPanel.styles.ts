import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useConflictPanelStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%' },
  table: { width: '100%', borderCollapse: 'collapse', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  cell: {
    ...typographyStyles.body1,
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  head: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  both: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
