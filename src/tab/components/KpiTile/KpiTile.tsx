import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  label: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, margin: 0 },
  value: { ...typographyStyles.title1, color: tokens.colorNeutralForeground1, margin: 0 },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  brand: { borderLeftColor: tokens.colorBrandStroke1 },
  danger: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  success: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
});

export interface KpiTileProps {
  label: string;
  value: ReactNode;
  caption?: ReactNode;
  tone?: 'brand' | 'danger' | 'warning' | 'success';
}

/** A headline figure: label, big value, caption. */
export function KpiTile({ label, value, caption, tone }: KpiTileProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, tone && styles[tone])}>
      <p className={styles.label}>{label}</p>
      <p className={styles.value}>{value}</p>
      {caption && <p className={styles.caption}>{caption}</p>}
    </div>
  );
}
