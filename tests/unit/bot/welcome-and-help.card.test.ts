import { buildHelpCard } from '../../../bot/cards/help.card.js';
import { buildWelcomeCard } from '../../../bot/cards/welcome.card.js';
import { cardProblems } from './support/card-validation.js';
import { readableText, verbs } from './support/card-queries.js';

describe('welcome card', () => {
  it('says what Cap Mandat is and lists the French commands', () => {
    const card = buildWelcomeCard({ personName: 'Claire Martin', collectivityName: 'Ville de Montrelais' }, 'fr');
    expect(cardProblems(card)).toEqual([]);
    const text = readableText(card);
    expect(text).toContain('Bonjour Claire Martin !');
    expect(text).toContain('Cap Mandat accompagne Ville de Montrelais dans le bilan de mi-mandat');
    for (const command of ['aide', 'mes actions', 'mes questionnaires']) expect(text).toContain(command);
    expect(verbs(card)).toEqual(['my-actions', 'my-campaigns']);
  });

  it('speaks English with the English commands, and works without names', () => {
    const card = buildWelcomeCard({}, 'en');
    expect(cardProblems(card)).toEqual([]);
    const text = readableText(card);
    expect(text).toContain('Hello!');
    expect(text).toContain('your local government');
    for (const command of ['help', 'my actions', 'my questionnaires']) expect(text).toContain(command);
  });

  it('escapes a display name', () => {
    expect(JSON.stringify(buildWelcomeCard({ personName: '[x](http://evil)' }, 'fr'))).toContain('Bonjour \\\\[x\\\\]\\\\(http://evil\\\\) !');
  });
});

describe('help card', () => {
  it('explains the commands and the questionnaire buttons in both languages', () => {
    const fr = buildHelpCard('fr');
    const en = buildHelpCard('en');
    expect(cardProblems(fr)).toEqual([]);
    expect(cardProblems(en)).toEqual([]);
    expect(readableText(fr)).toContain('« Enregistrer et continuer »');
    expect(readableText(fr)).toContain('mes questionnaires');
    expect(readableText(en)).toContain('“Save and continue”');
    expect(readableText(en)).toContain('my questionnaires');
    expect(verbs(fr)).toEqual(['my-actions', 'my-campaigns']);
    expect(readableText(fr)).not.toMatch(/pas reconnu/);
  });

  it('says first, when it answers a message that is no command, that no command was recognised', () => {
    const fr = buildHelpCard('fr', { unrecognised: true });
    const en = buildHelpCard('en', { unrecognised: true });
    expect(cardProblems(fr)).toEqual([]);
    expect(readableText(fr)).toMatch(/^Je n’ai pas reconnu de commande dans votre message\.\nCe que je sais faire/);
    expect(readableText(en)).toMatch(/^I did not recognise a command in your message\.\nWhat I can do/);
  });
});
