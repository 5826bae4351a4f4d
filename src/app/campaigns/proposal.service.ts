import { z } from 'zod';
import { answersToProposals, type ProposalDraft } from '../../domain/campaigns/answers/review-proposals.js';
import type { Campaign } from '../../domain/campaigns/campaign.schema.js';
import type { Proposal, ProposalChange } from '../../domain/campaigns/proposal.schema.js';
import type { CampaignResponse } from '../../domain/campaigns/response.schema.js';
import { longText, type Measure, type Person, type Stored, type Version, withoutMeta } from '../../domain/entities/index.js';
import { ConflictError, NotFoundError, StateConflictError } from '../../domain/errors.js';
import { validate } from '../../domain/validation/validate.js';
import { validateCampaignRecord } from '../../domain/campaigns/campaign-validate.js';
import type { Clock, IdGenerator } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { AuditLog } from '../audit/audit-log.js';
import { personIdentity, type Identity } from '../authorization/identity.js';
import { demand } from '../authorization/policy.js';
import type { RecordService } from '../records/record.service.js';

/** A proposal as the Remontées page shows it: who answered, in which campaign, and the record's values today. */
export interface ProposalView {
  proposal: Stored<Proposal>;
  campaignTitle: string;
  respondent?: { id: string; displayName: string } | undefined;
  target: { kind: Proposal['target']['kind']; id: string; label: string; unit?: string | undefined; exists: boolean };
  /** Each changed field's value in the record now (it may have moved since the answer). */
  current: Record<string, string | number | boolean | null>;
}

/** What accepting may change: the new value of some of the proposed fields. */
const acceptSchema = z.strictObject({
  changes: z.array(z.strictObject({ field: z.string().min(1).max(60), new: z.union([longText(4000), z.number().finite(), z.null()]) })).max(30).optional(),
});
const refuseSchema = z.strictObject({ reason: longText(1000).refine((r) => r.trim().length > 0, { params: { key: 'refusalNeedsReason' } }) });

const PENDING_ONLY = { fr: 'Cette remontée a déjà été traitée.', en: 'This proposal has already been decided.' };


/**
 * Turns submitted answers into proposals (or applies them at once when the campaign says so) and records the
 * pilotage team's decisions. Every record change goes through the record service: same validation, same
 * authorization, history with source `bot`.
 */
export class ProposalService {
  constructor(
    private readonly store: RoadmapStore,
    private readonly records: RecordService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly audit: AuditLog,
  ) {}

  /** Called when a response is submitted or amended. */
  async submitted(event: { campaign: Stored<Campaign>; response: Stored<CampaignResponse>; person: Stored<Person>; firstSubmit: boolean }): Promise<void> {
    const { campaign, response, person } = event;
    if (response.answers.kind !== 'action_review') return; // other kinds feed the bilan, not the records
    // An amended answer replaces what is still pending from the previous one; decided proposals stay as decided.
    for (const old of await this.store.operations.proposal.find({ responseId: response.id, state: 'pending' }))
      await this.store.operations.proposal.delete(old.id, old.version);
    const today = this.clock.today();
    const drafts: ProposalDraft[] = [];
    for (const [actionId, answer] of Object.entries(response.answers.bySubject)) {
      const action = await this.store.action.get(actionId);
      if (!action) continue;
      const lastMeasures: Record<string, Pick<Measure, 'value' | 'date'> | undefined> = {};
      for (const m of answer.measures) lastMeasures[m.indicatorId] = await this.lastMeasure(m.indicatorId);
      drafts.push(...answersToProposals(answer, { action, lastMeasures }, today));
    }
    const now = this.clock.now();
    for (const draft of drafts) {
      const proposal: Proposal = { id: this.ids.next('rem'), campaignId: campaign.id, responseId: response.id, ...draft, state: 'pending', proposedAt: now };
      const stored = await this.store.operations.proposal.create(proposal);
      if (campaign.applyMode === 'direct') await this.applyDirectly(stored, person);
    }
  }

  // Direct mode: the recipient's own rights decide; what they may not change waits for the pilotage team.
  private async applyDirectly(proposal: Stored<Proposal>, person: Stored<Person>): Promise<void> {
    try {
      await this.apply(personIdentity(person), proposal, proposal.changes);
      await this.store.operations.proposal.update(
        { ...withoutMeta(proposal), state: 'accepted', decidedBy: person.id, decidedAt: this.clock.now() },
        proposal.version,
      );
    } catch (error) {
      if (error instanceof Error && 'code' in error && (error.code === 'forbidden' || error.code === 'validation_failed' || error.code === 'version_conflict')) return;
      throw error;
    }
  }

  private async lastMeasure(indicatorId: string): Promise<Pick<Measure, 'value' | 'date'> | undefined> {
    const measures = await this.store.measure.list({ indicatorId });
    return measures.reduce<Measure | undefined>((latest, m) => (!latest || m.date >= latest.date ? m : latest), undefined);
  }

