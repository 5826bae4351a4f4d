import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from './host';

/** The Fluent theme for a Teams theme name (unknown names, e.g. `glass`, fall back to light). */
export function fluentTheme(theme: HostTheme): Theme {
  switch (theme) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return teamsLightTheme;
  }
}

/** Normalises what Teams reports (`default`, `dark`, `contrast`, others) to our three themes. */
export function toHostTheme(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/** Outside Teams: `?theme=` first, then the system's forced colours or dark preference. */
export function browserTheme(win: Window): HostTheme {
  const requested = new URLSearchParams(win.location.search).get('theme');
  if (requested === 'dark' || requested === 'contrast' || requested === 'default') return requested;
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  if (win.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}
