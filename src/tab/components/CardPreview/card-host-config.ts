import { tokens } from '@fluentui/react-components';

// Fluent's tokens are CSS variables: the card takes the theme of the tab (light, dark, high contrast) and follows its
// changes without being rendered again. The Adaptive Cards renderer passes colours other than #AARRGGBB through as is.
const text = (normal: string, subtle: string) => ({ default: normal, subtle });
const foregroundColors = {
  default: text(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  dark: text(tokens.colorNeutralForeground1, tokens.colorNeutralForeground2),
  light: text(tokens.colorNeutralForeground2, tokens.colorNeutralForeground3),
  accent: text(tokens.colorBrandForeground1, tokens.colorBrandForeground2),
  good: text(tokens.colorPaletteGreenForeground1, tokens.colorPaletteGreenForeground1),
  warning: text(tokens.colorPaletteDarkOrangeForeground1, tokens.colorPaletteDarkOrangeForeground1),
  attention: text(tokens.colorPaletteRedForeground1, tokens.colorPaletteRedForeground1),
};
const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors });

/** A host configuration close to Teams': Segoe UI, Teams spacing, Fluent colours. */
export const TEAMS_HOST_CONFIG = {
  fontFamily: tokens.fontFamilyBase,
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: tokens.colorNeutralStroke2 },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: style(tokens.colorNeutralBackground1),
    emphasis: style(tokens.colorNeutralBackground3),
    accent: style(tokens.colorBrandBackground2),
    good: style(tokens.colorPaletteGreenBackground1),
    attention: style(tokens.colorPaletteRedBackground1),
    warning: style(tokens.colorPaletteDarkOrangeBackground1),
  },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
  // The preview sits under the panel's h2: the card's headings come next.
  textBlock: { headingLevel: 3 },
  inputs: { label: { requiredInputs: { weight: 'bolder', suffix: ' *' }, optionalInputs: { weight: 'bolder' } } },
};
