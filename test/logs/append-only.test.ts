import type { Client } from 'pg';
import { connect } from '../support/database';
import { startKaira, type Kaira } from '../support/kaira';
import { inTenant, sqlError, tenantIds } from '../isolation/sql';
import { lastSeq, logRows, type LogTable } from './log-support';

// DOMAIN.md §5: the logs are append-only — the app's database role may read them and append through
// kaira.append_log, never insert rows of its own, update, delete or move a chain head. Enforced by grant
// (migrations), so even a compromised app cannot rewrite or forge history.

const LOGS: LogTable[] = ['use_log', 'disclosure_log'];

let kaira: Kaira;
let app: Client;
let tenant: string;

beforeAll(async () => {
  kaira = await startKaira();
  app = await connect(kaira.db.appUrl);
  tenant = (await tenantIds(app))['eduro-training']!;
});
afterAll(async () => {
  await app?.end();
  await kaira?.close();
});

/** Appends one entry the way src/modules/logs/use-log.ts appendToLog does. */
function append(log: LogTable, entry: object) {
  return app.query('select kaira.append_log($1, $2::jsonb)', [log, JSON.stringify([entry])]);
}

describe.each(LOGS)('%s', (log) => {
  test('kaira_app appends (through kaira.append_log) and selects', async () => {
    const before = await inTenant(
      app,
      tenant,
      async () => (await app.query(`select count(*)::int as n from ${log}`)).rows[0].n,
    );
    await inTenant(app, tenant, () => append(log, { personIds: [], probe: 'append-only' }), { commit: true });
    const after = await inTenant(
      app,
      tenant,
      async () => (await app.query(`select seq::int as seq, entry from ${log} order by seq desc limit 1`)).rows,
    );
    expect(after).toEqual([
      { seq: before + 1, entry: expect.objectContaining({ probe: 'append-only', seq: before + 1, tenantId: tenant }) },
    ]);
  });

  test.each([
    ['update', `update ${log} set entry = entry || '{"changed":true}'::jsonb`],
    ['update one column', `update ${log} set occurred_at = now() where seq = 1`],
    ['delete a row', `delete from ${log} where seq = 1`],
    ['delete every row', `delete from ${log}`],
    ['truncate', `truncate ${log}`],
    [
      'insert a row of its own',
      `insert into ${log} (tenant_id, seq, occurred_at, person_ids, entry, prev_hash, hash)
       values (kaira.current_tenant_id(), 999999, now() - interval '1 year', '{}', '{}', ''::bytea, ''::bytea)`,
    ],
  ])('kaira_app may not %s: permission denied', async (_what, sql) => {
    const rowsBefore = await logRows(app, tenant, log);
    const failure = await inTenant(app, tenant, () => sqlError(app.query(sql)));
    expect(failure.code).toBe('42501');
    expect(failure.message).toBe(`permission denied for table ${log}`);
    // Nor without a tenant (RLS would hide the rows, but the grant refuses first).
    const noTenant = await inTenant(app, null, () => sqlError(app.query(sql)));
    expect(noTenant.message).toBe(`permission denied for table ${log}`);
    expect(await logRows(app, tenant, log)).toEqual(rowsBefore);
  });

  test('the grant is exactly SELECT', async () => {
    const { rows } = await app.query<{ privilege_type: string }>(
      `select privilege_type from information_schema.role_table_grants
        where grantee = 'kaira_app' and table_schema = 'public' and table_name = $1 order by privilege_type`,
      [log],
    );
    expect(rows.map((r) => r.privilege_type)).toEqual(['SELECT']);
  });
});

test('kaira_app cannot move a chain head, and append_log refuses what is not a log', async () => {
  const failure = await inTenant(app, tenant, () => sqlError(app.query('update log_head set seq = 0')));
  expect(failure.message).toBe('permission denied for table log_head');
  const unknown = await inTenant(app, tenant, () => sqlError(app.query("select kaira.append_log('person', '[]')")));
  expect(unknown.message).toBe('kaira.append_log: unknown log');
  const noTenant = await inTenant(app, null, () => sqlError(app.query("select kaira.append_log('use_log', '[]')")));
  expect(noTenant.message).toBe('kaira.append_log: no tenant in this transaction');
});

test('the app writes the use log in normal operation (a read through the API appends to the chain)', async () => {
  const before = await lastSeq(app, tenant);
  const token = await kaira.tokenFor('office@eduro.example');
  const result = await kaira.gql<{ people: { nodes: Array<{ id: string }> } }>(
    '{ people(first: 2) { nodes { id } } }',
    {},
    { token, tenant: 'eduro-training' },
  );
  expect(result.errors).toBeUndefined();
  // One entry for the operation, naming both people read.
  expect(await lastSeq(app, tenant)).toBe(before + 1);
  const [row] = await logRows(app, tenant, 'use_log', before);
  expect(row!.person_ids).toEqual(result.data!.people.nodes.map((n) => n.id));
});
