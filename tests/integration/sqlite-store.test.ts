import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/adapters/sqlite/migrations.js';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { describeRoadmapStoreContract } from '../support/store-contract.js';

describeRoadmapStoreContract('SQLite', () => Promise.resolve(openSqliteStore(':memory:')));

describe('SQLite change cursor', () => {
  it('is always known, so read models can be cached', async () => {
    const store = openSqliteStore(':memory:');
    expect(await store.changeCursor()).toBe('0');
    await store.close();
  });
});

describe('SQLite store on disk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-mandat-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, migrates once and keeps data across reopenings', async () => {
    const file = path.join(dir, 'nested', 'store.db');
    const first = openSqliteStore(file);
    await first.axis.create({ id: 'axe-1', title: 'Mobilités', order: 1, color: '#1565C0' }, {
      actor: { id: 'a', name: 'A' },
      source: 'api',
      at: '2026-11-27T00:00:00.000Z',
    });
    await first.close();
    const second = openSqliteStore(file);
    expect((await second.axis.get('axe-1'))?.title).toBe('Mobilités');
    await second.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database from a newer release', () => {
    const file = path.join(dir, 'future.db');
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this release/);
  });
});
