import { campaignSchema, reminderDates, type Campaign } from '../../domain/campaigns/campaign.schema.js';
import { campaignStates } from '../../domain/campaigns/campaign-states.js';
import { resolveAudience, type ResolvedAudience } from '../../domain/campaigns/audience-resolve.js';
import { validateCampaignRecord } from '../../domain/campaigns/campaign-validate.js';
import type { Delivery } from '../../domain/campaigns/delivery.schema.js';
import { outboxIdOf, type OutboxItem } from '../../domain/campaigns/outbox.schema.js';
import { type Stored, type Version, withoutMeta } from '../../domain/entities/index.js';
import type { Lang } from '../../domain/validation/messages.js';
import { ConflictError, NotFoundError, StateConflictError, ValidationError } from '../../domain/errors.js';
import type { Clock, IdGenerator } from '../../ports/clock.port.js';
import type { RoadmapStore } from '../../ports/store.port.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Identity } from '../authorization/identity.js';
import { demand } from '../authorization/policy.js';
import { funnelOf, type CampaignFunnel } from './campaign-funnel.js';
import { instantOfDate, personalRefsByPerson } from './campaign-time.js';
import { recipientRows, type RecipientRow } from './recipients.js';

/** A campaign with where its recipients stand. */
export interface CampaignSummary {
  campaign: Stored<Campaign>;
  funnel: CampaignFunnel;
}

/** What a launch did: how many were queued, and who could not be reached (never skipped silently). */
export interface LaunchReport extends CampaignSummary {
  queued: number;
  appNotInstalled: number;
  servicesWithoutHead: string[];
  unknownIds: string[];
}

const STATE_MESSAGES = {
  notEditable: { fr: 'Seule une campagne en préparation ou programmée peut être modifiée.', en: 'Only a draft or scheduled campaign can be changed.' },
  notLaunchable: { fr: 'Cette campagne a déjà été lancée ou est close.', en: 'This campaign has already been launched or is closed.' },
  notRunning: { fr: 'Seule une campagne en cours peut être relancée.', en: 'Only a running campaign can be relaunched.' },
  closed: { fr: 'Cette campagne est déjà close.', en: 'This campaign is already closed.' },
  noRecipient: { fr: 'Personne ne recevrait cette campagne : vérifiez le public choisi.', en: 'Nobody would receive this campaign: check the audience.' },
} as const;

// Fields a client may set; state and bookkeeping are the service's.
const SERVER_FIELDS = ['state', 'createdBy', 'launchedAt', 'relaunchedAt', 'closedAt'] as const;

function clientFields(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ValidationError([{ path: '', code: 'invalid_type', message: { fr: 'Un objet JSON est attendu.', en: 'A JSON object is expected.' } }]);
  const fields = { ...(input as Record<string, unknown>) };
  const forbidden = SERVER_FIELDS.filter((f) => f in fields);
  if (forbidden.length)
    throw new ValidationError(
      forbidden.map((f) => ({ path: f, code: 'read_only', message: { fr: 'Ce champ est tenu par l’application.', en: 'This field is kept by the application.' } })),
    );
  return fields;
}


/**
 * Campaigns from preparation to closing: the pilotage team prepares a questionnaire, launches it (one delivery per
 * recipient and one outbox message per step, so that sending survives restarts), relaunches the late ones and closes
 * it. The dispatcher sends what the outbox holds; the questionnaire service handles the answers.
 */
export class CampaignService {
  constructor(
    private readonly store: RoadmapStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly audit: AuditLog,
    /** Builds the card a delivery shows (the questionnaire): used for the preview. */
    private readonly cardOf: (delivery: Stored<Delivery>, lang: Lang) => Promise<object>,
    /** Tells the dispatcher there is something to send now. */
    private readonly wake: () => void = () => undefined,
  ) {}

  /**
   * The card the first recipient would receive (or, for a custom campaign, anyone would): built by the same code as
   * the real send, on a delivery that is never stored.
   */
  async preview(who: Identity, id: string, lang: Lang): Promise<{ card: object; recipientName?: string | undefined }> {
    demand(who, 'campaign.manage');
    const campaign = await this.campaign(id);
    const { personIds } = await this.audienceOf(campaign);
    const personId = personIds[0] ?? who.personId;
    const now = this.clock.now();
    const delivery: Stored<Delivery> = {
      id: 'apercu',
      campaignId: campaign.id,
      personId,
      state: 'queued',
      attempts: 0,
      currentStep: 0,
      cardVersion: 0,
      version: '0',
      createdAt: now,
      updatedAt: now,
    };
    const person = await this.store.person.get(personId);
    return { card: await this.cardOf(delivery, lang), recipientName: person?.displayName };
  }

