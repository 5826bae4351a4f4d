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

  it('brings a schema-2 database with queued messages up to date: its outbox answers what is due', async () => {
    const file = path.join(dir, 'v2.db');
    const db = new Database(file);
    db.transaction(() => {
      MIGRATIONS.slice(0, 2).forEach((sql) => db.exec(sql));
      db.pragma('user_version = 2');
    })();
    const item = (id: string, notBefore: string) =>
      JSON.stringify({ id, purpose: 'questionnaire', campaignId: 'camp-1', deliveryId: `dlv-${id}`, personId: 'pers-a', state: 'pending', notBefore, attempts: 0 });
    const insert = db.prepare('INSERT INTO op_outbox (id, version, created_at, updated_at, data) VALUES (?, 1, ?, ?, ?)');
    insert.run('obx-due', '2026-03-02T08:00:00.000Z', '2026-03-02T08:00:00.000Z', item('obx-due', '2026-03-02T08:00:00.000Z'));
    insert.run('obx-later', '2026-03-02T08:00:00.000Z', '2026-03-02T08:00:00.000Z', item('obx-later', '2026-03-09T08:00:00.000Z'));
    db.close();
    const store = openSqliteStore(file);
    const due = await store.operations.outbox.claimable('2026-03-02T09:00:00.000Z', 10);
    expect(due.items.map((i) => i.id)).toEqual(['obx-due']);
    expect(due.nextAt).toBe('2026-03-09T08:00:00.000Z');
    await store.close();
  });

  it('refuses a database from a newer release', () => {
    const file = path.join(dir, 'future.db');
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this release/);
  });
});
