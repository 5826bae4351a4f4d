import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useWeatherChartStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: {
    display: 'flex',
    gap: '2px',
    height: '20px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  segment: { flexBasis: 0, minWidth: '4px' },
  table: { borderCollapse: 'collapse', flexGrow: 1, minWidth: '200px' },
  cell: {
    ...typographyStyles.body1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  swatch: { display: 'inline-block', width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall, marginInlineEnd: tokens.spacingHorizontalS, verticalAlign: 'middle' },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, textAlign: 'start', paddingBottom: tokens.spacingVerticalXS },
});