  private async apply(who: Identity, proposal: Proposal, changes: readonly ProposalChange[]): Promise<void> {
    if (proposal.operation === 'update') {
      const action = await this.records.get('action', proposal.target.id);
      const patch = Object.fromEntries(changes.map((c) => [c.field, c.new]));
      await this.records.update(who, 'action', action.id, patch, action.version, 'bot');
    } else {
      const value = changes.find((c) => c.field === 'value')?.new;
      const date = changes.find((c) => c.field === 'date')?.new;
      await this.records.create(who, 'measure', { indicatorId: proposal.target.id, value, date, source: 'bot' }, 'bot');
    }
  }

  /** Proposals, newest first, with their context. */
  async list(who: Identity, filter: { state?: Proposal['state']; campaignId?: string }): Promise<ProposalView[]> {
    demand(who, 'proposal.decide');
    const query = { ...(filter.state ? { state: filter.state } : {}), ...(filter.campaignId ? { campaignId: filter.campaignId } : {}) };
    const proposals = (await this.store.operations.proposal.find(query)).reverse();
    const campaigns = new Map((await this.store.operations.campaign.find()).map((c) => [c.id, c]));
    const responses = new Map<string, Stored<CampaignResponse> | undefined>();
    const views: ProposalView[] = [];
    for (const proposal of proposals) {
      if (!responses.has(proposal.responseId)) responses.set(proposal.responseId, await this.store.operations.response.get(proposal.responseId));
      const response = responses.get(proposal.responseId);
      const person = response ? await this.store.person.get(response.personId) : undefined;
      views.push({
        proposal,
        campaignTitle: campaigns.get(proposal.campaignId)?.title ?? proposal.campaignId,
        respondent: person ? { id: person.id, displayName: person.displayName } : undefined,
        ...(await this.targetOf(proposal)),
      });
    }
    return views;
  }

  private async targetOf(proposal: Proposal): Promise<Pick<ProposalView, 'target' | 'current'>> {
    const fields = proposal.changes.map((c) => c.field);
    if (proposal.target.kind === 'action') {
      const action = await this.store.action.get(proposal.target.id);
      const record = (action ?? {}) as Record<string, unknown>;
      const current = Object.fromEntries(fields.map((f) => [f, (record[f] as string | number | undefined) ?? null]));
      return { target: { kind: 'action', id: proposal.target.id, label: action?.title ?? proposal.target.id, exists: !!action }, current };
    }
    const indicator = await this.store.indicator.get(proposal.target.id);
    const last = indicator ? await this.lastMeasure(indicator.id) : undefined;
    return {
      target: { kind: 'indicator', id: proposal.target.id, label: indicator?.name ?? proposal.target.id, unit: indicator?.unit, exists: !!indicator },
      current: { value: last?.value ?? null, date: last?.date ?? null },
    };
  }

  private async pending(id: string, expectedVersion: Version): Promise<Stored<Proposal>> {
    const proposal = await this.store.operations.proposal.get(id);
    if (!proposal) throw new NotFoundError('proposal', id);
    if (proposal.version !== expectedVersion) throw new ConflictError('proposal', id, proposal);
    if (proposal.state !== 'pending') throw new StateConflictError('proposal_decided', PENDING_ONLY);
    return proposal;
  }

  /** Accepts a proposal, possibly with edited values: the record changes (history source `bot`). */
  async accept(who: Identity, id: string, expectedVersion: Version, body: unknown): Promise<Stored<Proposal>> {
    demand(who, 'proposal.decide');
    const { changes: edits = [] } = validate(acceptSchema, body ?? {});
    const proposal = await this.pending(id, expectedVersion);
    const unknownField = edits.findIndex((e) => !proposal.changes.some((c) => c.field === e.field));
    if (unknownField >= 0)
      throw new StateConflictError('proposal_field_unknown', { fr: 'Seuls les champs proposés peuvent être modifiés.', en: 'Only the proposed fields can be edited.' });
    const changes = proposal.changes.map((c) => {
      const edit = edits.find((e) => e.field === c.field);
      return edit ? { ...c, new: edit.new } : c;
    });
    await this.apply(who, proposal, changes);
    const decided = await this.store.operations.proposal.update(
      { ...withoutMeta(proposal), changes, state: 'accepted', decidedBy: who.personId, decidedAt: this.clock.now() },
      proposal.version,
    );
    await this.audit.record(who, {
      action: 'proposal_accepted',
      targetKind: proposal.target.kind,
      targetId: proposal.target.id,
      summary: `${id}${edits.length ? ' (modifiée)' : ''}: ${changes.map((c) => c.field).join(', ')}`,
    });
    return decided;
  }

  /** Refuses a proposal with a reason; the record does not change. */
  async refuse(who: Identity, id: string, expectedVersion: Version, body: unknown): Promise<Stored<Proposal>> {
    demand(who, 'proposal.decide');
    const { reason } = validateCampaignRecord(refuseSchema, body);
    const proposal = await this.pending(id, expectedVersion);
    const decided = await this.store.operations.proposal.update(
      { ...withoutMeta(proposal), state: 'refused', reason: reason.trim(), decidedBy: who.personId, decidedAt: this.clock.now() },
      proposal.version,
    );
    await this.audit.record(who, { action: 'proposal_refused', targetKind: proposal.target.kind, targetId: proposal.target.id, summary: id });
    return decided;
  }
}
