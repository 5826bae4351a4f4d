import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useRoadmapFiltersStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'end',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  search: { gridColumn: 'span 2', '@media (max-width: 640px)': { gridColumn: 'auto' } },
  dropdown: { minWidth: 0, width: '100%' },
  end: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  count: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
});
