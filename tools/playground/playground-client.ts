import WebSocket from 'ws';

/** An attachment of a message, as the Playground shows it. */
export interface PlaygroundAttachment {
  contentType: string;
  content: unknown;
}

/** A message of a conversation, as the Playground streams it to its page. */
export interface PlaygroundMessage {
  /** `createMessage` for a new message, `updateMessage` when the bot replaced one. */
  action: 'createMessage' | 'updateMessage';
  conversationId: string;
  messageId: string;
  fromId: string;
  text?: string;
  attachments: PlaygroundAttachment[];
}

/** The parts of `GET /_internal/v1/config` a script needs (the page reads the same). */
export interface PlaygroundConfig {
  config: {
    tenantId: string;
    bot: { id: string; name: string };
    currentUser: { id: string; name: string; aadObjectId: string };
    users: { id: string; name: string; aadObjectId: string }[];
    personalChat: { id: string };
    groupChats: { id: string; name: string }[];
    teams: { id: string; name: string; channels: { id: string; name: string }[] }[];
  };
  internalConfig: { locale: string; channelId: string };
}

/** The bot's answer to an `adaptiveCard/action` invoke, as the Playground hands it to its page. */
export interface InvokeReply {
  type: string;
  value: unknown;
}

/** An Action.Execute as the page's Adaptive Card renderer submits it: the card's inputs already merged into `data`. */
export interface ExecutedAction {
  title?: string;
  verb: string;
  data: Record<string, unknown>;
}

interface StreamFrame {
  action: string;
  actionConversationId?: string;
  message?: { messageId: string; from?: { id: string }; text?: string; attachments?: PlaygroundAttachment[] };
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/**
 * Drives the Playground the way its page does, without a browser: its configuration, the installation of the app in a
 * conversation, messages, Action.Execute invokes, and the WebSocket on which it streams what the bot sends.
 */
export class PlaygroundClient {
  constructor(readonly url: string) {}

  /** `GET /_internal/v1/config`: users, chats and team (it first waits, up to 15 s, for the bot to answer). */
  async config(): Promise<PlaygroundConfig> {
    return (await this.call('GET', '/_internal/v1/config')) as PlaygroundConfig;
  }

  /**
   * Installs the app in a conversation, as the page does when it first opens one: the bot receives an
   * `installationUpdate` (add) then a `conversationUpdate` (members added), both from the current user.
   */
  async install(conversationId: string): Promise<void> {
    await this.call('POST', `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
  }

  /** Sends a text message as `fromId` (the current user, in a personal chat). */
  async say(conversationId: string, fromId: string, text: string): Promise<void> {
    await this.call('POST', `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      from: { id: fromId },
      text,
      textFormat: 'plain',
    });
  }

  /**
   * Clicks an Action.Execute of a card message: `POST /_conversation/v1/invoke`, which sends the bot an
   * `adaptiveCard/action` invoke and, when the bot answers with a card, puts it in place of the message's card.
   */
  async execute(conversationId: string, fromId: string, messageId: string, action: ExecutedAction): Promise<InvokeReply> {
    return (await this.call('POST', '/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', title: action.title, verb: action.verb, data: action.data } },
      from: { id: fromId },
      conversation: { id: conversationId },
      replyToId: messageId,
    })) as InvokeReply;
  }

  /** Opens the stream of messages (what the bot sends, and replaces). */
  async stream(): Promise<ConversationStream> {
    const socket = new WebSocket(`${this.url.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new ConversationStream(socket);
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: JSON_HEADERS,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Playground ${method} ${path}: ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }
}

/** The messages the Playground streamed since the stream opened; `next` waits for one. */
export class ConversationStream {
  readonly messages: PlaygroundMessage[] = [];
  private readonly waiters = new Set<() => void>();

  private failure: Error | undefined;

  constructor(private readonly socket: WebSocket) {
    socket.on('error', (error: Error) => {
      this.failure = error;
    });
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString('utf8')) as StreamFrame;
      if ((frame.action !== 'createMessage' && frame.action !== 'updateMessage') || !frame.message) return;
      this.messages.push({
        action: frame.action,
        conversationId: frame.actionConversationId ?? '',
        messageId: frame.message.messageId,
        fromId: frame.message.from?.id ?? '',
        ...(frame.message.text ? { text: frame.message.text } : {}),
        attachments: frame.message.attachments ?? [],
      });
      this.waiters.forEach((wake) => wake());
    });
  }

  /** The first message, already streamed or still to come, that `accept` likes; rejects after `timeoutMs`. */
  next(accept: (message: PlaygroundMessage) => boolean, { timeoutMs = 15_000, what = 'message' } = {}): Promise<PlaygroundMessage> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.messages.find(accept);
        if (!found) return false;
        this.waiters.delete(wake);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const wake = (): void => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        const cause = this.failure ? `; the stream failed: ${this.failure.message}` : '';
        reject(new Error(`no ${what} streamed by the Playground within ${timeoutMs} ms (${this.messages.length} messages seen${cause})`));
      }, timeoutMs);
      this.waiters.add(wake);
      check();
    });
  }

  close(): void {
    this.socket.close();
  }
}
