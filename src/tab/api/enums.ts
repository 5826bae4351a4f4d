/** The enumerations of the API: the very lists the server's schemas validate against (no copy to drift). */
export * from '../../domain/entities/vocabulary';

export const INDICATOR_STATES = ['reached', 'on_track', 'behind', 'no_data'] as const;
export type IndicatorState = (typeof INDICATOR_STATES)[number];
