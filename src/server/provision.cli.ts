import { describeStep, openSharePointStore, provisionSharePoint, sharePointConnectionOf } from '../adapters/sharepoint/index.js';
import { randomIds, systemClock } from '../adapters/system/system-clock.js';
import { AuditLog } from '../app/audit/audit-log.js';
import { ConfigError, loadSharePointConfig } from '../config/config.js';
import { APP_VERSION } from './version.js';

/** Reads `--site <id or URL>` and `--dry-run`; anything else is refused. */
function parseArgs(args: string[]): { site?: string; dryRun: boolean } {
  const options: { site?: string; dryRun: boolean } = { dryRun: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--site' && args[i + 1]) options.site = args[++i];
    else if (arg.startsWith('--site=')) options.site = arg.slice('--site='.length);
    else throw new Error(`Option inconnue / unknown option: ${arg} (usage : npm run provision -- --site <id ou URL> [--dry-run])`);
  }
  return options;
}

/** `npm run provision -- --site <id or URL> [--dry-run]`: creates or upgrades Cap Mandat's lists; never deletes. */
async function provision(args: string[]): Promise<void> {
  const { site, dryRun } = parseArgs(args);
  const settings = loadSharePointConfig({ site });
  const report = await provisionSharePoint({ ...sharePointConnectionOf(settings, APP_VERSION), dryRun });
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(`Site ${report.siteId}`);
  if (report.steps.length === 0) {
    out('Rien à faire : les listes sont à jour. / Nothing to do: the lists are up to date.');
    return;
  }
  out(dryRun ? 'Plan (--dry-run, rien n’est écrit / nothing written):' : 'Fait / done:');
  for (const step of report.steps) out(`  - ${describeStep(step)}`);
  if (dryRun) return;
  // The provisioned site now holds the audit log: record what was done there.
  const store = await openSharePointStore(sharePointConnectionOf(settings, APP_VERSION));
  try {
    await new AuditLog(store.operations, systemClock(), randomIds()).record('system', {
      action: 'site_provisioned',
      targetKind: 'site',
      targetId: report.siteId.slice(0, 200),
      summary: `${report.steps.length} étape(s) : ${report.steps.map(describeStep).join(' ; ')}`,
    });
  } finally {
    await store.close();
  }
}

provision(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
