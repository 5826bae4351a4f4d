import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useActionFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalL,
    margin: 0,
    border: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    // Grid items may shrink below their content (a select's longest option), or they overflow their column.
    '& > *': { minWidth: 0 },
  },
  legend: { ...typographyStyles.subtitle2, float: 'left', gridColumn: '1 / -1', padding: 0, color: tokens.colorNeutralForeground1 },
  wide: { gridColumn: '1 / -1' },
});
