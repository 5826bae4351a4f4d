import { createHash } from 'node:crypto';
import type { DirectoryUserInput, TeamInput } from '../types.js';

const hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A UUID-shaped id derived from a label (stable across runs). */
export function stableGuid(label: string): string {
  const h = hex(label);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const FIRST_NAMES = ['Camille', 'Louis', 'Léa', 'Hugo', 'Chloé', 'Jules', 'Manon', 'Arthur', 'Inès', 'Gabriel'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];

/** User number `n` of a fake tenant: `29:` id, Entra object id and a French name, all stable. */
export function fakeUser(n: number, overrides: Partial<DirectoryUserInput> = {}): DirectoryUserInput {
  const first = FIRST_NAMES[n % FIRST_NAMES.length] as string;
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length] as string;
  return {
    id: `29:1${Buffer.from(hex(`user-${n}`), 'hex').toString('base64url').slice(0, 42)}`,
    aadObjectId: stableGuid(`aad-${n}`),
    name: `${first} ${last}${n >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${n}` : ''}`,
    ...overrides,
  };
}

/** `count` users numbered from `from`. */
export function fakeUsers(count: number, from = 0): DirectoryUserInput[] {
  return Array.from({ length: count }, (_, i) => fakeUser(from + i));
}

/** A team with the given members and one extra channel, ids shaped like Teams' (`19:…@thread.tacv2`). */
export function fakeTeam(label: string, memberIds: string[], overrides: Partial<TeamInput> = {}): TeamInput {
  const id = `19:${hex(`team-${label}`).slice(0, 32)}@thread.tacv2`;
  return {
    id,
    name: label,
    aadGroupId: stableGuid(`group-${label}`),
    memberIds,
    channels: [{ id: `19:${hex(`channel-${label}`).slice(0, 32)}@thread.tacv2`, name: 'Suivi du mandat' }],
    ...overrides,
  };
}