  private get ops() {
    return this.store.operations;
  }

  private async campaign(id: string): Promise<Stored<Campaign>> {
    const campaign = await this.ops.campaign.get(id);
    if (!campaign) throw new NotFoundError('campaign', id);
    return campaign;
  }

  private async summary(campaign: Stored<Campaign>): Promise<CampaignSummary> {
    const deliveries = await this.ops.delivery.find({ campaignId: campaign.id });
    return { campaign, funnel: funnelOf(deliveries, campaign.deadline, this.clock.today()) };
  }

  /** Every campaign, newest first, with its funnel. */
  async list(who: Identity): Promise<CampaignSummary[]> {
    demand(who, 'campaign.manage');
    const campaigns = (await this.ops.campaign.find()).reverse();
    const deliveries = await this.ops.delivery.find();
    const byCampaign = new Map<string, Delivery[]>();
    for (const d of deliveries) byCampaign.set(d.campaignId, [...(byCampaign.get(d.campaignId) ?? []), d]);
    const today = this.clock.today();
    return campaigns.map((campaign) => ({ campaign, funnel: funnelOf(byCampaign.get(campaign.id) ?? [], campaign.deadline, today) }));
  }

  /** One campaign with its funnel. */
  async get(who: Identity, id: string): Promise<CampaignSummary> {
    demand(who, 'campaign.manage');
    return this.summary(await this.campaign(id));
  }

  /** Prepares a campaign (draft); the id is generated unless the input brings one. */
  async create(who: Identity, input: unknown): Promise<Stored<Campaign>> {
    demand(who, 'campaign.manage');
    const fields = clientFields(input);
    const record = validateCampaignRecord(campaignSchema, {
      ...fields,
      id: fields.id ?? this.ids.next('cmp'),
      state: 'draft',
      createdBy: who.personId,
    });
    return this.ops.campaign.create(record);
  }

  /** Changes a draft or scheduled campaign (null clears a field) if it is still at `expectedVersion`. */
  async update(who: Identity, id: string, patch: unknown, expectedVersion: Version): Promise<Stored<Campaign>> {
    demand(who, 'campaign.manage');
    const changes = clientFields(patch);
    const before = await this.campaign(id);
    if (before.version !== expectedVersion) throw new ConflictError('campaign', id, before);
    if (before.state !== 'draft' && before.state !== 'scheduled') throw new StateConflictError('campaign_not_editable', STATE_MESSAGES.notEditable);
    const merged: Record<string, unknown> = { ...withoutMeta(before) };
    for (const [field, value] of Object.entries(changes)) {
      if (value === null) delete merged[field];
      else merged[field] = value;
    }
    if (changes.id !== undefined && changes.id !== id)
      throw new ValidationError([{ path: 'id', code: 'read_only', message: { fr: 'L’identifiant ne change pas.', en: 'The identifier cannot change.' } }]);
    return this.ops.campaign.update(validateCampaignRecord(campaignSchema, merged), expectedVersion);
  }

  /** The people a campaign would reach, and the gaps (services without a head, unknown ids). */
  async audienceOf(campaign: Campaign): Promise<ResolvedAudience> {
    const [services, people] = await Promise.all([this.store.service.list(), this.store.person.list()]);
    return resolveAudience(campaign.audience, { services, people });
  }

