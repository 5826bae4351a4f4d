// Reading a card the way a person would: texts, inputs, buttons, and what sits next to what.

/** A card object as tests look at it: the properties they read, loosely typed. */
export interface Node {
  [key: string]: unknown;
  type?: string;
  id?: string;
  text?: string;
  title?: string;
  label?: string;
  verb?: string;
  style?: string;
  color?: string;
  associatedInputs?: string;
  data?: Record<string, unknown>;
  choices?: { title: string; value: string }[];
  facts?: { title: string; value: string }[];
  items?: Node[];
  body?: Node[];
}

/** Every object in the card, depth first. */
export function allNodes(card: unknown): Node[] {
  const out: Node[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      out.push(value as Node);
      Object.values(value).forEach(visit);
    }
  };
  visit(card);
  return out;
}

/** Every text shown as markdown: TextBlocks and FactSet titles and values. */
export function shownTexts(card: unknown): string[] {
  return allNodes(card).flatMap((n) => {
    if (n.type === 'TextBlock') return [n.text ?? ''];
    if (n.type === 'FactSet') return (n.facts ?? []).flatMap((f) => [f.title, f.value]);
    return [];
  });
}

/** All shown text in one string, with markdown escapes removed (what the person reads). */
export function readableText(card: unknown): string {
  return shownTexts(card)
    .map((t) => t.replace(/\\(.)/g, '$1'))
    .join('\n');
}

/** The input with this id. */
export function inputById(card: unknown, id: string): Node {
  const input = allNodes(card).find((n) => typeof n.type === 'string' && n.type.startsWith('Input.') && n.id === id);
  if (!input) throw new Error(`no input ${id}`);
  return input;
}

/** Ids of all inputs, in order. */
export function inputIds(card: unknown): string[] {
  return allNodes(card)
    .filter((n) => typeof n.type === 'string' && n.type.startsWith('Input.'))
    .map((n) => n.id ?? '');
}

/** The element that follows the input in its container: where its error must be. */
export function elementAfterInput(card: unknown, id: string): Node | undefined {
  for (const n of allNodes(card)) {
    const items = n.items ?? n.body;
    if (!Array.isArray(items)) continue;
    const index = items.findIndex((item) => item.id === id && String(item.type).startsWith('Input.'));
    if (index >= 0) return items[index + 1];
  }
  return undefined;
}

/** The Action.Execute buttons of the card (top-level and in action sets), in order. */
export function executeActions(card: unknown): Node[] {
  return allNodes(card).filter((n) => n.type === 'Action.Execute' && 'title' in n);
}

/** The verbs of the card's buttons, in order. */
export function verbs(card: unknown): string[] {
  return executeActions(card).map((a) => a.verb ?? '');
}
