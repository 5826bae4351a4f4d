import type { indicators as fr } from '../fr/indicators';
import type { Translation } from '../translation';

export const indicators: Translation<typeof fr> = {
  indicators: {
    title: 'Indicators',
    subtitle_one: '{{count}} performance indicator',
    subtitle_other: '{{count}} performance indicators',
    filtersLabel: 'Filter the indicators',
    stateFilter: 'Status',
    shown_one: '{{count}} indicator shown',
    shown_other: '{{count}} indicators shown',
    none: 'No indicator matches.',
    tableLabel: 'Performance indicators',
    columns: {
      indicator: 'Indicator',
      latest: 'Latest value',
      target: 'Target',
      achievement: 'Achievement',
      state: 'Status',
      trend: 'Course',
    },
    latestVsExpected: 'latest {{latest}}, expected {{expected}}',
    achievementShort: 'achievement {{value}}',
    targetShort: 'target {{value}} by {{date}}',
    latest: 'latest measure {{value}} on {{date}}',
    noMeasure: 'no measure',
  },
};