  /**
   * Launches a campaign: one delivery per recipient; recipients without the app installed are recorded as failed
   * ("app not installed"); the others get an outbox message for the card (at the opening date) and one per reminder.
   */
  async launch(who: Identity, id: string, expectedVersion: Version): Promise<LaunchReport> {
    demand(who, 'campaign.manage');
    const before = await this.campaign(id);
    if (before.version !== expectedVersion) throw new ConflictError('campaign', id, before);
    if (before.state !== 'draft' && before.state !== 'scheduled') throw new StateConflictError('campaign_not_launchable', STATE_MESSAGES.notLaunchable);
    const audience = await this.audienceOf(before);
    if (audience.personIds.length === 0) throw new StateConflictError('campaign_without_recipient', STATE_MESSAGES.noRecipient);

    const now = this.clock.now();
    const today = this.clock.today();
    const scheduled = before.openingDate > today;
    const next = campaignStates.move(before.state, scheduled ? 'scheduled' : 'sending');
    // The version check on the campaign makes a double launch (two clicks, two instances) fail before any delivery.
    const launched = await this.ops.campaign.update({ ...withoutMeta(before), state: next, launchedAt: now }, expectedVersion);

    const refs = personalRefsByPerson(await this.ops.conversation.find({ scope: 'personal' }));
    const deliveries: Delivery[] = [];
    const outbox: OutboxItem[] = [];
    const sendAt = scheduled ? instantOfDate(before.openingDate) : now;
    for (const personId of audience.personIds) {
      const delivery: Delivery = { id: this.ids.next('dlv'), campaignId: id, personId, state: 'queued', attempts: 0, currentStep: 0, cardVersion: 0 };
      if (!refs.has(personId)) {
        deliveries.push({ ...delivery, state: 'failed', failure: 'app_not_installed', lastError: 'No conversation reference: the app is not installed for this person.' });
        continue;
      }
      deliveries.push(delivery);
      outbox.push(...this.stepsOf(launched, delivery, sendAt, today));
    }
    await this.ops.delivery.createMany(deliveries);
    await this.ops.outbox.createMany(outbox);
    await this.audit.record(who, {
      action: 'campaign_launched',
      targetKind: 'campaign',
      targetId: id,
      summary: `${before.title} — ${deliveries.length} destinataires, ${outbox.filter((o) => o.purpose === 'questionnaire').length} en file`,
    });
    this.wake();
    const summary = await this.summary(await this.campaign(id));
    return {
      ...summary,
      queued: deliveries.filter((d) => d.state === 'queued').length,
      appNotInstalled: deliveries.filter((d) => d.failure === 'app_not_installed').length,
      servicesWithoutHead: audience.servicesWithoutHead,
      unknownIds: audience.unknownIds,
    };
  }

  // The card at `sendAt`, then each reminder still to come (a reminder dated before today would arrive as noise).
  private stepsOf(campaign: Campaign, delivery: Delivery, sendAt: string, today: string, resend?: number): OutboxItem[] {
    const base = { campaignId: campaign.id, deliveryId: delivery.id, personId: delivery.personId, state: 'pending' as const, attempts: 0 };
    const items: OutboxItem[] = [{ ...base, id: outboxIdOf(delivery.id, { resend }), purpose: 'questionnaire', notBefore: sendAt }];
    if (resend === undefined)
      for (const { offset, date } of reminderDates(campaign)) {
        if (date <= today) continue;
        items.push({ ...base, id: outboxIdOf(delivery.id, { reminderOffset: offset }), purpose: 'reminder', reminderOffset: offset, notBefore: instantOfDate(date) });
      }
    return items;
  }

  /**
   * Relaunches the non-respondents now: a reminder to those who received the card and have not answered, the card
   * again to those whose delivery failed (their app may be installed since).
   */
  async relaunch(who: Identity, id: string, expectedVersion: Version): Promise<CampaignSummary & { reminded: number; resent: number; stillUnreachable: number }> {
    demand(who, 'campaign.manage');
    const before = await this.campaign(id);
    if (before.version !== expectedVersion) throw new ConflictError('campaign', id, before);
    if (before.state !== 'open' && before.state !== 'sending') throw new StateConflictError('campaign_not_running', STATE_MESSAGES.notRunning);
    // The campaign's version moves before anything is queued: a second click (or a replayed request) with the same
    // ETag gets 412 instead of sending every reminder twice.
    const campaign = await this.ops.campaign.update({ ...withoutMeta(before), relaunchedAt: this.clock.now() }, expectedVersion);
    const [deliveries, outbox, refs] = await Promise.all([
      this.ops.delivery.find({ campaignId: id }),
      this.ops.outbox.find({ campaignId: id }),
      this.ops.conversation.find({ scope: 'personal' }).then(personalRefsByPerson),
    ]);
    const existing = new Set(outbox.map((o) => o.id));
    const nextFree = (make: (n: number) => string): string => {
      let n = 1;
      while (existing.has(make(n))) n += 1;
      return make(n);
    };
    const now = this.clock.now();
    let reminded = 0;
    let resent = 0;
    let stillUnreachable = 0;
    const items: OutboxItem[] = [];
    for (const delivery of deliveries) {
      const base = { campaignId: id, deliveryId: delivery.id, personId: delivery.personId, state: 'pending' as const, attempts: 0, notBefore: now };
      if (delivery.state === 'sent' || delivery.state === 'late') {
        items.push({ ...base, id: nextFree((n) => outboxIdOf(delivery.id, { nudge: n })), purpose: 'reminder' });
        reminded += 1;
      } else if (delivery.state === 'failed') {
        if (!refs.has(delivery.personId)) {
          stillUnreachable += 1;
          continue;
        }
        const { failure: _f, lastError: _e, ...rest } = withoutMeta(delivery);
        await this.ops.delivery.update({ ...rest, state: 'queued', attempts: 0 }, delivery.version);
        items.push({ ...base, id: nextFree((n) => outboxIdOf(delivery.id, { resend: n + 1 })), purpose: 'questionnaire' });
        resent += 1;
      }
    }
    await this.ops.outbox.createMany(items);
    if (campaign.state === 'open' && resent > 0) await this.ops.campaign.update({ ...withoutMeta(campaign), state: 'sending' }, campaign.version);
    await this.audit.record(who, { action: 'campaign_relaunched', targetKind: 'campaign', targetId: id, summary: `${campaign.title} — ${reminded} relances, ${resent} renvois` });
    this.wake();
    return { ...(await this.summary(await this.campaign(id))), reminded, resent, stillUnreachable };
  }

