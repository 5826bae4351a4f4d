import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { gridHeaderText, gridMeta, oneLine, stickyGridHeader, virtualGridRow } from '../VirtualGrid/virtual-grid.styles';

export const RECIPIENT_ROW_HEIGHT = 56;
export const RECIPIENT_TABLE_MAX_HEIGHT = 520;
const COLUMNS = 'minmax(200px, 2fr) minmax(160px, 1.5fr) minmax(150px, 1fr) minmax(200px, 2fr) 90px minmax(110px, 1fr) minmax(110px, 1fr)';

export const useRecipientTableStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { minWidth: '1050px', position: 'relative' },
  header: { ...stickyGridHeader(COLUMNS), minHeight: '36px', alignItems: 'center' },
  headerCell: gridHeaderText,
  body: { position: 'relative' },
  row: virtualGridRow(COLUMNS, RECIPIENT_ROW_HEIGHT),
  cell: { ...typographyStyles.body1, padding: `0 ${tokens.spacingHorizontalS}`, minWidth: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  text: { ...oneLine, maxWidth: '100%' },
  meta: { ...gridMeta, maxWidth: '100%' },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  count: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, marginLeft: 'auto' },
});
