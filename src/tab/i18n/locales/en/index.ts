import type { FrenchStrings } from '../fr';
import type { Translation } from '../translation';
import { action } from './action';
import { admin } from './admin';
import { audit } from './audit';
import { bilan } from './bilan';
import { campaigns } from './campaigns';
import { commitments } from './commitments';
import { common } from './common';
import { dashboard } from './dashboard';
import { feedback } from './feedback';
import { indicator } from './indicator';
import { indicators } from './indicators';
import { internalFields } from './internal-fields';
import { meeting } from './meeting';
import { proposals } from './proposals';
import { roadmap } from './roadmap';
import { secondHalf } from './second-half';
import { snapshots } from './snapshots';

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
  ...bilan,
  ...snapshots,
  ...secondHalf,
  ...feedback,
  ...internalFields,
};
