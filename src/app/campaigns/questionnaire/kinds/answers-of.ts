import type { CampaignKind } from '../../../../domain/campaigns/campaign.schema.js';
import type { CampaignResponse, ResponseAnswers } from '../../../../domain/campaigns/response.schema.js';

type AnswersByKind = { [A in ResponseAnswers as A['kind']]: A['bySubject'] };
/** The answers of one kind of questionnaire, by subject id. */
export type AnswersOf<K extends CampaignKind> = AnswersByKind[K];

/** The saved answers of a response when it is of the given kind. */
export function answersOf<K extends CampaignKind>(response: CampaignResponse | undefined, kind: K): AnswersOf<K> | undefined {
  const answers: ResponseAnswers | undefined = response?.answers;
  if (answers === undefined || answers.kind !== kind) return undefined;
  // The kind tag was just compared: TS cannot narrow a union through a generic parameter by itself.
  const bySubject: ResponseAnswers['bySubject'] = answers.bySubject;
  return bySubject as AnswersOf<K>;
}

/**
 * The answers after one step was saved: the step's subjects take the new answers, and a subject of the step left
 * unanswered (an optional question cleared) loses its old one; other steps' answers stay.
 */
export function replaceSubjects<T>(current: Readonly<Record<string, T>> | undefined, subjects: readonly string[], answers: Readonly<Record<string, T>>): Record<string, T> {
  const replaced = new Set(subjects);
  const kept = Object.entries(current ?? {}).filter(([id]) => !replaced.has(id));
  return { ...Object.fromEntries(kept), ...answers };
}

/** The answers in the order of the steps (the order the card showed them), subjects no longer listed at the end. */
export function inStepOrder<T>(answers: Readonly<Record<string, T>>, order: readonly string[]): Record<string, T> {
  const rank = new Map(order.map((id, index) => [id, index]));
  const entries = Object.entries(answers).sort(([a], [b]) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length));
  return Object.fromEntries(entries);
}

/** What one step's save brings: the answers of the subjects it showed (a subject left out loses its answer). */
export type StepAnswers = { [K in CampaignKind]: { kind: K; subjects: string[]; bySubject: AnswersOf<K> } }[CampaignKind];

/** The response's answers once a step's answers are in. */
export function applyStepAnswers(current: CampaignResponse | undefined, step: StepAnswers): ResponseAnswers {
  switch (step.kind) {
    case 'action_review':
      return { kind: step.kind, bySubject: replaceSubjects(answersOf(current, step.kind), step.subjects, step.bySubject) };
    case 'elected_self_assessment':
      return { kind: step.kind, bySubject: replaceSubjects(answersOf(current, step.kind), step.subjects, step.bySubject) };
    case 'working_time_1607':
      return { kind: step.kind, bySubject: replaceSubjects(answersOf(current, step.kind), step.subjects, step.bySubject) };
    case 'custom':
      return { kind: step.kind, bySubject: replaceSubjects(answersOf(current, step.kind), step.subjects, step.bySubject) };
  }
}
