import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { todayInFinland } from '../../dates';
import { TenantTransaction } from '../../db/tenant-transaction';
import type { TenantFile } from '../../tenants/tenant-file';
import { referenceFor } from './invoice-reference';

// Demo companies and invoices of the card-training register (local use only, like src/cli/demo-data.ts): two
// companies with their contact persons and billing details, a past TTK training that four demo people
// attended for them, and one invoice per enrolment in each of the ledger's states, with its history. Runs as
// the owner after the training demo; a tenant that already has invoices is left as it is.

const COMPANIES = [
  {
    name: 'Rakennus Lappi Oy',
    businessId: '2934561-9',
    contactName: 'Kaisa Koskinen',
    contactEmail: 'kaisa.koskinen@rakennuslappi.example.fi',
    contactPhone: '+358 40 555 0101',
    eInvoiceAddress: '003729345619',
    eInvoiceOperator: 'E204503',
    billingEmail: null,
  },
  {
    name: 'Napapiirin Sähkö Oy',
    businessId: '3120487-4',
    contactName: 'Matti Mäkinen',
    contactEmail: 'matti.makinen@napapiirinsahko.example.fi',
    contactPhone: '+358 40 555 0202',
    eInvoiceAddress: null,
    eInvoiceOperator: null,
    billingEmail: 'laskut@napapiirinsahko.example.fi',
  },
];

// [company index, status path after open, note of the last change]
const INVOICES: Array<[number, string[], string | null]> = [
  [0, [], null],
  [0, ['in_collection'], 'Siirretty perintään: maksumuistutus ei auttanut'],
  [1, ['paid'], null],
  [1, ['credited'], 'Hyvityslasku: osallistuja peruutti ajoissa'],
];

export async function seedCompanyDemo(orm: MikroORM, tenants: readonly TenantFile[]): Promise<void> {
  const [office] = await orm.em
    .fork()
    .execute<Array<{ id: string }>>(`select id from user_account where lower(email) = 'office@eduro.example'`);
  if (!office) return;
  for (const tenant of tenants.filter((t) => t.register.kind === 'card-training')) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      const [{ n }] = await em.execute<[{ n: string }]>('select count(*) as n from invoice');
      if (Number(n) === 0) await seedTenant(em, tenant.id, office.id);
    });
  }
}

async function seedTenant(em: EntityManager, tenantId: string, office: string): Promise<void> {
  const companyIds: string[] = [];
  for (const c of COMPANIES) {
    await em.execute(
      `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone,
                            e_invoice_address, e_invoice_operator, billing_email)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, business_id) do nothing`,
      [
        randomUUID(),
        tenantId,
        c.name,
        c.businessId,
        c.contactName,
        c.contactEmail,
        c.contactPhone,
        c.eInvoiceAddress,
        c.eInvoiceOperator,
        c.billingEmail,
      ],
    );
    const [row] = await em.execute<Array<{ id: string }>>('select id from company where business_id = ?', [
      c.businessId,
    ]);
    companyIds.push(row!.id);
  }
  // The last four demo people by name: the training demo's participants are the first ones.
  const people = await em.execute<Array<{ id: string }>>(
    'select id from person order by last_name desc, first_name desc, id desc limit ?',
    [INVOICES.length],
  );
  const [type] = await em.execute<Array<{ id: string }>>(`select id from card_type where code = 'ttk'`);
  if (!type || people.length < INVOICES.length) return;
  const sessionId = randomUUID();
  const day = todayInFinland();
  await em.execute(
    `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language, delivery_mode,
                                   capacity, created_by)
     values (?, ?, ?, ((?::date - 45) + time '08:00') at time zone 'Europe/Helsinki',
             ((?::date - 45) + time '16:00') at time zone 'Europe/Helsinki', 'Eduro, Koulutuskeskus, Rovaniemi',
             'fi', 'classroom', 12, ?)`,
    [sessionId, tenantId, type.id, day, day, office],
  );
  for (const [i, [company, path, note]] of INVOICES.entries()) {
    const personId = people[i]!.id;
    const enrolmentId = randomUUID();
    await em.execute(
      `insert into enrolment (id, tenant_id, session_id, person_id, company_id, position, idempotency_key)
       values (?, ?, ?, ?, ?, 'Asentaja', ?)`,
      [enrolmentId, tenantId, sessionId, personId, companyIds[company], `demo-invoice-${enrolmentId}`],
    );
    const [{ base }] = await em.execute<[{ base: string }]>(`select nextval('invoice_reference_seq')::text as base`);
    const invoiceId = randomUUID();
    await em.execute(
      `insert into invoice (id, tenant_id, enrolment_id, company_id, person_id, amount_cents, due_date, reference,
                            status, created_by, created_at)
       values (?, ?, ?, ?, ?, 29500, ?::date - 10, ?, ?, ?, now() - interval '40 days')`,
      [
        invoiceId,
        tenantId,
        enrolmentId,
        companyIds[company],
        personId,
        day,
        referenceFor(base),
        path.at(-1) ?? 'open',
        office,
      ],
    );
    let from: string | null = null;
    for (const [step, to] of ['open', ...path].entries()) {
      await em.execute(
        `insert into invoice_status_change (id, tenant_id, invoice_id, person_id, from_status, to_status, note,
                                            changed_by, changed_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, now() - make_interval(days => ?::int))`,
        [
          randomUUID(),
          tenantId,
          invoiceId,
          personId,
          from,
          to,
          step === path.length ? note : null,
          office,
          40 - step * 20,
        ],
      );
      from = to;
    }
  }
}
