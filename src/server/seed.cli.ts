import fs from 'node:fs';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { seedDemoIfEmpty } from '../app/seed/seed-store.js';
import { ConfigError, loadConfig } from '../config/config.js';

/** `npm run seed [-- --reset]`: loads the demo commune into the configured store; --reset starts from an empty one. */
async function seed(args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--reset');
  if (unknown.length) throw new Error(`Option inconnue / unknown option: ${unknown.join(' ')} (seule --reset est acceptée)`);
  const config = loadConfig();
  if (args.includes('--reset'))
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${config.store.sqlitePath}${suffix}`, { force: true });
  const store = openSqliteStore(config.store.sqlitePath);
  try {
    const report = await seedDemoIfEmpty(store, systemClock(config.timeZone));
    process.stdout.write(
      report
        ? `Commune de démonstration chargée dans ${config.store.sqlitePath} : ${JSON.stringify(report)}\n`
        : `${config.store.sqlitePath} contient déjà une feuille de route : rien n’a été écrit (utilisez --reset pour repartir de zéro).\n`,
    );
  } finally {
    await store.close();
  }
}

seed(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
