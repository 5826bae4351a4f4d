import { localisableStrings, type ManifestView } from './manifest-view.js';
import { validateAgainstBundledSchema } from './teams-schemas.js';

/**
 * A language file is valid for the bundled localisation schema and translates every string the manifest shows
 * (tab names, bot commands…), so that no user sees a half-translated app.
 */
export function checkLocalization(file: string, strings: Record<string, unknown>, manifest: ManifestView, version: string): string[] {
  const problems = validateAgainstBundledSchema(strings, version, 'localization').map((p) => `${file}: ${p}`);
  const expected = localisableStrings(manifest);
  for (const key of expected.keys())
    if (typeof strings[key] !== 'string' || strings[key] === '') problems.push(`${file}: no translation for ${key}`);
  for (const key of Object.keys(strings))
    if (key !== '$schema' && !expected.has(key)) problems.push(`${file}: ${key} translates nothing in the manifest`);
  return problems;
}
