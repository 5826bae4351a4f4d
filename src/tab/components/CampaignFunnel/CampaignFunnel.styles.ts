import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useCampaignFunnelStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke2}`,
  },
  good: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  bad: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warn: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  label: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2 },
  value: { ...typographyStyles.title2, color: tokens.colorNeutralForeground1, margin: 0 },
  reasons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  reasonsTitle: { ...typographyStyles.subtitle2, margin: 0 },
  reasonList: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    ...typographyStyles.body1,
  },
  reasonRow: { display: 'contents' },
  reasonCount: { margin: 0, fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  compact: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, display: 'flex', flexDirection: 'column' },
  rate: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});
