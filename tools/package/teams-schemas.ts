import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Where `@microsoft/app-manifest` keeps the Teams manifest JSON schemas (v1.0 … v1.x, draft-04), one folder per version. */
export const TEAMS_SCHEMA_ROOT = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

export type SchemaKind = 'manifest' | 'localization';

const FILE: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

/** The bundled GA schema versions (`1.0` … `1.30`), oldest first; previews are left out. */
export function bundledSchemaVersions(root = TEAMS_SCHEMA_ROOT): string[] {
  return fs
    .readdirSync(root)
    .map((entry) => /^v(\d+)\.(\d+)$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
    .map((m) => `${m[1]}.${m[2]}`);
}

/** The newest GA manifest version the installed package bundles. */
export function newestSchemaVersion(root = TEAMS_SCHEMA_ROOT): string {
  const versions = bundledSchemaVersions(root);
  const newest = versions[versions.length - 1];
  if (!newest) throw new Error(`no Teams manifest schema found under ${root}`);
  return newest;
}

/** The canonical `$schema` URL of a manifest version. */
export function manifestSchemaUrl(version: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
}

/** Reads a bundled schema; the published files contain `\a` and `\v` escapes that JSON.parse refuses. */
export function loadSchema(version: string, kind: SchemaKind, root = TEAMS_SCHEMA_ROOT): AnySchemaObject {
  const file = path.join(root, `v${version}`, FILE[kind]);
  const raw = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(raw) as AnySchemaObject;
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(version: string, kind: SchemaKind): ValidateFunction {
  const key = `${version}/${kind}`;
  let validate = compiled.get(key);
  if (!validate) {
    // unicodeRegExp off: the published localisation schema has patterns that are invalid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(loadSchema(version, kind));
    compiled.set(key, validate);
  }
  return validate;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  return `${where} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`;
}

/** Validates a document against a bundled schema, offline; returns one readable line per error (empty when valid). */
export function validateAgainstBundledSchema(document: unknown, version: string, kind: SchemaKind): string[] {
  const validate = validatorFor(version, kind);
  return validate(document) ? [] : (validate.errors ?? []).map(describe);
}
