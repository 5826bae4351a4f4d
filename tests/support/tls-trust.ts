import https from 'node:https';
import tls from 'node:tls';
import vm from 'node:vm';
import { Agent, setGlobalDispatcher, type Dispatcher } from 'undici';

/** Node's fetch reads its dispatcher from this global symbol (undici's setGlobalDispatcher writes it). */
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
const trusted = new Set<string>();

/**
 * Makes this process trust `certPem` on top of the public roots, for Node's global fetch (Graph client, msal-node)
 * and for the `https` module. Under Jest the test file runs in a vm context whose globalThis is not the one Node's
 * bundled fetch reads, so the dispatcher is installed on both the sandbox and the host global.
 */
export function trustCertificate(certPem: string): void {
  trusted.add(certPem);
  const ca = [...tls.rootCertificates, ...trusted];
  const agent: Dispatcher = new Agent({ connect: { ca } });
  setGlobalDispatcher(agent);
  const hostGlobal = vm.runInThisContext('globalThis') as Record<symbol, unknown>;
  hostGlobal[GLOBAL_DISPATCHER] = agent;
  https.globalAgent.options.ca = ca;
}
