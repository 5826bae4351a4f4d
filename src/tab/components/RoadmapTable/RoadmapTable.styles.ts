import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { gridHeaderText, gridMeta, oneLine, stickyGridHeader, virtualGridRow } from '../VirtualGrid/virtual-grid.styles';

export const TABLE_ROW_HEIGHT = 52;

const COLUMNS = 'minmax(220px, 2.4fr) minmax(120px, 1.2fr) minmax(120px, 1fr) minmax(110px, 1fr) 112px minmax(120px, 150px) minmax(110px, 130px) minmax(110px, 130px)';

export const useRoadmapTableStyles = makeStyles({
  scroller: {
    height: 'max(480px, calc(100vh - 330px))',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  table: { minWidth: '1100px', position: 'relative' },
  header: stickyGridHeader(COLUMNS),
  headerCell: { ...gridHeaderText, display: 'flex', alignItems: 'center', minHeight: '40px' },
  sortButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { position: 'relative' },
  row: { ...virtualGridRow(COLUMNS, TABLE_ROW_HEIGHT), ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover } },
  cell: { ...typographyStyles.body1, padding: `0 ${tokens.spacingHorizontalS}`, minWidth: 0, ...oneLine },
  stack: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  meta: gridMeta,
  late: { ...typographyStyles.caption1Strong, color: tokens.colorPaletteRedForeground1 },
  link: { ...oneLine, display: 'block' },
});
