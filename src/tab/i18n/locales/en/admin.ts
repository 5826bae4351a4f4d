import type { admin as fr } from '../fr/admin';
import type { Translation } from '../translation';

export const admin: Translation<typeof fr> = {
  admin: {
    title: 'Administration',
    subtitle: 'Services, heads, people and roles',
    forbidden: 'This page is for Cap Mandat administrators.',
    services: 'Services and heads',
    servicesCaption_one: '{{count}} service',
    servicesCaption_other: '{{count}} services and directorates',
    people: 'People and roles',
    peopleCaption_one: '{{count}} person',
    peopleCaption_other: '{{count}} people',
    searchPeople: 'Search for a person',
    newService: 'Add a service',
    newPerson: 'Add a person',
    editService: 'Edit service {{name}}',
    editPerson: 'Edit {{name}}',
  },
  config: {
    title: 'Set up the Cap Mandat tab',
    intro: 'Choose the page the tab opens, then save.',
    outsideTeams: 'This page adds Cap Mandat as a tab of a Teams channel, chat or meeting.',
    startPage: 'Page the tab opens',
    meetingNote: 'In a meeting, the side panel offers “Share to stage” and the stage shows the presentation, whatever page is chosen.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the dashboard',
  },
};
