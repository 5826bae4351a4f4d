import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { DEFAULT_VALUES, MAX_CARD_VERSION, REQUIRED_BY_TYPE, REQUIRED_IN_COLLECTION, TEAMS_CARD_EXTENSION } from './schema-rules.js';

// Microsoft's own parser (the renderer library of Teams' web and desktop clients), as a UMD bundle that parses and
// validates without a DOM (toolchain.md); the typings come from the package.
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const sameValue = (a: Json, b: Json): boolean => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b);

/**
 * Keys of the card the parser did not keep: an unknown property (the 1.5 schema has `additionalProperties: false`
 * on every object), a value of the wrong type or outside its enum (the parser drops those silently), an element of
 * a version above the card's. Action data is opaque, fallbacks are checked on their own.
 */
function droppedKeys(original: Json, kept: Json, path: string, out: string[]): void {
  if (Array.isArray(original)) {
    if (!Array.isArray(kept) || kept.length !== original.length) {
      out.push(`${path}: ${original.length} item(s) given, ${Array.isArray(kept) ? kept.length : 0} understood`);
      return;
    }
    original.forEach((item, i) => droppedKeys(item, kept[i], `${path}[${i}]`, out));
    return;
  }
  if (!isObject(original)) {
    // The parser reads "true" as true: the schema does not, a boolean or a number is not a string.
    if (original !== null && kept !== undefined && typeof original !== typeof kept) out.push(`${path}: ${typeof original} given where the schema wants a ${typeof kept}`);
    return;
  }
  if (!isObject(kept)) {
    out.push(`${path}: not understood`);
    return;
  }
  for (const [key, value] of Object.entries(original)) {
    if (key === 'fallback' || (key === TEAMS_CARD_EXTENSION.key && path === 'card')) continue;
    if (!(key in kept)) {
      if (Array.isArray(value) && value.length === 0) continue; // an empty collection is written back as nothing
      if (!(DEFAULT_VALUES[key] ?? []).some((d) => sameValue(d, value))) out.push(`${path}.${key}: unknown property or invalid value ${JSON.stringify(value)}`);
      continue;
    }
    if (key !== 'data') droppedKeys(value, kept[key], `${path}.${key}`, out);
  }
}

/** Required properties of the 1.5 schema, on typed objects and on the members of their collections. */
function missingRequired(node: Json, path: string, out: string[]): void {
  if (Array.isArray(node)) return node.forEach((item, i) => missingRequired(item, `${path}[${i}]`, out));
  if (!isObject(node)) return;
  const type = typeof node.type === 'string' ? node.type : undefined;
  if (type) {
    for (const key of REQUIRED_BY_TYPE[type] ?? []) if (node[key] === undefined || node[key] === null) out.push(`${path}: ${type} requires "${key}"`);
    for (const [collection, keys] of Object.entries(REQUIRED_IN_COLLECTION[type] ?? {})) {
      const members = node[collection];
      if (!Array.isArray(members)) continue;
      members.forEach((member, i) => {
        if (!isObject(member)) return;
        for (const key of keys) if (member[key] === undefined) out.push(`${path}.${collection}[${i}]: requires "${key}"`);
      });
    }
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'data') missingRequired(value, `${path}.${key}`, out);
}

/** The `fallback` objects of a card (each is an element or an action in its own right), with their paths. */
function fallbacksOf(node: Json, path: string, out: Array<{ path: string; value: JsonObject }>): void {
  if (Array.isArray(node)) return node.forEach((item, i) => fallbacksOf(item, `${path}[${i}]`, out));
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'data') continue;
    if (key === 'fallback' && isObject(value)) out.push({ path: `${path}.fallback`, value });
    fallbacksOf(value, `${path}.${key}`, out);
  }
}

function teamsExtensionProblems(card: JsonObject, out: string[]): void {
  const extension = card[TEAMS_CARD_EXTENSION.key];
  if (extension === undefined) return;
  if (!isObject(extension)) return void out.push('card.msteams: must be an object');
  for (const [key, value] of Object.entries(extension)) {
    if (!(key in TEAMS_CARD_EXTENSION.fields)) out.push(`card.msteams.${key}: unknown property`);
    else if (key === 'width' && !TEAMS_CARD_EXTENSION.fields.width.includes(value as 'Full')) out.push(`card.msteams.width: invalid value ${JSON.stringify(value)}`);
    else if (key === 'entities' && !Array.isArray(value)) out.push('card.msteams.entities: must be an array');
  }
}

// The library's authoring advice (accessibility hints, deprecations): the schema allows these cards and Teams shows them.
const ADVICE = new Set<AdaptiveCards.ValidationEvent>([
  AC.ValidationEvent.Hint,
  AC.ValidationEvent.Deprecated,
  AC.ValidationEvent.RequiredInputsShouldHaveLabel,
  AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

/** Parses with the library at the card's own version: elements and properties of a later version are refused. */
function parserProblems(card: JsonObject, version: AdaptiveCards.Version, path: string, out: string[]): void {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(version);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) out.push(`${path}: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) if (!ADVICE.has(event.event)) out.push(`${path}: ${event.message}`);
  droppedKeys(card, parsed.toJSON(), path, out);
}

/** The card's declared version when it is one Teams renders (1.0 to 1.5); a problem otherwise. */
function versionOf(card: JsonObject, out: string[]): AdaptiveCards.Version | undefined {
  const match = typeof card.version === 'string' ? /^(\d+)\.(\d+)$/.exec(card.version) : null;
  if (!match) return void out.push(`card.version: required, "1.0" to "1.5" (got ${JSON.stringify(card.version)})`);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major !== MAX_CARD_VERSION.major || minor > MAX_CARD_VERSION.minor) return void out.push(`card.version: ${card.version as string} is above 1.5, the version Teams renders on every client`);
  return new AC.Version(major, minor);
}

/**
 * Everything that makes `card` an invalid Adaptive Card 1.5 as Teams receives it; [] when it is valid. Combines the
 * adaptivecards parser (unknown element and action types, enum values, duplicate ids, inputs without ids, features of
 * a later version) with what the 1.5 schema demands and the parser lets through (unknown properties, wrong types,
 * required properties), fallbacks included.
 */
export function adaptiveCardProblems(card: Json): string[] {
  if (!isObject(card)) return ['card: must be a JSON object'];
  const out: string[] = [];
  if (card.type !== 'AdaptiveCard') out.push(`card.type: must be "AdaptiveCard" (got ${JSON.stringify(card.type)})`);
  const version = versionOf(card, out);
  if (!version) return out;
  parserProblems(card, version, 'card', out);
  missingRequired(card, 'card', out);
  teamsExtensionProblems(card, out);
  const fallbacks: Array<{ path: string; value: JsonObject }> = [];
  fallbacksOf(card, 'card', fallbacks);
  for (const { path, value } of fallbacks) {
    const isAction = typeof value.type === 'string' && value.type.startsWith('Action.');
    const holder = { type: 'AdaptiveCard', version: card.version, ...(isAction ? { actions: [value] } : { body: [value] }) };
    const inner: string[] = [];
    parserProblems(holder, version, 'fallback', inner);
    out.push(...inner.map((p) => p.replace(/^fallback(\.(actions|body)\[0\])?/, path)));
  }
  return out;
}
