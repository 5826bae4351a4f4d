import type { CampaignKind } from '../../src/domain/campaigns/campaign.schema.js';
import type { DeliveryState } from '../../src/domain/campaigns/delivery-states.js';
import type { Priority } from '../../src/domain/campaigns/answers/self-assessment.answer.js';
import type { TimeUse } from '../../src/domain/campaigns/answers/working-time.answer.js';
import type { CommitmentStatus, Trend, Weather } from '../../src/domain/entities/index.js';
import type { Lang } from '../../src/domain/validation/messages.js';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

/** Météo labels, with the symbol people know from the tab. */
export const WEATHER_LABELS: Labels<Weather> = {
  fr: { sunny: '☀️ Ensoleillé', cloudy: '⛅ Nuageux', overcast: '☁️ Couvert', stormy: '⛈️ Orageux' },
  en: { sunny: '☀️ Sunny', cloudy: '⛅ Cloudy', overcast: '☁️ Overcast', stormy: '⛈️ Stormy' },
};

/** Trend labels. */
export const TREND_LABELS: Labels<Trend> = {
  fr: { up: '↗ En amélioration', flat: '→ Stable', down: '↘ En dégradation' },
  en: { up: '↗ Improving', flat: '→ Steady', down: '↘ Worsening' },
};

/** Priority labels. */
export const PRIORITY_LABELS: Labels<Priority> = {
  fr: { high: 'Haute', medium: 'Moyenne', low: 'Basse' },
  en: { high: 'High', medium: 'Medium', low: 'Low' },
};

/** Labels of the uses of freed working time, with the unit of the input. */
export const TIME_USE_LABELS: Labels<TimeUse> = {
  fr: {
    better_service: 'Meilleur service rendu (%)',
    new_projects: 'Nouveaux projets (%)',
    quality_of_life: 'Qualité de vie au travail (%)',
    other: 'Autre (%)',
  },
  en: {
    better_service: 'Better service (%)',
    new_projects: 'New projects (%)',
    quality_of_life: 'Quality of working life (%)',
    other: 'Other (%)',
  },
};

/** Commitment status labels. */
export const COMMITMENT_STATUS_LABELS: Labels<CommitmentStatus> = {
  fr: { planned: 'Prévu', in_progress: 'En cours', done: 'Réalisé', revised: 'Révisé', abandoned: 'Abandonné' },
  en: { planned: 'Planned', in_progress: 'In progress', done: 'Done', revised: 'Revised', abandoned: 'Abandoned' },
};

/** How a recipient sees the state of their questionnaire. */
export const DELIVERY_STATE_LABELS: Labels<DeliveryState> = {
  fr: { queued: 'En préparation', sent: 'À remplir', failed: 'Non reçu', answered: 'Envoyé', late: 'En retard' },
  en: { queued: 'Being prepared', sent: 'To fill in', failed: 'Not received', answered: 'Sent', late: 'Late' },
};

/** The name of each kind of campaign, as recipients see it. */
export const CAMPAIGN_KIND_LABELS: Labels<CampaignKind> = {
  fr: {
    action_review: 'Revue des actions',
    elected_self_assessment: 'Auto-évaluation des élus',
    working_time_1607: 'Temps de travail 1 607 h',
    custom: 'Questionnaire',
  },
  en: {
    action_review: 'Action review',
    elected_self_assessment: 'Elected officials’ self-assessment',
    working_time_1607: 'Working time 1,607 h',
    custom: 'Questionnaire',
  },
};

/** Choices of a ChoiceSet from a label table, in the table's order. */
export function choicesOf<K extends string>(labels: Record<K, string>): { title: string; value: K }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, title]) => ({ title, value }));
}
