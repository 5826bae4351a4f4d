import type { CallerView } from '../authorization/read-view.js';
import { demand } from '../authorization/policy.js';
import type { BilanDto } from './bilan-api.types.js';
import { buildBilan } from './build-bilan.js';
import type { RecordSetLoader } from './record-set.loader.js';

/** The bilan de mi-mandat, from today's records or from a snapshot. */
export class BilanService {
  constructor(private readonly loader: RecordSetLoader) {}

  /**
   * Promised vs done per axis and commitment, the two views, the gaps, citizens' voice and the 1,607 hours. Budgets and
   * what the answers say are internal: `internal.read` (everyone may read the public version instead).
   */
  async bilan(view: CallerView, snapshotId?: string): Promise<BilanDto> {
    demand(view.who, 'internal.read');
    const { set, source } = await this.loader.load(view, snapshotId, 'latest');
    return buildBilan(set, source);
  }
}
