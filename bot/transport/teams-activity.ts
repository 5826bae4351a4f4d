import type { Activity } from 'botbuilder';
import { z } from 'zod';

// The parts of Teams' channelData the transport reads, checked: botbuilder types channelData as `any`.
const teamsChannelDataSchema = z.object({
  tenant: z.object({ id: z.string().min(1) }).optional(),
  team: z.object({ id: z.string().min(1), name: z.string().optional() }).optional(),
});

/** What Teams says about the tenant and team of an activity. */
export type TeamsChannelData = z.infer<typeof teamsChannelDataSchema>;

/** The Teams channel data of an activity; empty when it is missing or not shaped as Teams sends it. */
export function teamsChannelDataOf(activity: Pick<Activity, 'channelData'>): TeamsChannelData {
  const parsed = teamsChannelDataSchema.safeParse(activity.channelData);
  return parsed.success ? parsed.data : {};
}

/** The tenant of an activity: `conversation.tenantId`, else `channelData.tenant.id`. */
export function tenantIdOf(activity: Pick<Activity, 'conversation' | 'channelData'>): string | undefined {
  return activity.conversation?.tenantId || teamsChannelDataOf(activity).tenant?.id;
}

/** The kind of conversation an activity came from, as the application knows them. */
export function conversationTypeOf(activity: Pick<Activity, 'conversation'>): 'personal' | 'groupChat' | 'channel' {
  const type = activity.conversation?.conversationType;
  if (type === 'personal' || type === 'groupChat' || type === 'channel') return type;
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}
