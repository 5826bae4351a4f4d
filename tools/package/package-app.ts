import fs from 'node:fs';
import path from 'node:path';
import { decodePng, checkColorIcon, checkOutlineIcon } from './icons/icon-check.js';
import { readEnvFile } from './env-file.js';
import { checkLocalization } from './localization-checks.js';
import { checkDomains, checkVersion } from './manifest-checks.js';
import type { ManifestView } from './manifest-view.js';
import { PackageError } from './package-error.js';
import { fillJsonPlaceholders, placeholdersIn } from './placeholders.js';
import { newestSchemaVersion, validateAgainstBundledSchema } from './teams-schemas.js';
import { writeZip, type PackageEntry } from './zip-package.js';

/** Where to read from and write to; paths default to the repository layout. */
export interface PackageOptions {
  root: string;
  envName: string;
  envDir?: string;
  output?: string;
}

/** A built package: where it is, what it holds, the filled manifest. */
export interface PackageResult {
  zipPath: string;
  entries: string[];
  manifest: ManifestView;
  schemaVersion: string;
}

/** A path as the user typed it: relative to the working directory when below it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

function readEnvValues(envDir: string, envName: string): ReadonlyMap<string, string> {
  const env = readEnvFile(envDir, envName);
  if (!env) throw new PackageError([`${shown(path.join(envDir, `.env.${envName}`))} does not exist (environment "${envName}")`]);
  if (env.problems.length > 0) throw new PackageError(env.problems.map((p) => `${shown(env.path)}: ${p}`));
  return env.values;
}

/** Fills one JSON file of the package; collects what is missing instead of stopping at the first. */
function fillFile(file: string, values: ReadonlyMap<string, string>, envPath: string, problems: string[]): string {
  const template = fs.readFileSync(file, 'utf8');
  const filled = fillJsonPlaceholders(template, values);
  const name = path.basename(file);
  for (const v of placeholdersIn(template).filter((n) => n.startsWith('SECRET_')))
    problems.push(`${name}: ${v} is a secret and must never be written into the app package`);
  for (const v of filled.missing) problems.push(`${name}: \${{${v}}} has no value: ${v} is missing from ${envPath}`);
  for (const v of filled.unfilled) problems.push(`${name}: \${{${v}}} is unfilled: ${v} is empty in ${envPath}`);
  if (filled.malformed) problems.push(`${name}: a placeholder is malformed (expected \${{NAME}})`);
  return filled.text;
}

function parseJson<T>(name: string, text: string, problems: string[]): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    problems.push(`${name} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function iconProblems(dir: string, manifest: ManifestView): string[] {
  const problems: string[] = [];
  const icons = [
    [manifest.icons?.color, checkColorIcon],
    [manifest.icons?.outline, checkOutlineIcon],
  ] as const;
  for (const [file, check] of icons) {
    if (!file || !fs.existsSync(path.join(dir, file))) {
      problems.push(`icon ${String(file)} not found in ${dir}`);
      continue;
    }
    try {
      problems.push(...check(decodePng(fs.readFileSync(path.join(dir, file)))).map((p) => `${file}: ${p}`));
    } catch (error) {
      problems.push(`${file} is not a readable PNG: ${(error as Error).message}`);
    }
  }
  return problems;
}

/**
 * Builds `appPackage/build/appPackage.<env>.zip`: fills the placeholders from `env/.env.<env>`, validates the manifest
 * and its language files against the newest bundled schema (offline), checks domains, SSO and icons, then zips.
 * Throws PackageError naming every problem; writes nothing unless everything is right.
 */
export async function buildAppPackage(options: PackageOptions): Promise<PackageResult> {
  const appDir = path.join(options.root, 'appPackage');
  const envDir = options.envDir ?? path.join(options.root, 'env');
  const envPath = shown(path.join(envDir, `.env.${options.envName}`));
  const values = readEnvValues(envDir, options.envName);
  const problems: string[] = [];
  const manifestText = fillFile(path.join(appDir, 'manifest.json'), values, envPath, problems);
  if (problems.length > 0) throw new PackageError(problems);

  const manifest = parseJson<ManifestView>('manifest.json', manifestText, problems);
  if (!manifest) throw new PackageError(problems);
  const version = newestSchemaVersion();
  problems.push(...validateAgainstBundledSchema(manifest, version, 'manifest').map((p) => `manifest.json: ${p}`));
  problems.push(...checkVersion(manifest, version), ...checkDomains(manifest), ...iconProblems(appDir, manifest));

  const entries: PackageEntry[] = [{ name: 'manifest.json', data: manifestText }];
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const file = path.join(appDir, language.file);
    if (!fs.existsSync(file)) {
      problems.push(`${language.file} (${language.languageTag}) not found in ${appDir}`);
      continue;
    }
    const text = fillFile(file, values, envPath, problems);
    const strings = parseJson<Record<string, unknown>>(language.file, text, problems);
    if (strings) problems.push(...checkLocalization(language.file, strings, manifest, version));
    entries.push({ name: language.file, data: text });
  }
  if (problems.length > 0) throw new PackageError(problems);

  for (const icon of [manifest.icons?.color, manifest.icons?.outline])
    if (icon) entries.push({ name: icon, data: fs.readFileSync(path.join(appDir, icon)) });
  const output = options.output ?? path.join(appDir, 'build', `appPackage.${options.envName}.zip`);
  const zipPath = await writeZip(output, entries);
  return { zipPath, entries: entries.map((e) => e.name), manifest, schemaVersion: version };
}
