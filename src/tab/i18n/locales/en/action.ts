import type { action as fr } from '../fr/action';
import type { Translation } from '../translation';

export const action: Translation<typeof fr> = {
  action: {
    title: 'Action',
    formLabel: 'Action details',
    sections: { follow: 'Follow-up', schedule: 'Schedule', steering: 'Steering and resources', content: 'Content' },
    summary: 'At a glance',
    due: 'Due date',
    lateness: 'Delay',
    onTime: 'On time',
    indicators: 'Linked indicators',
    noIndicators: 'No indicator is attached to this action.',
    history: 'History',
    shareLink: 'Share link',
  },
  form: {
    changed: 'changed',
    required: 'This field is required.',
    number: 'Enter a number.',
    pending_one: '{{count}} unsaved change',
    pending_other: '{{count}} unsaved changes',
    nothingPending: 'No pending change.',
  },
  conflict: {
    title: 'Someone else changed this item meanwhile',
    explain: 'Nothing was saved. Their version is from {{when}}; what you typed is kept below.',
    caption: 'Fields changed on either side (highlighted where both versions differ on the same field)',
    field: 'Field',
    theirs: 'Their version',
    mine: 'What you typed',
    unchanged: '(unchanged)',
    reapply: 'Re-apply my changes on their version',
    discard: 'Discard my changes',
  },
};
