import { parseArgs } from 'node:util';

/** What `npm run playground` was asked. */
export interface PlaygroundArgs {
  help: boolean;
  /** Open the Playground's page in the default browser (not with --no-browser, nor in CI). */
  openBrowser: boolean;
  port: number;
  playgroundPort: number;
  sqlitePath: string;
}

/** The usage text, printed by --help and after a bad option. */
export const USAGE = `Usage: npm run playground [-- options]

Starts Cap Mandat (demo commune, SQLite) and the Microsoft 365 Agents Playground talking to its bot; Ctrl-C stops both.

  --no-browser             do not open the Playground in a browser (also when CI is set)
  --port <n>               Cap Mandat's port (default 3978, or PORT)
  --playground-port <n>    the Playground's port (default 56150, or TEAMSAPPTESTER_PORT)
  --sqlite <file>          the store (default data/playground.db, or SQLITE_PATH)
  -h, --help               this text`;

function portOf(name: string, text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name}: "${text}" is not a port number`);
  return port;
}

/** Reads the command line (and the environment variables it defaults to); throws on an unknown or bad option. */
export function parsePlaygroundArgs(argv: string[], env: NodeJS.ProcessEnv): PlaygroundArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'no-browser': { type: 'boolean', default: false },
      port: { type: 'string' },
      'playground-port': { type: 'string' },
      sqlite: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return {
    help: values.help,
    openBrowser: !values['no-browser'] && !ci,
    port: portOf('--port', values.port ?? env.PORT ?? '3978'),
    playgroundPort: portOf('--playground-port', values['playground-port'] ?? env.TEAMSAPPTESTER_PORT ?? '56150'),
    // The Playground's conversations (their service URL is its mocked connector) stay out of the app's own store.
    sqlitePath: values.sqlite ?? env.SQLITE_PATH ?? 'data/playground.db',
  };
}
