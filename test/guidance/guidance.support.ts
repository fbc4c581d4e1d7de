import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { EmergencyAccess } from '../../src/modules/client/client.entities';
import { inTenant } from '../isolation/sql';
import { logRows, type LogRow, type LogTable } from '../logs/log-support';
import type { Kaira } from '../support/kaira';

// Helpers for the consent and entry tests: what the database holds, read as the owner behind the API's
// back (FORCE'd RLS binds the owner to the tenant it sets), and fixtures the API does not make here.

export const tenantId = (kaira: Kaira, slug: string): string => kaira.registry.bySlug(slug)!.id;

/** Rows of a tenant-owned table matching `where`, counted as the owner. */
export function countRows(
  owner: Client,
  tenant: string,
  table: string,
  where = 'true',
  values: unknown[] = [],
): Promise<number> {
  return inTenant(owner, tenant, async () => {
    const { rows } = await owner.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, values);
    return Number(rows[0]!.n);
  });
}

/** A user's or organisation's id, by email or Y-tunnus. */
export async function idOf(owner: Client, key: string): Promise<string> {
  const sql = key.includes('@')
    ? 'select id from user_account where lower(email) = lower($1)'
    : 'select id from organisation where business_id = $1';
  const { rows } = await owner.query<{ id: string }>(sql, [key]);
  if (!rows[0]) throw new Error(`no user or organisation ${key}`);
  return rows[0].id;
}

/** Opens emergency access for the user to the client (as the emergency route would), for an hour. */
export async function openEmergencyAccess(
  kaira: Kaira,
  slug: string,
  userId: string,
  personId: string,
  reason: string,
): Promise<void> {
  await TenantTransaction.within(kaira.orm, { tenantId: tenantId(kaira, slug), userId }, async (em) => {
    em.create(EmergencyAccess, {
      id: randomUUID(),
      tenantId: tenantId(kaira, slug),
      personId,
      userId,
      reason,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await em.flush();
  });
}

/** The log entries written after `afterSeq` that name the person. */
export async function entriesFor(
  owner: Client,
  tenant: string,
  personId: string,
  afterSeq: number,
  log: LogTable = 'use_log',
): Promise<LogRow['entry'][]> {
  return (await logRows(owner, tenant, log, afterSeq))
    .filter((r) => r.person_ids.includes(personId))
    .map((r) => r.entry);
}

/** Today as YYYY-MM-DD (UTC: never ahead of Finland's date). */
export const today = (): string => new Date().toISOString().slice(0, 10);
