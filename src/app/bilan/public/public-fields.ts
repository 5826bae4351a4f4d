import {
  ACTION_STATUSES,
  COLLECTIVITY_KINDS,
  COMMITMENT_STATUSES,
  DIRECTIONS,
  FREQUENCIES,
  HALVES,
  type EntityMap,
} from '../../../domain/entities/index.js';
import { CITIZEN_FEEDBACK_KINDS } from '../../../domain/rules/bilan-voice.js';
import type { EntityRecords } from '../../../domain/snapshots/snapshot-content.js';

/**
 * THE list of what may be published. Every public output (the public page, its PDF, the open data files and their
 * schema) reads records through `publicRecords` below and nothing else; a field not listed here never leaves the
 * administration: blockers, next steps, budgets, staffing, météo, priorities, owners, every person, campaign answers.
 */
export const PUBLIC_KINDS = ['mandate', 'axis', 'commitment', 'action', 'indicator', 'measure', 'service', 'feedback'] as const;
/** A kind of record that has a public part. */
export type PublicKind = (typeof PUBLIC_KINDS)[number];

/** How a public field is written (and described in the JSON Schema). */
export type PublicFieldType = 'id' | 'string' | 'date' | 'number' | 'integer' | 'enum' | 'idList' | 'stringList' | 'milestones';

/** One published field, documented in French and English. */
export interface PublicField<F extends string = string> {
  name: F;
  type: PublicFieldType;
  required?: boolean;
  values?: readonly string[];
  fr: string;
  en: string;
}

type FieldsOf<K extends PublicKind> = readonly PublicField<keyof EntityMap[K] & string>[];

const id = (fr: string, en: string) => ({ name: 'id', type: 'id', required: true, fr, en }) as const;

