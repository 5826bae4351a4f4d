import { OPERATION_INDEXES, type OperationKind } from '../../../ports/operations.port.js';
import { derivedColumns, LANES_SINCE } from './operation-partitions.js';
import { BOOKKEEPING_COLUMNS, text, type ColumnDef, type ListDef } from '../schema/column-types.js';

/** A field operational records are found by. */
export type IndexField = (typeof OPERATION_INDEXES)[OperationKind][number];

/** The French label of each index column, the same in every list that has it. */
const INDEX_LABELS: { readonly [F in IndexField]: string } = {
  state: 'État',
  campaignId: 'Campagne',
  personId: 'Personne',
  deliveryId: 'Envoi',
  responseId: 'Réponse',
  scope: 'Portée',
  aadObjectId: 'Identifiant Entra ID',
  teamId: 'Équipe',
  action: 'Action auditée',
  actorId: 'Auteur (identifiant)',
  snapshotId: 'Instantané',
};

/** The column holding the copy of an index field: `campaignId` → `CampaignId`. */
export const indexColumnName = (field: IndexField): string => `${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/**
 * The record is kept whole as JSON, spread over these multi-line columns: SharePoint caps one at 63,999 characters,
 * and a response with many long answers is larger than that.
 */
export const RECORD_COLUMNS = ['CapRecord', 'CapRecord2', 'CapRecord3', 'CapRecord4'] as const;
/** Characters of JSON per record column, under SharePoint's cap (a 60,000-character snapshot part fits in one). */
export const RECORD_CHUNK = 63_000;

const recordColumns: ColumnDef[] = RECORD_COLUMNS.map((name, i) => ({
  name,
  displayName: i === 0 ? 'Enregistrement (JSON)' : `Enregistrement (JSON, suite ${i + 1})`,
  type: 'note',
  hidden: i > 0,
  description: 'JSON, écrit par Cap Mandat : ne pas modifier à la main.',
}));

const indexColumn = (field: IndexField): ColumnDef =>
  text(indexColumnName(field), INDEX_LABELS[field], field, {
    indexed: true,
    description: `Copie du champ « ${field} » de l’enregistrement, pour les recherches.`,
  });

type Shape = Pick<ListDef, 'displayName' | 'description' | 'title'>;

const SHAPES: { readonly [K in OperationKind]: Shape } = {
  campaign: {
    displayName: 'Campagnes',
    description: 'Les questionnaires que le bot envoie dans Teams.',
    title: (r) => String(r.title),
  },
  delivery: { displayName: 'Envois', description: 'Chaque destinataire de chaque campagne, et où en est sa carte.' },
  outbox: { displayName: 'Boîte d’envoi', description: 'Les messages que le bot doit envoyer, envoie ou a envoyés.' },
  response: { displayName: 'Réponses', description: 'Ce que chaque destinataire a répondu.' },
  proposal: { displayName: 'Remontées', description: 'Les changements tirés des réponses, en attente de la décision du pilotage.' },
  conversation: { displayName: 'Conversations du bot', description: 'Les conversations Teams où le bot peut écrire.' },
  audit: {
    displayName: 'Journal d’audit',
    description: 'Les actions sensibles : qui, quoi, quand. Écrit une fois, jamais modifié.',
    title: (r) => `${String(r.action)} · ${String(r.at)}`,
  },
  snapshot: {
    displayName: 'Instantanés',
    description: 'La feuille de route figée à une date (l’en-tête ; le contenu est dans les parties).',
    title: (r) => String(r.title),
  },
  snapshot_part: {
    displayName: 'Parties d’instantanés',
    description: 'Le contenu des instantanés, en morceaux (JSON compressé, base64).',
    title: (r) => `${String(r.snapshotId)} · ${String(r.index)}`,
  },
};

const operationList = <K extends OperationKind>(key: K): ListDef => {
  const derived = derivedColumns(key);
  return {
    key,
    ...SHAPES[key],
    columns: [...BOOKKEEPING_COLUMNS, ...recordColumns, ...OPERATION_INDEXES[key].map(indexColumn), ...derived],
    ...(derived.length > 0 ? { derivedSince: LANES_SINCE } : {}),
  };
};

/** One list per kind of operational record. */
export const OPERATION_LISTS: { readonly [K in OperationKind]: ListDef } = {
  campaign: operationList('campaign'),
  delivery: operationList('delivery'),
  outbox: operationList('outbox'),
  response: operationList('response'),
  proposal: operationList('proposal'),
  conversation: operationList('conversation'),
  audit: operationList('audit'),
  snapshot: operationList('snapshot'),
  snapshot_part: operationList('snapshot_part'),
};
