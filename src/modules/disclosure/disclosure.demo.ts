import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';

// Demo disclosure requests (local use only, like src/cli/demo-data.ts): in rovaniemi-guidance one awaiting
// the city's decision (the city officer's queue in the web app), in eduro-guidance one Eduro's DPO has
// approved. Runs as the owner after the people are seeded; a tenant with requests is left as it is.

const REGISTERED_BY = 'office@eduro.example';
const DECIDED_BY = 'dpo@eduro.example';

/** Seeds the disclosure demo, as the owner; idempotent. */
export async function seedDisclosureDemo(orm: MikroORM, tenants: TenantFile[]): Promise<void> {
  const users = new Map(
    (
      await orm.em
        .fork()
        .execute<Array<{ id: string; email: string }>>('select id, email from user_account where email in (?, ?)', [
          REGISTERED_BY,
          DECIDED_BY,
        ])
    ).map((u) => [u.email, u.id]),
  );
  for (const tenant of tenants.filter((t) => t.slug === 'rovaniemi-guidance' || t.slug === 'eduro-guidance')) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      const [existing] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from disclosure_request');
      if (existing!.n > 0) return;
      const [person] = await em.execute<Array<{ id: string }>>(
        'select id from person order by last_name, first_name, id limit 1',
      );
      if (!person) return;
      const city = tenant.slug === 'rovaniemi-guidance';
      await em.execute(
        `insert into disclosure_request (id, tenant_id, person_id, recipient_name, recipient_business_id,
           recipient_country, recipient_address, basis_kind, basis_document_ref, basis_document_date, basis_statute,
           categories, period_from, period_to, registered_by, status, decided_by, decided_at, decision_reason)
         values (?, ?, ?, ?, ?, 'FI', ?, ?, ?, current_date - 3, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)`,
        city
          ? [
              randomUUID(), tenant.id, person.id, 'Kansaneläkelaitos (Kela), Rovaniemen toimisto', '0246246-0',
              'Kela, PL 10, 00056 KELA', 'data_subject_request', 'Asiakkaan kirjallinen pyyntö, dnro ROI/2026/117',
              null, '{name,statement}', '2026-01-01', null, users.get(REGISTERED_BY), 'pending', null, null, null,
            ]
          : [
              randomUUID(), tenant.id, person.id, 'Lapin hyvinvointialue, aikuissosiaalityö (demo)', '3221344-9',
              'Lapin hyvinvointialue, Rovakatu 2, 96200 Rovaniemi', 'authority_demand', 'Tietopyyntö LHA/2026/88',
              'Sosiaalihuollon asiakkaan asemasta ja oikeuksista annettu laki (812/2000) 20 §',
              '{name,assessment}', null, null, users.get(REGISTERED_BY), 'approved', users.get(DECIDED_BY),
              new Date(), 'Pyyntö yksilöi tiedot ja perustuu lakiin; luovutetaan vain nimetyt tiedot.',
            ],
      ); // prettier-ignore
    });
  }
}
