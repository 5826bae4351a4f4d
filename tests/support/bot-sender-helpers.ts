import type { FakeBotConnector } from '../../tools/fake-bot-connector/index.js';
import type { ConversationRef } from '../../src/domain/campaigns/conversation.schema.js';
import { SendFailure } from '../../src/ports/messaging.port.js';

/** A personal conversation reference on the fake Teams, as the bot stores one after an installation. */
export const personalRefOn =
  (fake: () => FakeBotConnector) =>
  (user: { id: string; aadObjectId: string }, conversationId?: string): ConversationRef => ({
    id: `personal.${user.aadObjectId}`,
    scope: 'personal',
    tenantId: fake().tenantId,
    serviceUrl: fake().serviceUrl,
    conversationId,
    botId: fake().bot.id,
    userId: user.id,
    aadObjectId: user.aadObjectId,
    installedAt: '2026-03-02T08:00:00.000Z',
  });

/** The SendFailure a send ended with (the test fails if it succeeded or failed otherwise). */
export async function failureOf(promise: Promise<unknown>): Promise<SendFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendFailure);
  return error as SendFailure;
}
