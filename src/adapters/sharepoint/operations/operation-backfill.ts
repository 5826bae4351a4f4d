import type { OperationKind } from '../../../ports/operations.port.js';
import { chunkSteps, runBatch, type BatchStep } from '../graph/batch.js';
import type { GraphTransport } from '../graph/graph-transport.js';
import type { RetryEnvironment } from '../graph/retry.middleware.js';
import type { RetryPolicy } from '../graph/retry-policy.js';
import { ifMatchOf, versionOf, type GraphListItem, type GraphPage } from '../replica/graph-item.js';
import { selectOf, textOf, type Fields } from '../schema/field-mapping.js';
import { storeErrorOf } from '../store-errors.js';
import { decodeOperation } from './operation-codec.js';
import { OPERATION_LISTS } from './operation-lists.js';
import { derivedFields } from './operation-partitions.js';

/** What a backfill did to one list. */
export interface BackfillReport {
  /** Items whose derived columns were written. */
  written: number;
  /** Items left as they were: already right, or not a record we can read (the store counts those as rejected). */
  unchanged: number;
}

interface Site {
  transport: GraphTransport;
  siteId: string;
  listId: string;
  policy: RetryPolicy;
  env: RetryEnvironment;
}

/** Rounds of "read again, write again" for items another writer changed meanwhile (412), before giving up. */
const MAX_ROUNDS = 5;

/** The derived fields an item lacks or holds wrong, or undefined when it is right or holds no readable record. */
function missingFields(kind: OperationKind, item: GraphListItem): Fields | undefined {
  const decoded = decodeOperation(kind, item);
  if (!decoded.ok) return undefined;
  const wanted = Object.entries(derivedFields(kind, decoded.record)).filter(([name, value]) => textOf(item.fields?.[name]) !== textOf(value));
  return wanted.length ? Object.fromEntries(wanted) : undefined;
}

/**
 * Writes the derived columns (lanes, due instants) into the items of a list provisioned before they existed: a lane
 * read filters on them, so an old item without them would silently be missed. Reads the list by plain paging (which the
 * list view threshold never refuses), then PATCHes, 20 a `$batch`, the items that lack them, each `If-Match` its eTag:
 * an item an old instance changed meanwhile is read again and written from its new record. Idempotent: run again, it
 * writes nothing. Costs 2 resource units an item written, and 2 a page of reading.
 */
export async function backfillDerivedColumns(site: Site, kind: OperationKind): Promise<BackfillReport> {
  const items = `/sites/${site.siteId}/lists/${site.listId}/items`;
  const expand = `$expand=fields($select=${selectOf(OPERATION_LISTS[kind])})`;
  let todo: GraphListItem[] = [];
  for (let link: string | undefined = `${items}?${expand}&$top=1000`; link; ) {
    const answer: { status: number; body: GraphPage } = await site.transport.call<GraphPage>({ method: 'GET', path: link });
    if (answer.status !== 200) throw storeErrorOf(`read ${kind} items to backfill`, answer.status, answer.body);
    todo.push(...(answer.body.value ?? []));
    link = answer.body['@odata.nextLink'];
  }
  const report: BackfillReport = { written: 0, unchanged: 0 };
  for (let round = 1; todo.length > 0; round += 1) {
    const writes = todo.flatMap((item) => {
      const fields = missingFields(kind, item);
      if (!fields) report.unchanged += 1;
      return fields ? [{ item, fields }] : [];
    });
    const conflicts: string[] = [];
    const steps: BatchStep[] = writes.map(({ item, fields }) => ({
      id: item.id,
      method: 'PATCH',
      url: `${items}/${encodeURIComponent(item.id)}/fields`,
      headers: { 'If-Match': ifMatchOf(versionOf(item.eTag)) },
      body: fields,
    }));
    for (const chunk of chunkSteps(steps.map((s) => [s]))) {
      const answers = await runBatch(site.transport, chunk, site.policy, site.env);
      for (const step of chunk) {
        const answer = answers.get(step.id);
        if (answer?.status === 200) report.written += 1;
        else if (answer?.status === 412) conflicts.push(step.id);
        // Deleted since the read: nothing left to backfill.
        else if (answer?.status !== 404) throw storeErrorOf(`backfill ${kind} item ${step.id}`, answer?.status ?? 503, answer?.body);
      }
    }
    if (conflicts.length > 0 && round >= MAX_ROUNDS) throw storeErrorOf(`backfill ${kind}: items kept changing`, 412, undefined);
    todo = await readItems(site, kind, conflicts);
  }
  return report;
}

/** The items of these ids as they are now (20 a `$batch`); those gone are left out. */
async function readItems(site: Site, kind: OperationKind, ids: readonly string[]): Promise<GraphListItem[]> {
  const expand = `$expand=fields($select=${selectOf(OPERATION_LISTS[kind])})`;
  const steps: BatchStep[] = ids.map((id) => ({ id, method: 'GET', url: `/sites/${site.siteId}/lists/${site.listId}/items/${encodeURIComponent(id)}?${expand}` }));
  const found: GraphListItem[] = [];
  for (const chunk of chunkSteps(steps.map((s) => [s]))) {
    const answers = await runBatch(site.transport, chunk, site.policy, site.env);
    for (const step of chunk) {
      const answer = answers.get(step.id);
      if (answer?.status === 200) found.push(answer.body as GraphListItem);
      else if (answer?.status !== 404) throw storeErrorOf(`read ${kind} item ${step.id} to backfill`, answer?.status ?? 503, answer?.body);
    }
  }
  return found;
}
