import { z } from 'zod';
import type { CardInputs } from '../../src/domain/campaigns/answers/answer-result.js';
import { idSchema } from '../../src/domain/entities/common.schema.js';
import type { FieldIssue } from '../../src/domain/errors.js';
import { toFieldIssues } from '../../src/domain/validation/validate.js';

/** Every verb a Cap Mandat card can send. */
export const CARD_VERBS = [
  'save-and-next',
  'skip',
  'back',
  'submit',
  'amend',
  'refresh',
  'open-questionnaire',
  'my-actions',
  'my-campaigns',
  'help',
] as const;
/** A verb a card can send. */
export type CardVerb = (typeof CARD_VERBS)[number];

const cardVersion = z.number().int().min(0);
// Which card of which delivery sent the action, and at which version: an older version is a stale or replayed card.
const cardRef = { campaignId: idSchema, deliveryId: idSchema, cardVersion };
// `subject` names what the step was about when the card was built (an action id…): the step number alone could point
// at another action if the list changed in between (an action finished in the tab).
const stepData = z.object({ ...cardRef, step: z.number().int().min(0).max(1000), subject: z.string().min(1).max(200).optional() });
const cardData = z.object(cardRef);
const noData = z.object({});

/** The data each verb carries, as a schema: checked on arrival, so a handler receives typed data. */
export const VERB_DATA_SCHEMAS = {
  'save-and-next': stepData,
  skip: stepData,
  back: stepData,
  submit: stepData,
  amend: cardData,
  refresh: cardData,
  'open-questionnaire': z.object({ campaignId: idSchema, deliveryId: idSchema }),
  'my-actions': noData,
  'my-campaigns': noData,
  help: noData,
} as const satisfies { [V in CardVerb]: z.ZodObject };

/** The data of each verb. */
export type VerbData = { [V in CardVerb]: z.infer<(typeof VERB_DATA_SCHEMAS)[V]> };

/** A card action of one verb: its typed data and the card's inputs (everything else Teams sent). */
export interface CardActionOf<V extends CardVerb> {
  verb: V;
  data: VerbData[V];
  inputs: CardInputs;
}
/** A card action of any verb, discriminated by `verb`. */
export type CardAction = { [V in CardVerb]: CardActionOf<V> }[CardVerb];

/** One handler per verb: adding a verb without its handler is a compile error. */
export type CardVerbHandlers<R> = { readonly [V in CardVerb]: (action: CardActionOf<V>) => R };

/** Why a card action was refused. */
export interface CardActionError {
  code: 'not_a_card_action' | 'unknown_verb' | 'malformed_data';
  issues: FieldIssue[];
}
/** A card action read from an invoke or a submit, or why it was refused. */
export type ParsedCardAction = { ok: true; action: CardAction } | { ok: false; error: CardActionError };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isVerb = (verb: unknown): verb is CardVerb => typeof verb === 'string' && (CARD_VERBS as readonly string[]).includes(verb);
const refuse = (code: CardActionError['code'], path: string, fr: string, en: string): ParsedCardAction => ({
  ok: false,
  error: { code, issues: [{ path, code, message: { fr, en } }] },
});

// Universal Actions send { action: { type: 'Action.Execute', verb, data } }; the Action.Submit fallback of older
// clients sends the data itself, where our cards put the verb.
function unwrap(value: unknown): { verb: unknown; data: Record<string, unknown> } | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.action)) return { verb: value.action.verb, data: isRecord(value.action.data) ? value.action.data : {} };
  if ('verb' in value) {
    const { verb, ...data } = value;
    return { verb, data };
  }
  return undefined;
}

// Inputs arrive as strings; a number or boolean is tolerated from lenient clients, anything else is not an input.
function readInputs(data: Record<string, unknown>, known: ReadonlySet<string>): CardInputs | undefined {
  const inputs: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (known.has(key) || key === 'verb') continue;
    if (typeof value === 'string') inputs[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') inputs[key] = String(value);
    else return undefined;
  }
  return inputs;
}

/** Reads an Adaptive Card action (invoke value or Action.Submit data) into a verb, its typed data and the inputs. */
export function parseCardAction(value: unknown): ParsedCardAction {
  const raw = unwrap(value);
  if (!raw) return refuse('not_a_card_action', '', 'Ce message n’est pas une action de carte.', 'This is not a card action.');
  if (!isVerb(raw.verb)) return refuse('unknown_verb', 'verb', 'Action inconnue.', 'Unknown action.');
  const schema: z.ZodObject = VERB_DATA_SCHEMAS[raw.verb];
  const parsed = schema.safeParse(raw.data);
  if (!parsed.success) return { ok: false, error: { code: 'malformed_data', issues: toFieldIssues(parsed.error.issues) } };
  const inputs = readInputs(raw.data, new Set(Object.keys(schema.shape)));
  if (!inputs) return refuse('malformed_data', 'inputs', 'Les réponses envoyées sont illisibles.', 'The answers sent cannot be read.');
  // The schema of raw.verb produced parsed.data, so the pair is consistent; TS cannot correlate them by itself.
  return { ok: true, action: { verb: raw.verb, data: parsed.data, inputs } as CardAction };
}

/** Calls the handler of the action's verb. */
export function routeCardAction<R>(action: CardAction, handlers: CardVerbHandlers<R>): R {
  // The mapped type pairs each verb with the handler of its data; the union cannot express that pairing to TS.
  const handler = handlers[action.verb] as (action: CardAction) => R;
  return handler(action);
}
