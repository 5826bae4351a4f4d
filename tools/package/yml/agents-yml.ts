import fs from 'node:fs';
import { placeholdersIn } from '../placeholders.js';
import { parseYamlSubset, type YamlValue } from './yaml-subset.js';

/** One step of a lifecycle (`- uses: arm/deploy`). */
export interface AgentsAction {
  uses: string;
  name?: string;
  with: { [key: string]: YamlValue };
  writeToEnvironmentFile: { [key: string]: string };
}

/** An Agents Toolkit project file (m365agents*.yml), read. */
export interface AgentsYml {
  version: string;
  environmentFolderPath?: string;
  lifecycles: { [stage: string]: AgentsAction[] };
  placeholders: string[];
}

const LIFECYCLES = ['provision', 'deploy', 'publish'] as const;

function isMap(value: YamlValue | undefined): value is { [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function action(stage: string, value: YamlValue, index: number): AgentsAction {
  if (!isMap(value) || typeof value.uses !== 'string') throw new Error(`${stage}[${index}] has no "uses"`);
  const write = value.writeToEnvironmentFile;
  const writes: { [key: string]: string } = {};
  if (isMap(write)) for (const [k, v] of Object.entries(write)) if (typeof v === 'string') writes[k] = v;
  return {
    uses: value.uses,
    name: typeof value.name === 'string' ? value.name : undefined,
    with: isMap(value.with) ? value.with : {},
    writeToEnvironmentFile: writes,
  };
}

/** Reads and shapes a project file; throws on YAML outside the supported subset or on a malformed lifecycle. */
export function readAgentsYml(file: string): AgentsYml {
  const doc = parseYamlSubset(fs.readFileSync(file, 'utf8'));
  if (!isMap(doc) || typeof doc.version !== 'string') throw new Error(`${file}: no "version"`);
  const lifecycles: { [stage: string]: AgentsAction[] } = {};
  for (const stage of LIFECYCLES) {
    const steps = doc[stage];
    if (steps === undefined) continue;
    if (!Array.isArray(steps)) throw new Error(`${file}: ${stage} must be a list of actions`);
    lifecycles[stage] = steps.map((step, i) => action(stage, step, i));
  }
  const folder = doc.environmentFolderPath;
  return { version: doc.version, environmentFolderPath: typeof folder === 'string' ? folder : undefined, lifecycles, placeholders: placeholdersIn(withStrings(doc).join('\n')) };
}

/** All string values of an action's `with`, flattened (paths, arguments, placeholders). */
export function withStrings(value: YamlValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(withStrings);
  return Object.values(value).flatMap(withStrings);
}
