import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useHistoryTimelineStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `0 0 ${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    marginLeft: tokens.spacingHorizontalS,
    ':last-child': { borderLeftColor: 'transparent' },
    '::before': {
      content: '""',
      position: 'absolute',
      left: '-7px',
      top: '2px',
      width: '12px',
      height: '12px',
      borderRadius: '50%',
      backgroundColor: tokens.colorBrandBackground,
      border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralBackground1}`,
    },
  },
  head: { ...typographyStyles.body1, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  actor: { ...typographyStyles.body1Strong },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  changes: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  change: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground1 },
  field: { ...typographyStyles.caption1Strong },
  old: { color: tokens.colorNeutralForeground2, textDecorationLine: 'line-through' },
  more: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
});
