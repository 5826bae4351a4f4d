import type { fr } from '../fr';
import type { Translation } from '../translation';
import { action } from './action';
import { admin } from './admin';
import { commitments } from './commitments';
import { common } from './common';
import { dashboard } from './dashboard';
import { indicator } from './indicator';
import { indicators } from './indicators';
import { meeting } from './meeting';
import { roadmap } from './roadmap';

/** English: the same keys as French (the type makes a missing key a compile error). */
export const en: Translation<typeof fr> = {
  ...common,
  ...action,
  ...commitments,
  ...dashboard,
  ...indicator,
  ...indicators,
  ...roadmap,
  ...meeting,
  ...admin,
};
