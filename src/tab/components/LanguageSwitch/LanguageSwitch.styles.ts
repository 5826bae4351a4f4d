import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useLanguageSwitchStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});
