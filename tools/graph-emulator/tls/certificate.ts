import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { isIP } from 'node:net';
import {
  bitString, bool, explicit, implicitPrimitive, objectIdentifier, octetString, sequence, set, smallInteger,
  unsignedInteger, utcTime, utf8String,
} from './der.js';

const OID = {
  commonName: '2.5.4.3',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  subjectAltName: '2.5.29.17',
};

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectIdentifier(oid), ...(critical ? [bool(true)] : []), octetString(value));
}

function ipBytes(ip: string): Buffer {
  if (isIP(ip) === 4) return Buffer.from(ip.split('.').map(Number));
  const [head = '', tail = ''] = ip.split('::');
  const groups = (part: string): string[] => (part ? part.split(':') : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = [...groups(head), ...Array<string>(ip.includes('::') ? missing : 0).fill('0'), ...groups(tail)];
  return Buffer.concat(all.map((group) => { const b = Buffer.alloc(2); b.writeUInt16BE(parseInt(group, 16)); return b; }));
}

function subjectAltNames(hosts: string[]): Buffer {
  const names = hosts.map((host) => (isIP(host) ? implicitPrimitive(7, ipBytes(host)) : implicitPrimitive(2, Buffer.from(host, 'ascii'))));
  return sequence(...names);
}

/**
 * Self-signed ECDSA P-256 certificate for the given hosts (IP addresses become IP SANs), valid for two years.
 * Synchronous on purpose: built with node:crypto and a tiny DER encoder (the `selfsigned` 5.x API is async only).
 */
export function createTestCertificate(hosts: string[] = ['127.0.0.1', 'localhost', '::1']): { keyPem: string; certPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 1) & 0x7f || 1;
  // A subject of its own: trust stores look issuers up by subject, so two trusted emulators must not share one.
  const commonName = `Cap Mandat Graph emulator ${serial.subarray(0, 6).toString('hex')}`;
  const name = sequence(set(sequence(objectIdentifier(OID.commonName), utf8String(commonName))));
  const algorithm = sequence(objectIdentifier(OID.ecdsaWithSha256));
  const now = Date.now();
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(serial),
    algorithm,
    name,
    sequence(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 2 * 365 * 24 * 3600_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(
      extension(OID.basicConstraints, true, sequence(bool(true))),
      // digitalSignature + keyCertSign: bits 0 and 5 → 0b1000_0100, 2 unused bits.
      extension(OID.keyUsage, true, bitString(Buffer.from([0x84]), 2)),
      extension(OID.extKeyUsage, false, sequence(objectIdentifier(OID.serverAuth))),
      extension(OID.subjectAltName, false, subjectAltNames(hosts)),
    )),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, algorithm, bitString(signature));
  const base64 = der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return {
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certPem: `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`,
  };
}
