import type { Context } from '@microsoft/microsoft-graph-client';

/** The URL a middleware context is about to fetch. */
export function urlOf(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

/** The HTTP method of a context (GET when unset, as fetch does). */
export function methodOf(context: Context): string {
  return (context.options?.method ?? 'GET').toUpperCase();
}

/** Sets a request header whether the client keeps headers as a Headers object or a plain record. */
export function setHeader(context: Context, name: string, value: string): void {
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) context.options.headers = [...headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase()), [name, value]];
  else {
    const record: Record<string, string> = { ...(headers ?? {}) };
    for (const key of Object.keys(record)) if (key.toLowerCase() === name.toLowerCase()) delete record[key];
    record[name] = value;
    context.options.headers = record;
  }
}
