import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** How a process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A child process started in its own process group, so that stopping it also stops whatever it started. */
export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  /** Settles when the process has exited, however it ended. */
  readonly exited: Promise<ProcessExit>;
  /** Whether it has exited. */
  hasExited(): boolean;
  /** Its last lines of output (stdout and stderr), for error messages. */
  recentOutput(): string[];
  /** Whether its output is shown as it comes (an `onLine` was given): error messages then need not repeat it. */
  readonly echoesOutput: boolean;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** What to start. */
export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Shows each line the process writes, as it comes. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Reads each line (to learn a port…), shown or not. */
  watch?: (line: string) => void;
  /** How many lines `recentOutput` keeps (default 200). */
  keepLines?: number;
}

// A process group is a POSIX notion: on Windows the process alone is signalled (neither the server nor the Playground
// starts children of its own, except the browser, which outlives them anyway).
const GROUPS = process.platform !== 'win32';

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(GROUPS ? -pid : pid, signal);
  } catch (error) {
    // Already gone: nothing to stop.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const running = new Set<ManagedProcess>();

/** The processes started here that have not exited yet (to stop them all on Ctrl-C, even halfway through a start). */
export function runningProcesses(): ManagedProcess[] {
  return [...running];
}

/** Starts a process in a new process group, its output read line by line. */
export function startProcess(spec: ProcessSpec): ManagedProcess {
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, detached: GROUPS, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${spec.name}: could not start ${spec.command}`);
  const pid = child.pid;
  const keep = spec.keepLines ?? 200;
  const lines: string[] = [];
  let done = false;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
    child.once('error', (error) => {
      lines.push(`${spec.name}: ${error.message}`);
      done = true;
      resolve({ code: null, signal: null });
    });
  });
  for (const stream of ['stdout', 'stderr'] as const) {
    readline.createInterface({ input: child[stream] }).on('line', (line) => {
      lines.push(line);
      if (lines.length > keep) lines.shift();
      spec.watch?.(line);
      spec.onLine?.(line, stream);
    });
  }
  const managed: ManagedProcess = {
    name: spec.name,
    pid,
    exited,
    hasExited: () => done,
    recentOutput: () => [...lines],
    echoesOutput: spec.onLine !== undefined,
    async stop(graceMs = 5_000) {
      if (done) return;
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      // The leader is gone; anything it left behind in its group goes with it.
      signalGroup(pid, 'SIGKILL');
    },
  };
  running.add(managed);
  void exited.then(() => running.delete(managed));
  return managed;
}
