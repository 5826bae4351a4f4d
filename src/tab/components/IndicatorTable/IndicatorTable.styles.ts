import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const INDICATOR_ROW_HEIGHT = 60;
const COLUMNS = 'minmax(260px, 3fr) minmax(130px, 1fr) minmax(130px, 1fr) minmax(120px, 140px) minmax(130px, 150px) 140px';

export const useIndicatorTableStyles = makeStyles({
  scroller: {
    height: 'max(420px, calc(100vh - 320px))',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  table: { minWidth: '1000px', position: 'relative' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    minHeight: '40px',
    alignItems: 'center',
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
  },
  headerCell: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, padding: `0 ${tokens.spacingHorizontalS}` },
  body: { position: 'relative' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    display: 'grid',
    gridTemplateColumns: COLUMNS,
    alignItems: 'center',
    height: `${INDICATOR_ROW_HEIGHT}px`,
    boxSizing: 'border-box',
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  cell: { ...typographyStyles.body1, padding: `0 ${tokens.spacingHorizontalS}`, minWidth: 0, display: 'flex', flexDirection: 'column' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});
