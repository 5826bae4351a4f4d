import type { AccessTokens } from './auth/access-token.js';
import type { FaultInjector } from './ops/faults.js';
import type { StatsRecorder } from './ops/stats.js';
import type { Actor, SiteState } from './store/list.model.js';

/** Everything a request handler may touch: the one emulated site plus the emulator's services. */
export interface EmulatorContext {
  site: SiteState;
  /** `${url}/v1.0`, the base of every link the emulator hands out. */
  graphBaseUrl: string;
  /** `${url}/${tenantId}`, named in 401 answers. */
  authorityUrl: string;
  pageSize: number;
  /** Items a query may scan before SharePoint refuses it (5,000; lower only in tests). */
  listViewThreshold: number;
  clock: () => Date;
  /** Who app-only writes are attributed to ("SharePoint App", as Graph shows them). */
  appActor: Actor;
  faults: FaultInjector;
  stats: StatsRecorder;
  tokens: AccessTokens;
}