/** The published fields of each kind, in the order of the CSV columns. */
export const PUBLIC_FIELDS: { [K in PublicKind]: FieldsOf<K> } = {
  mandate: [
    { name: 'collectivityName', type: 'string', required: true, fr: 'Nom de la collectivité.', en: 'Name of the local authority.' },
    { name: 'collectivityKind', type: 'enum', values: COLLECTIVITY_KINDS, required: true, fr: 'Nature de la collectivité.', en: 'Kind of local authority.' },
    { name: 'population', type: 'integer', fr: 'Population.', en: 'Population.' },
    { name: 'startDate', type: 'date', required: true, fr: 'Début du mandat.', en: 'Start of the term.' },
    { name: 'endDate', type: 'date', required: true, fr: 'Fin du mandat.', en: 'End of the term.' },
    { name: 'midTermDate', type: 'date', required: true, fr: 'Date de mi-mandat.', en: 'Mid-term date.' },
  ],
  axis: [
    id('Identifiant de l’axe.', 'Axis identifier.'),
    { name: 'title', type: 'string', required: true, fr: 'Intitulé de l’axe du programme.', en: 'Title of the programme axis.' },
    { name: 'description', type: 'string', fr: 'Présentation de l’axe.', en: 'Description of the axis.' },
    { name: 'order', type: 'integer', required: true, fr: 'Rang de l’axe dans le programme.', en: 'Rank of the axis in the programme.' },
    { name: 'color', type: 'string', required: true, fr: 'Couleur de l’axe (#RRGGBB).', en: 'Colour of the axis (#RRGGBB).' },
  ],
  commitment: [
    id('Identifiant de l’engagement.', 'Commitment identifier.'),
    { name: 'axisId', type: 'id', required: true, fr: 'Axe auquel l’engagement appartient (axis.id).', en: 'Axis the commitment belongs to (axis.id).' },
    { name: 'reference', type: 'string', required: true, fr: 'Référence de l’engagement dans le programme (par exemple 1.3).', en: 'Reference in the programme (e.g. 1.3).' },
    { name: 'title', type: 'string', required: true, fr: 'Intitulé de l’engagement électoral.', en: 'Title of the electoral commitment.' },
    { name: 'description', type: 'string', fr: 'Précisions sur l’engagement.', en: 'Details of the commitment.' },
    { name: 'status', type: 'enum', values: COMMITMENT_STATUSES, required: true, fr: 'Statut : planned (prévu), in_progress (en cours), done (tenu), revised (révisé), abandoned (abandonné).', en: 'Status.' },
    { name: 'gapJustification', type: 'string', fr: 'Justification publique de l’écart, pour un engagement révisé, abandonné ou en retard.', en: 'Public justification of the gap.' },
  ],
  action: [
    id('Identifiant de l’action.', 'Action identifier.'),
    { name: 'commitmentId', type: 'id', required: true, fr: 'Engagement que l’action sert (commitment.id).', en: 'Commitment the action serves (commitment.id).' },
    { name: 'title', type: 'string', required: true, fr: 'Intitulé de l’action.', en: 'Title of the action.' },
    { name: 'description', type: 'string', fr: 'Description de l’action.', en: 'Description of the action.' },
    { name: 'serviceId', type: 'id', fr: 'Service pilote (service.id).', en: 'Lead service (service.id).' },
    { name: 'status', type: 'enum', values: ACTION_STATUSES, required: true, fr: 'Statut : planned (prévue), in_progress (en cours), blocked (bloquée), done (terminée), cancelled (annulée).', en: 'Status.' },
    { name: 'startDate', type: 'date', fr: 'Date de début.', en: 'Start date.' },
    { name: 'dueDate', type: 'date', fr: 'Échéance prévue.', en: 'Planned due date.' },
    { name: 'revisedDueDate', type: 'date', fr: 'Échéance révisée, si elle a été décalée.', en: 'Revised due date.' },
    { name: 'progress', type: 'integer', fr: 'Avancement en pourcentage (0 à 100).', en: 'Progress in percent (0–100).' },
    { name: 'half', type: 'enum', values: HALVES, required: true, fr: 'Moitié du mandat : first (première), second (seconde).', en: 'Half of the term.' },
  ],
  indicator: [
    id('Identifiant de l’indicateur.', 'Indicator identifier.'),
    { name: 'actionId', type: 'id', fr: 'Action suivie (action.id), ou vide si l’indicateur suit un engagement.', en: 'Action followed (action.id).' },
    { name: 'commitmentId', type: 'id', fr: 'Engagement suivi (commitment.id), ou vide si l’indicateur suit une action.', en: 'Commitment followed (commitment.id).' },
    { name: 'name', type: 'string', required: true, fr: 'Nom de l’indicateur.', en: 'Name of the indicator.' },
    { name: 'description', type: 'string', fr: 'Définition de l’indicateur.', en: 'Definition.' },
    { name: 'unit', type: 'string', required: true, fr: 'Unité de mesure.', en: 'Unit.' },
    { name: 'direction', type: 'enum', values: DIRECTIONS, required: true, fr: 'Sens attendu : increase (augmenter), decrease (réduire), stay_above / stay_below (rester au-dessus / en dessous de la cible).', en: 'Expected direction.' },
    { name: 'baselineValue', type: 'number', required: true, fr: 'Valeur de référence.', en: 'Baseline value.' },
    { name: 'baselineDate', type: 'date', required: true, fr: 'Date de la valeur de référence.', en: 'Baseline date.' },
    { name: 'targetValue', type: 'number', required: true, fr: 'Valeur cible.', en: 'Target value.' },
    { name: 'targetDate', type: 'date', required: true, fr: 'Date de la cible.', en: 'Target date.' },
    { name: 'milestones', type: 'milestones', fr: 'Jalons intermédiaires (date et valeur) ; en CSV « aaaa-mm-jj=valeur » séparés par « | ».', en: 'Intermediate targets; in CSV "yyyy-mm-dd=value" separated by "|".' },
    { name: 'frequency', type: 'enum', values: FREQUENCIES, required: true, fr: 'Fréquence de mesure.', en: 'Measurement frequency.' },
    { name: 'source', type: 'string', fr: 'Source des données.', en: 'Data source.' },
  ],
  measure: [
    id('Identifiant de la mesure.', 'Measure identifier.'),
    { name: 'indicatorId', type: 'id', required: true, fr: 'Indicateur mesuré (indicator.id).', en: 'Indicator measured (indicator.id).' },
    { name: 'date', type: 'date', required: true, fr: 'Date de la mesure.', en: 'Date of the measure.' },
    { name: 'value', type: 'number', required: true, fr: 'Valeur mesurée, dans l’unité de l’indicateur.', en: 'Measured value, in the indicator’s unit.' },
  ],
  service: [
    id('Identifiant du service.', 'Service identifier.'),
    { name: 'name', type: 'string', required: true, fr: 'Nom du service ou de la direction.', en: 'Name of the service.' },
    { name: 'code', type: 'string', fr: 'Sigle du service.', en: 'Short code.' },
    { name: 'parentId', type: 'id', fr: 'Direction de rattachement (service.id).', en: 'Parent service (service.id).' },
  ],
  feedback: [
    id('Identifiant du retour.', 'Feedback identifier.'),
    { name: 'kind', type: 'enum', values: [...CITIZEN_FEEDBACK_KINDS], required: true, fr: 'Nature : citizen_workshop (atelier citoyen), online_consultation (consultation en ligne).', en: 'Kind.' },
    { name: 'title', type: 'string', required: true, fr: 'Intitulé de la rencontre ou de la consultation.', en: 'Title.' },
    { name: 'date', type: 'date', required: true, fr: 'Date.', en: 'Date.' },
    { name: 'summary', type: 'string', required: true, fr: 'Synthèse de ce qui a été exprimé.', en: 'Summary of what was said.' },
    { name: 'participants', type: 'integer', fr: 'Nombre de participants ou de contributions.', en: 'Participants or contributions.' },
    { name: 'themes', type: 'stringList', fr: 'Thèmes abordés ; en CSV séparés par « | ».', en: 'Themes; in CSV separated by "|".' },
    { name: 'commitmentIds', type: 'idList', fr: 'Engagements concernés (commitment.id) ; en CSV séparés par « | ».', en: 'Commitments concerned; in CSV separated by "|".' },
  ],
};

/** A published record: only its public fields, those that have a value. */
export type PublicRecord = Record<string, unknown>;
/** The public part of a record set, by kind. */
export type PublicRecords = { [K in PublicKind]: PublicRecord[] };

/** Whether a record may be published at all: feedback only when it comes from the population. */
function isPublished(kind: PublicKind, record: object): boolean {
  return kind !== 'feedback' || CITIZEN_FEEDBACK_KINDS.has((record as EntityMap['feedback']).kind);
}

/** Keeps a record's public fields, and nothing else. */
export function publicRecord(kind: PublicKind, record: object): PublicRecord {
  const source = record as Record<string, unknown>;
  const picked: PublicRecord = {};
  for (const field of PUBLIC_FIELDS[kind]) if (source[field.name] !== undefined) picked[field.name] = source[field.name];
  return picked;
}

/** The public part of every record: the one gate every public output goes through. */
export function publicRecords(records: EntityRecords): PublicRecords {
  const result = {} as PublicRecords;
  for (const kind of PUBLIC_KINDS) result[kind] = (records[kind] as object[]).filter((r) => isPublished(kind, r)).map((r) => publicRecord(kind, r));
  return result;
}
