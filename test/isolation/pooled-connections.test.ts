import type { Client } from 'pg';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { inTenant, tenantIds } from './sql';

// STACK.md: the tenant reaches PostgreSQL only as a transaction-local set_config; a session-level SET
// leaks it to the next request that borrows the connection. After any request, a pooled connection
// outside a transaction must read the setting as '' (set before, reset at transaction end) or null
// (never set), and concurrent requests for different tenants must each see only their own tenant.

const PEOPLE = '{ people(first: 200) { nodes { id } } }';
const ROUNDS = 20; // × 3 tenants + failing requests, against a pool of 8 connections

let kaira: Kaira;
let owner: Client;
const people: Record<string, string[]> = {};

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  const ids = await tenantIds(owner);
  for (const slug of TENANTS) {
    people[slug] = await inTenant(owner, ids[slug]!, async () =>
      // What office staff list: a restricted person (GDPR 18; the demo has one) is the controller's only.
      (
        await owner.query<{ id: string }>(
          `select id from person p where not exists (select 1 from person_restriction r
             where r.person_id = p.id and r.lifted_at is null) order by id`,
        )
      ).rows.map((r) => r.id),
    );
  }
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

interface Snapshot {
  pid: number;
  tenant: string | null;
  user_id: string | null;
  people: number;
}

/** Holds `width` pool connections at once (pg_sleep), so every connection the requests used is read. */
async function poolSnapshot(width = 8): Promise<Snapshot[]> {
  return Promise.all(
    Array.from({ length: width }, () =>
      kaira.orm.em
        .fork()
        .execute<Snapshot[]>(
          `select pg_backend_pid() as pid,
                  current_setting('kaira.tenant_id', true) as tenant,
                  current_setting('kaira.user_id', true) as user_id,
                  (select count(*)::int from person) as people
             from pg_sleep(0.1)`,
        )
        .then((rows) => rows[0]!),
    ),
  );
}

function expectClean(snapshots: Snapshot[]): void {
  for (const s of snapshots) {
    expect({ pid: s.pid, tenant: s.tenant ?? '', user: s.user_id ?? '', people: s.people }).toEqual({
      pid: s.pid,
      tenant: '',
      user: '',
      people: 0,
    });
  }
}

test('after one request for a tenant, the pooled connections carry no tenant and no user', async () => {
  const token = await kaira.tokenFor(USERS.office);
  const result = await kaira.gql(PEOPLE, {}, { token, tenant: 'eduro-training' });
  expect(result.errors).toBeUndefined();
  const snapshots = await poolSnapshot();
  expectClean(snapshots);
  // At least one of them served the request (set_config(…, true) leaves '' behind, not null).
  expect(snapshots.some((s) => s.tenant === '')).toBe(true);
});

test('many concurrent requests for different tenants each see only their own people; nothing leaks', async () => {
  const office = await kaira.tokenFor(USERS.office);
  const coach = await kaira.tokenFor(USERS.coach);
  const requests = Array.from({ length: ROUNDS }, (_, round) =>
    TENANTS.map(async (tenant) => {
      const result = await kaira.gql<{ people: { nodes: Array<{ id: string }> } }>(
        PEOPLE,
        {},
        { token: office, tenant },
      );
      return { tenant, errors: result.errors, ids: result.data?.people.nodes.map((n) => n.id).sort() ?? [], round };
    }),
  ).flat();
  // Failing requests in between: refused by a rule after the transaction opened, and refused by the service.
  const failing = Array.from({ length: ROUNDS }, (_, i) => [
    kaira.gql(PEOPLE, {}, { token: coach, tenant: 'eduro-guidance' }).then(codeOf),
    kaira.gql('{ person(id: "not-a-uuid") { id } }', {}, { token: office, tenant: TENANTS[i % 3] }).then(codeOf),
  ]).flat();
  // And raw reads on the same pool while the requests run.
  const raw = Array.from({ length: 4 }, () => poolSnapshot(4));

  const [results, codes, snapshots] = await Promise.all([
    Promise.all(requests),
    Promise.all(failing),
    Promise.all(raw),
  ]);

  for (const r of results) {
    expect({ tenant: r.tenant, round: r.round, errors: r.errors, ids: r.ids }).toEqual({
      tenant: r.tenant,
      round: r.round,
      errors: undefined,
      ids: people[r.tenant],
    });
  }
  expect(new Set(codes)).toEqual(new Set(['FORBIDDEN', 'BAD_USER_INPUT']));
  expectClean(snapshots.flat());
  expectClean(await poolSnapshot());
});
