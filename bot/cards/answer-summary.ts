import type { ActionReviewAnswer } from '../../src/domain/campaigns/answers/action-review.answer.js';
import type { CustomAnswer } from '../../src/domain/campaigns/answers/custom.answer.js';
import type { SelfAssessmentAnswer } from '../../src/domain/campaigns/answers/self-assessment.answer.js';
import { TIME_USES, type WorkingTimeAnswer } from '../../src/domain/campaigns/answers/working-time.answer.js';
import { pickLabel } from '../../src/domain/campaigns/localized-label.schema.js';
import type { Question } from '../../src/domain/campaigns/question.schema.js';
import type { Lang } from '../../src/domain/validation/messages.js';
import { formatDate, formatNumber, labelled } from './card-format.js';
import { PRIORITY_LABELS, TIME_USE_LABELS, TREND_LABELS, WEATHER_LABELS } from './card-labels.js';
import { truncateText } from './escape-card-text.js';

/** One subject of the summary: its title and what was answered about it. */
export interface SummaryItem {
  title: string;
  facts: readonly (readonly [string, string | undefined])[];
}

// A summary recalls what was sent; the full texts stay in the tab. Keeps a 60-subject summary small.
const SHOWN = 160;
const short = (value: string | undefined) => (value ? truncateText(value, SHOWN) : undefined);

const T = {
  fr: { progress: 'Avancement', weather: 'Météo', trend: 'Tendance', blockers: 'Blocages', nextSteps: 'Prochaines étapes', needs: 'Besoins', comment: 'Commentaire', measures: 'Nouvelles mesures', score: 'Note', difficulties: 'Difficultés', priority: 'Priorité', hours: 'Heures libérées', examples: 'Exemples', answer: 'Réponse', skipped: 'Non renseigné' },
  en: { progress: 'Progress', weather: 'Weather', trend: 'Trend', blockers: 'Blockers', nextSteps: 'Next steps', needs: 'Needs', comment: 'Comment', measures: 'New measures', score: 'Score', difficulties: 'Difficulties', priority: 'Priority', hours: 'Hours freed', examples: 'Examples', answer: 'Answer', skipped: 'Not answered' },
} as const;

/** Summary of an action review, in the order of the actions; `names` gives action and indicator names by id. */
export function summarizeReview(byAction: Readonly<Record<string, ActionReviewAnswer>>, names: ReadonlyMap<string, string>, lang: Lang): SummaryItem[] {
  const t = T[lang];
  return Object.entries(byAction).map(([actionId, a]) => ({
    title: names.get(actionId) ?? actionId,
    facts: [
      [t.progress, `${a.progress} %`],
      [t.weather, a.weather && WEATHER_LABELS[lang][a.weather]],
      [t.trend, a.trend && TREND_LABELS[lang][a.trend]],
      [t.blockers, short(a.blockers)],
      [t.nextSteps, short(a.nextSteps)],
      [t.needs, short(a.needs)],
      [t.comment, short(a.comment)],
      [t.measures, a.measures.map((m) => labelled(names.get(m.indicatorId) ?? m.indicatorId, formatNumber(m.value, lang), lang)).join(' · ') || undefined],
    ],
  }));
}

/** Summary of a self-assessment; `names` gives "E1 — title" by commitment id. */
export function summarizeSelfAssessment(byCommitment: Readonly<Record<string, SelfAssessmentAnswer>>, names: ReadonlyMap<string, string>, lang: Lang): SummaryItem[] {
  const t = T[lang];
  return Object.entries(byCommitment).map(([id, a]) => ({
    title: names.get(id) ?? id,
    facts: [
      [t.score, `${a.score}/5`],
      [t.difficulties, short(a.difficulties)],
      [t.priority, a.priority && PRIORITY_LABELS[lang][a.priority]],
    ],
  }));
}

/** Summary of a 1,607 h answer; `names` gives service names by id. */
export function summarizeWorkingTime(byService: Readonly<Record<string, WorkingTimeAnswer>>, names: ReadonlyMap<string, string>, lang: Lang): SummaryItem[] {
  const t = T[lang];
  return Object.entries(byService).map(([id, a]) => ({
    title: names.get(id) ?? id,
    facts: [
      [t.hours, formatNumber(a.hoursFreed, lang)],
      ...TIME_USES.map((use): [string, string] => [TIME_USE_LABELS[lang][use], formatNumber(a.split[use], lang)]),
      [t.examples, short(a.examples)],
    ],
  }));
}

function customValue(question: Question, answer: CustomAnswer, lang: Lang): string {
  if (answer.type === 'choice' && question.type === 'choice')
    return answer.values.map((v) => question.options.find((o) => o.value === v)).map((o) => (o ? pickLabel(o.label, lang) : '?')).join(', ');
  if (answer.type === 'date') return formatDate(answer.value, lang);
  if (answer.type === 'text') return truncateText(answer.value, SHOWN);
  if (answer.type === 'choice') return answer.values.join(', ');
  return formatNumber(answer.value, lang);
}

/** Summary of a custom questionnaire, in the order of the questions; unanswered ones say so. */
export function summarizeCustom(questions: readonly Question[], byQuestion: Readonly<Record<string, CustomAnswer>>, lang: Lang): SummaryItem[] {
  return questions.map((q, i) => {
    const answer = byQuestion[q.id];
    return { title: `${i + 1}. ${truncateText(pickLabel(q.label, lang), SHOWN)}`, facts: [[T[lang].answer, answer ? customValue(q, answer, lang) : T[lang].skipped]] };
  });
}
