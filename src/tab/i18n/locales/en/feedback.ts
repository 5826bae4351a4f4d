import type { feedback as fr } from '../fr/feedback';
import type { Translation } from '../translation';

export const feedback: Translation<typeof fr> = {
  feedback: {
    title: 'Feedback',
    subtitle: 'Citizen workshops, consultations, seminars and meetings: what was heard, linked to commitments',
    new: 'New feedback',
    newTitle: 'New feedback',
    editLabel: 'Edit the feedback “{{title}}”',
    editTitle: 'Edit the feedback “{{title}}”',
    filters: 'Filter the feedback',
    kind: 'Kind',
    allKinds: 'All kinds',
    search: 'Search',
    count_one: '{{count}} record',
    count_other: '{{count}} records',
    empty: 'No feedback recorded yet.',
    noMatch: 'No feedback matches these filters.',
    caption: 'Feedback, newest first',
    columns: { date: 'Date', title: 'Feedback', kind: 'Kind', participants: 'Participants', themes: 'Themes', commitments: 'Linked commitments', tools: 'Actions' },
    readOnly: 'Read only: feedback is entered by the steering team and administrators.',
    themesHint: 'One theme per line (60 characters at most).',
    created: 'Feedback recorded.',
  },
  feedbackKind: {
    citizen_workshop: 'Citizen workshop',
    online_consultation: 'Online consultation',
    elected_seminar: 'Elected officials’ seminar',
    administration_meeting: 'Administration meeting',
    other: 'Other',
  },
};
