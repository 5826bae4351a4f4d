import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const ROW_HEIGHT = { axis: 60, commitment: 52, action: 52 } as const;

export const useRoadmapTreeStyles = makeStyles({
  scroller: {
    position: 'relative',
    height: 'max(480px, calc(100vh - 330px))',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  inner: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: 0,
    display: 'grid',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    cursor: 'pointer',
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
      zIndex: 1,
    },
  },
  axisRow: {
    gridTemplateColumns: '32px 6px minmax(0, 1fr) minmax(120px, 200px) minmax(0, 260px)',
    paddingLeft: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  commitmentRow: {
    gridTemplateColumns: '32px 48px minmax(0, 1fr) auto minmax(120px, 200px) minmax(0, 180px)',
    paddingLeft: '28px',
  },
  actionRow: {
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 170px) 104px minmax(112px, 150px) 28px 28px minmax(0, 150px)',
    paddingLeft: '96px',
    '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr) 104px minmax(112px, 150px) 28px 28px', paddingLeft: '64px' },
  },
  toggle: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground2,
  },
  colorBar: { width: '6px', height: '32px', borderRadius: tokens.borderRadiusSmall },
  axisTitle: { ...typographyStyles.subtitle2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  reference: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  title: { ...typographyStyles.body1Strong, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  actionTitle: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textDecorationLine: 'none',
    ':hover': { textDecorationLine: 'underline' },
  },
  stack: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  lateMeta: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  wide: { '@media (max-width: 1100px)': { display: 'none' } },
});
