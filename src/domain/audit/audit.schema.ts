import { z } from 'zod';
import { idSchema, longText } from '../entities/common.schema.js';

/** The sensitive actions that are audited (issue 6): who did what, when, to what. */
export const AUDIT_ACTIONS = [
  'role_changed',
  'person_created',
  'person_deleted',
  'campaign_launched',
  'campaign_relaunched',
  'campaign_closed',
  'proposal_accepted',
  'proposal_refused',
  'import_applied',
  'site_provisioned',
  'snapshot_taken',
  'access_refused',
] as const;
/** A kind of audited action. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Audit entry (journal d’audit): written once, never changed. No secret, token or answer text goes in `details`. */
export const auditEntrySchema = z.strictObject({
  id: idSchema,
  action: z.enum(AUDIT_ACTIONS),
  at: z.iso.datetime(),
  /** The person (or `system`) who acted, and their role at the time. */
  actorId: z.string().min(1).max(100),
  actorRole: z.string().max(40).optional(),
  /** What was acted on. */
  targetKind: z.string().max(40).optional(),
  targetId: z.string().max(200).optional(),
  /** A short account, e.g. "role: reader → pilotage". */
  summary: longText(1000),
});
/** One audited action. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;
