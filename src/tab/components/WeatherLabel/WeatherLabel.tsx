import { mergeClasses } from '@fluentui/react-components';
import {
  Subtract20Regular,
  WeatherCloudy20Regular,
  WeatherPartlyCloudyDay20Regular,
  WeatherSunny20Regular,
  WeatherThunderstorm20Regular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden';
import type { Weather } from '../../api/enums';
import { useWeatherLabelStyles } from './WeatherLabel.styles';

const ICONS = {
  sunny: WeatherSunny20Regular,
  cloudy: WeatherPartlyCloudyDay20Regular,
  overcast: WeatherCloudy20Regular,
  stormy: WeatherThunderstorm20Regular,
  unset: Subtract20Regular,
} as const;

export interface WeatherLabelProps {
  weather: Weather | undefined;
  /** Icon only, the label kept for screen readers and as a tooltip. */
  iconOnly?: boolean;
}

/** The météo of an action: an icon and its name (the icon alone never carries the meaning). */
export function WeatherLabel({ weather, iconOnly }: WeatherLabelProps) {
  const styles = useWeatherLabelStyles();
  const { t } = useTranslation();
  const key = weather ?? 'unset';
  const Icon = ICONS[key];
  const label = t(`weather.${key}`);
  return (
    <span className={styles.root} title={iconOnly ? label : undefined}>
      <Icon aria-hidden className={mergeClasses(styles.icon, styles[key])} />
      {iconOnly ? <VisuallyHidden>{label}</VisuallyHidden> : <span className={key === 'unset' ? styles.unsetText : undefined}>{label}</span>}
    </span>
  );
}
