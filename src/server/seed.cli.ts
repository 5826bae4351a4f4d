import fs from 'node:fs';
import { systemClock } from '../adapters/system/system-clock.js';
import { seedDemoIfEmpty } from '../app/seed/seed-store.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { describeStore, openConfiguredStore } from './open-store.js';

/** `npm run seed [-- --reset]`: loads the demo commune into the configured store; --reset starts from an empty one. */
async function seed(args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--reset');
  if (unknown.length) throw new Error(`Option inconnue / unknown option: ${unknown.join(' ')} (seule --reset est acceptée)`);
  const config = loadConfig();
  const reset = args.includes('--reset');
  if (reset && config.store.kind === 'sharepoint')
    throw new Error('--reset ne vide pas un site SharePoint (rien n’y est jamais supprimé) / --reset never empties a SharePoint site');
  if (reset) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${config.store.sqlitePath}${suffix}`, { force: true });
  const store = await openConfiguredStore(config.store);
  const where = describeStore(config.store);
  try {
    const report = await seedDemoIfEmpty(store, systemClock(config.timeZone));
    process.stdout.write(
      report
        ? `Commune de démonstration chargée dans ${where} : ${JSON.stringify(report)}\n`
        : `${where} contient déjà une feuille de route : rien n’a été écrit (utilisez --reset pour repartir de zéro).\n`,
    );
  } finally {
    await store.close();
  }
}

seed(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
