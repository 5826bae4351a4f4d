import type { EntityKind } from '../../../domain/entities/index.js';
import { OPERATION_LISTS } from '../operations/operation-lists.js';
import {
  BOOKKEEPING_COLUMNS,
  choice,
  isoDate,
  json,
  note,
  num,
  text,
  titleColumn,
  type ListDef,
  type ListKey,
} from './column-types.js';

/**
 * The SharePoint lists of Cap Mandat: the one place that says which lists and columns exist.
 * Bump SCHEMA_VERSION whenever a list or column is added or a column becomes indexed: `npm run provision` then
 * upgrades existing sites (it adds, never deletes; columns derived from records are backfilled, see ListDef.derivedSince).
 */
// 2: the lists of operational records (campaigns, outbox, audit, snapshots…);
// 3: lanes on deliveries and the outbox (by campaign, and the outbox's due lanes), backfilled into old items.
export const SCHEMA_VERSION = 3;

const ref = (name: string, displayName: string, field: string) => text(name, displayName, field, { maxLength: 64, indexed: true });
const weight = num('Weight', 'Pondération', 'weight');
const entity = (def: Omit<ListDef, 'columns'> & { columns: ListDef['columns'] }): ListDef => ({
  ...def,
  columns: [...BOOKKEEPING_COLUMNS, ...def.columns],
});

/** Météo as business users read it in the Actions list. */
export const WEATHER_LABELS = { sunny: 'Ensoleillé', cloudy: 'Nuageux', overcast: 'Couvert', stormy: 'Orageux' } as const;

const mandate = entity({
  key: 'mandate',
  displayName: 'Mandat',
  description: 'La collectivité et les dates du mandat (un seul élément).',
  columns: [
    titleColumn('collectivityName', 'Collectivité'),
    choice('CollectivityKind', 'Type de collectivité', 'collectivityKind', {
      commune: 'Commune',
      intercommunalite: 'Intercommunalité',
      metropole: 'Métropole',
      departement: 'Département',
      region: 'Région',
    }, { required: true }),
    num('Population', 'Population', 'population', { integer: true }),
    isoDate('StartDate', 'Début du mandat', 'startDate', { required: true }),
    isoDate('EndDate', 'Fin du mandat', 'endDate', { required: true }),
    isoDate('MidTermDate', 'Mi-mandat', 'midTermDate', { required: true }),
    json('InternalFields', 'Champs internes', 'internalFields'),
  ],
});

const axis = entity({
  key: 'axis',
  displayName: 'Axes',
  description: 'Les thèmes du programme, dans leur ordre.',
  columns: [
    titleColumn('title', 'Titre'),
    note('Description', 'Description', 'description'),
    num('SortOrder', 'Ordre', 'order', { integer: true, required: true, indexed: true }),
    text('Color', 'Couleur', 'color', { maxLength: 7, required: true }),
    weight,
  ],
});

const commitment = entity({
  key: 'commitment',
  displayName: 'Engagements',
  description: 'Les promesses du programme, rattachées à un axe.',
  columns: [
    titleColumn('title', 'Titre'),
    ref('AxisId', 'Axe', 'axisId'),
    text('Reference', 'Référence', 'reference', { maxLength: 20, required: true }),
    note('Description', 'Description', 'description'),
    ref('LeadPersonId', 'Élu référent', 'leadPersonId'),
    choice('Status', 'Statut', 'status', {
      planned: 'Prévu',
      in_progress: 'En cours',
      done: 'Tenu',
      revised: 'Révisé',
      abandoned: 'Abandonné',
    }, { required: true, indexed: true }),
    note('GapJustification', 'Justification de l’écart', 'gapJustification'),
    weight,
  ],
});

