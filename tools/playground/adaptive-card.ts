import type { ExecutedAction, PlaygroundMessage } from './playground-client.js';

/** An Action.Execute of a card, as written in the card. */
export interface CardExecuteAction {
  title?: string;
  verb: string;
  data: Record<string, unknown>;
  associatedInputs?: string;
}

type Node = Record<string, unknown>;
const isScalar = (value: unknown): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

// Every object of a card, depth first; fallbacks and the refresh action are what another client would show, not this one.
function* nodesOf(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* nodesOf(item);
  else if (isNode(value)) {
    yield value;
    for (const [key, child] of Object.entries(value)) if (key !== 'fallback' && key !== 'refresh') yield* nodesOf(child);
  }
}

/** The Adaptive Card of a message (its first), or undefined. */
export function cardOf(message: Pick<PlaygroundMessage, 'attachments'>): unknown {
  return message.attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every Action.Execute of a card, body and action bar, nested containers included. */
export function executeActionsOf(card: unknown): CardExecuteAction[] {
  const found: CardExecuteAction[] = [];
  for (const node of nodesOf(card))
    if (node.type === 'Action.Execute' && typeof node.verb === 'string')
      found.push({
        verb: node.verb,
        data: isNode(node.data) ? node.data : {},
        ...(typeof node.title === 'string' ? { title: node.title } : {}),
        ...(typeof node.associatedInputs === 'string' ? { associatedInputs: node.associatedInputs } : {}),
      });
  return found;
}

/** The values a renderer would send for the card's inputs left as they are: those with a value, as strings. */
export function inputValuesOf(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const node of nodesOf(card))
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && typeof node.id === 'string' && isScalar(node.value) && node.value !== '')
      values[node.id] = String(node.value);
  return values;
}

/**
 * What clicking `action` sends, once the person has changed some inputs: the Adaptive Cards renderer merges the
 * values of the card's inputs into the action's data (unless the action says `associatedInputs: none`).
 */
export function click(card: unknown, action: CardExecuteAction, changes: Record<string, string> = {}): ExecutedAction {
  const inputs = action.associatedInputs?.toLowerCase() === 'none' ? {} : { ...inputValuesOf(card), ...changes };
  return { verb: action.verb, data: { ...action.data, ...inputs }, ...(action.title ? { title: action.title } : {}) };
}

/** The text a person reads on a card (text blocks, titles, facts). */
export function textOf(card: unknown): string {
  const texts: string[] = [];
  for (const node of nodesOf(card)) {
    if (typeof node.text === 'string') texts.push(node.text);
    if (typeof node.title === 'string') texts.push(node.title);
    if (typeof node.value === 'string' && node.type === undefined) texts.push(node.value);
  }
  return texts.join('\n');
}
