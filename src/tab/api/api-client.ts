import { NetworkError, toApiError } from './api-error';
import type { CredentialProvider } from './credentials';
import { ifMatchOf } from './etag';

export interface ApiClientOptions {
  /** Base of the API, e.g. `/api/v1`. */
  baseUrl: string;
  credentials: CredentialProvider;
  /** The UI language, sent as Accept-Language so that error messages come back in it. */
  language: () => string;
  fetchImpl?: typeof fetch;
}

export interface RequestOptions {
  body?: unknown;
  /** Record version the write is based on (sent as If-Match). */
  version?: string;
  /** ETag of a cached read model (sent as If-None-Match: a 304 keeps the cache). */
  ifNoneMatch?: string;
  signal?: AbortSignal;
}

/** An answer: the body (undefined on 204/304), the ETag, and whether the cached copy is still good. */
export interface ApiResponse<T> {
  status: number;
  data: T | undefined;
  etag: string | undefined;
  notModified: boolean;
}

const GENERIC_FAILURE = 'The server answered unexpectedly.';

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NetworkError(`${GENERIC_FAILURE} (${res.status})`);
  }
}

/** The one way the tab talks to the server: identity, language, versions and typed errors. */
export class ApiClient {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  }

  get credentialsKind(): CredentialProvider['kind'] {
    return this.options.credentials.kind;
  }

  /** Sends one request; resolves with the answer or rejects with an ApiError. */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': this.options.language(),
      ...(await this.options.credentials.headers()),
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    // Changes made here are recorded in history as coming from the tab.
    if (method !== 'GET') headers['X-Change-Source'] = 'tab';
    if (options.version !== undefined) headers['If-Match'] = ifMatchOf(options.version);
    if (options.ifNoneMatch !== undefined) headers['If-None-Match'] = options.ifNoneMatch;
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.options.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const etag = res.headers.get('ETag') ?? undefined;
    if (res.status === 304) return { status: 304, data: undefined, etag, notModified: true };
    const body = await readJson(res);
    if (!res.ok) throw toApiError(res.status, body, etag, `${GENERIC_FAILURE} (${res.status})`);
    return { status: res.status, data: body as T, etag, notModified: false };
  }

  /** Reads a resource. */
  get<T>(path: string, options: Omit<RequestOptions, 'body' | 'version'> = {}): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  /** Creates a record; resolves with the stored record. */
  async post<T>(path: string, body: unknown): Promise<T> {
    return (await this.request<T>('POST', path, { body })).data as T;
  }

  /** Changes the given fields of a record at `version` (null clears a field). */
  async patch<T>(path: string, body: unknown, version: string): Promise<T> {
    return (await this.request<T>('PATCH', path, { body, version })).data as T;
  }

  /** Reads a file the API serves (a CSV export): the body as a Blob, with the identity headers a plain link could not send. */
  async download(path: string): Promise<Blob> {
    const headers: Record<string, string> = { 'Accept-Language': this.options.language(), ...(await this.options.credentials.headers()) };
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.options.baseUrl}${path}`, { method: 'GET', headers, credentials: 'same-origin' });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (!res.ok) throw toApiError(res.status, await readJson(res).catch(() => undefined), undefined, `${GENERIC_FAILURE} (${res.status})`);
    return res.blob();
  }

  /** Deletes a record at `version`. */
  async delete(path: string, version: string): Promise<void> {
    await this.request<void>('DELETE', path, { version });
  }
}
