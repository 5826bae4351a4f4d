import { elementAfterInput, inputById, readableText, verbs } from '../unit/bot/support/card-queries.js';
import { SUMMARY_STEP } from '../../src/app/campaigns/questionnaire/questionnaire-position.js';
import { actorOf, cardOf, entraId, finishAction, press, questionnaireFixture, snapshot, withEntraId, type Fixture } from '../unit/campaigns/questionnaire/support/questionnaire-fixture.js';

// Isabelle Caron heads the buildings service: 13 running actions in the demo, one finished here to make 12.
const REVIEWED = ['act-001', 'act-002', 'act-003', 'act-004', 'act-016', 'act-042', 'act-044', 'act-056', 'act-059', 'act-077', 'act-079', 'act-080'];

let f: Fixture;
beforeEach(async () => {
  f = await questionnaireFixture({
    personId: 'pers-isabelle-caron',
    campaign: { kind: 'action_review', audience: { kind: 'service_heads', serviceIds: ['svc-batiments'] } },
    prepare: (store) => finishAction(store, 'act-096'),
  });
});
afterEach(() => f.close());

const answers = async () => {
  const response = await f.store.operations.response.get('del-1.r');
  return response?.answers.kind === 'action_review' ? response.answers.bySubject : undefined;
};

describe('action review: steps and first card', () => {
  it('lists the running actions of the services the person heads, one per step, grouped by commitment', async () => {
    const steps = await f.service.stepsFor(f.campaign, f.person);
    expect(steps.map((s) => (s.kind === 'action_review' ? s.action.id : s.kind))).toEqual(REVIEWED);
  });

  it('adds an action the person owns in another service', async () => {
    const action = (await f.store.action.get('act-010'))!;
    const { version, createdAt: _c, updatedAt: _u, ...data } = action;
    await f.store.action.update({ ...data, status: 'in_progress', ownerPersonId: f.person.id }, version, { actor: { id: 't', name: 't' }, source: 'system', at: '2026-11-27T09:00:00.000Z' });
    const steps = await f.service.stepsFor(f.campaign, f.person);
    expect(steps.map((s) => (s.kind === 'action_review' ? s.action.id : ''))).toContain('act-010');
    expect(steps).toHaveLength(13);
  });

  it('shows the first action in context, prefilled with its current values, refreshed for the recipient only', async () => {
    const card = await f.card();
    const text = readableText(card);
    expect(text).toContain('Action 1 sur 12');
    expect(text).toContain('Engagement 1.1');
    expect(text).toContain('Service bâtiments et énergie');
    expect(inputById(card, 'blockers').value).toMatch(/^Le bureau d’études a pris deux mois de retard/);
    expect(inputById(card, 'progress').value).toBe(85);
    expect(inputById(card, 'weather').value).toBe('overcast');
    expect(verbs(card)).toEqual(['save-and-next', 'skip']);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'refresh', data: { campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 0 } }, userIds: [`8:orgid:${entraId(1)}`] });
  });

  it('shows the indicators of an action with their last measure and target', async () => {
    await f.store.operations.delivery.update({ ...(await plain()), currentStep: 6 }, (await f.delivery()).version);
    const card = await f.card();
    expect(readableText(card)).toContain('Places d’accueil collectif du jeune enfant (places)');
    expect(readableText(card)).toMatch(/Dernière valeur\n\d+ places \(\d+ \S+ 20\d\d\)\nCible\n220 places/);
    expect(inputById(card, 'measure.ind-16')).toMatchObject({ type: 'Input.Number' });
  });
});

async function plain() {
  const { version: _v, createdAt: _c, updatedAt: _u, ...data } = await f.delivery();
  return data;
}

