import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { RequestContext } from '../../src/context';
import { createLogger } from '../../src/logger';
import { recordDisclosure } from '../../src/modules/logs/disclosure-log';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { inTenant, tenantIds } from '../isolation/sql';
import { asOwnerIn, EDURO, idsByKey, lastSeq, listPeople, logRows, verifyLogs } from './log-support';

// DOMAIN.md §5: the logs are tamper-evident. Each tenant's use log and disclosure log is a hash chain
// (kaira.append_log); verifyLogs re-computes it (kaira.verify_log) for the controller's DPO. The owner can
// change rows (FORCE'd RLS still asks it for a tenant), and the change must show.

let kaira: Kaira;
let owner: Client;
let app: Client;
let tenants: Record<string, string>;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  app = await connect(kaira.db.appUrl);
  tenants = await tenantIds(owner);
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await kaira?.close();
});

describe('verifyLogs', () => {
  test('only the controller’s DPO may run it', async () => {
    const code = async (email: string, tenant: string) =>
      codeOf(await kaira.gql('{ verifyLogs { intact } }', {}, { token: await kaira.tokenFor(email), tenant }));
    expect(await code(USERS.office, 'eduro-training')).toBe('FORBIDDEN');
    expect(await code(USERS.admin, 'eduro-training')).toBe('FORBIDDEN');
    expect(await code(USERS.eduroDpo, 'rovaniemi-guidance')).toBe('FORBIDDEN'); // Eduro only processes there
    expect(await code(USERS.cityOfficer, 'rovaniemi-guidance')).toBe('FORBIDDEN');
    expect(await code(USERS.cityDpo, 'rovaniemi-guidance')).toBeUndefined();
    expect(await code(USERS.eduroDpo, 'eduro-training')).toBeUndefined();
  });

  test('reports both logs intact after some activity, every entry checked', async () => {
    // One entry per operation: four lists in eduro-training, one in eduro-guidance.
    for (const count of [5, 12, 3, 7]) await listPeople(kaira, 'eduro-training', count);
    await listPeople(kaira, 'eduro-guidance', 3);
    const seq = await lastSeq(owner, tenants['eduro-training']!);
    expect(seq).toBe(4);
    expect(await verifyLogs(kaira, USERS.eduroDpo, 'eduro-training')).toEqual({
      USE_LOG: { log: 'USE_LOG', intact: true, checked: 4, brokenAt: null, problem: null },
      DISCLOSURE_LOG: {
        log: 'DISCLOSURE_LOG',
        intact: true,
        checked: await lastSeq(owner, tenants['eduro-training']!, 'disclosure_log'), // the demo's scheme reports
        brokenAt: null,
        problem: null,
      },
    });
    // verifyLogs reads hashes, not anyone's data: it writes no use-log entry of its own.
    expect(await lastSeq(owner, tenants['eduro-training']!)).toBe(4);
  });

  test('an entry changed by the owner: intact false at that seq, "entry content changed"', async () => {
    const tenant = tenants['eduro-training']!;
    const changed = await asOwnerIn(
      owner,
      tenant,
      `update use_log set entry = jsonb_set(entry, '{operation}', '"nothingToSeeHere"') where seq = 2`,
    );
    expect(changed).toBe(1);
    const result = await verifyLogs(kaira, USERS.eduroDpo, 'eduro-training');
    expect(result.USE_LOG).toEqual({
      log: 'USE_LOG',
      intact: false,
      checked: 1,
      brokenAt: 2,
      problem: 'entry content changed',
    });
    expect(result.DISCLOSURE_LOG.intact).toBe(true);
    // Each tenant has its own chain: the other tenants are untouched.
    expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-guidance')).USE_LOG).toMatchObject({
      intact: true,
      checked: 1,
    });
  });

  test('re-hashing the changed entry moves the break to the next link: "link to the previous entry broken"', async () => {
    const tenant = tenants['eduro-training']!;
    await asOwnerIn(
      owner,
      tenant,
      `update use_log set hash = sha256(prev_hash || convert_to(entry::text, 'UTF8')) where seq = 2`,
    );
    expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-training')).USE_LOG).toEqual({
      log: 'USE_LOG',
      intact: false,
      checked: 2,
      brokenAt: 3,
      problem: 'link to the previous entry broken',
    });
  });
});

