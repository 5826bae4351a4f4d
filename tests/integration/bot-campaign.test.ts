import { startBotHarness, cardOfActivity, executeActionsOf, textOfCard, type BotHarness, type Json } from '../support/bot-harness.js';

const PILOTAGE = 'pers-laurent-dufresne';
const CARON = 'pers-isabelle-caron'; // head of Bâtiments
const PERRIN = 'pers-valerie-perrin'; // head of Éducation
const CARREL = 'pers-emilie-carrel'; // head of Transition

describe('a campaign through the bot, on the fake Bot Connector', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(() => h.close());

  async function launch(serviceIds: string[], extra: object = {}): Promise<string> {
    const created = await h.server.api('/campaigns', {
      method: 'POST',
      as: PILOTAGE,
      body: { kind: 'action_review', title: 'Revue de décembre', audience: { kind: 'service_heads', serviceIds }, openingDate: '2026-11-27', deadline: '2026-12-11', ...extra },
    });
    expect(created.status).toBe(201);
    const launched = await h.server.api(`/campaigns/${created.body.id}/launch`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': created.headers.get('etag')! } });
    expect(launched.status).toBe(200);
    return created.body.id as string;
  }

  const invoke = (personId: string, verb: string, data: Record<string, unknown>) =>
    h.post(h.fake.incoming.cardAction(h.userOf(personId), { verb, data }));

  it('welcomes a person who installs the app and keeps the conversation reference', async () => {
    await h.install(CARON, PERRIN);
    const [welcome] = h.fake.sentTo(h.userOf(CARON));
    expect(textOfCard(cardOfActivity(welcome!.posted))).toContain('Bonjour Isabelle Caron');
    const refs = await h.server.store.operations.conversation.find({ scope: 'personal', personId: CARON });
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ serviceUrl: h.fake.serviceUrl, tenantId: expect.any(String), userId: h.userOf(CARON) });
    // Teams announces an install twice (installationUpdate, conversationUpdate) and clients repeat it: one welcome.
    await h.install(CARON);
    expect(h.fake.sentTo(h.userOf(CARON))).toHaveLength(1);
  });

  // Each command answers with its own card, whose first lines only that card shows; a message that is no command gets
  // the help card saying so first. Removing any command word (the fallback would answer) fails its row. The rows
  // share out among three people: Teams throttles a chat past 7 messages a second.
  it.each([
    [CARON, 'fr-FR', 'Mes actions', /^Mes actions\n(.+\n)*1\\\.1 · Audit énergétique des neuf groupes scolaires\n/],
    [CARON, 'en-US', 'My actions', /^My actions\n(.+\n)*1\\\.1 · Audit énergétique des neuf groupes scolaires\n/],
    // A client in one language typing the other's command is understood, and answered in its own language.
    [CARON, 'en-US', 'mes actions', /^My actions\n(.+\n)*1\\\.1 · Audit énergétique/],
    [PERRIN, 'fr-FR', 'aide', /^Ce que je sais faire\nCommandes\n/],
    [PERRIN, 'en-US', 'help', /^What I can do\nCommands\n/],
    [PERRIN, 'fr-FR', 'help', /^Ce que je sais faire\nCommandes\n/],
    [PILOTAGE, 'fr-FR', 'mes questionnaires', /^Mes questionnaires\n/],
    [PILOTAGE, 'en-US', 'my questionnaires', /^My questionnaires\n/],
    [PILOTAGE, 'fr-FR', 'bonjour', /^Je n’ai pas reconnu de commande dans votre message\.\nCe que je sais faire\n/],
    [PILOTAGE, 'en-US', 'hello', /^I did not recognise a command in your message\.\nWhat I can do\n/],
  ])('answers %s’s %s client typing “%s” with the card that answers it', async (personId, locale, words, answer) => {
    if (personId === PILOTAGE) await h.install(PILOTAGE); // welcomed once, then installs are no-ops
    const before = h.fake.sentTo(h.userOf(personId)).length;
    const res = await h.post({ ...h.fake.incoming.message(h.userOf(personId), words), locale });
    expect(res.status).toBeLessThan(300);
    const sent = h.fake.sentTo(h.userOf(personId));
    expect(sent).toHaveLength(before + 1);
    expect(textOfCard(cardOfActivity(sent.at(-1)!.posted))).toMatch(answer);
  });

  it('sends the card, walks the review, refuses bad input and stale cards, and turns the answers into proposals', async () => {
    const id = await launch(['svc-batiments', 'svc-transition']);
    const stats = await h.server.bot!.dispatcher.drain();
    expect(stats).toMatchObject({ sent: 1 });
    const [delivery] = await h.server.store.operations.delivery.find({ campaignId: id, personId: CARON });
    expect(delivery).toMatchObject({ state: 'sent', teamsMessageId: expect.any(String) });
    const [unreachable] = await h.server.store.operations.delivery.find({ campaignId: id, personId: CARREL });
    expect(unreachable).toMatchObject({ state: 'failed', failure: 'app_not_installed' });

    let card: Json = cardOfActivity(h.fake.sentTo(h.userOf(CARON)).at(-1)!.posted);
    const firstActions = executeActionsOf(card);
    const firstSave = firstActions.find((a) => a.verb === 'save-and-next')!;

    // "abc" is refused in the card and nothing is saved.
    const bad = await invoke(CARON, 'save-and-next', { ...firstSave.data, progress: 'abc' });
    expect(bad.status).toBe(200);
    expect(bad.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOfCard(bad.body.value)).toMatch(/nombre/i);
    expect(await h.server.store.operations.response.find({ deliveryId: delivery!.id })).toEqual([]);
    card = bad.body.value;

    // Walk every step: save-and-next until the submit button.
    for (let guard = 0; guard < 40; guard += 1) {
      const actions = executeActionsOf(card);
      const submit = actions.find((a) => a.verb === 'submit');
      const next = actions.find((a) => a.verb === 'save-and-next');
      const chosen = next ?? submit!;
      const res = await invoke(CARON, chosen.verb, { ...chosen.data, progress: '70', weather: 'cloudy' });
      expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
      card = res.body.value;
      if (!next) break;
    }
    expect(textOfCard(card)).toContain('✅ Merci, vos réponses ont été envoyées.'); // not "réponses": the last step's button says it too
    const [answered] = await h.server.store.operations.delivery.find({ campaignId: id, personId: CARON });
    expect(answered).toMatchObject({ state: 'answered', answeredAt: expect.any(String) });

    // The first card, replayed, is stale: a message, nothing changes.
    const before = await h.server.store.operations.response.find({ deliveryId: delivery!.id });
    const replay = await invoke(CARON, 'save-and-next', { ...firstSave.data, progress: '10' });
    expect(replay.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(await h.server.store.operations.response.find({ deliveryId: delivery!.id })).toEqual(before);

    // Somebody else's card is refused.
    const other = await invoke(PERRIN, 'refresh', { campaignId: id, deliveryId: delivery!.id, cardVersion: answered!.cardVersion });
    expect(other.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(other.body.value)).toMatch(/quelqu’un d’autre/);

    // The answers became proposals; the pilotage team accepts one and the action changes, with source bot.
    const proposals = await h.server.api(`/proposals?campaignId=${id}&state=pending`, { as: PILOTAGE });
    expect(proposals.body.items.length).toBeGreaterThan(0);
    const first = proposals.body.items.find((p: Json) => p.target.kind === 'action');
    const accepted = await h.server.api(`/proposals/${first.proposal.id}/accept`, { method: 'POST', as: PILOTAGE, headers: { 'If-Match': `"${first.proposal.version}"` } });
    expect(accepted.status).toBe(200);
    const action = await h.server.store.action.get(first.target.id);
    expect(action).toMatchObject({ progress: 70, weather: 'cloudy' });
    const [latest] = await h.server.store.history.forRecord('action', first.target.id);
    expect(latest!.source).toBe('bot');
  });

  it('refuses a card whose step now means another action (one was finished in the tab meanwhile)', async () => {
    const id = await launch(['svc-education']);
    await h.server.bot!.dispatcher.drain();
    const [delivery] = await h.server.store.operations.delivery.find({ campaignId: id, personId: PERRIN });
    const card = cardOfActivity(h.fake.sentTo(h.userOf(PERRIN)).at(-1)!.posted);
    const save = executeActionsOf(card).find((a) => a.verb === 'save-and-next')!;
    const first = await h.server.store.action.get(String(save.data.subject));
    expect(first).toBeDefined();
    await h.server.store.action.update({ ...first!, status: 'done', progress: 100 }, first!.version, {
      actor: { id: 'pers-laurent-dufresne', name: 'Laurent Dufresne' },
      source: 'tab',
      at: '2026-11-27T09:01:00.000Z',
    });
    const res = await invoke(PERRIN, 'save-and-next', { ...save.data, progress: '55' });
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(await h.server.store.operations.response.find({ deliveryId: delivery!.id })).toEqual([]);
  });

  it('records blocked recipients as a final outcome and retries throttling once', async () => {
    await h.install(CARREL);
    h.fake.setUserState(h.userOf(PERRIN), 'blocked');
    h.fake.failNext(h.userOf(CARREL), 429, 1, { retryAfterSeconds: 1 });
    const id = await launch(['svc-education', 'svc-transition']);
    // The server's clock is fixed: the retry after Retry-After becomes due when the test moves the clock.
    const first = await h.server.bot!.dispatcher.drain();
    expect(first).toMatchObject({ failed: 1, retried: 1 });
    h.server.clock.advance(2);
    const second = await h.server.bot!.dispatcher.drain();
    expect(second).toMatchObject({ sent: 1 });
    const deliveries = await h.server.store.operations.delivery.find({ campaignId: id });
    const byPerson = Object.fromEntries(deliveries.map((d) => [d.personId, d]));
    expect(byPerson[PERRIN]).toMatchObject({ state: 'failed', failure: 'blocked' });
    expect(byPerson[CARREL]).toMatchObject({ state: 'sent' });
    const cards = h.fake.sentTo(h.userOf(CARREL)).filter((a) => executeActionsOf(cardOfActivity(a.posted) ?? {}).some((x) => x.verb === 'save-and-next'));
    expect(cards).toHaveLength(1);
    const funnel = (await h.server.api(`/campaigns/${id}`, { as: PILOTAGE })).body.funnel;
    expect(funnel).toMatchObject({ total: 2, sent: 1, failed: 1, failedBy: { blocked: 1 } });
    h.fake.setUserState(h.userOf(PERRIN), 'installed');
  });
});
