import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import type { BotActor, BotApplication } from '../../src/ports/bot-application.port.js';
import { textWithoutBotMention } from './bot-mention.js';
import { actorOf, personalRefIdOf, personalRefOf, teamOf, teamRefIdOf, teamRefOf, type RefReading } from './conversation-refs.js';
import { errorFields } from './error-fields.js';
import { internalErrorInvokeResponse, toInvokeResponse } from './invoke-reply.js';
import { hasContent, messageActivityOf } from './outgoing-activity.js';
import { postNewMessage } from './post-activity.js';
import { conversationTypeOf } from './teams-activity.js';
import { readTeamRoster } from './team-roster.js';

/** What the activity handler works with. */
export interface ActivityHandlerDeps {
  app: BotApplication;
  logger: Logger;
  /** The current instant, ISO (default: the system clock). */
  now?: () => string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns Teams activities into calls of the application (`BotApplication`) and its answers into Teams messages and
 * invoke responses. Nothing of botbuilder reaches the application.
 */
export class CapMandatActivityHandler extends TeamsActivityHandler {
  private readonly now: () => string;

  constructor(private readonly deps: ActivityHandlerDeps) {
    super();
    this.now = deps.now ?? (() => new Date().toISOString());
  }

  protected override async onInstallationUpdateAddActivity(context: TurnContext): Promise<void> {
    const team = teamOf(context.activity);
    if (team) await this.install(context, teamRefOf(context.activity, team, this.now()));
    else if (conversationTypeOf(context.activity) === 'personal') await this.install(context, personalRefOf(context.activity, this.now()));
    else this.deps.logger.info({ conversationType: conversationTypeOf(context.activity) }, 'bot installed outside Cap Mandat scopes: ignored');
  }

  protected override async onInstallationUpdateRemoveActivity(context: TurnContext): Promise<void> {
    const team = teamOf(context.activity);
    if (team) await this.deps.app.uninstalled(teamRefIdOf(team.id), this.now());
    else if (conversationTypeOf(context.activity) === 'personal') await this.deps.app.uninstalled(personalRefIdOf(context.activity), this.now());
  }

  // Overridden whole: botbuilder's version fetches every added member one by one, which the roster read makes useless.
  protected override async onTeamsMembersAdded(context: TurnContext): Promise<void> {
    const { activity } = context;
    const team = teamOf(activity);
    const botId = activity.recipient?.id;
    if (!team || !botId || !activity.membersAdded?.some((member) => member.id === botId)) return;
    const ref = await this.install(context, teamRefOf(activity, team, this.now()));
    if (ref) await this.readRoster(context, ref);
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const actor = actorOf(context.activity);
    if (!actor) return;
    // An Action.Submit of a client without Universal Actions arrives as a message carrying the card's data.
    const value: unknown = context.activity.value;
    if (isRecord(value)) return this.answerSubmit(context, actor, value);
    const reply = await this.deps.app.message(actor, textWithoutBotMention(context.activity));
    if (hasContent(reply)) await context.sendActivity(messageActivityOf(reply));
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    // Teams reads the outcome in the body; botbuilder would copy its statusCode into the HTTP status, which stays 200.
    return { status: 200, body: await this.onAdaptiveCardInvoke(context, context.activity.value as AdaptiveCardInvokeValue) };
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, _value?: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const actor = actorOf(context.activity);
    if (!actor) return toInvokeResponse({ kind: 'error', status: 400, code: 'no_sender', message: 'Activity without a sender.' });
    try {
      // The raw value (`{ action: { type, verb, data }, trigger }`): the application's parser reads it as sent.
      return toInvokeResponse(await this.deps.app.cardAction(actor, context.activity.value as unknown));
    } catch (error) {
      this.deps.logger.error({ err: errorFields(error) }, 'card action failed');
      return internalErrorInvokeResponse(actor.locale);
    }
  }

  private async answerSubmit(context: TurnContext, actor: BotActor, value: Record<string, unknown>): Promise<void> {
    const reply = await this.deps.app.cardAction(actor, value);
    const { replyToId } = context.activity;
    if (reply.kind === 'card' && replyToId) {
      await context.updateActivity({ ...messageActivityOf({ card: reply.card }), id: replyToId });
      return;
    }
    const text = reply.kind === 'message' ? reply.text : reply.kind === 'error' ? reply.message : undefined;
    await context.sendActivity(messageActivityOf(reply.kind === 'card' ? { card: reply.card } : { text }));
  }

  private async install(context: TurnContext, reading: RefReading): Promise<ConversationRef | undefined> {
    if (!reading.ok) {
      this.deps.logger.warn({ problems: reading.problems }, 'installation without a usable conversation reference: ignored');
      return undefined;
    }
    const welcome = await this.deps.app.installed(reading.ref);
    if (hasContent(welcome)) {
      // The installation is recorded whatever happens to the welcome.
      await postNewMessage(context, messageActivityOf(welcome)).catch((error: unknown) =>
        this.deps.logger.warn({ err: errorFields(error), refId: reading.ref.id }, 'welcome message not sent'),
      );
    }
    return reading.ref;
  }

  private async readRoster(context: TurnContext, teamRef: ConversationRef): Promise<void> {
    const members = await readTeamRoster(context).catch((error: unknown) => {
      // The team stays installed without its roster: the failure is logged, not the whole turn failed.
      this.deps.logger.warn({ err: errorFields(error), refId: teamRef.id }, 'team roster not read');
      return undefined;
    });
    if (members) await this.deps.app.rosterRead(teamRef, members);
  }
}