describe('action review: walking through twelve actions', () => {
  it('saves and moves on, skips, goes back with the saved answer prefilled, then submits once', async () => {
    let card = await f.card();
    const started = performance.now();
    card = cardOf(await f.act(press(card, 'save-and-next', { progress: '90', weather: 'cloudy', comment: 'Relevés reçus.' })));
    expect(readableText(card)).toContain('Action 2 sur 12');
    expect((await answers())?.['act-001']).toMatchObject({ progress: 90, weather: 'cloudy', comment: 'Relevés reçus.' });
    const afterFirst = await f.delivery();
    expect(afterFirst).toMatchObject({ currentStep: 1, cardVersion: 1, openedAt: '2026-11-27T09:00:00.000Z', state: 'sent' });

    card = cardOf(await f.act(press(card, 'skip')));
    expect(readableText(card)).toContain('Action 3 sur 12');
    expect(Object.keys((await answers()) ?? {})).toEqual(['act-001']);

    card = cardOf(await f.act(press(card, 'back')));
    card = cardOf(await f.act(press(card, 'back')));
    expect(readableText(card)).toContain('Action 1 sur 12');
    expect(inputById(card, 'progress').value).toBe(90);
    expect(inputById(card, 'comment').value).toBe('Relevés reçus.');

    for (let step = 0; step < 11; step += 1) card = cardOf(await f.act(press(card, 'save-and-next', { progress: String(10 + step) })));
    expect(readableText(card)).toContain('Action 12 sur 12');
    expect(verbs(card)).toEqual(['submit', 'back']);
    const perAction = (performance.now() - started) / 15;
    expect(perAction).toBeLessThan(250); // a few ms on SQLite; generous for a shared CI machine

    card = cardOf(await f.act(press(card, 'submit', { progress: '30', blockers: '' })));
    expect(readableText(card)).toContain('Merci, vos réponses ont été envoyées.');
    expect(readableText(card)).toContain('Vous pouvez les modifier jusqu’au 4 décembre 2026.');
    expect(verbs(card)).toEqual(['amend']);

    const response = (await f.store.operations.response.get('del-1.r'))!;
    expect(Object.keys(response.answers.bySubject)).toHaveLength(12);
    expect(response).toMatchObject({ submittedAt: '2026-11-27T09:00:00.000Z', deliveryId: 'del-1', personId: f.person.id });
    expect(response.amendedAt).toBeUndefined();
    expect(await f.delivery()).toMatchObject({ state: 'answered', answeredAt: '2026-11-27T09:00:00.000Z', currentStep: SUMMARY_STEP });
    expect(f.submitted).toHaveBeenCalledTimes(1);
    expect(f.submitted.mock.calls[0]![0]).toMatchObject({ firstSubmit: true, person: { id: f.person.id }, campaign: { id: 'camp-1' }, response: { id: 'del-1.r' } });
    // The summary follows the steps' order.
    const text = readableText(card);
    const [first, last] = [(await f.store.action.get('act-001'))!.title, (await f.store.action.get('act-080'))!.title];
    expect(text.indexOf(first)).toBeGreaterThan(-1);
    expect(text.indexOf(first)).toBeLessThan(text.indexOf(last));
    expect(text).toContain(`${first}\nAvancement\n10 %`);
    expect(await f.card()).toEqual(card);
  });

  it('refuses progress "abc" and 140 beside the field, keeps what was typed and saves nothing', async () => {
    const first = await f.card();
    const before = await snapshot(f.store);
    for (const [typed, message] of [
      ['abc', '« abc » n’est pas un nombre.'],
      ['140', 'Saisissez un nombre entre 0 et 100 (140 est en dehors).'],
    ] as const) {
      const card = cardOf(await f.act(press(first, 'save-and-next', { progress: typed, nextSteps: 'Relancer le bureau d’études' })));
      expect(readableText(card)).toContain('Rien n’a été enregistré : une réponse est à corriger.');
      expect(readableText(elementAfterInput(card, 'progress'))).toContain(message);
      expect(inputById(card, 'nextSteps').value).toBe('Relancer le bureau d’études');
      expect(readableText(card)).toContain('Action 1 sur 12');
      expect(await snapshot(f.store)).toEqual(before);
    }
    expect(inputById(cardOf(await f.act(press(first, 'save-and-next', { progress: '140' }))), 'progress').value).toBe(140);
    // The card with the errors is still the current one: correcting it saves.
    const fixed = cardOf(await f.act(press(first, 'save-and-next', { progress: '95' })));
    expect(readableText(fixed)).toContain('Action 2 sur 12');
    expect((await answers())?.['act-001']?.progress).toBe(95);
  });

  it('refuses an invalid last step on submit: nothing submitted, nobody told', async () => {
    await f.store.operations.delivery.update({ ...(await plain()), currentStep: 11 }, (await f.delivery()).version);
    const card = await f.card();
    const refused = cardOf(await f.act(press(card, 'submit', { progress: 'beaucoup' })));
    expect(readableText(refused)).toContain('« beaucoup » n’est pas un nombre.');
    expect(f.submitted).not.toHaveBeenCalled();
    expect((await f.delivery()).state).toBe('sent');
    expect(await f.store.operations.response.get('del-1.r')).toBeUndefined();
  });
});

