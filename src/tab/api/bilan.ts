import type { PublicKind } from '../../app/bilan/public/public-fields';
import type { FeedbackKindCode, TimeUseCode } from '../../app/bilan/bilan-api.types';

// The shapes of the bilan, snapshot and export API, as the server declares them for the tab (types only).
export type {
  ActionStateCountsDto,
  BilanAxisDto,
  BilanCommitmentDto,
  BilanDto,
  BudgetDto,
  CampaignRefDto,
  ComparedSideDto,
  DeliveryStatusCode,
  FeedbackKindCode,
  GapDto,
  IndicatorStateCountsDto,
  PerceptionGapDto,
  ServiceWorkingTimeDto,
  SnapshotComparisonDto,
  SnapshotDto,
  TimeUseCode,
} from '../../app/bilan/bilan-api.types';
export type { PublicKind };

/** Every key of a union, listed once: a code added on the server and not here fails to compile. */
type Exhaustive<Union extends string, List extends readonly Union[]> = Exclude<Union, List[number]> extends never ? List : never;
const exhaustive =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: Exhaustive<Union, List>): List =>
    list;

/** Kinds of feedback, in the order of the form (the server's FEEDBACK_KINDS, without bundling its schema). */
export const FEEDBACK_KINDS = exhaustive<FeedbackKindCode>()([
  'citizen_workshop',
  'online_consultation',
  'elected_seminar',
  'administration_meeting',
  'other',
]);

/** Uses of the hours freed by the 1,607 hours. */
export const TIME_USES = exhaustive<TimeUseCode>()(['better_service', 'new_projects', 'quality_of_life', 'other']);

/** Kinds of record that have open-data files. */
export const PUBLIC_KINDS = exhaustive<PublicKind>()(['mandate', 'axis', 'commitment', 'action', 'indicator', 'measure', 'service', 'feedback']);
