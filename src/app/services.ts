import type { Clock, IdGenerator } from '../ports/clock.port.js';
import type { RoadmapStore } from '../ports/store.port.js';
import { ImportService } from './import/import.service.js';
import { RecordService } from './records/record.service.js';
import { DashboardService } from './roadmap/dashboard.service.js';
import { RoadmapDataSource } from './roadmap/roadmap-data.source.js';
import { RoadmapService } from './roadmap/roadmap.service.js';

/** The application services, wired on a store. */
export interface AppServices {
  records: RecordService;
  roadmap: RoadmapService;
  dashboard: DashboardService;
  importer: ImportService;
}

/** Wires the application services on a store, a clock and an id generator. */
export function createServices(store: RoadmapStore, clock: Clock, ids: IdGenerator): AppServices {
  const source = new RoadmapDataSource(store, clock);
  return {
    records: new RecordService(store, clock, ids),
    roadmap: new RoadmapService(source),
    dashboard: new DashboardService(store, source),
    importer: new ImportService(store, clock),
  };
}
