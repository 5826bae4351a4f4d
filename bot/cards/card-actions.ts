import type { CardVerb, VerbData } from '../routing/card-verbs.js';
import type { ExecuteAction, Refresh } from './adaptive-card.types.js';

/** Options of an action button. */
export interface ActionOptions {
  style?: ExecuteAction['style'];
  /** Whether the card's inputs go with the action; navigation that saves nothing sends none. */
  sendInputs?: boolean;
}

/**
 * An Action.Execute of a known verb with the data that verb expects (a wrong pairing does not compile), and an
 * Action.Submit fallback carrying the verb in its data for clients without Universal Actions.
 */
export function executeAction<V extends CardVerb>(title: string, verb: V, data: VerbData[V], options: ActionOptions = {}): ExecuteAction {
  const associatedInputs = options.sendInputs === false ? 'none' : 'auto';
  const style = options.style ? { style: options.style } : {};
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: { ...data },
    associatedInputs,
    ...style,
    fallback: { type: 'Action.Submit', title, data: { verb, ...data }, associatedInputs, ...style },
  };
}

/** The Teams user id that `refresh.userIds` accepts, from an Entra object id. */
export function teamsUserId(entraObjectId: string): string {
  return `8:orgid:${entraObjectId}`;
}

/** Automatic refresh for the recipient only: the card is personal, other viewers keep what they see. */
export function refreshFor(userIds: readonly string[], data: VerbData['refresh']): Refresh | undefined {
  return userIds.length === 0 ? undefined : { action: { type: 'Action.Execute', verb: 'refresh', data: { ...data } }, userIds: [...userIds] };
}
