import { makeStyles, tokens } from '@fluentui/react-components';

export const useDashboardPageStyles = makeStyles({
  kpis: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 440px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  progressTile: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});
