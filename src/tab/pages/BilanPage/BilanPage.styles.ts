import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useBilanPageStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  note: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  kpis: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))', gap: tokens.spacingHorizontalL },
  axisSummary: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  axisHeading: { ...typographyStyles.subtitle2, margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dot: { width: '12px', height: '12px', borderRadius: '50%', flexShrink: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '110ch' },
  refs: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  headerLinks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
