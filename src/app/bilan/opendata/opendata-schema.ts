import { PUBLIC_FIELDS, PUBLIC_KINDS, type PublicField, type PublicKind } from '../public/public-fields.js';
import { COLLECTION_OF, OPEN_DATA_LICENCE, OPEN_DATA_VERSION } from './opendata.js';

type JsonSchema = Record<string, unknown>;

const KIND_TITLES: Record<PublicKind, string> = {
  mandate: 'Mandat',
  axis: 'Axes du programme',
  commitment: 'Engagements électoraux',
  action: 'Actions de la feuille de route',
  indicator: 'Indicateurs de suivi',
  measure: 'Mesures des indicateurs',
  service: 'Services de la collectivité',
  feedback: 'Ateliers citoyens et consultations',
};

function fieldSchema(field: PublicField): JsonSchema {
  const description = field.fr;
  switch (field.type) {
    case 'date':
      return { type: 'string', format: 'date', description };
    case 'number':
      return { type: 'number', description };
    case 'integer':
      return { type: 'integer', description };
    case 'enum':
      return { type: 'string', enum: [...(field.values ?? [])], description };
    case 'idList':
    case 'stringList':
      return { type: 'array', items: { type: 'string' }, description };
    case 'milestones':
      return {
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['date', 'value'], properties: { date: { type: 'string', format: 'date' }, value: { type: 'number' } } },
        description,
      };
    default:
      return { type: 'string', description };
  }
}

function recordSchema(kind: PublicKind): JsonSchema {
  const fields = PUBLIC_FIELDS[kind] as readonly PublicField[];
  return {
    type: 'object',
    title: KIND_TITLES[kind],
    additionalProperties: false,
    required: fields.filter((f) => f.required).map((f) => f.name),
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
  };
}

const count = { type: 'integer', minimum: 0 };
const percentValue = { type: 'number', minimum: 0, maximum: 100 };
const counts = (names: readonly string[]): JsonSchema => ({ type: 'object', required: [...names], properties: Object.fromEntries(names.map((n) => [n, count])) });
const ACTION_COUNTS = counts(['total', 'done', 'inProgress', 'late', 'notStarted']);
const INDICATOR_COUNTS = counts(['total', 'reached', 'onTrack', 'behind', 'noData']);
const COMMITMENT_COUNTS: JsonSchema = {
  type: 'object',
  required: ['total', 'byStatus', 'byDelivery'],
  properties: { total: count, byStatus: { type: 'object', additionalProperties: count }, byDelivery: { type: 'object', additionalProperties: count } },
};

