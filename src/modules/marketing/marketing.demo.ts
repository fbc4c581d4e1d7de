import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';

// Demo opt-out of the card-training register (local use only): one demo person asked by email to get no
// more training marketing, and the office recorded it (an upheld objection to direct marketing). Runs as
// the owner; a tenant that already has a marketing opt-out is left as it is.

export async function seedMarketingDemo(orm: MikroORM, tenants: readonly TenantFile[]): Promise<void> {
  const [office] = await orm.em
    .fork()
    .execute<Array<{ id: string }>>(`select id from user_account where lower(email) = 'office@eduro.example'`);
  if (!office) return;
  for (const tenant of tenants.filter((t) => t.register.kind === 'card-training')) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      const [{ n }] = await em.execute<[{ n: string }]>(
        `select count(*) as n from objection where kind = 'direct_marketing'`,
      );
      if (Number(n) > 0) return;
      // The fifth demo person by name: neither the first ones (training demo) nor the last (invoices).
      const [person] = await em.execute<Array<{ id: string }>>(
        'select id from person order by last_name, first_name, id offset 4 limit 1',
      );
      if (!person) return;
      await em.execute(
        `insert into objection (id, tenant_id, person_id, kind, channel, status, received_at, recorded_by,
                                decided_at, decided_by)
         values (?, ?, ?, 'direct_marketing', 'staff', 'upheld', now() - interval '20 days', ?, now() - interval '20 days', ?)`,
        [randomUUID(), tenant.id, person.id, office.id, office.id],
      );
    });
  }
}
