import type { AuditAction, AuditEntry } from '../../domain/audit/audit.schema.js';
import type { Stored } from '../../domain/entities/index.js';
import type { Clock, IdGenerator } from '../../ports/clock.port.js';
import type { OperationsStore } from '../../ports/operations.port.js';
import type { Identity } from '../authorization/identity.js';
import { demand } from '../authorization/policy.js';

/** Who acted: a person, or the system itself (provisioning, scheduled work). */
export type AuditActor = Pick<Identity, 'personId' | 'role'> | 'system';

/** What an audited action touched, and a short account of it (never a secret, a token or an answer's text). */
export interface AuditEvent {
  action: AuditAction;
  targetKind?: string;
  targetId?: string;
  summary: string;
}

/** The audit log of sensitive actions: written once, read by administrators. */
export class AuditLog {
  constructor(
    private readonly operations: OperationsStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** Records one action. */
  async record(actor: AuditActor, event: AuditEvent): Promise<void> {
    await this.operations.audit.create({
      id: this.ids.next('aud'),
      at: this.clock.now(),
      actorId: actor === 'system' ? 'system' : actor.personId,
      ...(actor === 'system' ? {} : { actorRole: actor.role }),
      action: event.action,
      ...(event.targetKind ? { targetKind: event.targetKind } : {}),
      ...(event.targetId ? { targetId: event.targetId } : {}),
      summary: event.summary.slice(0, 1000),
    });
  }

  /** The latest entries, newest first; administrators only. */
  async recent(who: Identity, filter: { action?: AuditAction; limit: number }): Promise<Stored<AuditEntry>[]> {
    demand(who, 'audit.read');
    const entries = await this.operations.audit.find(filter.action ? { action: filter.action } : {});
    return entries.reverse().slice(0, filter.limit);
  }
}
