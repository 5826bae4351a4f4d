import type { EntityKind, EntityMap } from '../../domain/entities/index.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { Identity } from './identity.js';

export type Operation = 'read' | 'create' | 'update' | 'delete';

/**
 * What a write touches: the record before and after, and what it attaches to, resolved by `changeScope` (write-scope.ts)
 * through the records it points at, never taken from the record's own claims.
 */
export interface WriteSubject<K extends EntityKind> {
  kind: K;
  before?: EntityMap[K];
  after?: EntityMap[K];
  /** Every service the record is in or attaches to, before and after the change (undefined: a link to no service). */
  owningServiceIds: readonly (string | undefined)[];
  /** Commitments the record feeds directly, before and after (an indicator on a commitment, its measures). */
  commitmentIds?: readonly string[];
}

/** Commitment fields an elected official may edit on their own commitments: the narrative. */
const NARRATIVE_FIELDS = new Set(['description', 'gapJustification']);
const ROADMAP_KINDS = new Set<EntityKind>(['axis', 'commitment', 'action', 'indicator', 'measure', 'feedback', 'mandate']);
/** Kinds a service head may write for the services they lead. */
const SERVICE_SCOPED_KINDS = new Set<EntityKind>(['action', 'indicator', 'measure']);

function changedFields(before: object | undefined, after: object | undefined): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

/**
 * Whether `who` could perform `operation` on some record of `kind`: the answer that needs no record, given before the
 * body or any id is looked at, so that a caller who may not write a kind learns nothing about what exists.
 */
export function mayWriteKind(who: Identity, operation: Exclude<Operation, 'read'>, kind: EntityKind): boolean {
  switch (who.role) {
    case 'administrator':
      return true;
    case 'pilotage':
      return ROADMAP_KINDS.has(kind);
    case 'service_head':
      // Which commitment an action serves is the planners' decision: a head edits their actions, never adds or removes one.
      return SERVICE_SCOPED_KINDS.has(kind) && (kind !== 'action' || operation === 'update');
    case 'elected':
      return kind === 'commitment' && operation === 'update';
    case 'reader':
      return false;
  }
}

/**
 * A service head writes inside the services they lead: every service the write attaches to, before and after, must be
 * one of theirs; a record that feeds a commitment directly is the planners'; an action keeps its commitment (moving it
 * would change another commitment's figures).
 */
function serviceHeadMay<K extends EntityKind>(who: Identity, subject: WriteSubject<K>): boolean {
  if ((subject.commitmentIds ?? []).length > 0) return false;
  if (subject.kind === 'action') {
    const before = subject.before as EntityMap['action'] | undefined;
    const after = subject.after as EntityMap['action'] | undefined;
    if (before?.commitmentId !== after?.commitmentId) return false;
  }
  return subject.owningServiceIds.length > 0 && subject.owningServiceIds.every((id) => id !== undefined && who.serviceIds.includes(id));
}

/** Whether `who` may perform `operation` on `subject`. The single place where the API decides. */
export function isAllowed<K extends EntityKind>(who: Identity, operation: Operation, subject: WriteSubject<K>): boolean {
  if (operation === 'read') return true;
  if (!mayWriteKind(who, operation, subject.kind)) return false;
  switch (who.role) {
    case 'administrator':
      return true;
    case 'pilotage':
      // Which fields readers may see is the administrators' decision.
      return !(subject.kind === 'mandate' && changedFields(subject.before, subject.after).includes('internalFields'));
    case 'service_head':
      return serviceHeadMay(who, subject);
    case 'elected': {
      const before = subject.before as EntityMap['commitment'] | undefined;
      return (
        before?.leadPersonId === who.personId &&
        changedFields(subject.before, subject.after).every((field) => NARRATIVE_FIELDS.has(field))
      );
    }
    case 'reader':
      return false;
  }
}

/** Throws ForbiddenError unless `who` could perform `operation` on some record of `kind` (see mayWriteKind). */
export function authorizeKind(who: Identity, operation: Exclude<Operation, 'read'>, kind: EntityKind): void {
  if (!mayWriteKind(who, operation, kind)) throw forbidden(who, operation, kind);
}

// One message whatever was refused and why: the answer must not tell an id that exists from one that does not.
const forbidden = (who: Identity, operation: Operation, kind: EntityKind): ForbiddenError =>
  new ForbiddenError(`${who.role} may not ${operation} this ${kind}`);

/** Throws ForbiddenError unless `who` may perform `operation` on `subject`. */
export function authorize<K extends EntityKind>(who: Identity, operation: Operation, subject: WriteSubject<K>): void {
  if (!isAllowed(who, operation, subject)) throw forbidden(who, operation, subject.kind);
}

/** What a person may do beyond reading and writing roadmap records: campaigns, decisions, audit, bilan. */
export const CAPABILITIES = {
  /** Prepare, launch, relaunch and close campaigns; follow their funnel and recipients. */
  'campaign.manage': ['administrator', 'pilotage'],
  /** Accept or refuse the proposals drawn from answers (Remontées). */
  'proposal.decide': ['administrator', 'pilotage'],
  /** Read the audit log. */
  'audit.read': ['administrator'],
  /** Take snapshots of the roadmap. */
  'snapshot.take': ['administrator', 'pilotage'],
  /** Read internal-only fields (blockers, budget details, answers) and the internal exports. */
  'internal.read': ['administrator', 'pilotage', 'elected', 'service_head'],
  /** Choose the channel of the weekly digest, manage the bot's installations. */
  'bot.manage': ['administrator'],
} as const satisfies Record<string, readonly Identity['role'][]>;
/** A capability. */
export type Capability = keyof typeof CAPABILITIES;

/** Whether `who` has `capability`. */
export function can(who: Identity, capability: Capability): boolean {
  const roles: readonly string[] = CAPABILITIES[capability];
  return roles.includes(who.role);
}

/** Throws ForbiddenError unless `who` has `capability`. */
export function demand(who: Identity, capability: Capability): void {
  if (!can(who, capability)) throw new ForbiddenError(`${who.role} may not ${capability}`);
}
