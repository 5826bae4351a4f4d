import path from 'node:path';
import { startProcess, type ManagedProcess } from './managed-process.js';
import { answersOk, waitFor } from './wait-for.js';

/** The repository's root, where the server and the Playground run. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** How to run the Cap Mandat server for the Playground. */
export interface CapMandatServerOptions {
  /** 0 picks a free port (the server says which in its log). */
  port: number;
  /** SQLite file, or ':memory:' for a throw-away store. */
  sqlitePath: string;
  /** Extra environment (TIME_ZONE…); what the Playground needs (anonymous bot, dev identities, SQLite) always wins. */
  env?: NodeJS.ProcessEnv;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** A running server. */
export interface CapMandatServer {
  process: ManagedProcess;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The bot's endpoint, for the Playground's `-e`. */
  botEndpoint: string;
}

// The server logs JSON lines (pino); this one says where it listens.
function listeningUrlOf(line: string): string | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === 'Cap Mandat is listening' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `src/server/main.ts` (as `npm start` does, through tsx) for the Playground: development identities, the demo
 * commune seeded into an empty store, and the bot in its anonymous local mode (the Playground sends no token). Resolves
 * once the server listens and `/api/health` answers.
 */
export async function startCapMandatServer(options: CapMandatServerOptions): Promise<CapMandatServer> {
  let url: string | undefined;
  const env = { ...process.env, ...options.env };
  // Its "listening" line is at level info: a quieter level would hide when it is ready.
  const logLevel = env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace' ? env.LOG_LEVEL : 'info';
  const server = startProcess({
    name: 'cap-mandat',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/server/main.ts'],
    cwd: REPO_ROOT,
    env: {
      ...env,
      LOG_LEVEL: logLevel,
      NODE_ENV: 'development',
      AUTH_MODE: 'dev',
      STORE: 'sqlite',
      SEED_DEMO: 'true',
      SQLITE_PATH: options.sqlitePath,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
    },
    watch(line) {
      url ??= listeningUrlOf(line);
    },
    ...(options.onLine ? { onLine: options.onLine } : {}),
  });
  try {
    const listening = await waitFor(server, 'listening line', () => url);
    // Another server already on the port would answer /api/health too: ours said it listens, now it must answer.
    await waitFor(server, `${listening}/api/health`, async () => ((await answersOk(`${listening}/api/health`)) ? true : undefined));
    return { process: server, url: listening, botEndpoint: `${listening}/api/messages` };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
