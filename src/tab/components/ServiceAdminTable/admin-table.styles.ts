import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useAdminTableStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    ...typographyStyles.body1,
    textAlign: 'start',
    verticalAlign: 'middle',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  head: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, display: 'block' },
  editColumn: { width: '110px' },
});