/** The JSON Schema (2020-12) of opendata.json, generated from the public field list so that the two never drift. */
export function openDataSchema(): JsonSchema {
  const defs = Object.fromEntries(PUBLIC_KINDS.map((kind) => [kind, recordSchema(kind)]));
  const collections = Object.fromEntries(
    Object.entries(COLLECTION_OF).map(([kind, name]) => [name, { type: 'array', description: KIND_TITLES[kind as PublicKind], items: { $ref: `#/$defs/${kind}` } }]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://cap-mandat.fr/schemas/opendata/${OPEN_DATA_VERSION}/opendata.schema.json`,
    title: 'Bilan de mi-mandat — données ouvertes',
    description: `Partie publique du bilan de mi-mandat d’une collectivité, produite par Cap Mandat. ${OPEN_DATA_LICENCE}. Les mêmes champs forment les colonnes des fichiers CSV (un par type d’enregistrement).`,
    type: 'object',
    required: ['metadata', 'mandate', 'figures', ...Object.values(COLLECTION_OF)],
    properties: {
      $schema: { type: 'string' },
      metadata: {
        type: 'object',
        required: ['title', 'collectivity', 'asOf', 'generatedAt', 'licence', 'producer', 'version'],
        properties: {
          title: { type: 'string' },
          collectivity: { type: 'string' },
          asOf: { type: 'string', format: 'date', description: 'Date à laquelle les données sont arrêtées.' },
          generatedAt: { type: 'string', format: 'date-time', description: 'Date de production du fichier.' },
          licence: { type: 'string' },
          producer: { type: 'string' },
          version: { type: 'string', description: 'Version du schéma.' },
        },
      },
      mandate: { oneOf: [{ $ref: '#/$defs/mandate' }, { type: 'null' }] },
      figures: {
        type: 'object',
        description: 'Chiffres calculés à la date des données : avancement (0 à 100), engagements, actions et indicateurs par situation.',
        required: ['elapsed', 'commitments', 'actions', 'indicators', 'axes', 'byCommitment'],
        properties: {
          elapsed: { ...percentValue, description: 'Part du mandat écoulée, en %.' },
          progress: { ...percentValue, description: 'Avancement global du programme, en %.' },
          commitments: COMMITMENT_COUNTS,
          actions: ACTION_COUNTS,
          indicators: INDICATOR_COUNTS,
          axes: {
            type: 'array',
            items: { type: 'object', required: ['axisId', 'commitments', 'actions', 'indicators'], properties: { axisId: { type: 'string' }, progress: percentValue, commitments: COMMITMENT_COUNTS, actions: ACTION_COUNTS, indicators: INDICATOR_COUNTS } },
          },
          byCommitment: {
            type: 'array',
            items: {
              type: 'object',
              required: ['commitmentId', 'delivery', 'actions', 'indicators'],
              properties: {
                commitmentId: { type: 'string' },
                progress: percentValue,
                delivery: { type: 'string', enum: ['done', 'on_track', 'behind', 'not_started', 'revised', 'abandoned', 'unknown'], description: 'Situation au regard du temps écoulé.' },
                actions: ACTION_COUNTS,
                indicators: INDICATOR_COUNTS,
              },
            },
          },
        },
      },
      ...collections,
    },
    $defs: defs,
  };
}

const TYPE_LABELS: Record<PublicField['type'], string> = {
  id: 'identifiant',
  string: 'texte',
  date: 'date (aaaa-mm-jj)',
  number: 'nombre décimal (point)',
  integer: 'nombre entier',
  enum: 'code',
  idList: 'liste d’identifiants',
  stringList: 'liste de textes',
  milestones: 'liste de jalons',
};

/** A README for the open data files (French), generated from the same field list as the schema. */
export function openDataReadme(): string {
  const sections = PUBLIC_KINDS.map((kind) => {
    const file = kind === 'mandate' ? '`mandate` (objet) — CSV `mandate.csv`' : `\`${COLLECTION_OF[kind]}\` — CSV \`${kind}.csv\``;
    const rows = (PUBLIC_FIELDS[kind] as readonly PublicField[]).map(
      (f) => `| \`${f.name}\` | ${TYPE_LABELS[f.type]}${f.values ? ` : ${f.values.map((v) => `\`${v}\``).join(', ')}` : ''} | ${f.required ? 'oui' : 'non'} | ${f.fr} |`,
    );
    return `### ${KIND_TITLES[kind]}\n\n${file}\n\n| Champ | Type | Obligatoire | Description |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  });
  return `# Bilan de mi-mandat — données ouvertes

Partie publique du bilan de mi-mandat, produite par Cap Mandat. Licence : ${OPEN_DATA_LICENCE}.
Version du schéma : ${OPEN_DATA_VERSION}.

## Fichiers

- \`opendata.json\` : un seul fichier avec les métadonnées, les chiffres calculés (\`figures\`) et tous les enregistrements publics ;
  son schéma JSON (2020-12) est \`opendata.schema.json\`.
- \`opendata/<type>.csv\` : un fichier CSV par type d’enregistrement (\`${Object.keys(COLLECTION_OF).join('`, `')}\`, \`mandate\`) :
  UTF-8 sans BOM, séparateur virgule, fin de ligne CRLF, première ligne = noms des champs ; les listes sont séparées par \`|\` ;
  un texte qui commencerait par \`=\`, \`+\`, \`-\` ou \`@\` est précédé d’une apostrophe pour qu’aucun tableur ne l’exécute.

Ne sont jamais publiés : les points de blocage et prochaines étapes des actions, les budgets, les moyens humains, la météo
et les priorités internes, les noms des agents et des élus responsables, les réponses aux questionnaires, les réunions internes.

## Champs

${sections.join('\n')}`;
}
