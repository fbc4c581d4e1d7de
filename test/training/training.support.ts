import type { Client } from 'pg';
import { inTenant } from '../isolation/sql';

// Reads for the training tests, as the owner behind the API's back (FORCE'd RLS binds the owner to the
// tenant it sets).

/** Rows of a tenant-owned table matching `where`. */
export function count(owner: Client, tenantId: string, table: string, where = 'true', values: unknown[] = []) {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, values);
    return Number(rows[0]!.n);
  });
}

/** A card type's id by code. */
export function cardTypeId(owner: Client, tenantId: string, code: string): Promise<string> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ id: string }>('select id from card_type where code = $1', [code]);
    if (!rows[0]) throw new Error(`no card type ${code}`);
    return rows[0].id;
  });
}

/** The demo's upcoming sessions (training.demo.ts), earliest first, with their card type's code. */
export function demoSessions(owner: Client, tenantId: string): Promise<Array<{ id: string; code: string }>> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ id: string; code: string }>(
      `select s.id, ct.code from training_session s join card_type ct on ct.id = s.card_type_id
        where s.starts_at > now() order by s.starts_at, s.id`,
    );
    return rows;
  });
}

/** A YYYY-MM-DD day `days` from today (UTC; tests keep well clear of midnight-sensitive edges). */
export const daysFromNow = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A session time on a day `days` from now, in Finnish winter/summer-neutral UTC form. */
export const at = (days: number, hourUtc: number): string =>
  `${daysFromNow(days)}T${String(hourUtc).padStart(2, '0')}:00:00Z`;
