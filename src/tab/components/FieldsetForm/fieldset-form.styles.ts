import { tokens, typographyStyles } from '@fluentui/react-components';

// Style pieces shared by the forms laid out as fieldsets of a grid (the action form, the campaign form).

/** The form: its sections one under the other. */
export const formColumn = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL } as const;

/** A fieldset laid out as a grid of fields at least `minColumn` wide, on a card. */
export const fieldGridSection = (minColumn: string) =>
  ({
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fill, minmax(${minColumn}, 1fr))`,
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalL,
    margin: 0,
    border: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    // Grid items may shrink below their content (a select's longest option), or they overflow their column.
    '& > *': { minWidth: 0 },
  }) as const;

/** The fieldset's legend, across the whole grid. */
export const sectionLegend = { ...typographyStyles.subtitle2, float: 'left', gridColumn: '1 / -1', padding: 0, color: tokens.colorNeutralForeground1 } as const;