describe('action review: amending', () => {
  async function submitted(): Promise<Record<string, unknown>> {
    await f.store.operations.delivery.update({ ...(await plain()), currentStep: 11 }, (await f.delivery()).version);
    return cardOf(await f.act(press(await f.card(), 'submit', { progress: '50' })));
  }

  it('reopens the first step with the saved answers until the deadline, and records the amendment', async () => {
    let card = await submitted();
    f.clock.advance(7 * 86_400); // 2026-12-04, the deadline: still allowed
    card = cardOf(await f.act(press(card, 'amend')));
    expect(readableText(card)).toContain('Action 1 sur 12');
    expect(inputById(card, 'progress').value).toBe(85); // step 1 was never answered: the action's value
    await f.store.operations.delivery.update({ ...(await plain()), currentStep: 11 }, (await f.delivery()).version);
    card = await f.card();
    expect(inputById(card, 'progress').value).toBe(50); // the saved answer
    card = cardOf(await f.act(press(card, 'submit', { progress: '55' })));
    expect(readableText(card)).toContain('modifiées le 4 décembre 2026');
    const response = (await f.store.operations.response.get('del-1.r'))!;
    expect(response).toMatchObject({ submittedAt: '2026-11-27T09:00:00.000Z', amendedAt: '2026-12-04T09:00:00.000Z' });
    expect((await answers())?.['act-080']?.progress).toBe(55);
    expect(f.submitted).toHaveBeenCalledTimes(2);
    expect(f.submitted.mock.calls[1]![0].firstSubmit).toBe(false);
    expect((await f.delivery()).answeredAt).toBe('2026-11-27T09:00:00.000Z');
  });

  it('refuses to amend after the deadline, and the card says so', async () => {
    const card = await submitted();
    f.clock.advance(8 * 86_400); // 2026-12-05
    const before = await snapshot(f.store);
    expect(await f.act(press(card, 'amend'))).toEqual({ kind: 'message', text: 'La date limite est passée : les réponses ne peuvent plus être modifiées.' });
    expect(await snapshot(f.store)).toEqual(before);
    const now = await f.card();
    expect(readableText(now)).toContain('La date limite est passée');
    expect(verbs(now)).toEqual([]);
  });

  it('stops an amendment in progress at the deadline: the summary comes back', async () => {
    let card = await submitted();
    card = cardOf(await f.act(press(card, 'amend')));
    f.clock.advance(8 * 86_400);
    expect(await f.act(press(card, 'save-and-next', { progress: '1' }))).toMatchObject({ kind: 'message' });
    expect(readableText(cardOf(await f.act(press(card, 'refresh'))))).toContain('Merci, vos réponses ont été envoyées.');
  });
});

