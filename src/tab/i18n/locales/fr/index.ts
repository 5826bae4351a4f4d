import { action } from './action';
import { admin } from './admin';
import type { audit } from './audit';
import type { bilan } from './bilan';
import type { campaigns } from './campaigns';
import { commitments } from './commitments';
import { common } from './common';
import { dashboard } from './dashboard';
import type { feedback } from './feedback';
import { indicator } from './indicator';
import { indicators } from './indicators';
import type { internalFields } from './internal-fields';
import { meeting } from './meeting';
import type { proposals } from './proposals';
import { roadmap } from './roadmap';
import type { secondHalf } from './second-half';
import type { snapshots } from './snapshots';

/** French, the reference language: every key exists here first. */
export const fr = { ...common, ...action, ...commitments, ...dashboard, ...indicator, ...indicators, ...roadmap, ...meeting, ...admin };

/**
 * Strings of the pages only some roles open (campaigns, proposals, audit, bilan, snapshots, second half, feedback,
 * internal fields): French travels with those pages' chunks and
 * is added when they render (page-strings.ts); English carries them in its own lazy bundle. Typed with the rest.
 */
export type FrenchStrings = typeof fr &
  typeof campaigns &
  typeof proposals &
  typeof audit &
  typeof bilan &
  typeof snapshots &
  typeof secondHalf &
  typeof feedback &
  typeof internalFields;
