import { z } from 'zod';
import { PUBLIC_KINDS } from '../app/bilan/public/public-fields.js';
import { campaignSchema } from '../domain/campaigns/campaign.schema.js';
import { ENTITY_KINDS, ENTITY_SCHEMAS, type EntityKind } from '../domain/entities/index.js';
import { bilanOpenApiPaths } from './routes/bilan.routes.js';
import { COLLECTIONS, type CollectionName } from './routes/collections.js';
import { historyQuery, roadmapQuery } from './routes/roadmap.routes.js';

type Json = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): Json =>
  z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' });

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json): Json => ({ content: { 'application/json': { schema } } });
const errorResponse = (description: string): Json => ({ description, ...json(ref('Error')) });

const ERRORS = {
  400: errorResponse('Invalid input: `details` lists each field with its message (in the language asked).'),
  401: errorResponse('Not authenticated.'),
  403: errorResponse('Not allowed for this role or scope.'),
  404: errorResponse('No such record.'),
};
const WRITE_ERRORS = {
  ...ERRORS,
  409: errorResponse('A duplicate id, or records that still point at this one.'),
  412: errorResponse('Stale If-Match: nothing written; `current` holds the current record and `ETag` its version.'),
  413: errorResponse('Body too large.'),
  415: errorResponse('Body is not application/json.'),
  428: errorResponse('If-Match missing.'),
};

/** Query parameters from a strict zod object, as OpenAPI parameters. */
function queryParameters(schema: z.ZodType): Json[] {
  const properties = (toSchema(schema).properties ?? {}) as Record<string, Json>;
  return Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'ETag read with the record.' };
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const lang = { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['fr', 'en'] }, description: 'Language of error messages (default: Accept-Language, then French).' };

