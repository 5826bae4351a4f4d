import { randomUUID } from 'node:crypto';
import { invalidRequest } from '../http/graph-error.js';
import { TYPE_FACETS, type ColumnDef, type ColumnType } from './column.model.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const COMMON = ['name', 'displayName', 'description', 'required', 'indexed', 'enforceUniqueValues', 'hidden', 'readOnly', 'columnGroup', 'defaultValue', 'id', '@odata.type'];

function optionalBoolean(body: Json, key: string, fallback: boolean): boolean {
  const value = body[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalidRequest(`Invalid value for property '${key}': a boolean is expected.`);
  return value;
}

function optionalString(body: Json, key: string, fallback: string): string {
  const value = body[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw invalidRequest(`Invalid value for property '${key}': a string is expected.`);
  return value;
}

function optionalNumber(facet: Json, key: string): number | undefined {
  const value = facet[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidRequest(`Invalid value for property '${key}': a number is expected.`);
  return value;
}

/** Reads the single type facet of a column definition (text, number, dateTime, choice, boolean, hyperlinkOrPicture). */
export function parseColumnType(body: Json): ColumnType {
  const facets = TYPE_FACETS.filter((facet) => body[facet] !== undefined);
  if (facets.length === 0) return { kind: 'text', allowMultipleLines: false, maxLength: 255, textType: 'plain' };
  if (facets.length > 1) throw invalidRequest(`A column can only have one type facet, got: ${facets.join(', ')}.`);
  const facetName = facets[0] as string;
  const facet = body[facetName];
  if (!isObject(facet)) throw invalidRequest(`Invalid value for property '${facetName}'.`);
  switch (facetName) {
    case 'text': {
      const allowMultipleLines = optionalBoolean(facet, 'allowMultipleLines', false);
      const maxLength = optionalNumber(facet, 'maxLength') ?? 255;
      if (!allowMultipleLines && (maxLength < 1 || maxLength > 255 || !Number.isInteger(maxLength))) {
        throw invalidRequest('The maxLength of a single line of text column must be an integer between 1 and 255.');
      }
      return { kind: 'text', allowMultipleLines, maxLength: allowMultipleLines ? 63999 : maxLength, textType: optionalString(facet, 'textType', 'plain') };
    }
    case 'number': {
      const minimum = optionalNumber(facet, 'minimum');
      const maximum = optionalNumber(facet, 'maximum');
      if (minimum !== undefined && maximum !== undefined && minimum > maximum) throw invalidRequest('The minimum of a number column cannot be greater than its maximum.');
      return { kind: 'number', minimum, maximum, decimalPlaces: optionalString(facet, 'decimalPlaces', 'automatic'), displayAs: optionalString(facet, 'displayAs', 'number') };
    }
    case 'dateTime': {
      const format = optionalString(facet, 'format', 'dateTime');
      if (format !== 'dateOnly' && format !== 'dateTime') throw invalidRequest(`Invalid dateTime format '${format}'.`);
      return { kind: 'dateTime', format, displayAs: optionalString(facet, 'displayAs', 'default') };
    }
    case 'choice': {
      const choices = facet['choices'];
      if (!Array.isArray(choices) || choices.length === 0 || !choices.every((c): c is string => typeof c === 'string')) {
        throw invalidRequest('A choice column needs a non-empty array of string choices.');
      }
      return { kind: 'choice', choices, allowTextEntry: optionalBoolean(facet, 'allowTextEntry', false), displayAs: optionalString(facet, 'displayAs', 'dropDownMenu') };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'hyperlinkOrPicture':
      return { kind: 'hyperlinkOrPicture', isPicture: optionalBoolean(facet, 'isPicture', false) };
    default:
      throw invalidRequest(`The column type '${facetName}' is not supported by the emulator.`);
  }
}

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

/** Validates a Graph columnDefinition body (POST columns, or an entry of a new list's columns). */
export function parseNewColumn(body: unknown): ColumnDef {
  if (!isObject(body)) throw invalidRequest('The column definition must be a JSON object.');
  for (const key of Object.keys(body)) {
    if (!COMMON.includes(key) && !(TYPE_FACETS as readonly string[]).includes(key)) throw invalidRequest(`Property '${key}' does not exist on type 'microsoft.graph.columnDefinition'.`);
  }
  const name = body['name'];
  if (typeof name !== 'string' || name.length === 0) throw invalidRequest("The column definition needs a 'name'.");
  if (!NAME_PATTERN.test(name)) throw invalidRequest(`Invalid column name '${name}': use letters, digits and underscores (at most 32), starting with a letter.`);
  const def: ColumnDef = {
    id: randomUUID(),
    name,
    displayName: optionalString(body, 'displayName', name),
    description: optionalString(body, 'description', ''),
    required: optionalBoolean(body, 'required', false),
    indexed: optionalBoolean(body, 'indexed', false),
    enforceUniqueValues: optionalBoolean(body, 'enforceUniqueValues', false),
    hidden: optionalBoolean(body, 'hidden', false),
    readOnly: false,
    builtIn: false,
    type: parseColumnType(body),
    defaultValue: parseDefaultValue(body['defaultValue']),
  };
  assertUniquenessAllowed(def);
  return def;
}

function parseDefaultValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || typeof value['value'] !== 'string') throw invalidRequest("Invalid value for property 'defaultValue': expected { \"value\": \"…\" }.");
  return value['value'];
}

/** SharePoint refuses unique values on columns that are not indexed or cannot be indexed. */
export function assertUniquenessAllowed(def: ColumnDef): void {
  if (!def.enforceUniqueValues) return;
  const t = def.type;
  if (t.kind === 'boolean' || (t.kind === 'text' && t.allowMultipleLines) || t.kind === 'hyperlinkOrPicture') {
    throw invalidRequest(`The column '${def.name}' cannot enforce unique values: its type does not support it.`);
  }
  if (!def.indexed) throw invalidRequest(`The column '${def.name}' must be indexed to enforce unique values.`);
}

function typeFacetJson(type: ColumnType): Json {
  switch (type.kind) {
    case 'text': return { text: { allowMultipleLines: type.allowMultipleLines, appendChangesToExistingText: false, linesForEditing: type.allowMultipleLines ? 6 : 0, maxLength: type.maxLength, textType: type.textType } };
    case 'number': return { number: { decimalPlaces: type.decimalPlaces, displayAs: type.displayAs, ...(type.minimum !== undefined ? { minimum: type.minimum } : {}), ...(type.maximum !== undefined ? { maximum: type.maximum } : {}) } };
    case 'dateTime': return { dateTime: { displayAs: type.displayAs, format: type.format } };
    case 'choice': return { choice: { allowTextEntry: type.allowTextEntry, choices: type.choices, displayAs: type.displayAs } };
    case 'boolean': return { boolean: {} };
    case 'hyperlinkOrPicture': return { hyperlinkOrPicture: { isPicture: type.isPicture } };
    case 'system': return type.facet === 'contentType' ? {} : { [type.facet]: {} };
  }
}

/** The columnDefinition JSON Graph returns. */
export function columnJson(def: ColumnDef): Json {
  return {
    columnGroup: 'Custom Columns',
    description: def.description,
    displayName: def.displayName,
    enforceUniqueValues: def.enforceUniqueValues,
    hidden: def.hidden,
    id: def.id,
    indexed: def.indexed,
    name: def.name,
    readOnly: def.readOnly,
    required: def.required,
    ...(def.defaultValue !== undefined ? { defaultValue: { value: def.defaultValue } } : {}),
    ...typeFacetJson(def.type),
  };
}
