import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import type { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';
import type { CompanyView } from './company.types';
import { checkBilling, checkCompanyChanges, checkNewCompany, type CompanyFields } from './company.validation';

// Companies of the card-training register (issue 3 item 10, DOMAIN.md §2.1): OFFICE lists, reads, adds and
// edits them; the controller's DPO reads them. A company's contact is a business contact, not a registered
// person (no person row to name), so these reads are not use-logged; the employees' data the company
// report shows is (company-card-link.service.ts).

interface CompanyRow {
  id: string;
  name: string;
  business_id: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  e_invoice_address: string | null;
  e_invoice_operator: string | null;
  billing_email: string | null;
  created_at: string;
  updated_at: string | null;
}

const COLUMNS = `id, name, business_id, contact_name, contact_email, contact_phone, e_invoice_address,
  e_invoice_operator, billing_email, created_at,
  (select max(r.changed_at) from company_revision r where r.tenant_id = company.tenant_id and r.company_id = company.id)
    as updated_at`;

const toCompany = (row: CompanyRow): CompanyView => ({
  id: row.id,
  name: row.name,
  businessId: row.business_id,
  contactName: row.contact_name,
  contactEmail: row.contact_email,
  contactPhone: row.contact_phone,
  eInvoiceAddress: row.e_invoice_address,
  eInvoiceOperator: row.e_invoice_operator,
  billingEmail: row.billing_email,
  createdAt: new Date(row.created_at),
  updatedAt: row.updated_at ? new Date(row.updated_at) : null,
});

export async function listCompanies(ctx: RequestContext): Promise<CompanyView[]> {
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) =>
    em.execute<CompanyRow[]>(`select ${COLUMNS} from company where tenant_id = ? order by name, id`, [tenantId]),
  );
  return rows.map(toCompany);
}

export async function getCompany(ctx: RequestContext, id: string): Promise<CompanyView> {
  const companyId = uuidArg('id', id);
  const tenantId = ctx.requireTenant().id;
  const row = await ctx.tx.run((em) => companyRow(em, tenantId, companyId));
  if (!row) throw notFound('company');
  return toCompany(row);
}

export async function createCompany(ctx: RequestContext, input: CreateCompanyInput): Promise<CompanyView> {
  const fields = checkNewCompany(input);
  const tenantId = ctx.requireTenant().id;
  await ctx.member();
  return ctx.tx.run(async (em) => {
    const [row] = await em.execute<CompanyRow[]>(
      `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone,
                            e_invoice_address, e_invoice_operator, billing_email)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, business_id) do nothing
       returning ${COLUMNS}`,
      [randomUUID(), tenantId, ...values(fields)],
    );
    if (!row) throw conflict('a company with this Y-tunnus is already in the register');
    return toCompany(row);
  });
}

/**
 * Changes the given fields, keeping the earlier values in company_revision; the billing rules hold for the
 * result. CONFLICT for a Y-tunnus already used.
 */
export async function updateCompany(ctx: RequestContext, input: UpdateCompanyInput): Promise<CompanyView> {
  const companyId = uuidArg('id', input.id);
  const changes = checkCompanyChanges(input);
  const tenantId = ctx.requireTenant().id;
  const { userId } = await ctx.member();
  return ctx.tx.run(async (em) => {
    const current = await companyRow(em, tenantId, companyId, true);
    if (!current) throw notFound('company');
    const next = checkBilling({ ...fieldsOf(current), ...changes });
    if (next.businessId !== current.business_id) {
      const [taken] = await em.execute('select 1 from company where tenant_id = ? and business_id = ? and id <> ?', [
        tenantId,
        next.businessId,
        companyId,
      ]);
      if (taken) throw conflict('a company with this Y-tunnus is already in the register');
    }
    const before = fieldsOf(current);
    const changed = (Object.keys(next) as Array<keyof CompanyFields>).filter((k) => next[k] !== before[k]);
    if (changed.length === 0) return toCompany(current);
    await em.execute(
      `insert into company_revision (id, tenant_id, company_id, changed_by, previous) values (?, ?, ?, ?, ?::jsonb)`,
      [
        randomUUID(),
        tenantId,
        companyId,
        userId,
        JSON.stringify(Object.fromEntries(changed.map((k) => [k, before[k]]))),
      ],
    );
    await em.execute(
      `update company set name = ?, business_id = ?, contact_name = ?, contact_email = ?, contact_phone = ?,
              e_invoice_address = ?, e_invoice_operator = ?, billing_email = ?
        where tenant_id = ? and id = ?`,
      [...values(next), tenantId, companyId],
    );
    return toCompany((await companyRow(em, tenantId, companyId))!);
  });
}

export async function companyRow(
  em: EntityManager,
  tenantId: string,
  id: string,
  lock = false,
): Promise<CompanyRow | undefined> {
  const [row] = await em.execute<CompanyRow[]>(
    `select ${COLUMNS} from company where tenant_id = ? and id = ? ${lock ? 'for update' : ''}`,
    [tenantId, id],
  );
  return row;
}

const values = (f: CompanyFields) => [
  f.name,
  f.businessId,
  f.contactName,
  f.contactEmail,
  f.contactPhone,
  f.eInvoiceAddress,
  f.eInvoiceOperator,
  f.billingEmail,
];

const fieldsOf = (row: CompanyRow): CompanyFields => ({
  name: row.name,
  businessId: row.business_id,
  contactName: row.contact_name,
  contactEmail: row.contact_email,
  contactPhone: row.contact_phone,
  eInvoiceAddress: row.e_invoice_address,
  eInvoiceOperator: row.e_invoice_operator,
  billingEmail: row.billing_email,
});
