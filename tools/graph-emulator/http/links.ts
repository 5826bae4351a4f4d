/** Percent-encodes a query value but keeps OData punctuation readable, as Graph's own links do. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')').replace(/%2F/g, '/').replace(/%27/g, "'").replace(/%3A/g, ':');
}

/** An absolute link under the Graph base URL, e.g. an @odata.nextLink. */
export function absoluteLink(graphBaseUrl: string, path: string, params: Array<[string, string]>): string {
  const query = params.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
  return `${graphBaseUrl}${path}${query ? `?${query}` : ''}`;
}

/** The request's parameters without the ones named (case-insensitive), in their original order. */
export function paramsWithout(query: URLSearchParams, names: string[]): Array<[string, string]> {
  const lower = names.map((n) => n.toLowerCase());
  return [...query].filter(([key]) => !lower.includes(key.toLowerCase()));
}
