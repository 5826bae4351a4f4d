export * from './dates.js';
export * from './indicator-achievement.js';
export * from './lateness.js';
export * from './progress-rollup.js';
export * from './text.js';
export * from './weather-aggregates.js';
export * from './group-by.js';
export * from './gap-analysis.js';
