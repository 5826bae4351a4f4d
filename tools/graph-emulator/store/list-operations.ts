import { GraphHttpError, invalidRequest, itemNotFound } from '../http/graph-error.js';
import { assertUniquenessAllowed, parseColumnType, parseNewColumn } from './column-json.js';
import type { ColumnDef } from './column.model.js';
import type { ListState, SiteState } from './list.model.js';
import { newList } from './site-factory.js';
import { findUniqueConflict } from './unique-values.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list by id or by title (case-insensitive), as Graph accepts both. */
export function findList(site: SiteState, idOrTitle: string): ListState {
  const byId = site.lists.get(idOrTitle.toLowerCase());
  if (byId) return byId;
  const lower = idOrTitle.toLowerCase();
  for (const list of site.lists.values()) if (list.displayName.toLowerCase() === lower) return list;
  throw itemNotFound('The specified list was not found');
}

function duplicateColumn(list: ListState, name: string): GraphHttpError | undefined {
  const clash = list.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  return clash ? new GraphHttpError(409, 'nameAlreadyExists', `A duplicate field name "${name}" was found.`) : undefined;
}

/** POST /sites/{site}/lists: { displayName, columns?, list: { template } }. */
export function createList(site: SiteState, body: unknown, now: Date): ListState {
  if (!isObject(body)) throw invalidRequest('The list definition must be a JSON object.');
  if (body['name'] !== undefined) throw invalidRequest("Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'");
  const displayName = body['displayName'];
  if (typeof displayName !== 'string' || displayName.trim() === '') throw invalidRequest("The list needs a 'displayName'.");
  const facet = body['list'];
  const template = isObject(facet) && typeof facet['template'] === 'string' ? facet['template'] : 'genericList';
  if (template !== 'genericList') throw invalidRequest(`The list template '${template}' is not supported by the emulator (use genericList).`);
  for (const existing of site.lists.values()) {
    if (existing.displayName.toLowerCase() === displayName.toLowerCase()) {
      throw new GraphHttpError(409, 'nameAlreadyExists', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
    }
  }
  const list = newList(displayName, template, now);
  if (typeof body['description'] === 'string') list.description = body['description'];
  const columns = body['columns'] ?? [];
  if (!Array.isArray(columns)) throw invalidRequest("'columns' must be an array.");
  for (const raw of columns) addColumn(list, raw, now);
  site.lists.set(list.id, list);
  return list;
}

/** POST …/columns. */
export function addColumn(list: ListState, body: unknown, now: Date): ColumnDef {
  const def = parseNewColumn(body);
  const clash = duplicateColumn(list, def.name);
  if (clash) throw clash;
  list.columns.push(def);
  list.modified = now;
  return def;
}

export function findColumn(list: ListState, idOrName: string): ColumnDef {
  const column = list.columns.find((c) => c.id === idOrName.toLowerCase() || c.name === idOrName);
  if (!column) throw itemNotFound('Column not found');
  return column;
}

const PATCHABLE = ['displayName', 'description', 'required', 'indexed', 'enforceUniqueValues', 'hidden', 'text', 'number', 'dateTime', 'choice', 'boolean', 'defaultValue'];

/** PATCH …/columns/{id}: flags, texts and the settings of the column's own type. */
export function patchColumn(list: ListState, column: ColumnDef, body: unknown, now: Date): ColumnDef {
  if (!isObject(body)) throw invalidRequest('The column patch must be a JSON object.');
  if (column.builtIn && Object.keys(body).some((key) => key !== 'indexed' && key !== 'required')) {
    throw invalidRequest(`Only 'indexed' and 'required' can be changed on the built-in column '${column.name}'.`);
  }
  for (const key of Object.keys(body)) {
    if (!PATCHABLE.includes(key)) throw invalidRequest(`Property '${key}' of column '${column.name}' cannot be changed.`);
  }
  const next: ColumnDef = { ...column };
  for (const key of ['required', 'indexed', 'enforceUniqueValues', 'hidden'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw invalidRequest(`Invalid value for property '${key}': a boolean is expected.`);
    next[key] = value;
  }
  for (const key of ['displayName', 'description'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw invalidRequest(`Invalid value for property '${key}': a string is expected.`);
    next[key] = value;
  }
  const facetKeys = ['text', 'number', 'dateTime', 'choice', 'boolean'].filter((key) => body[key] !== undefined);
  if (facetKeys.length > 0) {
    const type = parseColumnType(Object.fromEntries(facetKeys.map((key) => [key, body[key]])));
    if (type.kind !== column.type.kind) throw invalidRequest(`The type of column '${column.name}' cannot be changed.`);
    next.type = type;
  }
  if (body['defaultValue'] !== undefined) {
    const parsed = parseNewColumn({ name: column.name, defaultValue: body['defaultValue'] });
    next.defaultValue = parsed.defaultValue;
  }
  if (next.indexed === false && column.indexed && next.enforceUniqueValues) {
    throw invalidRequest(`The column '${column.name}' enforces unique values: it must stay indexed.`);
  }
  assertUniquenessAllowed(next);
  if (next.enforceUniqueValues && !column.enforceUniqueValues && findUniqueConflict(list, next)) {
    throw invalidRequest(`The column '${column.name}' already holds duplicate values: unique values cannot be enforced.`);
  }
  Object.assign(column, next);
  list.modified = now;
  return column;
}
