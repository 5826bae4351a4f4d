import type { AdaptiveCard } from '../../../../bot/cards/adaptive-card.types.js';
import { buildHelpCard } from '../../../../bot/cards/help.card.js';
import { parseCardAction, routeCardAction, type CardActionError, type CardVerbHandlers } from '../../../../bot/routing/card-verbs.js';
import type { Campaign } from '../../../domain/campaigns/campaign.schema.js';
import type { Delivery } from '../../../domain/campaigns/delivery.schema.js';
import type { Person, Stored } from '../../../domain/entities/index.js';
import { NotFoundError } from '../../../domain/errors.js';
import type { Lang } from '../../../domain/validation/messages.js';
import type { BotActor, CardActionReply } from '../../../ports/bot-application.port.js';
import { cardLang } from './card-lang.js';
import { currentCard } from './current-card.js';
import { listSteps } from './kinds/step-kinds.js';
import { myActionsCard, myCampaignsCard } from './my-lists.js';
import { contextOf, loadForAction, refusedWrite, staleReply, type CardTarget, type Loaded, type QuestionnaireEnv } from './questionnaire-context.js';
import { amend, notifySubmitted, saveAndNext, submit, turnPage, type MoveResult } from './questionnaire-moves.js';
import type { QuestionnaireContext, QuestionnaireDeps, Step, SubmittedEvent } from './questionnaire.types.js';

// A lost race is retried while the card is unchanged (the dispatcher wrote the delivery); a few rounds are plenty.
const MAX_ROUNDS = 3;

const card = async (built: Promise<AdaptiveCard> | AdaptiveCard): Promise<CardActionReply> => ({ kind: 'card', card: await built });

function refusedAction(error: CardActionError, lang: Lang): CardActionReply {
  return { kind: 'error', status: 400, code: error.code, message: error.issues.map((issue) => issue.message[lang]).join(' ') };
}

/**
 * The recipient's side of a questionnaire campaign: which steps they answer, the card their delivery shows, and what
 * each card action does. Every action is checked (delivery, recipient, campaign, deadline, card version) before it
 * writes; writes are versioned, so a double click or a second device never saves a step twice.
 */
export class QuestionnaireService {
  private readonly env: QuestionnaireEnv;

  constructor(private readonly deps: QuestionnaireDeps) {
    this.env = { store: deps.store, clock: deps.clock, lateAnswers: deps.lateAnswers ?? 'refused' };
  }

  /** What this recipient answers, in order (subjects they already answered in this campaign stay listed). */
  async stepsFor(campaign: Campaign, person: Person): Promise<Step[]> {
    const [response] = await this.deps.store.operations.response.find({ campaignId: campaign.id, personId: person.id });
    return listSteps(this.deps.store, campaign, person, response);
  }

  /** The card the delivery shows now: for the first send, a refresh, or a reminder. */
  async cardFor(delivery: Stored<Delivery>, lang: Lang, campaignRead?: Stored<Campaign>): Promise<AdaptiveCard> {
    const [campaign, person] = await Promise.all([
      campaignRead?.id === delivery.campaignId ? campaignRead : this.deps.store.operations.campaign.get(delivery.campaignId),
      this.deps.store.person.get(delivery.personId),
    ]);
    if (!campaign) throw new NotFoundError('campaign', delivery.campaignId);
    if (!person) throw new NotFoundError('person', delivery.personId);
    return currentCard(await contextOf(this.env, delivery, campaign, person, lang));
  }

  /** Answers a card action (Universal Action or Action.Submit fallback) of `person`, resolved by the caller from the actor. */
  act(person: Stored<Person> | undefined, actor: BotActor, value: unknown): Promise<CardActionReply> {
    const lang = cardLang(actor.locale);
    const parsed = parseCardAction(value);
    if (!parsed.ok) return Promise.resolve(refusedAction(parsed.error, lang));
    return routeCardAction(parsed.action, this.handlers(person, actor, lang));
  }

  private handlers(person: Stored<Person> | undefined, actor: BotActor, lang: Lang): CardVerbHandlers<Promise<CardActionReply>> {
    const load = (ids: { campaignId: string; deliveryId: string }) => () => loadForAction(this.env, person, actor, ids, lang);
    const write = (data: CardTarget & { campaignId: string; deliveryId: string }, verb: 'step' | 'amend', move: (ctx: QuestionnaireContext) => MoveResult) =>
      this.write(load(data), data, verb, move);
    const today = this.deps.clock.today();
    return {
      'save-and-next': (a) => write(a.data, 'step', (ctx) => saveAndNext(ctx, a.inputs)),
      skip: (a) => write(a.data, 'step', (ctx) => turnPage(ctx, 1)),
      back: (a) => write(a.data, 'step', (ctx) => turnPage(ctx, -1)),
      submit: (a) => write(a.data, 'step', (ctx) => submit(ctx, a.inputs, (event) => this.notify(event))),
      amend: (a) => write(a.data, 'amend', amend),
      refresh: (a) => this.show(load(a.data)),
      'open-questionnaire': (a) => this.show(load(a.data)),
      'my-actions': () => card(myActionsCard(this.deps.store, person, today, lang, this.deps.tabUrl)),
      'my-campaigns': () => card(myCampaignsCard(this.deps.store, person, today, lang)),
      help: () => card(buildHelpCard(lang)),
    };
  }

  private notify(event: SubmittedEvent): Promise<void> {
    return notifySubmitted(event, this.deps.submitted, this.deps.onSubmittedError);
  }

  // Refresh and open: the current card, changing nothing (an older card refreshes to the current one).
  private async show(load: () => Promise<Loaded>): Promise<CardActionReply> {
    const loaded = await load();
    return loaded.ok ? card(currentCard(loaded.ctx)) : loaded.reply;
  }

  /**
   * Runs a writing action: checks, then the move. A move that loses the race to the delivery reads it again: if the
   * card moved on (a double click, another device), the person gets the card as it stands; if not (the dispatcher
   * recorded the send meanwhile), the move is tried again.
   */
  private async write(load: () => Promise<Loaded>, target: CardTarget, verb: 'step' | 'amend', move: (ctx: QuestionnaireContext) => MoveResult): Promise<CardActionReply> {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const loaded = await load();
      if (!loaded.ok) return loaded.reply;
      const { ctx } = loaded;
      if (round > 0 && ctx.delivery.cardVersion !== target.cardVersion) return card(currentCard(ctx));
      const refused = refusedWrite(ctx, target, verb);
      if (refused) return staleReply(refused, ctx.lang);
      const reply = await move(ctx);
      if (reply) return reply;
    }
    return this.show(load);
  }
}
