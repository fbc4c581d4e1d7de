import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { idOf } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { USERS } from '../support/kaira';

// Fixtures of the retention tests, written as the owner (FORCE'd RLS binds it to the tenant it sets).

export interface Fixture {
  /** Service periods as [status, ends_on]. */
  periods: Array<['closed' | 'cancelled' | 'active', string | null]>;
  hold?: { kind: string; endsOn: string };
  restricted?: boolean;
}

/** A person with the given service periods, hold and restriction; returns the person's id. */
export async function insertClient(owner: Client, tenantId: string, f: Fixture): Promise<string> {
  const id = randomUUID();
  const eduro = await idOf(owner, '1508035-7');
  const office = await idOf(owner, USERS.office);
  await inTenant(
    owner,
    tenantId,
    async () => {
      await owner.query(
        `insert into person (id, tenant_id, first_name, last_name) values ($1, $2, 'Retention', 'Test')`,
        [id, tenantId],
      );
      for (const [status, endsOn] of f.periods) {
        await owner.query(
          `insert into service_period (id, tenant_id, person_id, purchaser_organisation_id, referrer_organisation_id,
             service, starts_on, ends_on, status, created_by)
           values ($1, $2, $3, $4, $4, 'job-coaching', '2005-01-01', $5, $6, $7)`,
          [randomUUID(), tenantId, id, eduro, endsOn, status, office],
        );
      }
      if (f.hold) {
        await owner.query(
          `insert into legal_hold (id, tenant_id, person_id, kind, reference, ends_on, categories, recorded_by)
           values ($1, $2, $3, $4, 'case 2026/1', $5, '{name}', $6)`,
          [randomUUID(), tenantId, id, f.hold.kind, f.hold.endsOn, office],
        );
      }
      if (f.restricted) {
        await owner.query(
          `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by)
           values ($1, $2, $3, 'contests accuracy', $4)`,
          [randomUUID(), tenantId, id, office],
        );
      }
    },
    { commit: true },
  );
  return id;
}

/** An outbox message in the given state, created `daysAgo` days ago (and sent then, if sent). */
export async function insertOutbox(
  owner: Client,
  tenantId: string,
  status: 'sent' | 'queued' | 'failed',
  daysAgo: number,
): Promise<string> {
  const id = randomUUID();
  await inTenant(
    owner,
    tenantId,
    () =>
      owner.query(
        `insert into outbox_message (id, tenant_id, to_address, subject, text_body, purpose, status, created_at, sent_at)
         values ($1, $2, 'x@example.fi', 'Kutsu', $3, 'survey-invitation', $4, now() - $5 * interval '1 day',
                 case when $4 = 'sent' then now() - $5 * interval '1 day' end)`,
        [id, tenantId, status === 'sent' ? null : 'body', status, daysAgo],
      ),
    { commit: true },
  );
  return id;
}

/** Which of the ids still exist in the table (as the owner). */
export async function existing(owner: Client, tenantId: string, table: string, ids: string[]): Promise<string[]> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ id: string }>(
      `select id from ${table} where id = any($1::uuid[]) order by id`,
      [ids],
    );
    return rows.map((r) => r.id);
  });
}
