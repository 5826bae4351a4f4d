import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useMeetingPresentationStyles = makeStyles({
  root: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  stage: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0, marginRight: 'auto' },
  since: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  counter: { ...typographyStyles.body1Strong, minWidth: '5em', textAlign: 'center' },
  dots: { display: 'flex', justifyContent: 'center', gap: tokens.spacingHorizontalXS, padding: tokens.spacingVerticalS, flexWrap: 'wrap' },
  dot: { width: '10px', height: '10px', borderRadius: '50%', backgroundColor: tokens.colorNeutralStroke1 },
  dotCurrent: { backgroundColor: tokens.colorBrandBackground, width: '28px', borderRadius: '5px' },
});
