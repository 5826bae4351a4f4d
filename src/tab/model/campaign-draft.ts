import type { ApplyMode, Audience, AudienceKind, CampaignKind, CampaignRecord } from '../api/campaigns';
import { questionBody, questionDraftOf, questionNumberProblems, type QuestionDraft } from './question-draft';

/** A campaign as the form holds it: the three audiences' lists are kept while the user switches between them. */
export interface CampaignDraft {
  kind: CampaignKind;
  title: string;
  description: string;
  audience: AudienceKind;
  serviceIds: string[];
  personIds: string[];
  openingDate: string;
  deadline: string;
  reminderOffsets: number[];
  applyMode: ApplyMode;
  questions: QuestionDraft[];
}

/** The parts of a draft, in form order (what a conflict compares). */
export const DRAFT_PARTS = ['kind', 'title', 'description', 'audience', 'openingDate', 'deadline', 'reminderOffsets', 'applyMode', 'questions'] as const;
export type DraftPart = (typeof DRAFT_PARTS)[number];

/** Who a kind of campaign is usually for. */
export const DEFAULT_AUDIENCE: Record<CampaignKind, AudienceKind> = {
  action_review: 'service_heads',
  elected_self_assessment: 'elected_officials',
  working_time_1607: 'service_heads',
  custom: 'people',
};

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A new campaign: a review of actions opening today, closing in three weeks, reminded J-3, J-1 and J+1. */
export function emptyDraft(today: string): CampaignDraft {
  return {
    kind: 'action_review',
    title: '',
    description: '',
    audience: 'service_heads',
    serviceIds: [],
    personIds: [],
    openingDate: today,
    deadline: addDays(today, 21),
    reminderOffsets: [-3, -1, 1],
    applyMode: 'proposals',
    questions: [],
  };
}

/** A stored campaign as the form holds it. */
export function draftOf(c: CampaignRecord): CampaignDraft {
  return {
    kind: c.kind,
    title: c.title,
    description: c.description ?? '',
    audience: c.audience.kind,
    serviceIds: c.audience.kind === 'service_heads' ? [...c.audience.serviceIds] : [],
    personIds: c.audience.kind === 'people' ? [...c.audience.personIds] : [],
    openingDate: c.openingDate,
    deadline: c.deadline,
    reminderOffsets: [...c.reminderOffsets].sort((a, b) => a - b),
    applyMode: c.applyMode,
    questions: c.kind === 'custom' ? c.questions.map(questionDraftOf) : [],
  };
}

/** The audience a draft designates (the lists of the other kinds are kept in the form, not sent). */
export function audienceOfDraft(d: Pick<CampaignDraft, 'audience' | 'serviceIds' | 'personIds'>): Audience {
  if (d.audience === 'service_heads') return { kind: 'service_heads', serviceIds: d.serviceIds };
  if (d.audience === 'people') return { kind: 'people', personIds: d.personIds };
  return { kind: 'elected_officials' };
}

/**
 * What the API receives: a new campaign's body, or (`forPatch`) every field of an existing one, null clearing what
 * the form emptied. The API checks everything; its field messages come back by path.
 */
export function campaignBody(d: CampaignDraft, forPatch = false): Record<string, unknown> {
  const clear = forPatch ? null : undefined;
  const body: Record<string, unknown> = {
    kind: d.kind,
    title: d.title,
    description: d.description.trim() ? d.description : clear,
    audience: audienceOfDraft(d),
    openingDate: d.openingDate,
    deadline: d.deadline,
    reminderOffsets: [...d.reminderOffsets].sort((a, b) => a - b),
    applyMode: d.applyMode,
    questions: d.kind === 'custom' ? d.questions.map(questionBody) : clear,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** API paths of values the form cannot send (a number that is not one). */
export const localProblems = (d: CampaignDraft): string[] => (d.kind === 'custom' ? questionNumberProblems(d.questions) : []);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A part of the draft, comparable across drafts (questions without their list keys). */
export function partValue(d: CampaignDraft, part: DraftPart): unknown {
  if (part === 'audience') return [d.audience, d.audience === 'service_heads' ? d.serviceIds : d.audience === 'people' ? d.personIds : []];
  if (part === 'questions') return d.kind === 'custom' ? d.questions.map(questionBody) : [];
  return d[part];
}

/** The parts where two drafts differ. */
export const changedParts = (a: CampaignDraft, b: CampaignDraft): DraftPart[] => DRAFT_PARTS.filter((p) => !same(partValue(a, p), partValue(b, p)));

/** After a conflict: their version, with the parts this user changed taken from what they typed. */
export function rebaseCampaignDraft(mine: CampaignDraft, oldBase: CampaignDraft, theirs: CampaignDraft): CampaignDraft {
  const changed = new Set(changedParts(mine, oldBase));
  const next: CampaignDraft = { ...theirs };
  if (changed.has('kind')) next.kind = mine.kind;
  if (changed.has('title')) next.title = mine.title;
  if (changed.has('description')) next.description = mine.description;
  if (changed.has('audience')) Object.assign(next, { audience: mine.audience, serviceIds: mine.serviceIds, personIds: mine.personIds });
  if (changed.has('openingDate')) next.openingDate = mine.openingDate;
  if (changed.has('deadline')) next.deadline = mine.deadline;
  if (changed.has('reminderOffsets')) next.reminderOffsets = mine.reminderOffsets;
  if (changed.has('applyMode')) next.applyMode = mine.applyMode;
  if (changed.has('questions')) next.questions = mine.questions;
  return next;
}