  /** Closes a campaign: no more answers, nothing more is sent; its figures stay as they are. */
  async close(who: Identity, id: string, expectedVersion: Version): Promise<CampaignSummary> {
    demand(who, 'campaign.manage');
    const before = await this.campaign(id);
    if (before.version !== expectedVersion) throw new ConflictError('campaign', id, before);
    if (before.state === 'closed') throw new StateConflictError('campaign_closed', STATE_MESSAGES.closed);
    // sending → open → closed: the machine allows closing only from draft, scheduled and open.
    const from = before.state === 'sending' ? 'open' : before.state;
    const closed = await this.ops.campaign.update({ ...withoutMeta(before), state: campaignStates.move(from, 'closed'), closedAt: this.clock.now() }, expectedVersion);
    await this.audit.record(who, { action: 'campaign_closed', targetKind: 'campaign', targetId: id, summary: before.title });
    return this.summary(closed);
  }

  /**
   * Moves campaigns along with time, for every instance (idempotent): scheduled → sending at the opening date,
   * sending → open once nothing of the first send is pending, sent → late after the deadline.
   */
  async tick(): Promise<void> {
    const today = this.clock.today();
    for (const campaign of await this.ops.campaign.find()) {
      try {
        if (campaign.state === 'scheduled' && campaign.openingDate <= today) {
          await this.ops.campaign.update({ ...withoutMeta(campaign), state: 'sending' }, campaign.version);
          this.wake();
        } else if (campaign.state === 'sending') {
          const pending = (await this.ops.outbox.find({ campaignId: campaign.id })).some(
            (o) => o.purpose === 'questionnaire' && (o.state === 'pending' || o.state === 'sending'),
          );
          if (!pending) await this.ops.campaign.update({ ...withoutMeta(campaign), state: 'open' }, campaign.version);
        }
        if ((campaign.state === 'open' || campaign.state === 'sending') && today > campaign.deadline) await this.markLate(campaign);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error; // another instance moved it first
      }
    }
  }

  private async markLate(campaign: Campaign): Promise<void> {
    for (const delivery of await this.ops.delivery.find({ campaignId: campaign.id, state: 'sent' })) {
      try {
        await this.ops.delivery.update({ ...withoutMeta(delivery), state: 'late' }, delivery.version);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error; // answered meanwhile
      }
    }
  }

  /** Every recipient of a campaign with where their delivery stands. */
  async recipients(who: Identity, id: string): Promise<{ campaign: Stored<Campaign>; rows: RecipientRow[] }> {
    demand(who, 'campaign.manage');
    const campaign = await this.campaign(id);
    const [deliveries, outbox, people, services] = await Promise.all([
      this.ops.delivery.find({ campaignId: id }),
      this.ops.outbox.find({ campaignId: id }),
      this.store.person.list(),
      this.store.service.list(),
    ]);
    const rows = recipientRows(
      campaign,
      deliveries,
      outbox,
      new Map(people.map((p) => [p.id, p])),
      new Map(services.map((s) => [s.id, s])),
      this.clock.today(),
    );
    return { campaign, rows };
  }
}
