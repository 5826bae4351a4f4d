import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { errorFields } from './error-fields.js';
import { internalErrorInvokeResponse } from './invoke-reply.js';
import { transportText } from './transport-texts.js';

/**
 * The adapter's last resort: logs what failed (never the request, which holds the token) and answers the person
 * with a generic sentence, never the error itself.
 */
export function turnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const { type, name } = context.activity;
    logger.error({ err: errorFields(error), activity: { type, name } }, 'bot turn failed');
    try {
      if (type === 'invoke' && !context.turnState.get(INVOKE_RESPONSE_KEY))
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: internalErrorInvokeResponse(context.activity.locale) } });
      else if (type === 'message') await context.sendActivity(transportText('internalError', context.activity.locale));
    } catch (answerError) {
      logger.error({ err: errorFields(answerError) }, 'bot could not tell the person about the failure');
    }
  };
}