function recordPaths(name: string, kind: EntityKind, schemaName: string, single: boolean): Json {
  const item: Json = {
    get: { tags: [name], summary: `Read one ${kind}`, responses: { 200: { description: 'The record; `ETag` holds its version.', ...json(ref(schemaName)) }, ...ERRORS } },
    patch: {
      tags: [name],
      summary: `Change a ${kind} (fields given replace, null clears a field)`,
      parameters: [ifMatch],
      requestBody: { required: true, ...json({ type: 'object' }) },
      responses: { 200: { description: 'The record after the change.', ...json(ref(schemaName)) }, ...WRITE_ERRORS },
    },
    delete: { tags: [name], summary: `Delete a ${kind} (its history is kept)`, parameters: [ifMatch], responses: { 204: { description: 'Deleted.' }, ...WRITE_ERRORS } },
  };
  const history = { get: { tags: [name], summary: `History of a ${kind}, newest first`, responses: { 200: { description: 'Entries.', ...json({ type: 'object', properties: { items: { type: 'array', items: ref('HistoryEntry') } } }) }, ...ERRORS } } };
  const base = single ? `/${name}` : `/${name}/{id}`;
  const params = single ? [] : [idPath];
  return {
    [base]: { parameters: params, ...item },
    [`${base}/history`]: { parameters: params, ...history },
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const kindCounts: Json = {
  type: 'object',
  properties: Object.fromEntries(['person', 'service', 'axis', 'commitment', 'action', 'indicator', 'measure'].map((k) => [k, { type: 'integer' }])),
};
const IMPORT_REPORT: Json = {
  type: 'object',
  properties: {
    dryRun: { type: 'boolean' },
    created: kindCounts,
    updated: kindCounts,
    unchanged: kindCounts,
    notInFile: { ...kindCounts, description: 'Stored records of the kinds in the file that the file leaves out: kept, never deleted.' },
    changes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string' }, id: { type: 'string' }, row: { type: 'string', example: 'Actions!12:12' },
          operation: { type: 'string', enum: ['create', 'update'] }, fields: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

/** The programme import: the workbook template and the upload. */
function importPaths(): Json {
  const flag = (name: string, description: string): Json => ({ name, in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'], default: 'false' }, description });
  return {
    '/import/template.xlsx': {
      get: {
        tags: ['import'],
        summary: 'The programme workbook: instructions and one sheet per level (Axes, Engagements, Actions, Indicateurs, Mesures, Services, Personnes)',
        parameters: [flag('withData', 'Fill the sheets with the current roadmap, in the format the import reads (round trip).')],
        responses: { 200: { description: 'The .xlsx file.', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } }, ...ERRORS },
      },
    },
    '/import': {
      post: {
        tags: ['import'],
        summary: 'Import the programme (administrators): everything is checked before anything is written; re-importing updates, never duplicates',
        parameters: [
          flag('dryRun', 'Check the file and report what would change, without writing.'),
          { name: 'sheet', in: 'query', required: false, schema: { type: 'string' }, description: 'The sheet a CSV file holds (required for CSV): axes, engagements, actions, indicateurs, mesures, services, personnes. With a workbook, imports only that sheet.' },
        ],
        requestBody: {
          required: true,
          description: 'The file itself as the body, 10 MB at most.',
          content: { [XLSX]: { schema: { type: 'string', format: 'binary' } }, 'text/csv': { schema: { type: 'string' } } },
        },
        responses: {
          200: { description: 'What was (or, on a dry run, would be) created, updated, left unchanged, and not in the file.', ...json(ref('ImportReport')) },
          400: errorResponse('`import_invalid`: nothing was written; `details` gives each problem with its place, e.g. `Actions!F12`. Also `validation_failed` (query), `sheet_required`.'),
          401: ERRORS[401],
          403: errorResponse('Only administrators may import; refused before the body is read.'),
          409: errorResponse('A record the file creates was created meanwhile by someone else.'),
          412: errorResponse('A record the file updates was changed meanwhile by someone else.'),
          413: errorResponse('File larger than 10 MB.'),
          415: errorResponse('Neither an .xlsx workbook nor CSV.'),
        },
      },
    },
  };
}

/** Campaigns, proposals and the audit log (pilotage and administrators). */
function campaignPaths(): Json {
  const ok = (description: string): Json => ({ 200: { description, ...json({ type: 'object' }) }, ...ERRORS });
  const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
  const ifMatch = [...id, { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }];
  const tags = ['campaigns'];
  const campaign = z.toJSONSchema(campaignSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  return {
    '/campaigns': {
      get: { tags, summary: 'Campaigns, newest first, with their funnel', responses: ok('Campaigns.') },
      post: { tags, summary: 'Prepares a campaign (draft)', requestBody: { required: true, ...json(campaign) }, responses: { 201: { description: 'Created.', ...json(campaign) }, ...ERRORS } },
    },
    '/campaigns/{id}': {
      get: { tags, summary: 'A campaign and its funnel', parameters: id, responses: ok('Campaign.') },
      patch: { tags, summary: 'Changes a draft or scheduled campaign', parameters: ifMatch, requestBody: { required: true, ...json({ type: 'object' }) }, responses: ok('Campaign.') },
    },
    '/campaigns/{id}/launch': { post: { tags, summary: 'Queues one delivery per recipient (the unreachable are reported)', parameters: ifMatch, responses: ok('Launch report.') } },
    '/campaigns/{id}/relaunch': { post: { tags, summary: 'Reminds the non-respondents and resends failed cards', parameters: id, responses: ok('Relaunch report.') } },
    '/campaigns/{id}/close': { post: { tags, summary: 'Closes a campaign', parameters: ifMatch, responses: ok('Campaign.') } },
    '/campaigns/{id}/recipients': { get: { tags, summary: 'Recipients and where their delivery stands', parameters: id, responses: ok('Recipients.') } },
    '/campaigns/{id}/recipients.csv': { get: { tags, summary: 'The same as CSV (formulas neutralised)', parameters: id, responses: { 200: { description: 'CSV.', content: { 'text/csv': { schema: { type: 'string' } } } }, ...ERRORS } } },
    '/campaigns/{id}/preview': { get: { tags, summary: 'The card the first recipient would receive', parameters: id, responses: ok('Adaptive Card.') } },
    '/proposals': { get: { tags: ['proposals'], summary: 'Proposals drawn from answers, with the records’ current values', responses: ok('Proposals.') } },
    '/proposals/{id}/accept': { post: { tags: ['proposals'], summary: 'Accepts a proposal, possibly with edited values', parameters: ifMatch, responses: ok('Proposal.') } },
    '/proposals/{id}/refuse': { post: { tags: ['proposals'], summary: 'Refuses a proposal with a reason', parameters: ifMatch, responses: ok('Proposal.') } },
    '/audit': { get: { tags: ['audit'], summary: 'Audited actions, newest first (administrators)', responses: ok('Audit entries.') } },
  };
}

/** The OpenAPI 3.0 description of /api/v1, built from the same schemas that validate requests. */
export function buildOpenApi(version: string): Json {
  const schemas: Json = {
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message', 'details'],
          properties: {
            code: { type: 'string' },
            message: { type: 'string' },
            details: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } },
            current: { type: 'object', description: 'On 412: the record as it is now.' },
          },
        },
      },
    },
    HistoryEntry: {
      type: 'object',
      properties: {
        id: { type: 'string' }, entityType: { type: 'string' }, entityId: { type: 'string' },
        operation: { type: 'string', enum: ['create', 'update', 'delete'] }, at: { type: 'string', format: 'date-time' },
        actor: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
        source: { type: 'string' },
        changes: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, old: {}, new: {} } } },
      },
    },
  };
  let paths: Json = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { kind, filters } = COLLECTIONS[name];
    const schemaName = kind.charAt(0).toUpperCase() + kind.slice(1);
    schemas[schemaName] = toSchema(ENTITY_SCHEMAS[kind]);
    paths[`/${name}`] = {
      get: {
        tags: [name],
        summary: `List ${name}`,
        parameters: [...queryParameters(filters), { name: 'limit', in: 'query', schema: { type: 'integer', default: 1000, maximum: 5000 } }, { name: 'offset', in: 'query', schema: { type: 'integer', default: 0 } }],
        responses: { 200: { description: 'A page of records.', ...json({ type: 'object', properties: { items: { type: 'array', items: ref(schemaName) }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } } }) }, ...ERRORS },
      },
      post: {
        tags: [name],
        summary: `Create a ${kind} (id generated unless given)`,
        requestBody: { required: true, ...json(ref(schemaName)) },
        responses: { 201: { description: 'Created; `Location` and `ETag` set.', ...json(ref(schemaName)) }, ...WRITE_ERRORS },
      },
    };
    paths = { ...paths, ...recordPaths(name, kind, schemaName, false) };
  }
  schemas.Mandate = toSchema(ENTITY_SCHEMAS.mandate);
  paths = {
    ...paths,
    '/mandate': { post: { tags: ['mandate'], summary: 'Create the mandate (once)', requestBody: { required: true, ...json(ref('Mandate')) }, responses: { 201: { description: 'Created.', ...json(ref('Mandate')) }, ...WRITE_ERRORS } } },
  };
  const mandatePaths = recordPaths('mandate', 'mandate', 'Mandate', true);
  const { delete: _noDelete, ...mandateItem } = mandatePaths['/mandate'] as Json;
  paths['/mandate'] = { ...(paths['/mandate'] as Json), ...mandateItem };
  paths['/mandate/history'] = mandatePaths['/mandate/history'];
  paths['/roadmap'] = { get: { tags: ['read models'], summary: 'The whole tree axes → commitments → actions → indicators, with roll-ups, lateness and météo counts', parameters: queryParameters(roadmapQuery), responses: { 200: { description: 'Roadmap.', ...json({ type: 'object' }) }, ...ERRORS } } };
  paths['/dashboard'] = { get: { tags: ['read models'], summary: 'What the DGS looks at first', responses: { 200: { description: 'Dashboard.', ...json({ type: 'object' }) }, ...ERRORS } } };
  paths['/history'] = { get: { tags: ['read models'], summary: 'Recent changes, newest first', parameters: queryParameters(historyQuery), responses: { 200: { description: 'Entries.', ...json({ type: 'object', properties: { items: { type: 'array', items: ref('HistoryEntry') } } }) }, ...ERRORS } } };
  paths['/me'] = { get: { tags: ['identity'], summary: 'The identity the request is attributed to', responses: { 200: { description: 'Identity.', ...json({ type: 'object' }) }, ...ERRORS } } };
  paths['/dev/identities'] = { get: { tags: ['identity'], summary: 'Demo identities (development mode only)', responses: { 200: { description: 'People.', ...json({ type: 'object' }) } } } };
  schemas.ImportReport = IMPORT_REPORT;
  paths = { ...paths, ...importPaths(), ...campaignPaths(), ...bilanOpenApiPaths({ entity: ENTITY_KINDS, public: PUBLIC_KINDS }) };

  return {
    openapi: '3.0.3',
    info: {
      title: 'Cap Mandat API',
      version,
      description:
        'Feuille de route et bilan de mi-mandat. Reads return `ETag`; PATCH and DELETE require `If-Match` (428 without it, 412 when stale). Errors: `{ error: { code, message, details: [{ path, message }] } }`.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      schemas,
      parameters: { lang },
      securitySchemes: {
        devUser: { type: 'apiKey', in: 'header', name: 'X-Dev-User', description: 'Development mode only: the id of a demo person.' },
      },
    },
    security: [{ devUser: [] }],
    paths,
  };
}
