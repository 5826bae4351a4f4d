import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { gridHeaderText, gridMeta, oneLine, stickyGridHeader, virtualGridRow } from '../VirtualGrid/virtual-grid.styles';

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
  header: { ...stickyGridHeader(COLUMNS), minHeight: '40px', alignItems: 'center' },
  headerCell: gridHeaderText,
  body: { position: 'relative' },
  row: { ...virtualGridRow(COLUMNS, INDICATOR_ROW_HEIGHT), ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover } },
  cell: { ...typographyStyles.body1, padding: `0 ${tokens.spacingHorizontalS}`, minWidth: 0, display: 'flex', flexDirection: 'column' },
  name: { ...oneLine, display: 'block' },
  meta: gridMeta,
});