describe('action review: cards that must change nothing', () => {
  it('answers a replayed older card with a clear message', async () => {
    const first = await f.card();
    cardOf(await f.act(press(first, 'save-and-next', { progress: '70' })));
    const before = await snapshot(f.store);
    for (const verb of ['save-and-next', 'skip']) {
      expect(await f.act(press(first, verb, { progress: '10' }))).toEqual({
        kind: 'message',
        text: 'Cette carte n’est plus à jour : rien n’a été enregistré. Utilisez la version la plus récente du questionnaire.',
      });
    }
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('refuses somebody else’s card, an unknown person and a mismatched Entra id', async () => {
    const card = await f.card();
    const other = await withEntraId(f.store, 'pers-mehdi-haddad', 2);
    const before = await snapshot(f.store);
    const refused = { kind: 'message', text: 'Ce questionnaire est adressé à quelqu’un d’autre : rien n’a été enregistré.' };
    expect(await f.service.act(other, actorOf(other.entraObjectId), press(card, 'save-and-next', { progress: '1' }))).toEqual(refused);
    expect(await f.service.act(undefined, actorOf(undefined), press(card, 'save-and-next', { progress: '1' }))).toEqual(refused);
    expect(await f.service.act(f.person, actorOf(entraId(2)), press(card, 'skip'))).toEqual(refused);
    expect(await f.service.act(other, actorOf(other.entraObjectId), press(card, 'refresh'))).toEqual(refused);
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('answers a questionnaire that does not exist, in English for an English client', async () => {
    const value = { action: { type: 'Action.Execute', verb: 'skip', data: { campaignId: 'camp-1', deliveryId: 'del-404', step: 0, cardVersion: 0 } } };
    expect(await f.service.act(f.person, actorOf(f.person.entraObjectId, 'en-GB'), value)).toEqual({
      kind: 'message',
      text: 'This questionnaire no longer exists: nothing was saved.',
    });
  });

  it('shows the closed card once the campaign is closed, whatever the button', async () => {
    const card = await f.card();
    const campaign = (await f.store.operations.campaign.get('camp-1'))!;
    const { version, createdAt: _c, updatedAt: _u, ...data } = campaign;
    await f.store.operations.campaign.update({ ...data, state: 'closed', closedAt: '2026-11-27T09:00:00.000Z' }, version);
    const before = await snapshot(f.store);
    for (const verb of ['save-and-next', 'refresh']) {
      const closed = cardOf(await f.act(press(card, verb, { progress: '10' })));
      expect(readableText(closed)).toContain('🔒 Cette campagne est close (date limite : 4 décembre 2026).');
      expect(verbs(closed)).toEqual([]);
    }
    expect(readableText(await f.card())).toContain('Cette campagne est close');
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('refreshes to the current card without writing anything', async () => {
    const first = await f.card();
    cardOf(await f.act(press(first, 'save-and-next', { progress: '70' })));
    const before = await snapshot(f.store);
    const refreshed = cardOf(await f.act(press(first, 'refresh')));
    expect(readableText(refreshed)).toContain('Action 2 sur 12');
    expect(refreshed).toEqual(await f.card());
    expect(cardOf(await f.act({ action: { type: 'Action.Execute', verb: 'open-questionnaire', data: { campaignId: 'camp-1', deliveryId: 'del-1' } } }))).toEqual(refreshed);
    expect(await snapshot(f.store)).toEqual(before);
  });

  it('refuses a malformed action with a 400 error', async () => {
    expect(await f.act({ action: { type: 'Action.Execute', verb: 'skip', data: { deliveryId: 'del-1' } } })).toMatchObject({ kind: 'error', status: 400, code: 'malformed_data' });
    expect(await f.act({ action: { type: 'Action.Execute', verb: 'erase' } })).toMatchObject({ kind: 'error', status: 400, code: 'unknown_verb', message: 'Action inconnue.' });
  });
});

describe('action review: two clicks at once', () => {
  it('records one submit when two devices submit together', async () => {
    await f.store.operations.delivery.update({ ...(await plain()), currentStep: 11 }, (await f.delivery()).version);
    const card = await f.card();
    const version = (await f.delivery()).cardVersion;
    const update = jest.spyOn(f.store.operations.delivery, 'update');
    const [a, b] = await Promise.all([f.act(press(card, 'submit', { progress: '40' })), f.act(press(card, 'submit', { progress: '45' }))]);
    expect(update).toHaveBeenCalledTimes(2); // both got past the checks: one lost the versioned write
    for (const reply of [a, b]) expect(readableText(cardOf(reply))).toContain('Merci, vos réponses ont été envoyées.');
    expect(f.submitted).toHaveBeenCalledTimes(1);
    const response = (await f.store.operations.response.get('del-1.r'))!;
    expect(response.amendedAt).toBeUndefined();
    expect(response.version).toBe('1');
    expect((await f.delivery()).cardVersion).toBe(version + 1);
  });

  it('saves a step once on a double click, and both clicks see the next step', async () => {
    const card = await f.card();
    const update = jest.spyOn(f.store.operations.delivery, 'update');
    const [a, b] = await Promise.all([f.act(press(card, 'save-and-next', { progress: '61' })), f.act(press(card, 'save-and-next', { progress: '61' }))]);
    expect(update).toHaveBeenCalledTimes(2);
    for (const reply of [a, b]) expect(readableText(cardOf(reply))).toContain('Action 2 sur 12');
    expect(await f.delivery()).toMatchObject({ currentStep: 1, cardVersion: 1 });
    expect((await f.store.operations.response.get('del-1.r'))?.version).toBe('1');
  });

  it('retries a save when the dispatcher wrote the delivery meanwhile (same card): the answer is not lost', async () => {
    const card = await f.card();
    const collection = f.store.operations.delivery;
    const real = collection.update.bind(collection);
    let interfered = false;
    jest.spyOn(collection, 'update').mockImplementation(async (next, expected) => {
      if (!interfered) {
        interfered = true; // the dispatcher records the Teams message id between our read and our write
        const current = (await collection.get('del-1'))!;
        const { version: _v, createdAt: _c, updatedAt: _u, ...data } = current;
        await real({ ...data, teamsMessageId: '1:abc' }, current.version);
      }
      return real(next, expected);
    });
    const next = cardOf(await f.act(press(card, 'save-and-next', { progress: '62' })));
    expect(readableText(next)).toContain('Action 2 sur 12');
    expect(await f.delivery()).toMatchObject({ teamsMessageId: '1:abc', currentStep: 1, cardVersion: 1 });
    expect((await answers())?.['act-001']?.progress).toBe(62);
  });
});
