import { runBatch, chunkSteps, type BatchStep } from '../graph/batch.js';
import type { GraphTransport } from '../graph/graph-transport.js';
import type { RetryEnvironment } from '../graph/retry.middleware.js';
import type { RetryPolicy } from '../graph/retry-policy.js';
import { ALL_LISTS, SCHEMA_VERSION_KEY, SETTINGS_LIST } from '../schema/list-schema.js';
import { StoreRequestError, storeErrorOf } from '../store-errors.js';
import { readSchemaVersion, readSiteLists } from '../store/site-lookup.js';
import { OPERATION_KINDS, type OperationKind } from '../../../ports/operations.port.js';
import { backfillDerivedColumns } from '../operations/operation-backfill.js';
import { columnDefinition, listCreation } from './column-definition.js';
import { planProvisioning, type ProvisionStep, type SiteColumn, type SiteState } from './provision-plan.js';

/** What a provisioning run found and did. */
export interface ProvisionReport {
  siteId: string;
  steps: ProvisionStep[];
  applied: boolean;
}

/** Reads our lists (one `$batch` for their columns) and the schema version. */
export async function readSiteState(transport: GraphTransport, siteId: string, policy: RetryPolicy, env: RetryEnvironment): Promise<SiteState> {
  const ours = new Set(ALL_LISTS.map((l) => l.displayName));
  const lists = (await readSiteLists(transport, siteId)).filter((l) => ours.has(l.displayName));
  const steps: BatchStep[] = lists.map((l, i) => ({ id: String(i), method: 'GET', url: `/sites/${siteId}/lists/${l.id}/columns?$select=id,name,indexed` }));
  const columns = new Map<string, SiteColumn[]>();
  for (const chunk of chunkSteps(steps.map((s) => [s]))) {
    const answers = await runBatch(transport, chunk, policy, env);
    for (const step of chunk) {
      const answer = answers.get(step.id);
      if (answer?.status !== 200) throw storeErrorOf(`read the columns of ${lists[Number(step.id)]!.displayName}`, answer?.status ?? 503, answer?.body);
      columns.set(step.id, (answer.body as { value?: SiteColumn[] }).value ?? []);
    }
  }
  const settings = lists.find((l) => l.displayName === SETTINGS_LIST.displayName);
  const version = settings ? await readSchemaVersion(transport, siteId, settings.id) : {};
  return {
    lists: lists.map((l, i) => ({ ...l, columns: columns.get(String(i)) ?? [] })),
    schemaVersion: version.version,
    versionItemId: version.itemId,
  };
}

const isOperationKind = (key: string): key is OperationKind => (OPERATION_KINDS as readonly string[]).includes(key);

async function expect2xx(what: string, answer: { status: number; body: unknown }): Promise<unknown> {
  if (answer.status < 200 || answer.status > 299) throw storeErrorOf(what, answer.status, answer.body);
  return Promise.resolve(answer.body);
}

/** Applies the steps in order (lists first, then columns, then the version). */
async function apply(transport: GraphTransport, siteId: string, steps: readonly ProvisionStep[], policy: RetryPolicy, env: RetryEnvironment): Promise<void> {
  const created = new Map<string, string>();
  for (const step of steps) {
    if (step.kind === 'createList') {
      const body = (await expect2xx(`create list ${step.list.displayName}`, await transport.call({ method: 'POST', path: `/sites/${siteId}/lists`, body: listCreation(step.list) }))) as { id?: string };
      if (!body?.id) throw new StoreRequestError(`create list ${step.list.displayName}: no id in the answer`);
      created.set(step.list.displayName, body.id);
    } else if (step.kind === 'addColumn') {
      await expect2xx(`add column ${step.column.name}`, await transport.call({ method: 'POST', path: `/sites/${siteId}/lists/${step.listId}/columns`, body: columnDefinition(step.column) }));
    } else if (step.kind === 'indexColumn') {
      await expect2xx(`index column ${step.column.name}`, await transport.call({ method: 'PATCH', path: `/sites/${siteId}/lists/${step.listId}/columns/${step.columnId}`, body: { indexed: true } }));
    } else if (step.kind === 'backfill') {
      if (!isOperationKind(step.list.key)) throw new StoreRequestError(`backfill ${step.list.displayName}: not a list of operational records`);
      await backfillDerivedColumns({ transport, siteId, listId: step.listId, policy, env }, step.list.key);
    } else {
      const settingsId = created.get(SETTINGS_LIST.displayName) ?? (await readSiteLists(transport, siteId)).find((l) => l.displayName === SETTINGS_LIST.displayName)?.id;
      const items = `/sites/${siteId}/lists/${settingsId}/items`;
      await expect2xx(
        'record the schema version',
        step.itemId
          ? await transport.call({ method: 'PATCH', path: `${items}/${step.itemId}/fields`, body: { SettingValue: String(step.to) } })
          : await transport.call({ method: 'POST', path: items, body: { fields: { Title: SCHEMA_VERSION_KEY, CapId: SCHEMA_VERSION_KEY, SettingValue: String(step.to) } } }),
      );
    }
  }
}

/** Creates or upgrades the lists of a site; with `dryRun`, only plans. Never deletes anything. */
export async function provisionSite(
  transport: GraphTransport,
  siteId: string,
  options: { dryRun: boolean; policy: RetryPolicy; env: RetryEnvironment },
): Promise<ProvisionReport> {
  const steps = planProvisioning(await readSiteState(transport, siteId, options.policy, options.env));
  if (!options.dryRun && steps.length) await apply(transport, siteId, steps, options.policy, options.env);
  return { siteId, steps, applied: !options.dryRun && steps.length > 0 };
}
