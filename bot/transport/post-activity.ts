import { TurnContext, type Activity, type ResourceResponse } from 'botbuilder';

/**
 * Posts an activity as a new message in the turn's conversation: `context.sendActivity` would make it a reply to the
 * turn's activity (an installation event, or the random id of a proactive turn), which a channel would thread under it.
 */
export async function postNewMessage(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse> {
  const reference = { ...TurnContext.getConversationReference(context.activity), activityId: undefined };
  const [response] = await context.adapter.sendActivities(context, [TurnContext.applyConversationReference({ ...activity }, reference)]);
  if (!response) throw new Error('the Bot Connector returned no resource for a sent activity');
  return response;
}
