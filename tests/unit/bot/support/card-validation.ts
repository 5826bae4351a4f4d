import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { cardSizeBytes, CARD_SIZE_LIMIT_BYTES } from '../../../../bot/cards/card-size.js';

// The UMD bundle parses and validates cards in Node without a DOM (toolchain.md); the typings come from the package.
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Properties the library leaves out when serialising although they are valid: Teams' own `msteams`, the action
// fallbacks it only uses when parsing an unknown element, and values equal to the default.
const KEPT_ELSEWHERE = new Set(['msteams', 'fallback']);
const DEFAULTS: Record<string, Json[]> = { style: ['compact', 'default'], associatedInputs: ['auto'], isMultiSelect: [false] };

function droppedKeys(original: Json, serialized: Json, path: string, out: string[]): void {
  if (Array.isArray(original)) {
    if (!Array.isArray(serialized) || serialized.length !== original.length) {
      out.push(`${path}: array of ${original.length} became ${Array.isArray(serialized) ? serialized.length : typeof serialized}`);
      return;
    }
    original.forEach((item, i) => droppedKeys(item, serialized[i], `${path}[${i}]`, out));
    return;
  }
  if (!isObject(original)) return;
  if (!isObject(serialized)) {
    out.push(`${path}: object was dropped`);
    return;
  }
  // Action data is opaque to the library: compare it as a whole.
  for (const [key, value] of Object.entries(original)) {
    if (KEPT_ELSEWHERE.has(key)) continue;
    if (!(key in serialized)) {
      if (!(DEFAULTS[key] ?? []).includes(value)) out.push(`${path}.${key}: dropped (${JSON.stringify(value)})`);
      continue;
    }
    if (key === 'data') continue;
    droppedKeys(value, serialized[key], `${path}.${key}`, out);
  }
}

function inputsWithoutId(node: Json, out: string[]): void {
  if (Array.isArray(node)) node.forEach((n) => inputsWithoutId(n, out));
  else if (isObject(node)) {
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && !node.id) out.push(`${node.type} without id`);
    Object.values(node).forEach((v) => inputsWithoutId(v, out));
  }
}

/** Everything the adaptivecards library (and our stricter reading of it) finds wrong with a card; [] when fine. */
export function cardProblems(card: Json): string[] {
  const problems: string[] = [];
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  droppedKeys(card, parsed.toJSON(), 'card', problems);
  inputsWithoutId(card, problems);
  if (!isObject(card) || card.version !== '1.5') problems.push('version is not 1.5');
  const size = cardSizeBytes(card);
  if (size > CARD_SIZE_LIMIT_BYTES) problems.push(`size ${size} bytes is over ${CARD_SIZE_LIMIT_BYTES}`);
  return problems;
}
