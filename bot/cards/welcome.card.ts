import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { executeAction } from './card-actions.js';
import { container, facts, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { COMMAND_WORDS } from './chat-commands.js';

/** Who is welcomed. */
export interface WelcomeView {
  personName?: string | undefined;
  collectivityName?: string | undefined;
}

const TEXTS = {
  fr: {
    hello: (name?: string) => (name ? `Bonjour ${name} !` : 'Bonjour !'),
    what: (c?: string) =>
      `Cap Mandat accompagne ${c ?? 'votre collectivité'} dans le bilan de mi-mandat et la feuille de route de la seconde moitié du mandat.`,
    how: 'C’est ici que vous recevrez les questionnaires de l’équipe de pilotage : le point sur vos actions, l’auto-évaluation des engagements, le temps de travail. Vous y répondez directement dans cette conversation.',
    commands: 'Ce que vous pouvez m’écrire',
    help: 'ce que je sais faire',
    myActions: 'vos actions, les plus urgentes d’abord',
    myCampaigns: 'les questionnaires reçus et ceux à remplir',
    showActions: 'Mes actions',
    showCampaigns: 'Mes questionnaires',
  },
  en: {
    hello: (name?: string) => (name ? `Hello ${name}!` : 'Hello!'),
    what: (c?: string) => `Cap Mandat supports ${c ?? 'your local government'} with the mid-term review and the roadmap for the second half of the mandate.`,
    how: 'This is where the steering team’s questionnaires reach you: your actions’ progress, the self-assessment of commitments, working time. You answer them right in this chat.',
    commands: 'What you can write to me',
    help: 'what I can do',
    myActions: 'your actions, most urgent first',
    myCampaigns: 'the questionnaires you received and those to fill in',
    showActions: 'My actions',
    showCampaigns: 'My questionnaires',
  },
} as const;

/** The welcome sent when the app is installed: what Cap Mandat is and the chat commands. */
export function buildWelcomeCard(view: WelcomeView, lang: Lang): AdaptiveCard {
  const t = TEXTS[lang];
  const words = COMMAND_WORDS[lang];
  return adaptiveCard({
    body: [
      heading(t.hello(view.personName), 'large'),
      text(t.what(view.collectivityName)),
      text(t.how),
      container(
        [
          heading(t.commands, 'default'),
          ...facts([
            [words.help, t.help],
            [words.myActions, t.myActions],
            [words.myCampaigns, t.myCampaigns],
          ]),
        ],
        { separator: true },
      ),
    ],
    actions: [executeAction(t.showActions, 'my-actions', {}, { sendInputs: false }), executeAction(t.showCampaigns, 'my-campaigns', {}, { sendInputs: false })],
    fallbackText: `${t.hello(view.personName)} ${t.what(view.collectivityName)}`,
  });
}
