import type { Activity } from 'botbuilder';
import { textWithoutBotMention } from '../../../../bot/transport/bot-mention.js';
import { actorOf, personalRefOf, teamRefOf } from '../../../../bot/transport/conversation-refs.js';
import { conversationTypeOf, tenantIdOf } from '../../../../bot/transport/teams-activity.js';

const BOT = { id: '28:bot', name: 'Cap Mandat' };
const activity = (extra: Partial<Activity> = {}): Activity =>
  ({
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:1camille', name: 'Camille Martin' },
    recipient: BOT,
    conversation: { id: 'a:chat', conversationType: 'personal', tenantId: 't-1', isGroup: false, name: '' },
    ...extra,
  }) as Activity;

describe('textWithoutBotMention', () => {
  const mention = (id: string, text: string) => ({ type: 'mention', text, mentioned: { id, name: text } });

  it('removes the bot’s mention and tidies the white space Teams adds', () => {
    expect(textWithoutBotMention(activity({ text: '<at>Cap Mandat</at>&nbsp;mes  actions\n', entities: [mention(BOT.id, '<at>Cap Mandat</at>')] }))).toBe('mes actions');
  });

  it('keeps the mention of someone else', () => {
    const text = '<at>Cap Mandat</at> aide <at>Alex</at>';
    const entities = [mention(BOT.id, '<at>Cap Mandat</at>'), mention('29:alex', '<at>Alex</at>')];
    expect(textWithoutBotMention(activity({ text, entities }))).toBe('aide <at>Alex</at>');
  });

  it('leaves a personal chat message as typed, trimmed', () => {
    expect(textWithoutBotMention(activity({ text: '  aide ' }))).toBe('aide');
    expect(textWithoutBotMention(activity({ text: undefined }))).toBe('');
  });
});

describe('reading activities', () => {
  it('the tenant comes from the conversation, else from channelData', () => {
    expect(tenantIdOf(activity())).toBe('t-1');
    expect(tenantIdOf(activity({ conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' }, channelData: { tenant: { id: 't-2' } } }))).toBe('t-2');
    expect(tenantIdOf(activity({ conversation: { id: 'c', isGroup: false, conversationType: 'personal', name: '' }, channelData: 'junk' }))).toBeUndefined();
  });

  it('the conversation type falls back on isGroup when Teams omits it', () => {
    expect(conversationTypeOf(activity({ conversation: { id: 'c', isGroup: true, conversationType: '', name: '' } }))).toBe('groupChat');
    expect(conversationTypeOf(activity({ conversation: { id: 'c', isGroup: false, conversationType: '', name: '' } }))).toBe('personal');
  });

  it('no actor without a sender', () => {
    expect(actorOf(activity({ from: undefined }))).toBeUndefined();
  });

  it('a personal reference without a tenant is refused with the reason', () => {
    const reading = personalRefOf(activity({ conversation: { id: 'a:chat', isGroup: false, conversationType: 'personal', name: '' } }), '2026-03-02T08:00:00.000Z');
    expect(reading).toEqual({ ok: false, problems: [expect.stringMatching(/^tenantId:/)] });
  });

  it('a personal reference falls back on the Teams id when Teams gives no Entra object id', () => {
    const reading = personalRefOf(activity(), '2026-03-02T08:00:00.000Z');
    expect(reading.ok && reading.ref.id).toBe('personal.29:1camille');
  });

  it('a team reference keeps a long Teams team id but derives a short, URL-safe id', () => {
    const teamId = `19:${'a'.repeat(80)}@thread.tacv2`;
    const reading = teamRefOf(activity(), { id: teamId, name: 'Services techniques' }, '2026-03-02T08:00:00.000Z');
    expect(reading.ok && reading.ref).toMatchObject({ teamId, digestChannelId: teamId });
    expect(reading.ok && reading.ref.id).toMatch(/^team\.19:a+$/);
    expect(reading.ok && reading.ref.id.length).toBe(64);
  });
});