test('concurrent operations in one tenant keep its chain gap-free and intact', async () => {
  const token = await kaira.tokenFor(USERS.office);
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      kaira.gql<{ people: { nodes: Array<{ id: string }> } }>(
        '{ people(first: 3) { nodes { id } } }',
        {},
        { token, tenant: 'rovaniemi-guidance' },
      ),
    ),
  );
  expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
  const rows = await logRows(owner, tenants['rovaniemi-guidance']!);
  expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  // Each operation wrote exactly one entry, naming the three people it returned.
  const requestIds = results.map((r) => r.headers.get('x-request-id'));
  expect(rows.map((r) => r.entry.requestId).sort()).toEqual([...requestIds].sort());
  const page = results[0]!.data!.people.nodes.map((n) => n.id);
  expect(rows.map((r) => r.person_ids)).toEqual(Array(20).fill(page));
  expect((await verifyLogs(kaira, USERS.cityDpo, 'rovaniemi-guidance')).USE_LOG).toEqual({
    log: 'USE_LOG',
    intact: true,
    checked: 20,
    brokenAt: null,
    problem: null,
  });
});

describe('the disclosure log chain (no GraphQL operation writes it yet)', () => {
  const tenant = () => tenants['eduro-guidance']!;

  test('an entry appended as appendToLog does, as kaira_app: verifyLogs checks 1 and finds it intact', async () => {
    expect(await lastSeq(owner, tenant(), 'disclosure_log')).toBe(0);
    const inserted = await inTenant(
      app,
      tenant(),
      async () =>
        (
          await app.query<{ seq: string }>(
            `select kaira.append_log('disclosure_log', '[{"personIds":[],"x":1}]'::jsonb) as seq`,
          )
        ).rows[0]!.seq,
      { commit: true },
    );
    expect(Number(inserted)).toBe(1);
    const [row] = await logRows(owner, tenant(), 'disclosure_log');
    expect(row).toEqual({
      seq: 1,
      person_ids: [],
      entry: { personIds: [], x: 1, seq: 1, tenantId: tenant(), occurredAt: expect.any(String) },
    });
    expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-guidance')).DISCLOSURE_LOG).toEqual({
      log: 'DISCLOSURE_LOG',
      intact: true,
      checked: 1,
      brokenAt: null,
      problem: null,
    });
  });

  test('recordDisclosure (src/modules/logs/disclosure-log.ts) chains its entry in the operation’s transaction', async () => {
    const token = await kaira.tokenFor(USERS.eduroDpo);
    const ctx = new RequestContext(
      { orm: kaira.orm, config: kaira.config, registry: kaira.registry, logger: createLogger('silent') },
      { tenantSlug: 'eduro-guidance', authorization: `Bearer ${token}`, requestId: 'disclosure-test-1' },
    );
    const personIds = await inTenant(owner, tenant(), async () =>
      (await owner.query<{ id: string }>('select id from person order by id limit 2')).rows.map((r) => r.id),
    );
    expect(personIds).toHaveLength(2);
    const content = JSON.stringify({ statement: 'lausunto' });
    const hash = await recordDisclosure(ctx, {
      personIds,
      recipient: { name: 'Kela', businessId: '0246246-0', country: 'FI' },
      legalBasis: 'client’s written request',
      dataSet: ['statement'],
      content,
      operation: 'test',
    });
    await ctx.tx.finish(true);

    expect(hash).toBe(createHash('sha256').update(content).digest('hex'));
    const { users, organisations } = await idsByKey(owner);
    const [row] = await logRows(owner, tenant(), 'disclosure_log', 1);
    expect(row).toEqual({
      seq: 2,
      person_ids: personIds,
      entry: {
        seq: 2,
        tenantId: tenant(),
        occurredAt: expect.any(String),
        personIds,
        recipient: { name: 'Kela', businessId: '0246246-0', country: 'FI' },
        legalBasis: 'client’s written request',
        dataSet: ['statement'],
        contentSha256: hash,
        operation: 'test',
        actor: { userId: users[USERS.eduroDpo], organisationId: organisations[EDURO], roles: ['DPO'] },
        requestId: 'disclosure-test-1',
      },
    });
    expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-guidance')).DISCLOSURE_LOG).toMatchObject({
      intact: true,
      checked: 2,
    });
  });

  test('a disclosure rolled back with its operation leaves no entry and no gap', async () => {
    const token = await kaira.tokenFor(USERS.eduroDpo);
    const ctx = new RequestContext(
      { orm: kaira.orm, config: kaira.config, registry: kaira.registry, logger: createLogger('silent') },
      { tenantSlug: 'eduro-guidance', authorization: `Bearer ${token}` },
    );
    await recordDisclosure(ctx, {
      personIds: [],
      recipient: { name: 'Kela', country: 'FI' },
      legalBasis: 'test',
      dataSet: ['statement'],
      content: 'x',
      operation: 'test',
    });
    await ctx.tx.finish(false);
    expect(await lastSeq(owner, tenant(), 'disclosure_log')).toBe(2);
    expect((await verifyLogs(kaira, USERS.eduroDpo, 'eduro-guidance')).DISCLOSURE_LOG).toMatchObject({
      intact: true,
      checked: 2,
    });
  });
});
