// `npm run playground`: Cap Mandat on the demo commune and the Microsoft 365 Agents Playground talking to its bot,
// offline, no tenant. Ctrl-C stops both; so does either one stopping.
import { startAgentsPlayground } from './agents-playground.process.js';
import { startCapMandatServer } from './cap-mandat-server.process.js';
import { runningProcesses } from './managed-process.js';
import { USAGE, parsePlaygroundArgs, type PlaygroundArgs } from './playground-args.js';
import { buildTab, tabIsStale } from './tab-build.js';

const say = (text: string): void => void process.stdout.write(`${text}\n`);
const prefixed = (name: string) => (line: string) => say(`[${name}] ${line}`);

let stopping = false;

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(runningProcesses().map((p) => p.stop()));
  process.exit(exitCode);
}

async function run(args: PlaygroundArgs): Promise<void> {
  if (tabIsStale()) {
    say('Building the tab (vite)…');
    await buildTab();
  }
  const server = await startCapMandatServer({ port: args.port, sqlitePath: args.sqlitePath, onLine: prefixed('cap-mandat') });
  const playground = await startAgentsPlayground({
    botEndpoint: server.botEndpoint,
    port: args.playgroundPort,
    openBrowser: args.openBrowser,
    onLine: prefixed('playground'),
  });
  say(
    [
      '',
      `Cap Mandat   ${server.url}   (tab and API; bot at /api/messages; store ${args.sqlitePath})`,
      `Playground   ${playground.url}   (you are the currentUser of .m365agentsplayground.yml; its log: ${playground.logFile})`,
      args.openBrowser ? 'Ctrl-C stops both.' : 'Open the Playground’s address in a browser. Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
  const first = await Promise.race([server.process, playground.process].map((p) => p.exited.then((exit) => ({ name: p.name, exit }))));
  if (stopping) return;
  say(`${first.name} stopped (${first.exit.signal ?? `code ${String(first.exit.code)}`}): stopping the other one.`);
  await stopAll(1);
}

function main(): void {
  let args: PlaygroundArgs;
  try {
    args = parsePlaygroundArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.help) return say(USAGE);
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  run(args).catch(async (error: unknown) => {
    // A start cut short by Ctrl-C fails on purpose.
    if (stopping) return;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await stopAll(1);
  });
}

main();
