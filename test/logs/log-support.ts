import type { Client } from 'pg';
import { inTenant, tenantIds } from '../isolation/sql';
import { connect } from '../support/database';
import { startKaira, type Kaira } from '../support/kaira';

// Reading the logs behind the API's back, as the owner with the tenant set (FORCE'd RLS binds the owner).

export type LogTable = 'use_log' | 'disclosure_log';

export interface LogRow {
  seq: number;
  /** The persons the entry names (the column kaira.append_log fills from entry.personIds). */
  person_ids: string[];
  entry: {
    seq: number;
    tenantId: string;
    occurredAt: string;
    personIds: string[];
    data?: string[];
    operation: string;
    basis?: string;
    reason?: string | null;
    actor: { userId: string; organisationId: string; roles: string[] };
    requestId: string;
    [key: string]: unknown;
  };
}

/** The log's rows after `afterSeq`, in order. */
export function logRows(owner: Client, tenantId: string, log: LogTable = 'use_log', afterSeq = 0): Promise<LogRow[]> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<LogRow>(
      `select seq::int as seq, person_ids, entry from ${log} where seq > $1 order by seq`,
      [afterSeq],
    );
    return rows;
  });
}

/** The log's highest sequence number (0 when empty). */
export async function lastSeq(owner: Client, tenantId: string, log: LogTable = 'use_log'): Promise<number> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ seq: number }>(`select coalesce(max(seq), 0)::int as seq from ${log}`);
    return rows[0]!.seq;
  });
}

/** The last sequence number of both logs in every tenant: to prove that something wrote nothing. */
export async function allHeads(owner: Client, tenantIds: string[]): Promise<Record<string, number>> {
  const heads: Record<string, number> = {};
  for (const id of tenantIds) {
    for (const log of ['use_log', 'disclosure_log'] as const) heads[`${id}:${log}`] = await lastSeq(owner, id, log);
  }
  return heads;
}

export async function idsByKey(
  owner: Client,
): Promise<{ users: Record<string, string>; organisations: Record<string, string> }> {
  const users = (await owner.query<{ email: string; id: string }>('select email, id from user_account')).rows;
  const organisations = (
    await owner.query<{ business_id: string; id: string }>('select business_id, id from organisation')
  ).rows;
  return {
    users: Object.fromEntries(users.map((u) => [u.email, u.id])),
    organisations: Object.fromEntries(organisations.map((o) => [o.business_id, o.id])),
  };
}

export interface Verification {
  log: 'USE_LOG' | 'DISCLOSURE_LOG';
  intact: boolean;
  checked: number;
  brokenAt: number | null;
  problem: string | null;
}

const VERIFY = '{ verifyLogs { log intact checked brokenAt problem } }';

/** verifyLogs through the API, as the given user in the given tenant; fails the test on an error. */
export async function verifyLogs(
  kaira: Kaira,
  email: string,
  tenant: string,
): Promise<Record<Verification['log'], Verification>> {
  const result = await kaira.gql<{ verifyLogs: Verification[] }>(
    VERIFY,
    {},
    { token: await kaira.tokenFor(email), tenant },
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.verifyLogs.map((v) => [v.log, v])) as Record<
    Verification['log'],
    Verification
  >;
}

export const EDURO = '1508035-7';
export const ROVANIEMI = '1978283-1';

/** Some use-log activity through the API: office lists `count` people of the tenant (one use-log entry). */
export async function listPeople(kaira: Kaira, tenant: string, count: number): Promise<void> {
  const result = await kaira.gql(
    `{ people(first: ${count}) { nodes { id firstName } } }`,
    {},
    {
      token: await kaira.tokenFor('office@eduro.example'),
      tenant,
    },
  );
  expect(result.errors).toBeUndefined();
}

/** Runs `sql` as the owner in one committed transaction with the tenant set (FORCE'd RLS binds the owner). */
export async function asOwnerIn(owner: Client, tenantId: string, sql: string, values: unknown[] = []): Promise<number> {
  return inTenant(owner, tenantId, async () => (await owner.query(sql, values)).rowCount ?? 0, { commit: true });
}

/**
 * For tests that damage a log: a Kaira on a database of the file's own and an owner connection, opened
 * before the file's tests and closed after them. Read the fields inside tests, not at load time.
 */
export function damageableLog(slug: string): { kaira: Kaira; owner: Client; tenant: string } {
  const state = {} as { kaira: Kaira; owner: Client; tenant: string };
  beforeAll(async () => {
    state.kaira = await startKaira();
    state.owner = await connect(state.kaira.db.ownerUrl);
    state.tenant = (await tenantIds(state.owner))[slug]!;
  });
  afterAll(async () => {
    await state.owner?.end();
    await state.kaira?.close();
  });
  return state;
}
