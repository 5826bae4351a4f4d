import type { indicator as fr } from '../fr/indicator';
import type { Translation } from '../translation';

export const indicator: Translation<typeof fr> = {
  indicator: {
    title: 'Indicator',
    latestValue: 'Latest value',
    expectedValue: 'Expected value',
    expectedCaption: 'on the trajectory, at the date of the latest measure',
    achievement: 'Achievement',
    chartTitle: 'Course',
    measuresSeries: 'Measures',
    trajectorySeries: 'Planned trajectory',
    summaryBaseline: 'Baseline {{value}} on {{date}}',
    summaryLatest: 'latest measure {{value}} on {{date}}',
    summaryNoMeasure: 'no measure',
    summaryTarget: 'target {{value}} by {{date}}',
    summaryExpected: 'expected {{value}}',
    trajectoryCaption: 'Planned trajectory',
    point: 'Point',
    points: { baseline: 'Baseline', milestone: 'Milestone', target: 'Target' },
    measuresCaption_one: '{{count}} measure (latest first)',
    measuresCaption_other: '{{count}} measures (latest first)',
    showAll: 'Show all {{count}} measures',
    showFewer: 'Show fewer measures',
    addMeasure: 'Add a measure',
    valueIn: 'Value ({{unit}})',
    measureAdded: 'Measure of {{value}} added.',
    about: 'About',
    noDescription: 'No description.',
    sourceLine: 'Source: {{source}}',
  },
};
