import { makeStyles, tokens } from '@fluentui/react-components';

export const useWeatherLabelStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  icon: { flexShrink: 0, fontSize: '20px' },
  sunny: { color: tokens.colorPaletteMarigoldForeground1 },
  cloudy: { color: tokens.colorPaletteBlueForeground2 },
  overcast: { color: tokens.colorNeutralForeground3 },
  stormy: { color: tokens.colorPaletteRedForeground1 },
  unset: { color: tokens.colorNeutralForeground4 },
  unsetText: { color: tokens.colorNeutralForeground3 },
});
