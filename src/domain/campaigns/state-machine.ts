import { DomainError } from '../errors.js';

/** A transition the state machine does not allow; nothing changes. */
export class TransitionError extends DomainError {
  readonly code = 'transition_not_allowed';
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`${machine}: ${from} → ${to} is not allowed`);
  }
}

/** A finite state machine given by its allowed transitions. */
export interface StateMachine<S extends string> {
  readonly name: string;
  /** States reachable from `from` in one step. */
  next(from: S): readonly S[];
  canMove(from: S, to: S): boolean;
  /** Returns `to` when the move is allowed, throws TransitionError otherwise. */
  move(from: S, to: S): S;
  isFinal(state: S): boolean;
}

/** Builds a state machine from a table of allowed transitions. */
export function stateMachine<S extends string>(name: string, transitions: Readonly<Record<S, readonly S[]>>): StateMachine<S> {
  const canMove = (from: S, to: S): boolean => transitions[from].includes(to);
  return {
    name,
    next: (from) => transitions[from],
    canMove,
    move: (from, to) => {
      if (!canMove(from, to)) throw new TransitionError(name, from, to);
      return to;
    },
    isFinal: (state) => transitions[state].length === 0,
  };
}
