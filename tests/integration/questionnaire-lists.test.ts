import { executeActions, readableText, verbs } from '../unit/bot/support/card-queries.js';
import { actorOf, cardOf, makeCampaign, makeDelivery, press, questionnaireFixture, type Fixture } from '../unit/campaigns/questionnaire/support/questionnaire-fixture.js';

let f: Fixture;
beforeEach(async () => {
  f = await questionnaireFixture({
    personId: 'pers-isabelle-caron',
    campaign: { kind: 'action_review', title: 'Revue d’automne', audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
    prepare: async (store) => {
      await store.operations.campaign.create(makeCampaign({ id: 'camp-old', kind: 'working_time_1607', title: 'Temps de travail 2025', state: 'closed', openingDate: '2026-06-01', deadline: '2026-06-30' }));
      await store.operations.delivery.create(makeDelivery({ id: 'del-old', campaignId: 'camp-old', personId: 'pers-isabelle-caron' }));
    },
  });
});
afterEach(() => f.close());

const command = (verb: string) => ({ action: { type: 'Action.Execute', verb, data: {} } });

describe('mes actions', () => {
  it('lists the running actions of the person’s service, late ones first', async () => {
    const card = cardOf(await f.act(command('my-actions')));
    const text = readableText(card);
    expect(text).toContain('Mes actions');
    expect(text.indexOf('1.1 · Audit énergétique des neuf groupes scolaires')).toBeLessThan(text.indexOf('1.1 · Rénovation du groupe scolaire Pasteur'));
    expect(text).toContain('⚠ 58 j de retard');
    for (const finished of ['act-015', 'act-018']) expect(text).not.toContain((await f.store.action.get(finished))!.title); // done, cancelled
  });

  it('says there is none for someone unknown', async () => {
    const card = cardOf(await f.service.act(undefined, actorOf(undefined), command('my-actions')));
    expect(readableText(card)).toContain('Aucune action ne vous est rattachée pour le moment.');
  });
});

describe('mes questionnaires', () => {
  it('lists the deliveries of open campaigns, with a button that opens the questionnaire', async () => {
    const card = cardOf(await f.act(command('my-campaigns')));
    const text = readableText(card);
    expect(text).toContain('Revue d’automne');
    expect(text).toContain('À remplir · date limite 4 décembre 2026');
    expect(text).not.toContain('Temps de travail 2025');
    expect(verbs(card)).toEqual(['open-questionnaire']);
    const opened = cardOf(await f.act(press(card, 'open-questionnaire')));
    expect(readableText(opened)).toContain('Action 1 sur');
    expect(opened).toEqual(await f.card());
    expect((await f.delivery()).cardVersion).toBe(0);
  });

  it('is empty for someone with no questionnaire', async () => {
    const card = cardOf(await f.service.act(undefined, actorOf(undefined, 'en-US'), command('my-campaigns')));
    expect(readableText(card)).toContain('You have not received any questionnaire.');
  });

  it('refuses to open somebody else’s questionnaire', async () => {
    const card = cardOf(await f.act(command('my-campaigns')));
    expect(await f.service.act(f.person, actorOf('00000000-0000-4000-8000-000000000099'), press(card, 'open-questionnaire'))).toMatchObject({ kind: 'message' });
  });
});

describe('aide', () => {
  it('answers with the help card, in English for an English client', async () => {
    const card = cardOf(await f.service.act(undefined, actorOf(undefined, 'en-GB'), command('help')));
    expect(readableText(card)).toContain('What I can do');
    expect(executeActions(card).map((a) => a.verb)).toEqual(['my-actions', 'my-campaigns']);
  });
});

describe('cards in English', () => {
  it('builds the questionnaire in the client’s language', async () => {
    const card = await f.service.cardFor(await f.delivery(), 'en');
    expect(readableText(card)).toContain('Action 1 of 13');
    expect(readableText(card)).toContain('Lead service');
  });
});
