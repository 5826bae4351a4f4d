import type { Lang } from '../../src/domain/validation/messages.js';
import type { AdaptiveCard } from './adaptive-card.types.js';
import { executeAction } from './card-actions.js';
import { container, facts, heading, text } from './card-elements.js';
import { adaptiveCard } from './card-envelope.js';
import { COMMAND_WORDS } from './chat-commands.js';

const TEXTS = {
  fr: {
    title: 'Ce que je sais faire',
    unrecognised: 'Je n’ai pas reconnu de commande dans votre message.',
    commands: 'Commandes',
    help: 'affiche cette aide',
    myActions: 'liste vos actions : avancement, météo, échéance, retard',
    myCampaigns: 'liste vos questionnaires et permet de les ouvrir ou de revoir vos réponses',
    questionnaires: 'Les questionnaires',
    how: 'Chaque questionnaire avance étape par étape : « Enregistrer et continuer » garde vos réponses, « Passer » laisse une étape sans réponse, « Précédent » revient en arrière. Rien n’est transmis avant « Envoyer mes réponses », et vous pouvez modifier vos réponses jusqu’à la date limite.',
    proposals: 'Vos réponses qui modifient une action ou un indicateur sont relues par l’équipe de pilotage avant d’être intégrées.',
    english: 'I also understand English: help, my actions, my questionnaires.',
    showActions: 'Mes actions',
    showCampaigns: 'Mes questionnaires',
  },
  en: {
    title: 'What I can do',
    unrecognised: 'I did not recognise a command in your message.',
    commands: 'Commands',
    help: 'shows this help',
    myActions: 'lists your actions: progress, weather, due date, lateness',
    myCampaigns: 'lists your questionnaires and lets you open them or review your answers',
    questionnaires: 'Questionnaires',
    how: 'Each questionnaire goes step by step: “Save and continue” keeps your answers, “Skip” leaves a step unanswered, “Back” goes back. Nothing is sent before “Send my answers”, and you can amend your answers until the deadline.',
    proposals: 'Answers that change an action or an indicator are reviewed by the steering team before they are applied.',
    english: 'Je comprends aussi le français : aide, mes actions, mes questionnaires.',
    showActions: 'My actions',
    showCampaigns: 'My questionnaires',
  },
} as const;

/**
 * The answer to `aide`: the commands and how questionnaires work. `unrecognised` when it answers a message that is
 * no command: the person learns their words were not understood (and a test can tell a command from the fallback).
 */
export function buildHelpCard(lang: Lang, options: { unrecognised?: boolean } = {}): AdaptiveCard {
  const t = TEXTS[lang];
  const words = COMMAND_WORDS[lang];
  return adaptiveCard({
    body: [
      ...(options.unrecognised ? [text(t.unrecognised)] : []),
      heading(t.title, 'large'),
      container(
        [
          heading(t.commands, 'default'),
          ...facts([
            [words.help, t.help],
            [words.myActions, t.myActions],
            [words.myCampaigns, t.myCampaigns],
          ]),
          text(t.english, { isSubtle: true, size: 'small' }),
        ],
        { separator: true },
      ),
      container([heading(t.questionnaires, 'default'), text(t.how), text(t.proposals)], { separator: true }),
    ],
    actions: [executeAction(t.showActions, 'my-actions', {}, { sendInputs: false }), executeAction(t.showCampaigns, 'my-campaigns', {}, { sendInputs: false })],
    fallbackText: t.title,
  });
}
