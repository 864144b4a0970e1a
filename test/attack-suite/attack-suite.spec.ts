import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { decide, defineAbilityFor } from '@pg/access';
import { PatientGraphClient } from '@pg/client';
import { AttackSuite, type Principal, type Target } from './attacks.js';
import { operationsOf, type OpenApiDocument } from './openapi.js';

/*
 * The suite must fail when an endpoint forgets its scope check. Proven here against a throwaway API that exists
 * only in this test: a tiny HTTP server serving its own /openapi.json with one guarded operation (it checks the
 * scope, refuses with API.md's body and records the denial) and the same operation written carelessly (no scope
 * check; a PATCH that takes whatever fields it is sent). The suite runs unchanged against it, as it runs against
 * the gateway, and must name exactly the careless operations. No test-only route lives in the product.
 */

const T = { id: randomUUID(), givenName: 'Tessa', familyName: 'Targetta', email: 'tessa@example.org' };
const HOME = randomUUID();
const BREAK_GLASS = 'Unconscious patient brought to the emergency room';
const access = (action: string, subject: string) => ({ action, subject });

const doc: OpenApiDocument = {
  paths: {
    '/v1/patients/{patientId}/notes': {
      get: { 'x-access': access('read', 'ClinicalEvent') as never, parameters: [{ name: 'patientId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }] },
    },
    '/v1/patients/{patientId}/leaky-notes': {
      get: { 'x-access': access('read', 'ClinicalEvent') as never, parameters: [{ name: 'patientId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }] },
    },
    '/v1/patients/{patientId}/profile': {
      get: { 'x-access': access('read', 'Patient') as never },
      patch: {
        'x-access': access('update', 'Patient') as never,
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateProfileDto' } } } },
      },
    },
  },
  components: { schemas: { UpdateProfileDto: { type: 'object', properties: { email: { type: 'string', format: 'email' }, subscriptionTier: { type: 'string', enum: ['none', 'concierge'] } } } } },
};

/** Who each token is (what identity-svc would resolve). */
const CALLERS: Record<string, Parameters<typeof defineAbilityFor>[0]> = {
  'tok-patient': { roles: ['patient'], patientId: HOME, careTeam: [] },
  'tok-clinician': { roles: ['clinician'], careTeam: [HOME] },
};

let server: Server;
let base: string;
const audit: { requestId: string; outcome: 'denied' }[] = [];
const profiles = new Map<string, Record<string, unknown>>([[HOME, { id: HOME, email: 'home@example.org', subscriptionTier: 'none' }], [T.id, { ...T, subscriptionTier: 'none' }]]);

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const requestId = String(req.headers['x-request-id'] ?? randomUUID());
  const url = new URL(req.url!, base);
  if (url.pathname === '/openapi.json') return reply(res, 200, doc);
  const caller = CALLERS[String(req.headers.authorization).replace('Bearer ', '')];
  const [, , , patientId, what] = url.pathname.split('/');
  /** The guarded way: the model's decision for this caller and patient; a refusal is recorded as denied. */
  const guard = (action: 'read' | 'update', subject: 'ClinicalEvent' | 'Patient'): boolean => {
    const decision = caller ? decide(defineAbilityFor(caller), action, subject, patientId) : 'forbidden';
    if (decision === 'allow') return true;
    audit.push({ requestId, outcome: 'denied' });
    const [status, code] = decision === 'not-found' ? [404, 'NOT_FOUND'] : [403, 'FORBIDDEN'];
    reply(res, status, { error: { code, message: 'Refused', requestId } });
    return false;
  };
  if (what === 'notes') {
    if (guard('read', 'ClinicalEvent')) reply(res, 200, { data: [] });
    return;
  }
  if (what === 'leaky-notes') {
    // Careless: authenticated is all it asks.
    return reply(res, 200, { data: [{ patientId, note: `Seen ${profiles.get(patientId!)?.familyName ?? ''}` }] });
  }
  if (what === 'profile') {
    if (!guard(req.method === 'GET' ? 'read' : 'update', 'Patient')) return;
    const profile = profiles.get(patientId!)!;
    if (req.method === 'GET') return reply(res, 200, { data: profile });
    // Careless: no whitelist, no field rules.
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    Object.assign(profile, JSON.parse(Buffer.concat(chunks).toString() || '{}'));
    return reply(res, 200, { data: profile });
  }
  reply(res, 404, { error: { code: 'NOT_FOUND', message: 'No such route', requestId } });
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

const attackers = (): Principal[] => [
  { name: 'patient', client: new PatientGraphClient(base, { token: 'tok-patient' }), column: 'patient', home: HOME },
  { name: 'clinician', client: new PatientGraphClient(base, { token: 'tok-clinician' }), column: 'clinician', home: HOME },
  {
    name: 'clinician + break-glass',
    client: new PatientGraphClient(base, { token: 'tok-clinician', breakGlass: BREAK_GLASS }),
    column: 'clinician',
    onTarget: { column: 'clinician + break-glass', relation: 'in' },
    home: HOME,
  },
];
const target: Target = { patientId: T.id, secrets: [T.givenName, T.familyName, T.email], recordIds: {} };

describe('the attack suite against an endpoint without a scope check', () => {
  it('names the unprotected operation (data of a patient out of scope, no refusal, no audit) and passes the guarded one', async () => {
    const suite = new AttackSuite(doc, operationsOf(doc));
    await suite.outOfScope(attackers(), target);
    suite.checkAudit(audit);
    const flagged = new Set(suite.findings.map((f) => f.op));
    expect([...flagged].sort()).toEqual(['GET /v1/patients/{patientId}/leaky-notes']);
    const problems = suite.findings.map((f) => f.problem).join('\n');
    expect(problems).toMatch(/answered 200/);
    expect(problems).toMatch(/holds data of a patient out of scope/);
    expect(problems).toMatch(/no audit event with outcome denied/);
    // The guarded operation was attacked too, and found sound.
    expect([...suite.covered.outOfScope].sort()).toEqual(['GET /v1/patients/{patientId}/leaky-notes', 'GET /v1/patients/{patientId}/notes', 'GET /v1/patients/{patientId}/profile', 'PATCH /v1/patients/{patientId}/profile']);
  });

  it('names a write that takes unknown fields and fields the role may not write, and sees that it changed the record', async () => {
    const suite = new AttackSuite(doc, operationsOf(doc));
    await suite.massAssignment(attackers(), target);
    const problems = suite.findings.filter((f) => f.op === 'PATCH /v1/patients/{patientId}/profile').map((f) => `${f.who}: ${f.problem}`);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^patient \(\+isAdmin\): .*answered 200/),
      expect.stringMatching(/^patient \(writes subscriptionTier\): a field the role may not write/),
      'patient: refused writes changed the resource',
    ]));
    expect(profiles.get(HOME)).toMatchObject({ isAdmin: true, subscriptionTier: 'none' });
  });
});