const action = entity({
  key: 'action',
  displayName: 'Actions',
  description: 'Ce que fait l’administration pour tenir chaque engagement.',
  columns: [
    titleColumn('title', 'Titre'),
    ref('CommitmentId', 'Engagement', 'commitmentId'),
    note('Description', 'Description', 'description'),
    ref('ServiceId', 'Service pilote', 'serviceId'),
    ref('OwnerPersonId', 'Responsable', 'ownerPersonId'),
    choice('Status', 'Statut', 'status', {
      planned: 'Prévue',
      in_progress: 'En cours',
      blocked: 'Bloquée',
      done: 'Terminée',
      cancelled: 'Annulée',
    }, { required: true, indexed: true }),
    isoDate('StartDate', 'Début', 'startDate'),
    isoDate('DueDate', 'Échéance', 'dueDate'),
    isoDate('RevisedDueDate', 'Échéance révisée', 'revisedDueDate'),
    num('Progress', 'Avancement (%)', 'progress', { integer: true }),
    choice('Weather', 'Météo', 'weather', WEATHER_LABELS, { indexed: true }),
    choice('Trend', 'Tendance', 'trend', { up: 'En hausse', flat: 'Stable', down: 'En baisse' }),
    num('BudgetPlanned', 'Budget prévu (€)', 'budgetPlanned'),
    num('BudgetSpent', 'Budget consommé (€)', 'budgetSpent'),
    num('Staffing', 'Moyens humains (ETP)', 'staffing'),
    note('Blockers', 'Points de blocage', 'blockers'),
    note('NextSteps', 'Prochaines étapes', 'nextSteps'),
    choice('Priority', 'Priorité', 'priority', { high: 'Haute', medium: 'Moyenne', low: 'Basse' }),
    choice('Half', 'Moitié du mandat', 'half', { first: 'Première moitié', second: 'Seconde moitié' }, { required: true }),
    weight,
  ],
});

const indicator = entity({
  key: 'indicator',
  displayName: 'Indicateurs',
  description: 'Les indicateurs de performance, avec leur référence, leur cible et leurs jalons.',
  columns: [
    titleColumn('name', 'Nom'),
    ref('ActionId', 'Action', 'actionId'),
    ref('CommitmentId', 'Engagement', 'commitmentId'),
    note('Description', 'Description', 'description'),
    text('Unit', 'Unité', 'unit', { maxLength: 30, required: true }),
    choice('Direction', 'Sens', 'direction', {
      increase: 'Hausse',
      decrease: 'Baisse',
      stay_above: 'Rester au-dessus',
      stay_below: 'Rester en dessous',
    }, { required: true }),
    num('BaselineValue', 'Valeur de référence', 'baselineValue', { required: true }),
    isoDate('BaselineDate', 'Date de référence', 'baselineDate', { required: true }),
    num('TargetValue', 'Cible', 'targetValue', { required: true }),
    isoDate('TargetDate', 'Date cible', 'targetDate', { required: true }),
    json('Milestones', 'Jalons', 'milestones'),
    choice('Frequency', 'Fréquence', 'frequency', {
      monthly: 'Mensuelle',
      quarterly: 'Trimestrielle',
      semiannual: 'Semestrielle',
      annual: 'Annuelle',
    }, { required: true }),
    note('Source', 'Source', 'source'),
    ref('ServiceId', 'Service', 'serviceId'),
  ],
});

const measure = entity({
  key: 'measure',
  displayName: 'Mesures',
  description: 'Les valeurs datées des indicateurs.',
  title: (m) => `${String(m.indicatorId)} · ${String(m.date)}`,
  columns: [
    ref('IndicatorId', 'Indicateur', 'indicatorId'),
    isoDate('MeasureDate', 'Date', 'date', { required: true, indexed: true }),
    num('Value', 'Valeur', 'value', { required: true }),
    choice('Source', 'Origine', 'source', { manual: 'Saisie', bot: 'Bot', import: 'Import' }, { required: true }),
    note('Comment', 'Commentaire', 'comment'),
  ],
});

const service = entity({
  key: 'service',
  displayName: 'Services',
  description: 'Les services et directions.',
  columns: [
    titleColumn('name', 'Nom'),
    text('Code', 'Code', 'code', { maxLength: 20 }),
    ref('ParentId', 'Direction de rattachement', 'parentId'),
    ref('HeadPersonId', 'Responsable', 'headPersonId'),
  ],
});

