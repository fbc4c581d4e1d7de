import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../db/tenant-transaction';
import { todayInFinland } from '../../dates';
import type { TenantFile } from '../../tenants/tenant-file';
import { addDays } from '../rights-request/due-date';

// Demo restriction and legal hold (local use only, like src/cli/demo-data.ts): in rovaniemi-guidance one
// person's data is restricted by the city's DPO (only the city's officer and DPO see them, every write is
// RESTRICTED); in eduro-training one trainee has an open invoice that keeps their name, email and the
// company's billing details for 90 days. Runs as the owner; a tenant that has either already is left alone.

const RESTRICTED_IN = 'rovaniemi-guidance';
const HOLD_IN = 'eduro-training';

export async function seedErasureDemo(orm: MikroORM, tenants: TenantFile[]): Promise<void> {
  const users = new Map(
    (await orm.em.fork().execute<Array<{ id: string; email: string }>>('select id, email from user_account')).map(
      (u) => [u.email, u.id],
    ),
  );
  for (const tenant of tenants) {
    if (tenant.slug === RESTRICTED_IN && users.has('dpo@rovaniemi.example')) {
      await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
        if ((await em.execute('select 1 from person_restriction limit 1')).length > 0) return;
        const [person] = await em.execute<Array<{ id: string }>>(
          `select id from person p where not exists (select 1 from client_profile c where c.person_id = p.id)
            order by last_name desc, first_name desc, id limit 1`,
        );
        if (!person) return;
        await em.execute(
          `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by) values (?, ?, ?, ?, ?)`,
          [
            randomUUID(),
            tenant.id,
            person.id,
            'The person contests the accuracy of their data (GDPR 18(1)(a)); restricted while it is checked.',
            users.get('dpo@rovaniemi.example'),
          ],
        );
      });
    }
    if (tenant.slug === HOLD_IN && users.has('office@eduro.example')) {
      await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
        if ((await em.execute('select 1 from legal_hold limit 1')).length > 0) return;
        const [person] = await em.execute<Array<{ id: string }>>(
          'select id from person order by last_name, first_name, id limit 1',
        );
        if (!person) return;
        await em.execute(
          `insert into legal_hold (id, tenant_id, person_id, kind, reference, ends_on, categories, recorded_by)
           values (?, ?, ?, 'open_invoice', 'LASKU-2026-0142', ?, '{name,email,companyBillingDetails}', ?)`,
          [randomUUID(), tenant.id, person.id, addDays(todayInFinland(), 90), users.get('office@eduro.example')],
        );
      });
    }
  }
}
