import { stateMachine } from './state-machine.js';

export const CAMPAIGN_STATES = ['draft', 'scheduled', 'sending', 'open', 'closed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/**
 * A campaign is prepared (draft), may wait for its opening date (scheduled), is sent to its audience (sending),
 * collects answers (open) and ends (closed). A draft or scheduled campaign can be abandoned (closed) before any send;
 * a closed campaign stays closed so that its figures never drift.
 */
export const campaignStates = stateMachine<CampaignState>('campaign', {
  draft: ['scheduled', 'sending', 'closed'],
  scheduled: ['draft', 'sending', 'closed'],
  sending: ['open'],
  open: ['sending', 'closed'],
  closed: [],
});
