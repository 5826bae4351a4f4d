import type { Clock, IdGenerator } from '../../ports/clock.port.js';
import type { PdfRenderer } from '../../ports/pdf.port.js';
import { MANDATE_ID } from '../../domain/entities/index.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import { ReadViews } from '../authorization/read-view.js';
import { AuditLog } from '../audit/audit-log.js';
import { BilanService } from './bilan.service.js';
import { ExportService } from './export.service.js';
import { RecordSetLoader } from './record-set.loader.js';
import { SnapshotService } from './snapshot/snapshot.service.js';

/** The bilan's application services. */
export interface BilanServices {
  bilan: BilanService;
  snapshots: SnapshotService;
  exports: ExportService;
  /** The callers' views, which every read of these services takes. */
  views: ReadViews;
}

export interface BilanServiceOptions {
  /** Prints the public page as PDF (Chromium, chosen by the composition root; a fake in tests). */
  pdf: PdfRenderer;
  /** The application's audit log (createServices' `audit`); one on the store's audit collection otherwise. */
  audit?: AuditLog;
}

/** Wires the bilan, snapshot and export services on a store, a clock and an id generator. */
export function createBilanServices(store: RoadmapStore, clock: Clock, ids: IdGenerator, options: BilanServiceOptions): BilanServices {
  const snapshots = new SnapshotService(store, clock, ids, options.audit ?? new AuditLog(store.operations, clock, ids));
  const loader = new RecordSetLoader(store, clock, snapshots);
  const views = new ReadViews(() => store.mandate.get(MANDATE_ID));
  return { bilan: new BilanService(loader), snapshots, exports: new ExportService(loader, clock, options.pdf), views };
}
