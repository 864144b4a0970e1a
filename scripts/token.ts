/**
 * `npm run token -- --sub <subject> [--ttl <seconds>]`: a development token signed with .data/keys/jwt-private.pem
 * (created if missing; the dev gateway started by `npm start` verifies with its public half). Prints the token only.
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mintDevToken } from './lib/dev-secrets.js';

const USAGE = 'usage: npm run token -- --sub <subject> [--ttl <seconds>]';
const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '.data');

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { sub?: string; ttl?: string };
try {
  ({ values } = parseArgs({ options: { sub: { type: 'string' }, ttl: { type: 'string' } }, strict: true }));
} catch (e) {
  fail((e as Error).message);
}
if (!values.sub) fail('--sub is required');
const ttl = Number(values.ttl ?? 3600);
if (!Number.isInteger(ttl) || ttl === 0) fail('--ttl must be a whole number of seconds (negative for an expired token)');

process.stdout.write(`${await mintDevToken(DATA_DIR, values.sub, ttl)}\n`);
