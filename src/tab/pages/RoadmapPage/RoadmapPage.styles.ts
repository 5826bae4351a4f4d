import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useRoadmapPageStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  barEnd: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  count: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
});
