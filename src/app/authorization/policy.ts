import type { EntityKind, EntityMap } from '../../domain/entities/index.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { Identity } from './identity.js';

export type Operation = 'read' | 'create' | 'update' | 'delete';

/** What a write touches: the record before and after, and the service that owns it (resolved by the caller). */
export interface WriteSubject<K extends EntityKind> {
  kind: K;
  before?: EntityMap[K];
  after?: EntityMap[K];
  /** The services that own the record, before and after the change (e.g. an action's pilot service). */
  owningServiceIds: readonly (string | undefined)[];
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

/** Whether `who` may perform `operation` on `subject`. The single place where the API decides. */
export function isAllowed<K extends EntityKind>(who: Identity, operation: Operation, subject: WriteSubject<K>): boolean {
  if (operation === 'read') return true;
  switch (who.role) {
    case 'administrator':
      return true;
    case 'pilotage':
      // Which fields readers may see is the administrators' decision.
      if (subject.kind === 'mandate' && changedFields(subject.before, subject.after).includes('internalFields')) return false;
      return ROADMAP_KINDS.has(subject.kind);
    case 'service_head':
      return (
        SERVICE_SCOPED_KINDS.has(subject.kind) &&
        subject.owningServiceIds.length > 0 &&
        subject.owningServiceIds.every((id) => id !== undefined && who.serviceIds.includes(id))
      );
    case 'elected': {
      if (subject.kind !== 'commitment' || operation !== 'update') return false;
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

/** Throws ForbiddenError unless `who` may perform `operation` on `subject`. */
export function authorize<K extends EntityKind>(who: Identity, operation: Operation, subject: WriteSubject<K>): void {
  if (!isAllowed(who, operation, subject))
    throw new ForbiddenError(`${who.role} may not ${operation} this ${subject.kind}`);
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
