import { shorthands, tokens, typographyStyles } from '@fluentui/react-components';

// Style pieces of the virtualised grid tables (roadmap, indicators, campaign recipients): a header that stays at the
// top while the rows scroll, and rows placed absolutely (each translated to its offset) on one grid of columns.

/** Text cut with an ellipsis on one line. */
export const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** The header row on `columns`, stuck to the top of the scroller. */
export const stickyGridHeader = (columns: string) =>
  ({
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'grid',
    gridTemplateColumns: columns,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
  }) as const;

/** A header cell's text. */
export const gridHeaderText = { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, padding: `0 ${tokens.spacingHorizontalS}` } as const;

/** A row on `columns`, `heightPx` high, placed by the table (absolute, translated to its offset). */
export const virtualGridRow = (columns: string, heightPx: number) =>
  ({
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    display: 'grid',
    gridTemplateColumns: columns,
    alignItems: 'center',
    height: `${heightPx}px`,
    boxSizing: 'border-box',
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
  }) as const;

/** A secondary line under a cell's main text. */
export const gridMeta = { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, ...oneLine } as const;
