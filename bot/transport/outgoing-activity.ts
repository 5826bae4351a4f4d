import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import type { OutgoingMessage } from '../../src/ports/messaging.port.js';
import { INVOKE_CONTENT_TYPES } from './invoke-reply.js';

/** An Adaptive Card as a message attachment. */
export function cardAttachment(card: object): Attachment {
  return { contentType: INVOKE_CONTENT_TYPES.card, content: card };
}

/** The message activity carrying an outgoing message: its card as an attachment and/or its text. */
export function messageActivityOf(message: OutgoingMessage): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.card ? { attachments: [cardAttachment(message.card)] } : {}),
  };
}

/** Whether a message has anything to send. */
export function hasContent(message: OutgoingMessage | undefined): message is OutgoingMessage {
  return Boolean(message && (message.card || message.text));
}
