import { action } from './action';
import { admin } from './admin';
import { commitments } from './commitments';
import { common } from './common';
import { dashboard } from './dashboard';
import { indicator } from './indicator';
import { indicators } from './indicators';
import { meeting } from './meeting';
import { roadmap } from './roadmap';

/** French, the reference language: every key exists here first. */
export const fr = { ...common, ...action, ...commitments, ...dashboard, ...indicator, ...indicators, ...roadmap, ...meeting, ...admin };
