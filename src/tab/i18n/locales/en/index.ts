import type { FrenchStrings } from '../fr';
import type { Translation } from '../translation';
import { action } from './action';
import { admin } from './admin';
import { audit } from './audit';
import { campaigns } from './campaigns';
import { commitments } from './commitments';
import { common } from './common';
import { dashboard } from './dashboard';
import { indicator } from './indicator';
import { indicators } from './indicators';
import { meeting } from './meeting';
import { proposals } from './proposals';
import { roadmap } from './roadmap';

/** English: the same keys as French, those of lazily loaded pages included (the type makes a missing key a compile error). */
export const en: Translation<FrenchStrings> = {
  ...common,
  ...action,
  ...commitments,
  ...dashboard,
  ...indicator,
  ...indicators,
  ...roadmap,
  ...meeting,
  ...admin,
  ...campaigns,
  ...proposals,
  ...audit,
};
