import type { EmulatorContext } from '../context.js';
import { validateFaultOptions } from '../ops/faults.js';

export interface PlainAnswer {
  status: number;
  body?: unknown;
}

/** /_emulator/*: stats, reset-stats and faults, without auth and outside the stats. */
export function answerAdmin(method: string, path: string, rawBody: string, ctx: EmulatorContext): PlainAnswer {
  if (method === 'GET' && path === '/_emulator/stats') return { status: 200, body: ctx.stats.snapshot() };
  if (method === 'POST' && path === '/_emulator/reset-stats') {
    ctx.stats.reset();
    return { status: 204 };
  }
  if (path === '/_emulator/faults') {
    if (method === 'GET') return { status: 200, body: ctx.faults.current() };
    if (method === 'POST') {
      try {
        ctx.faults.set(validateFaultOptions(rawBody.trim() === '' ? {} : JSON.parse(rawBody)));
        return { status: 200, body: ctx.faults.current() };
      } catch (error) {
        return { status: 400, body: { error: { code: 'invalidRequest', message: error instanceof Error ? error.message : String(error) } } };
      }
    }
  }
  return { status: 404, body: { error: { code: 'itemNotFound', message: `No emulator endpoint ${method} ${path}.` } } };
}
