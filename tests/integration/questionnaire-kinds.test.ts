import type { Question } from '../../src/domain/campaigns/question.schema.js';
import { rollUpProgress } from '../../src/domain/rules/progress-rollup.js';
import { QUESTIONS } from '../unit/domain/campaigns/campaign-factories.js';
import { allNodes, inputById, inputIds, readableText, verbs } from '../unit/bot/support/card-queries.js';
import { cardOf, finishAction, makeCampaign, makeDelivery, press, questionnaireFixture, type Fixture } from '../unit/campaigns/questionnaire/support/questionnaire-fixture.js';

let f: Fixture | undefined;
afterEach(async () => {
  await f?.close();
  f = undefined;
});

const responseOf = async (fixture: Fixture) => fixture.store.operations.response.get('del-1.r');

describe('working time 1,607 h', () => {
  async function setUp(): Promise<Fixture> {
    return questionnaireFixture({
      personId: 'pers-isabelle-caron',
      campaign: { kind: 'working_time_1607', title: 'Temps de travail 2026', audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
      // Isabelle also stands in for the head of the technical directorate: two services, two steps.
      prepare: async (store) => {
        const dst = (await store.service.get('svc-dst'))!;
        const { version, createdAt: _c, updatedAt: _u, ...data } = dst;
        await store.service.update({ ...data, headPersonId: 'pers-isabelle-caron' }, version, { actor: { id: 't', name: 't' }, source: 'system', at: '2026-11-27T09:00:00.000Z' });
      },
    });
  }

  it('asks once per service headed, by name', async () => {
    f = await setUp();
    const steps = await f.service.stepsFor(f.campaign, f.person);
    expect(steps.map((s) => (s.kind === 'working_time_1607' ? s.service.name : s.kind))).toEqual(['Direction des services techniques', 'Service bâtiments et énergie']);
    expect(readableText(await f.card())).toContain('Service 1 sur 2');
  });

  it('refuses a split that does not make 100 %, beside the split, and saves nothing', async () => {
    f = await setUp();
    const card = await f.card();
    const refused = cardOf(await f.act(press(card, 'save-and-next', { hours: '1200', 'split.better_service': '50', 'split.new_projects': '30', 'split.quality_of_life': '10' })));
    expect(readableText(refused)).toContain('La répartition fait 90 % : elle doit faire exactement 100 %.');
    expect(readableText(refused)).toContain('Rien n’a été enregistré');
    expect(inputById(refused, 'split.better_service').value).toBe(50);
    expect(await responseOf(f)).toBeUndefined();
    expect((await f.delivery()).cardVersion).toBe(0);
  });

  it('saves each service and submits with a summary', async () => {
    f = await setUp();
    let card = await f.card();
    card = cardOf(await f.act(press(card, 'save-and-next', { hours: '1200', 'split.better_service': '50', 'split.new_projects': '30', 'split.quality_of_life': '20' })));
    expect(readableText(card)).toContain('Service bâtiments et énergie');
    card = cardOf(await f.act(press(card, 'submit', { hours: '300', 'split.other': '100', examples: 'Astreintes mieux réparties' })));
    expect(readableText(card)).toContain('Merci, vos réponses ont été envoyées.');
    expect(readableText(card)).toMatch(/Direction des services techniques\nHeures libérées\n1\s200/);
    const response = (await responseOf(f))!;
    expect(response.answers).toEqual({
      kind: 'working_time_1607',
      bySubject: {
        'svc-dst': { hoursFreed: 1200, split: { better_service: 50, new_projects: 30, quality_of_life: 20, other: 0 } },
        'svc-batiments': { hoursFreed: 300, split: { better_service: 0, new_projects: 0, quality_of_life: 0, other: 100 }, examples: 'Astreintes mieux réparties' },
      },
    });
    expect(f.submitted).toHaveBeenCalledTimes(1);
  });
});

describe('elected officials’ self-assessment', () => {
  const setUp = () =>
    questionnaireFixture({ personId: 'pers-nathalie-roussel', campaign: { kind: 'elected_self_assessment', title: 'Auto-évaluation 2026', audience: { kind: 'elected_officials' } } });

  it('pages the commitments the official leads, with the administration’s roll-up progress', async () => {
    f = await setUp();
    const steps = await f.service.stepsFor(f.campaign, f.person);
    expect(steps.map((s) => (s.kind === 'elected_self_assessment' ? s.commitments.map((c) => c.reference) : []))).toEqual([['1.2', '2.3', '3.1', '3.2', '3.3'], ['3.5']]);
    const card = await f.card();
    const [first] = steps[0]!.kind === 'elected_self_assessment' ? steps[0]!.commitments : [];
    const expected = rollUpProgress({ axes: [], commitments: [first!], actions: await f.store.action.list({ commitmentIds: [first!.id] }) }).commitments.get(first!.id);
    expect(readableText(card)).toContain(`Avancement selon l’administration\n${Math.round(expected!)} %`);
    expect(readableText(card)).toContain('Page 1 sur 2');
    expect(inputIds(card).filter((id) => id.startsWith('score.'))).toHaveLength(5);
  });

  it('requires a score for every commitment of the page, then saves the page and submits', async () => {
    f = await setUp();
    const steps = await f.service.stepsFor(f.campaign, f.person);
    const ids = steps.flatMap((s) => (s.kind === 'elected_self_assessment' ? s.commitments.map((c) => c.id) : []));
    const scores = Object.fromEntries(ids.slice(0, 5).map((id, i) => [`score.${id}`, String(1 + i)]));
    let card = await f.card();
    const { [`score.${ids[2]}`]: _missing, ...partial } = scores;
    const refused = cardOf(await f.act(press(card, 'save-and-next', partial)));
    expect(readableText(refused)).toContain('Cette réponse est obligatoire.');
    expect(await responseOf(f)).toBeUndefined();
    card = cardOf(await f.act(press(card, 'save-and-next', { ...scores, [`priority.${ids[0]}`]: 'high' })));
    expect(readableText(card)).toContain('Page 2 sur 2');
    card = cardOf(await f.act(press(card, 'submit', { [`score.${ids[5]}`]: '5', [`difficulties.${ids[5]}`]: 'Foncier rare' })));
    expect(readableText(card)).toContain('Note\n5/5');
    const response = (await responseOf(f))!;
    expect(Object.keys(response.answers.bySubject)).toHaveLength(6);
    expect(response.answers.bySubject[ids[0]!]).toEqual({ score: 1, priority: 'high' });
  });
});

describe('custom questionnaire', () => {
  const extra = Array.from({ length: 5 }, (_, i): Question => ({ id: `extra-${i + 1}`, type: 'text', label: { fr: `Question libre ${i + 1}` }, required: false, maxLength: 200, multiline: false }));
  const questions: Question[] = [...Object.values(QUESTIONS), ...extra];
  const setUp = () =>
    questionnaireFixture({
      personId: 'pers-lea-fontaine',
      campaign: { kind: 'custom', title: 'Baromètre interne', description: 'Quelques questions sur vos usages.', questions, audience: { kind: 'people', personIds: ['pers-lea-fontaine'] } },
    });

  it('pages the questions, with the description on the first page', async () => {
    f = await setUp();
    const card = await f.card();
    expect(readableText(card)).toContain('Quelques questions sur vos usages.');
    expect(readableText(card)).toContain('Page 1 sur 2');
    expect(inputIds(card)).toHaveLength(10);
  });

  it('refuses a required number typed as text, then walks to the summary', async () => {
    f = await setUp();
    let card = await f.card();
    const answers = { 'q.canal': 'teams', 'q.satisfaction': '4', 'q.agents': 'beaucoup', 'q.remarks': 'RAS' };
    const refused = cardOf(await f.act(press(card, 'save-and-next', answers)));
    expect(readableText(refused)).toContain('« beaucoup » n’est pas un nombre.');
    expect(await responseOf(f)).toBeUndefined();
    card = cardOf(await f.act(press(card, 'save-and-next', { ...answers, 'q.agents': '12' })));
    expect(readableText(card)).toContain('Page 2 sur 2');
    card = cardOf(await f.act(press(card, 'back')));
    expect(inputById(card, 'q.agents').value).toBe(12);
    card = cardOf(await f.act(press(card, 'skip')));
    card = cardOf(await f.act(press(card, 'submit', { 'q.extra-4': 'Merci' })));
    const text = readableText(card);
    expect(text).toContain('5. Agents concernés\nRéponse\n12');
    expect(text).toContain('11. Question libre 4\nRéponse\nMerci');
    expect(text).toContain('12. Question libre 5\nRéponse\nNon renseigné');
    expect(Object.keys((await responseOf(f))!.answers.bySubject).sort()).toEqual(['agents', 'canal', 'extra-4', 'remarks', 'satisfaction']);
  });

  it('drops an optional answer cleared on a second pass', async () => {
    f = await setUp();
    let card = await f.card();
    const answers = { 'q.canal': 'teams', 'q.satisfaction': '4', 'q.agents': '3', 'q.remarks': 'RAS' };
    card = cardOf(await f.act(press(card, 'save-and-next', answers)));
    card = cardOf(await f.act(press(card, 'back')));
    cardOf(await f.act(press(card, 'save-and-next', { ...answers, 'q.remarks': '' })));
    expect((await responseOf(f))!.answers.bySubject).not.toHaveProperty('remarks');
  });
});

describe('a recipient with nothing to answer', () => {
  it('gets a card saying so, with nothing to press', async () => {
    f = await questionnaireFixture({ personId: 'pers-romain-giraud', campaign: { kind: 'action_review', audience: { kind: 'people', personIds: ['pers-romain-giraud'] } } });
    expect(await f.service.stepsFor(f.campaign, f.person)).toEqual([]);
    const card = await f.card();
    expect(readableText(card)).toContain('Ce questionnaire ne contient rien qui vous concerne');
    expect(verbs(card)).toEqual([]);
    expect(allNodes(card).some((n) => String(n.type).startsWith('Input.'))).toBe(false);
    const skip = { action: { type: 'Action.Execute', verb: 'skip', data: { campaignId: 'camp-1', deliveryId: 'del-1', step: 0, cardVersion: 0 } } };
    expect(await f.act(skip)).toMatchObject({ kind: 'message' });
    expect((await f.delivery()).cardVersion).toBe(0);
  });
});

describe('the last comment of an earlier campaign', () => {
  it('is shown on the action it was about', async () => {
    f = await questionnaireFixture({
      personId: 'pers-isabelle-caron',
      campaign: { kind: 'action_review', audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
      prepare: async (store) => {
        await store.operations.campaign.create(makeCampaign({ id: 'camp-0', kind: 'action_review', state: 'closed', openingDate: '2026-05-01', deadline: '2026-05-31' }));
        await store.operations.delivery.create(makeDelivery({ id: 'del-0', campaignId: 'camp-0', personId: 'pers-isabelle-caron', state: 'answered', answeredAt: '2026-05-20T10:00:00.000Z' }));
        await store.operations.response.create({
          id: 'del-0.r',
          campaignId: 'camp-0',
          deliveryId: 'del-0',
          personId: 'pers-isabelle-caron',
          answers: { kind: 'action_review', bySubject: { 'act-001': { progress: 60, comment: 'Relevés en cours, *deux* écoles faites.', measures: [] } } },
          submittedAt: '2026-05-20T10:00:00.000Z',
        });
        await finishAction(store, 'act-096');
      },
    });
    const text = readableText(await f.card());
    expect(text).toContain('Dernier commentaire (20 mai 2026)\nRelevés en cours, *deux* écoles faites.');
  });
});

describe('answers after the deadline', () => {
  const options = { personId: 'pers-isabelle-caron', campaign: { kind: 'working_time_1607' as const, audience: { kind: 'service_heads' as const, serviceIds: ['svc-batiments'] } } };
  const answer = { hours: '10', 'split.other': '100' };

  it('are refused by default: the card says the deadline passed', async () => {
    f = await questionnaireFixture(options);
    const card = await f.card();
    f.clock.advance(8 * 86_400);
    expect(readableText(await f.card())).toContain('La date limite (4 décembre 2026) est passée');
    expect(await f.act(press(card, 'submit', answer))).toEqual({ kind: 'message', text: 'La date limite est passée : les réponses ne peuvent plus être modifiées.' });
    expect(await responseOf(f)).toBeUndefined();
  });

  it('are taken until the campaign closes when the campaign service allows late answers', async () => {
    f = await questionnaireFixture({ ...options, lateAnswers: 'accepted', delivery: { state: 'late' } });
    f.clock.advance(8 * 86_400);
    const card = await f.card();
    expect(readableText(card)).toContain('(dépassée)');
    const answered = cardOf(await f.act(press(card, 'submit', answer)));
    expect(readableText(answered)).toContain('La date limite est passée : les réponses ne peuvent plus être modifiées.');
    expect(verbs(answered)).toEqual([]);
    expect(await f.delivery()).toMatchObject({ state: 'answered', answeredAt: '2026-12-05T09:00:00.000Z' });
  });
});

describe('a delivery the dispatcher has not recorded as sent', () => {
  it('cannot be submitted yet, and says so', async () => {
    f = await questionnaireFixture({
      personId: 'pers-isabelle-caron',
      campaign: { kind: 'working_time_1607', audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
      delivery: { state: 'queued', sentAt: undefined, attempts: 0 },
    });
    const reply = await f.act(press(await f.card(), 'submit', { hours: '10', 'split.other': '100' }));
    expect(reply).toMatchObject({ kind: 'error', status: 409, code: 'not_delivered' });
    expect(await responseOf(f)).toBeUndefined();
  });
});
