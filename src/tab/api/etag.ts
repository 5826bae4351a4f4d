/** The If-Match value for a record version. */
export const ifMatchOf = (version: string): string => `"${version}"`;
