/**
 * The closed lists of codes the records use, with no dependency at all: the schemas validate against them and
 * the tab imports this very file, so the server and the tab cannot drift apart.
 */
export const ACTION_STATUSES = ['planned', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const WEATHERS = ['sunny', 'cloudy', 'overcast', 'stormy'] as const;
export type Weather = (typeof WEATHERS)[number];
export const TRENDS = ['up', 'flat', 'down'] as const;
export type Trend = (typeof TRENDS)[number];
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const HALVES = ['first', 'second'] as const;
export type Half = (typeof HALVES)[number];
export const COMMITMENT_STATUSES = ['planned', 'in_progress', 'done', 'revised', 'abandoned'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const ROLES = ['administrator', 'pilotage', 'elected', 'service_head', 'reader'] as const;
export type Role = (typeof ROLES)[number];
export const DIRECTIONS = ['increase', 'decrease', 'stay_above', 'stay_below'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const MEASURE_SOURCES = ['manual', 'bot', 'import'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];
/** Where a change came from. */
export const CHANGE_SOURCES = ['tab', 'bot', 'import', 'api', 'seed', 'system'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];
export const ENTITY_KINDS = ['mandate', 'axis', 'commitment', 'action', 'indicator', 'measure', 'service', 'person', 'feedback'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
