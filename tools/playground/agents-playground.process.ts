import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cap-mandat-server.process.js';
import { startProcess, type ManagedProcess } from './managed-process.js';
import { answersOk, waitFor } from './wait-for.js';

/** The Playground's configuration (users, chats, team), read from the repository's root. */
export const PLAYGROUND_CONFIG = path.join(REPO_ROOT, '.m365agentsplayground.yml');

/** How to run the Microsoft 365 Agents Playground. */
export interface AgentsPlaygroundOptions {
  /** The bot's endpoint (`-e`). */
  botEndpoint: string;
  /** 0 picks a free port; a busy port makes the Playground pick another (it says which). */
  port: number;
  /** Whether it opens its page in the default browser (its own default). */
  openBrowser: boolean;
  /** Where it writes its log (default: devTools/m365agentsplayground.log, its own default). */
  logFile?: string;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** A running Playground. */
export interface AgentsPlayground {
  process: ManagedProcess;
  /** Its page, and the base of its HTTP API. */
  url: string;
  logFile: string;
}

/**
 * Starts `agentsplayground -e <bot> -c msteams --disable-telemetry -p <port>` with our configuration file. Resolves once
 * it answers `/_debug/ping`. Offline: `--disable-telemetry` stops its events, and APPLICATION_INSIGHTS_NO_STATSBEAT the
 * usage pings that the Application Insights SDK it starts anyway would send.
 */
export async function startAgentsPlayground(options: AgentsPlaygroundOptions): Promise<AgentsPlayground> {
  const logFile = options.logFile ?? path.join(REPO_ROOT, 'devTools', 'm365agentsplayground.log');
  let port: number | undefined;
  const playground = startProcess({
    name: 'agents-playground',
    command: process.execPath,
    args: [
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      '-e',
      options.botEndpoint,
      '-c',
      'msteams',
      '--disable-telemetry',
      '-p',
      String(options.port),
    ],
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG,
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
    },
    // Its one line on stdout when stdout is not a terminal; the rest goes to its log file.
    watch(line) {
      const listening = /^Listening on (\d+)$/.exec(line.trim());
      if (listening) port = Number(listening[1]);
    },
    ...(options.onLine ? { onLine: options.onLine } : {}),
  });
  try {
    const url = await waitFor(playground, '"Listening on <port>"', () => (port === undefined ? undefined : `http://localhost:${port}`), {
      timeoutMs: 30_000,
    });
    // It mounts its API just after it starts listening.
    await waitFor(playground, `${url}/_debug/ping`, async () => ((await answersOk(`${url}/_debug/ping`)) ? true : undefined), { timeoutMs: 30_000 });
    return { process: playground, url, logFile };
  } catch (error) {
    await playground.stop();
    // Its own reasons (a bad configuration file…) are in its log, not on its stdout.
    throw new Error(`${(error as Error).message}\n--- last lines of ${logFile} ---\n${tailOf(logFile)}`);
  }
}

function tailOf(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
