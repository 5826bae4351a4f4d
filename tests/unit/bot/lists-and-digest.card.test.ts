import { buildDigestCard, type DigestView } from '../../../bot/cards/digest.card.js';
import { buildMyActionsCard, type MyActionRow } from '../../../bot/cards/my-actions.card.js';
import { buildMyCampaignsCard, type MyCampaignRow } from '../../../bot/cards/my-campaigns.card.js';
import { cardSizeBytes } from '../../../bot/cards/card-size.js';
import { cardProblems } from './support/card-validation.js';
import { allNodes, executeActions, readableText, shownTexts } from './support/card-queries.js';
import { longText } from './support/view-factories.js';

const digest: DigestView = {
  collectivityName: 'Ville de Montrelais',
  weekOf: '2026-03-09',
  lateActions: [
    { title: 'Plan vélo', serviceName: 'Mobilités', dueDate: '2026-02-01', daysLate: 37 },
    { title: 'Rénover le gymnase', dueDate: '2026-03-01', daysLate: 9 },
    { title: 'Cantine bio', dueDate: '2025-12-01', daysLate: 99 },
  ],
  weatherChanges: [{ title: 'Plan vélo', from: 'cloudy', to: 'stormy' }, { title: 'Maison de santé', to: 'sunny' }],
  campaigns: [{ title: 'Revue de printemps', deadline: '2026-03-20', answered: 12, total: 20 }],
  tabUrl: 'https://teams.microsoft.com/l/entity/app/roadmap',
};

describe('digest card', () => {
  it('is valid in both languages', () => {
    expect(cardProblems(buildDigestCard(digest, 'fr'))).toEqual([]);
    expect(cardProblems(buildDigestCard(digest, 'en'))).toEqual([]);
  });

  it('lists late actions worst first, météo changes and response rates', () => {
    const card = buildDigestCard(digest, 'fr');
    const texts = shownTexts(card);
    const lateTitles = texts.filter((t) => ['Cantine bio', 'Plan vélo \\(Mobilités\\)', 'Rénover le gymnase'].includes(t));
    expect(lateTitles).toEqual(['Cantine bio', 'Plan vélo \\(Mobilités\\)', 'Rénover le gymnase']);
    const text = readableText(card);
    expect(text).toContain('Ville de Montrelais — point de la semaine du 9 mars 2026');
    expect(text).toContain('99 j de retard (échéance 1 décembre 2025)');
    expect(text).toContain('⛅ Nuageux → ⛈️ Orageux');
    expect(text).toContain('non renseignée → ☀️ Ensoleillé');
    expect(text).toContain('12 / 20 réponses (60 %), date limite 20 mars 2026');
    expect(allNodes(card).find((n) => n.type === 'Action.OpenUrl')).toMatchObject({ url: digest.tabUrl, title: 'Ouvrir Cap Mandat' });
  });

  it('says when a section is empty, and never links anything but https', () => {
    const card = buildDigestCard({ ...digest, lateActions: [], weatherChanges: [], campaigns: [], tabUrl: 'javascript:alert(1)' }, 'en');
    expect(readableText(card)).toContain('No late action.');
    expect(readableText(card)).toContain('No weather change.');
    expect(readableText(card)).toContain('No open campaign.');
    expect(card.actions).toBeUndefined();
  });

  it('shows ten rows per section and counts the rest, staying small', () => {
    const lateActions = Array.from({ length: 200 }, (_, i) => ({ title: longText(200), serviceName: longText(120), dueDate: '2026-01-01', daysLate: i }));
    const card = buildDigestCard({ ...digest, lateActions, weatherChanges: lateActions.map((a) => ({ title: a.title, to: 'stormy' as const })) }, 'fr');
    expect(cardProblems(card)).toEqual([]);
    expect(readableText(card)).toContain('… et 190 de plus dans l’onglet.');
    expect(cardSizeBytes(card)).toBeLessThan(40 * 1024);
  });
});

const row = (overrides: Partial<MyActionRow> = {}): MyActionRow => ({ title: 'Plan vélo', daysLate: 0, ...overrides });

describe('my actions card', () => {
  it('lists the person’s actions, late ones first, with progress, météo and due date', () => {
    const card = buildMyActionsCard({ actions: [row({ title: 'À l’heure', dueDate: '2026-06-01', progress: 30, weather: 'sunny' }), row({ title: 'En retard', commitmentReference: 'E3', dueDate: '2026-01-01', daysLate: 68 })] }, 'fr');
    expect(cardProblems(card)).toEqual([]);
    const texts = shownTexts(card);
    expect(texts.indexOf('E3 · En retard')).toBeLessThan(texts.indexOf('À l’heure'));
    expect(readableText(card)).toContain('⚠ 68 j de retard');
    expect(readableText(card)).toContain('30 % · ☀️ Ensoleillé · échéance 1 juin 2026');
  });

  it('says when there is nothing, and caps a long list', () => {
    expect(readableText(buildMyActionsCard({ actions: [] }, 'en'))).toContain('No action is assigned to you yet.');
    const card = buildMyActionsCard({ actions: Array.from({ length: 45 }, (_, i) => row({ title: longText(200), daysLate: i })) }, 'fr');
    expect(cardProblems(card)).toEqual([]);
    expect(readableText(card)).toContain('… et 25 autres dans l’onglet Cap Mandat.');
  });
});

const campaign = (overrides: Partial<MyCampaignRow> = {}): MyCampaignRow => ({
  campaignId: 'c1',
  deliveryId: 'd1',
  title: 'Revue de printemps',
  deadline: '2026-03-20',
  state: 'sent',
  campaignClosed: false,
  ...overrides,
});

describe('my campaigns card', () => {
  it('lists questionnaires to fill in first, each with a button to open it', () => {
    const card = buildMyCampaignsCard(
      {
        today: '2026-03-10',
        campaigns: [
          campaign({ campaignId: 'old', deliveryId: 'd0', title: 'Ancienne', state: 'answered', campaignClosed: true }),
          campaign({ campaignId: 'done', deliveryId: 'd2', title: 'Déjà répondu', state: 'answered' }),
          campaign(),
        ],
      },
      'fr',
    );
    expect(cardProblems(card)).toEqual([]);
    const titles = shownTexts(card).filter((t) => ['Ancienne', 'Déjà répondu', 'Revue de printemps'].includes(t));
    expect(titles).toEqual(['Revue de printemps', 'Déjà répondu', 'Ancienne']);
    expect(executeActions(card).map((a) => [a.title, a.verb, a.data])).toEqual([
      ['Répondre', 'open-questionnaire', { campaignId: 'c1', deliveryId: 'd1' }],
      ['Revoir mes réponses', 'open-questionnaire', { campaignId: 'done', deliveryId: 'd2' }],
    ]);
    expect(readableText(card)).toContain('campagne close');
  });

  it('offers nothing to open once the deadline passed on an answered questionnaire, and speaks English', () => {
    const card = buildMyCampaignsCard({ today: '2026-03-21', campaigns: [campaign({ state: 'answered' }), campaign({ state: 'late', deliveryId: 'd9' })] }, 'en');
    expect(executeActions(card).map((a) => a.title)).toEqual(['Answer']);
    expect(readableText(card)).toContain('Late · deadline 20 March 2026');
    expect(readableText(buildMyCampaignsCard({ today: '2026-03-21', campaigns: [] }, 'en'))).toContain('You have not received any questionnaire.');
  });
});
