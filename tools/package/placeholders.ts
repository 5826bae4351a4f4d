/** `${{NAME}}`, the Agents Toolkit placeholder syntax. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The distinct placeholder names in a text, sorted. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** What filling found: the filled text, and the names with no value (absent) or an empty one (unfilled). */
export interface FillResult {
  text: string;
  missing: string[];
  unfilled: string[];
  malformed: boolean;
}

/**
 * Replaces every placeholder inside JSON text with its value, escaped for a JSON string.
 * An absent or empty value is reported, never silently replaced by an empty string.
 */
export function fillJsonPlaceholders(text: string, values: ReadonlyMap<string, string>): FillResult {
  const missing = new Set<string>();
  const unfilled = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) missing.add(name);
    else if (value.trim() === '') unfilled.add(name);
    else return JSON.stringify(value).slice(1, -1);
    return whole;
  });
  const malformed = /\$\{\{/.test(filled.replace(PLACEHOLDER, ''));
  return { text: filled, missing: [...missing].sort(), unfilled: [...unfilled].sort(), malformed };
}
