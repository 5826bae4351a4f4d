import { MANDATE_ID, type ChangeContext } from '../../domain/entities/index.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { Clock } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Identity } from '../authorization/identity.js';
import { demand, isAllowed } from '../authorization/policy.js';
import { readViewFor } from '../authorization/read-view.js';
import { ImportInvalidError, issuePath, sortIssues, toFieldIssue, type ImportIssue } from './import-issue.js';
import { IMPORT_KINDS, zeroCounts } from './import-kinds.js';
import type { ImportReport } from './import-report.js';
import { authorizePlan } from './plan/authorize-plan.js';
import { planImport, type ImportPlan } from './plan/import-plan.js';
import { writePlan } from './plan/write-plan.js';
import { buildWorkbook } from './export/build-workbook.js';
import type { BoundSheet } from './read/bind-sheet.js';
import { readImportFile, type ImportFile } from './read/read-file.js';
import { buildRecords, type BuiltRecord } from './resolve/build-records.js';
import { Directory } from './resolve/directory.js';
import { identifyRows } from './resolve/identify-rows.js';
import { serviceCycles } from './resolve/service-cycles.js';
import { loadSnapshot } from './resolve/snapshot.js';
import { SHEETS } from './sheets/sheets.js';

/** Beyond this many, problems are counted but not listed: a wrong file gives thousands, and the first ones say enough. */
export const MAX_LISTED_ISSUES = 500;

function report(plan: ImportPlan, dryRun: boolean): ImportReport {
  const result: ImportReport = { dryRun, created: zeroCounts(), updated: zeroCounts(), unchanged: plan.unchanged, notInFile: plan.notInFile, changes: [] };
  for (const { built, operation, fields } of plan.writes) {
    (operation === 'create' ? result.created : result.updated)[built.kind] += 1;
    result.changes.push({
      kind: built.kind,
      id: built.record.id,
      row: issuePath({ sheet: built.sheet, row: built.row }),
      operation,
      ...(operation === 'update' ? { fields } : {}),
    });
  }
  return result;
}

/** Imports the programme from a workbook or a CSV file: everything is checked before anything is written. */
export class ImportService {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly audit?: AuditLog,
  ) {}

  /**
   * An import writes every kind of the programme, so the caller must be allowed to create each of them (the policy
   * decides; today only administrators are). Checked before the file is even read.
   */
  assertMayImport(who: Identity): void {
    const mayCreateAll = IMPORT_KINDS.every((kind) => isAllowed(who, 'create', { kind, owningServiceIds: [] }));
    if (!mayCreateAll) throw new ForbiddenError(`${who.role} may not import the programme`);
  }

  /** Checks the file, plans the writes and, unless it is a dry run, makes them; ImportInvalidError lists every problem. */
  async importFile(who: Identity, file: ImportFile, options: { dryRun: boolean }): Promise<ImportReport> {
    this.assertMayImport(who);
    const { sheets, issues } = await readImportFile(file);
    const snapshot = await loadSnapshot(this.store);
    const directory = new Directory(snapshot);
    // First every row's identity, so that a reference may point at any row of any sheet; then every row's content.
    const identified = sheets.map((sheet) => {
      const result = identifyRows(sheet, directory);
      issues.push(...result.issues);
      return { sheet, rows: result.rows };
    });
    const built: BuiltRecord[] = [];
    for (const { sheet, rows } of identified) {
      if (!sheet.complete) continue;
      const result = buildRecords(sheet, rows, directory);
      issues.push(...result.issues);
      built.push(...result.built);
      if (sheet.def.kind === 'service') issues.push(...serviceCycles(sheet, result.built, snapshot));
    }
    if (issues.length > 0) throw this.invalid(issues, sheets);
    const plan = planImport(built, snapshot, new Set(sheets.map((s) => s.def.kind)));
    await authorizePlan(who, plan.writes, snapshot);
    const result = report(plan, options.dryRun);
    if (!options.dryRun) {
      await writePlan(this.store, plan.writes, this.context(who));
      if (plan.writes.length > 0) await this.audit?.record(who, { action: 'import_applied', targetKind: 'import', summary: `${plan.writes.length} enregistrements écrits` });
    }
    return result;
  }

  /**
   * The workbook template; with `withData`, filled with the current roadmap in the very format the import reads. The
   * filled one is the import's round trip: edited and imported back, so `internal.read` (a redacted copy would come
   * back with hidden cells emptied, and readers cannot import anyway).
   */
  async workbook(who: Identity, withData: boolean): Promise<Buffer> {
    if (!withData) return buildWorkbook();
    demand(who, 'internal.read');
    const [snapshot, mandate] = await Promise.all([loadSnapshot(this.store), this.store.mandate.get(MANDATE_ID)]);
    return buildWorkbook({ snapshot, view: readViewFor(who, mandate) });
  }

  private context(who: Identity): ChangeContext {
    return { actor: { id: who.personId, name: who.displayName }, source: 'import', at: this.clock.now() };
  }

  /** The error listing the problems in the order of the template's sheets, whatever order they were checked in. */
  private invalid(issues: ImportIssue[], sheets: readonly BoundSheet[]): ImportInvalidError {
    const order = [...sheets].sort((a, b) => SHEETS.indexOf(a.def) - SHEETS.indexOf(b.def)).map((s) => s.title);
    const listed = sortIssues(issues, order).slice(0, MAX_LISTED_ISSUES).map(toFieldIssue);
    return new ImportInvalidError(listed, issues.length);
  }
}
