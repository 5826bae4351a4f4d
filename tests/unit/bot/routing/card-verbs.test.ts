import { CARD_VERBS, parseCardAction, routeCardAction, type CardVerbHandlers } from '../../../../bot/routing/card-verbs.js';

const step = { campaignId: 'camp-1', deliveryId: 'del-1', step: 2, cardVersion: 4 };
const invoke = (verb: unknown, data: unknown) => ({ action: { type: 'Action.Execute', verb, data }, trigger: 'manual' });

describe('parseCardAction', () => {
  it('reads a Universal Action invoke into its verb, typed data and inputs', () => {
    const parsed = parseCardAction(invoke('save-and-next', { ...step, progress: '60', weather: 'sunny', 'measure.ind-1': '12' }));
    expect(parsed).toEqual({
      ok: true,
      action: { verb: 'save-and-next', data: step, inputs: { progress: '60', weather: 'sunny', 'measure.ind-1': '12' } },
    });
  });

  it('reads the Action.Submit fallback, where the verb travels in the data', () => {
    const parsed = parseCardAction({ verb: 'skip', ...step });
    expect(parsed).toEqual({ ok: true, action: { verb: 'skip', data: step, inputs: {} } });
  });

  it('reads verbs without data', () => {
    expect(parseCardAction(invoke('help', undefined))).toEqual({ ok: true, action: { verb: 'help', data: {}, inputs: {} } });
  });

  it('turns numbers and booleans sent as inputs into strings, as cards send them', () => {
    const parsed = parseCardAction(invoke('submit', { ...step, progress: 60, agree: true }));
    expect(parsed.ok && parsed.action.inputs).toEqual({ progress: '60', agree: 'true' });
  });

  it('rejects unknown verbs', () => {
    for (const verb of ['delete-everything', 'SUBMIT', '', 42, undefined, 'toString', '__proto__']) {
      const parsed = parseCardAction(invoke(verb, step));
      expect(parsed).toMatchObject({ ok: false, error: { code: 'unknown_verb' } });
    }
  });

  it('rejects what is not a card action', () => {
    for (const value of [null, 'submit', 42, [], {}, { action: 'submit' }]) expect(parseCardAction(value)).toMatchObject({ ok: false, error: { code: 'not_a_card_action' } });
  });

  it.each([
    ['a missing step', { campaignId: 'camp-1', deliveryId: 'del-1', cardVersion: 4 }, 'step'],
    ['a step as text', { ...step, step: '2' }, 'step'],
    ['a negative card version', { ...step, cardVersion: -1 }, 'cardVersion'],
    ['a decimal step', { ...step, step: 1.5 }, 'step'],
    ['an id with a space', { ...step, deliveryId: 'del 1' }, 'deliveryId'],
    ['a missing campaign', { deliveryId: 'del-1', step: 2, cardVersion: 4 }, 'campaignId'],
  ])('rejects malformed data: %s', (_, data, path) => {
    const parsed = parseCardAction(invoke('save-and-next', data));
    expect(parsed).toMatchObject({ ok: false, error: { code: 'malformed_data' } });
    expect(!parsed.ok && parsed.error.issues.map((i) => i.path)).toContain(path);
  });

  it('rejects inputs that are objects (no card sends them)', () => {
    expect(parseCardAction(invoke('submit', { ...step, progress: { $gt: 1 } }))).toMatchObject({ ok: false, error: { code: 'malformed_data' } });
  });

  it('explains a refusal in both languages', () => {
    const parsed = parseCardAction(invoke('nope', {}));
    expect(!parsed.ok && parsed.error.issues[0]!.message).toEqual({ fr: 'Action inconnue.', en: 'Unknown action.' });
  });
});

describe('routeCardAction', () => {
  it('calls the handler of the verb with its typed data', () => {
    const calls: string[] = [];
    const record = (verb: string) => () => {
      calls.push(verb);
      return verb;
    };
    const handlers: CardVerbHandlers<string> = {
      'save-and-next': (a) => `next ${a.data.step} ${a.inputs.progress ?? ''}`,
      skip: record('skip'),
      back: (a) => `back from ${a.data.step}`,
      submit: record('submit'),
      amend: (a) => `amend v${a.data.cardVersion}`,
      refresh: record('refresh'),
      'open-questionnaire': (a) => `open ${a.data.campaignId}`,
      'my-actions': record('my-actions'),
      'my-campaigns': record('my-campaigns'),
      help: record('help'),
    };
    const route = (value: unknown) => {
      const parsed = parseCardAction(value);
      if (!parsed.ok) throw new Error(parsed.error.code);
      return routeCardAction(parsed.action, handlers);
    };
    expect(route(invoke('save-and-next', { ...step, progress: '60' }))).toBe('next 2 60');
    expect(route({ verb: 'back', ...step })).toBe('back from 2');
    expect(route(invoke('amend', { campaignId: 'c', deliveryId: 'd', cardVersion: 7 }))).toBe('amend v7');
    expect(route(invoke('open-questionnaire', { campaignId: 'c9', deliveryId: 'd' }))).toBe('open c9');
    expect(route(invoke('help', {}))).toBe('help');
    expect(calls).toEqual(['help']);
    expect(Object.keys(handlers).sort()).toEqual([...CARD_VERBS].sort());
  });
});
