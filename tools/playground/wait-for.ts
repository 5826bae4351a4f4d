import type { ManagedProcess } from './managed-process.js';

/** Why a process did not become ready: its name, what was awaited and its last output. */
export class NotReadyError extends Error {
  constructor(process: ManagedProcess, what: string) {
    const tail = process.echoesOutput ? '' : process.recentOutput().slice(-20).join('\n');
    super(`${process.name}: ${what}${tail ? `\n--- last output of ${process.name} ---\n${tail}` : ''}`);
    this.name = 'NotReadyError';
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the first value `read` returns that is not undefined, polling every `intervalMs`; rejects when the
 * process exits first or the time is up.
 */
export async function waitFor<T>(
  process: ManagedProcess,
  what: string,
  read: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 60_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (process.hasExited()) {
      const { code, signal } = await process.exited;
      throw new NotReadyError(process, `exited (${signal ?? `code ${String(code)}`}) while waiting for ${what}`);
    }
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new NotReadyError(process, `no ${what} after ${timeoutMs} ms`);
    await pause(intervalMs);
  }
}

/** True when `url` answers 2xx; false while nothing listens or it answers otherwise. */
export async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
