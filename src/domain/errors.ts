import type { LocalizedText } from './validation/messages.js';

/** One problem with one field of the input. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `milestones.1.date`; empty for the whole input. */
  path: string;
  code: string;
  message: LocalizedText;
}

/** Base class of errors that the domain and application layers raise on purpose. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
}

/** The input is invalid; nothing was written. */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path || '(input)'}: ${i.message.en}`).join('; '));
  }
}

/** The record does not exist. */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(`${entityType} ${entityId} not found`);
  }
}

/** The caller's version is stale: someone else changed the record meanwhile. Nothing was written. */
export class ConflictError extends DomainError {
  readonly code = 'version_conflict';
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly current: unknown,
  ) {
    super(`${entityType} ${entityId} was changed by someone else`);
  }
}

/** The record cannot be written: duplicate id, dependents, or a record that never changes once written. */
export class IntegrityError extends DomainError {
  constructor(
    override readonly code: 'duplicate_id' | 'has_dependents' | 'immutable',
    message: string,
    readonly messages: LocalizedText,
  ) {
    super(message);
  }
}

/** The error every store raises for a record whose id is already in use: one wording, whichever store refused it. */
export function duplicateIdError(kind: string, id: string): IntegrityError {
  return new IntegrityError('duplicate_id', `${kind} ${id} exists already`, {
    fr: `L’identifiant ${id} est déjà utilisé.`,
    en: `The identifier ${id} is already in use.`,
  });
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

/** The request does not fit the record's current state (e.g. launching a closed campaign); nothing changed. */
export class StateConflictError extends DomainError {
  constructor(
    override readonly code: string,
    readonly messages: LocalizedText,
  ) {
    super(messages.en);
  }
}
