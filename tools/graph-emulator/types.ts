/** Public option and result types of the Graph emulator (re-exported by index.ts). */

export interface FaultOptions {
  /** 0..1 share of requests (outer or $batch members) answered 429 or 503. */
  failureRate?: number;
  /** Retry-After in seconds on faulted answers; default 1 (tests use 0). */
  retryAfterSeconds?: number;
  /** Added to every /v1.0 round trip before it is answered. */
  latencyMs?: number;
  /** The next delta call carrying a token, on each list, answers 410. */
  forceDeltaResync?: boolean;
  /** Seed of the deterministic fault choice (and of the $batch response order). */
  seed?: number;
  /** Statuses a faulted request may get; default [429, 503]. */
  throttleStatuses?: Array<429 | 503>;
}

export interface GraphEmulatorOptions {
  /** 0 = ephemeral. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  siteHostname?: string;
  sitePath?: string;
  /** Default page size of item queries and delta; default 200. */
  pageSize?: number;
  /**
   * Items a filtered or sorted query may scan before it is refused as SharePoint refuses it; default and maximum
   * 5,000 (SharePoint Online's fixed value). Tests lower it so that they need not create 5,000 items.
   */
  listViewThreshold?: number;
  faults?: FaultOptions;
  /** Defaults to a fresh self-signed certificate for 127.0.0.1 and localhost. */
  tls?: { keyPem: string; certPem: string };
}

export interface EndpointStats {
  requests: number;
  resourceUnits: number;
}

export interface GraphEmulatorStats {
  /** HTTP round trips received (a $batch counts once; /_emulator calls are not counted). */
  requests: number;
  /** Members of $batch requests. */
  innerRequests: number;
  resourceUnits: number;
  /** Answers 429 or 503 produced by fault injection (outer and inner). */
  throttled: number;
  /** Keyed by "METHOD /template", e.g. "GET /sites/{site}/lists/{list}/items". */
  byEndpoint: Record<string, EndpointStats>;
  tokensIssued: number;
}

export interface InspectedItem {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
}

export interface GraphEmulator {
  /** https://127.0.0.1:<port> */
  url: string;
  /** `${url}/v1.0` */
  graphBaseUrl: string;
  /** `${url}/`; the msal authority is `${url}/${tenantId}`. */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** "hostname,guid,guid" */
  siteId: string;
  /** e.g. https://contoso.sharepoint.com/sites/capmandat */
  siteUrl: string;
  /** The certificate clients must trust. */
  caCertPem: string;
  stats(): GraphEmulatorStats;
  resetStats(): void;
  setFaults(faults: FaultOptions): void;
  /** Items of a list by display name, as Graph would return them (fields + eTag), bypassing faults and stats. */
  inspectList(displayName: string): Promise<InspectedItem[]>;
  /** Simulates a person editing an item in the SharePoint UI (changes fields, bumps eTag, shows up in delta). */
  editItemAsUser(listDisplayName: string, itemId: string, fields: Record<string, unknown>): Promise<void>;
  /** Adds items as app-only creates would (same validation, shows up in delta), without a round trip each. */
  seedItems(listDisplayName: string, rows: readonly Record<string, unknown>[]): Promise<void>;
  close(): Promise<void>;
}
