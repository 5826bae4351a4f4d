import type { ActionStatus, CommitmentStatus, Direction } from '../../domain/entities/index.js';
import type { DeliveryStatusCode, FeedbackKindCode, TimeUseCode } from './bilan-api.types.js';

/** French labels of the documents (the Word report, the public page): they are published in French. */
export const LABELS = {
  commitmentStatus: { planned: 'Prévu', in_progress: 'En cours', done: 'Tenu', revised: 'Révisé', abandoned: 'Abandonné' } satisfies Record<CommitmentStatus, string>,
  actionStatus: { planned: 'Prévue', in_progress: 'En cours', blocked: 'Bloquée', done: 'Terminée', cancelled: 'Annulée' } satisfies Record<ActionStatus, string>,
  delivery: {
    done: 'Réalisé',
    on_track: 'Dans les temps',
    behind: 'En retard',
    not_started: 'Non engagé',
    revised: 'Révisé',
    abandoned: 'Abandonné',
    unknown: 'Non renseigné',
  } satisfies Record<DeliveryStatusCode, string>,
  indicatorState: { reached: 'Cible atteinte', on_track: 'Sur la trajectoire', behind: 'En deçà de la trajectoire', no_data: 'Pas encore de mesure' },
  direction: { increase: 'à augmenter', decrease: 'à réduire', stay_above: 'à maintenir au-dessus', stay_below: 'à maintenir en dessous' } satisfies Record<Direction, string>,
  feedbackKind: {
    citizen_workshop: 'Atelier citoyen',
    online_consultation: 'Consultation en ligne',
    elected_seminar: 'Séminaire des élus',
    administration_meeting: 'Réunion de l’administration',
    other: 'Autre',
  } satisfies Record<FeedbackKindCode, string>,
  timeUse: {
    better_service: 'Meilleur service rendu',
    new_projects: 'Nouveaux projets',
    quality_of_life: 'Qualité de vie au travail',
    other: 'Autre',
  } satisfies Record<TimeUseCode, string>,
  gapReason: { revised: 'Engagement révisé', abandoned: 'Engagement abandonné', far_behind: 'Retard important' },
} as const;

const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "27 novembre 2026". */
export const frenchDate = (iso: string): string => DATE.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
/** "1 234,5" (narrow no-break spaces as French typography wants). */
export const frenchNumber = (n: number): string => NUMBER.format(n);
/** "42 %" (narrow no-break space, as French typography wants) or "—" when unknown. */
export const percent = (n: number | undefined): string => (n === undefined ? '—' : `${NUMBER.format(n)}\u202F%`);
/** "12 500 €". */
export const euros = (n: number): string => EUROS.format(n);
