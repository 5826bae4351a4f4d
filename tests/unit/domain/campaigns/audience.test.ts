import { resolveAudience } from '../../../../src/domain/campaigns/audience-resolve.js';
import { audienceSchema } from '../../../../src/domain/campaigns/audience.schema.js';
import { checkCampaignRecord } from '../../../../src/domain/campaigns/campaign-validate.js';
import type { Person, Service } from '../../../../src/domain/entities/index.js';

const person = (id: string, role: Person['role']): Person => ({ id, displayName: id, role, serviceIds: [] });
const people = [person('maire', 'elected'), person('adjointe', 'elected'), person('dir-sport', 'service_head'), person('dgs', 'pilotage')];
const services: Service[] = [
  { id: 'sport', name: 'Sports', headPersonId: 'dir-sport' },
  { id: 'culture', name: 'Culture' },
  { id: 'jeunesse', name: 'Jeunesse', headPersonId: 'dir-sport' },
];

describe('audience', () => {
  it('accepts the three kinds of audience', () => {
    for (const audience of [{ kind: 'service_heads', serviceIds: ['sport'] }, { kind: 'elected_officials' }, { kind: 'people', personIds: ['dgs'] }])
      expect(checkCampaignRecord(audienceSchema, audience).ok).toBe(true);
  });

  it('refuses an empty list and a person listed twice (they would get two cards)', () => {
    const empty = checkCampaignRecord(audienceSchema, { kind: 'people', personIds: [] });
    expect(!empty.ok && empty.issues[0]!.path).toBe('personIds');
    const twice = checkCampaignRecord(audienceSchema, { kind: 'people', personIds: ['dgs', 'maire', 'dgs'] });
    expect(!twice.ok && twice.issues.map((i) => [i.path, i.message.fr])).toEqual([['personIds.2', 'Cet élément figure déjà dans la liste.']]);
  });

  it('resolves heads of services once each, and reports services without a head and unknown ones', () => {
    const resolved = resolveAudience({ kind: 'service_heads', serviceIds: ['sport', 'culture', 'jeunesse', 'ghost'] }, { services, people });
    expect(resolved).toEqual({ personIds: ['dir-sport'], servicesWithoutHead: ['culture'], unknownIds: ['ghost'] });
  });

  it('resolves all elected officials', () => {
    expect(resolveAudience({ kind: 'elected_officials' }, { services, people }).personIds).toEqual(['maire', 'adjointe']);
  });

  it('resolves named people and reports unknown ones', () => {
    expect(resolveAudience({ kind: 'people', personIds: ['dgs', 'nobody'] }, { services, people })).toEqual({
      personIds: ['dgs'],
      servicesWithoutHead: [],
      unknownIds: ['nobody'],
    });
  });
});