const person = entity({
  key: 'person',
  displayName: 'Personnes',
  description: 'Les personnes (identifiant Entra ID), leur rôle et leurs services.',
  columns: [
    titleColumn('displayName', 'Nom'),
    text('EntraObjectId', 'Identifiant Entra ID', 'entraObjectId', { maxLength: 36, indexed: true }),
    text('Email', 'Courriel', 'email', { maxLength: 254 }),
    text('JobTitle', 'Fonction', 'jobTitle', { maxLength: 160 }),
    choice('Role', 'Rôle', 'role', {
      administrator: 'Administrateur',
      pilotage: 'Pilotage',
      elected: 'Élu',
      service_head: 'Chef de service',
      reader: 'Lecteur',
    }, { required: true, indexed: true }),
    json('ServiceIds', 'Services', 'serviceIds'),
  ],
});

const feedback = entity({
  key: 'feedback',
  displayName: 'Retours',
  description: 'Les retours des ateliers citoyens, séminaires et réunions, liés aux engagements.',
  columns: [
    titleColumn('title', 'Titre'),
    choice('Kind', 'Type', 'kind', {
      citizen_workshop: 'Atelier citoyen',
      online_consultation: 'Consultation en ligne',
      elected_seminar: 'Séminaire des élus',
      administration_meeting: 'Réunion de l’administration',
      other: 'Autre',
    }, { required: true }),
    isoDate('FeedbackDate', 'Date', 'date', { required: true }),
    note('Summary', 'Synthèse', 'summary'),
    num('Participants', 'Participants', 'participants', { integer: true }),
    json('Themes', 'Thèmes', 'themes'),
    json('CommitmentIds', 'Engagements', 'commitmentIds'),
  ],
});

/** Every change to a record: who, when, from where, old → new per field. */
export const HISTORY_LIST: ListDef = {
  key: 'history',
  displayName: 'Historique',
  description: 'Chaque modification faite par Cap Mandat : qui, quand, d’où, ancienne → nouvelle valeur.',
  title: (h) => `${String(h.entityType)} ${String(h.entityId)}`,
  columns: [
    text('CapId', 'Identifiant', 'id', { required: true, indexed: true, unique: true, maxLength: 64 }),
    text('EntityType', 'Type d’enregistrement', 'entityType', { required: true, indexed: true, maxLength: 20 }),
    text('EntityId', 'Enregistrement', 'entityId', { required: true, indexed: true, maxLength: 64 }),
    choice('Operation', 'Opération', 'operation', { create: 'Création', update: 'Modification', delete: 'Suppression' }, { required: true }),
    text('At', 'Date', 'at', { required: true, maxLength: 30, indexed: true }),
    text('ActorId', 'Auteur (identifiant)', 'actorId', { maxLength: 64 }),
    text('ActorName', 'Auteur', 'actorName', { maxLength: 255 }),
    text('Source', 'Origine', 'source', { maxLength: 20 }),
    note('Changes', 'Modifications (JSON)', 'changes'),
  ],
};

/** Settings of the store itself: the schema version lives here. */
export const SETTINGS_LIST: ListDef = {
  key: 'settings',
  displayName: 'Paramètres Cap Mandat',
  description: 'Réglages techniques de Cap Mandat (version du schéma). Ne pas modifier.',
  title: (s) => String(s.id),
  columns: [
    text('CapId', 'Clé', 'id', { required: true, indexed: true, unique: true, maxLength: 64 }),
    text('SettingValue', 'Valeur', 'value', { maxLength: 255 }),
  ],
};

/** The entity lists, by kind. */
export const ENTITY_LISTS: { readonly [K in EntityKind]: ListDef } = {
  mandate,
  axis,
  commitment,
  action,
  indicator,
  measure,
  service,
  person,
  feedback,
};

/** Every list, in the order provisioning creates them. */
export const ALL_LISTS: readonly ListDef[] = [...Object.values(ENTITY_LISTS), ...Object.values(OPERATION_LISTS), HISTORY_LIST, SETTINGS_LIST];

/** The setting key that holds the schema version. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** The definition of a list by its key. */
export function listDef(key: ListKey): ListDef {
  const def = ALL_LISTS.find((l) => l.key === key);
  if (!def) throw new Error(`unknown list ${key}`);
  return def;
}
