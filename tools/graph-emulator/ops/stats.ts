import type { EndpointStats, GraphEmulatorStats } from '../types.js';

/** Counts round trips, $batch members, SharePoint resource units, throttled answers and tokens. */
export class StatsRecorder {
  private data: GraphEmulatorStats = StatsRecorder.empty();

  private static empty(): GraphEmulatorStats {
    return { requests: 0, innerRequests: 0, resourceUnits: 0, throttled: 0, byEndpoint: {}, tokensIssued: 0 };
  }

  private endpoint(key: string): EndpointStats {
    const existing = this.data.byEndpoint[key];
    if (existing) return existing;
    const created = { requests: 0, resourceUnits: 0 };
    this.data.byEndpoint[key] = created;
    return created;
  }

  roundTrip(): void { this.data.requests += 1; }
  innerRequest(): void { this.data.innerRequests += 1; }
  endpointHit(key: string): void { this.endpoint(key).requests += 1; }
  throttled(): void { this.data.throttled += 1; }
  tokenIssued(): void { this.data.tokensIssued += 1; }

  resourceUnits(key: string, units: number): void {
    this.data.resourceUnits += units;
    this.endpoint(key).resourceUnits += units;
  }

  snapshot(): GraphEmulatorStats {
    return structuredClone(this.data);
  }

  reset(): void {
    this.data = StatsRecorder.empty();
  }
}
