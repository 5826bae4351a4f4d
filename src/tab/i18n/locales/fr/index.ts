import { action } from './action';
import { admin } from './admin';
import type { audit } from './audit';
import type { campaigns } from './campaigns';
import { commitments } from './commitments';
import { common } from './common';
import { dashboard } from './dashboard';
import { indicator } from './indicator';
import { indicators } from './indicators';
import { meeting } from './meeting';
import type { proposals } from './proposals';
import { roadmap } from './roadmap';

/** French, the reference language: every key exists here first. */
export const fr = { ...common, ...action, ...commitments, ...dashboard, ...indicator, ...indicators, ...roadmap, ...meeting, ...admin };

/**
 * Strings of the pages only some roles open (campaigns, proposals, audit): French travels with those pages' chunks and
 * is added when they render (page-strings.ts); English carries them in its own lazy bundle. Typed with the rest.
 */
export type FrenchStrings = typeof fr & typeof campaigns & typeof proposals & typeof audit;
