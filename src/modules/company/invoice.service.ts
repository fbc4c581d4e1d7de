import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { requiredDate } from '../client/client.validation';
import { basisFor } from '../person/person.service';
import type { ChangeInvoiceStatusInput, CreateInvoiceInput, InvoicesArgs } from './company.inputs';
import { InvoiceStatus, type InvoiceView } from './company.types';
import { referenceFor } from './invoice-reference';

// The invoice ledger (issue 3 item 10): one invoice per enrolment, billed to the enrolment's company, with
// every status it took. OFFICE manages it; the controller's DPO reads it for rights requests. Who was billed
// is the participant's data: every read names them in the use log. Open invoices and those in collection
// are legal holds against erasure (the notice: "avoimet laskut tai perintätoimet estävät"); see
// openInvoiceHolds. A trigger refuses a bad transition again under this code (the migration).

/** The transitions the ledger allows; anything else is CONFLICT. */
const NEXT: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  [InvoiceStatus.OPEN]: [InvoiceStatus.PAID, InvoiceStatus.IN_COLLECTION, InvoiceStatus.CREDITED],
  [InvoiceStatus.IN_COLLECTION]: [InvoiceStatus.PAID, InvoiceStatus.CREDITED],
  [InvoiceStatus.PAID]: [],
  [InvoiceStatus.CREDITED]: [],
};

interface InvoiceRow {
  id: string;
  enrolment_id: string;
  company_id: string;
  company_name: string;
  person_id: string;
  amount_cents: number;
  due_date: string;
  reference: string;
  status: InvoiceStatus;
  created_at: string;
  history: Array<{ from: InvoiceStatus | null; to: InvoiceStatus; note: string | null; at: string; by: string }>;
}

const FIELDS = ['id', 'enrolmentId', 'companyId', 'personId', 'amountCents', 'dueDate', 'reference', 'status'];

export async function listInvoices(ctx: RequestContext, args: InvoicesArgs): Promise<InvoiceView[]> {
  const filters: Array<[string, unknown]> = [];
  if (args.status) filters.push(['i.status = ?', args.status]);
  if (args.companyId) filters.push(['i.company_id = ?', uuidArg('companyId', args.companyId)]);
  if (args.personId) filters.push(['i.person_id = ?', uuidArg('personId', args.personId)]);
  const where = filters.map(([sql]) => sql);
  const params = filters.map(([, value]) => value);
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) => invoiceRows(em, tenantId, where, params));
  return logged(ctx, rows, 'invoices');
}

export async function getInvoice(ctx: RequestContext, id: string): Promise<InvoiceView> {
  const invoiceId = uuidArg('id', id);
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) => invoiceRows(em, tenantId, ['i.id = ?'], [invoiceId]));
  if (!rows[0]) throw notFound('invoice');
  return (await logged(ctx, rows, 'invoice'))[0]!;
}

/** Bills the enrolment's company for the enrolment; CONFLICT while another invoice for it is not credited. */
export async function createInvoice(ctx: RequestContext, input: CreateInvoiceInput): Promise<InvoiceView> {
  const enrolmentId = uuidArg('enrolmentId', input.enrolmentId);
  if (!Number.isInteger(input.amountCents) || input.amountCents < 1 || input.amountCents > 10_000_000) {
    throw badInput('amountCents', 'a whole number of cents, 1–10000000');
  }
  const dueDate = requiredDate('dueDate', input.dueDate);
  if (dueDate < todayInFinland()) throw badInput('dueDate', 'must not be in the past');
  const tenantId = ctx.requireTenant().id;
  const { userId } = await ctx.member();
  const rows = await ctx.tx.run(async (em) => {
    const [enrolment] = await em.execute<Array<{ person_id: string; company_id: string }>>(
      'select person_id, company_id from enrolment where tenant_id = ? and id = ?',
      [tenantId, enrolmentId],
    );
    if (!enrolment) throw badInput('enrolmentId', 'no such enrolment');
    const [{ base }] = await em.execute<[{ base: string }]>(`select nextval('invoice_reference_seq')::text as base`);
    const id = randomUUID();
    const [created] = await em.execute(
      `insert into invoice (id, tenant_id, enrolment_id, company_id, person_id, amount_cents, due_date, reference,
                            created_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, enrolment_id) where status <> 'credited' do nothing
       returning id`,
      [
        id,
        tenantId,
        enrolmentId,
        enrolment.company_id,
        enrolment.person_id,
        input.amountCents,
        dueDate,
        referenceFor(base),
        userId,
      ],
    );
    if (!created) throw conflict('the enrolment already has an invoice that is not credited');
    await addHistory(em, tenantId, id, enrolment.person_id, null, InvoiceStatus.OPEN, null, userId);
    return invoiceRows(em, tenantId, ['i.id = ?'], [id]);
  });
  return (await logged(ctx, rows, 'createInvoice'))[0]!;
}

/** Moves the invoice along the ledger's state machine; CONFLICT for a transition it does not allow. */
export async function changeInvoiceStatus(ctx: RequestContext, input: ChangeInvoiceStatusInput): Promise<InvoiceView> {
  const invoiceId = uuidArg('invoiceId', input.invoiceId);
  const note = input.note?.trim() || null;
  if (note && note.length > 500) throw badInput('note', 'at most 500 characters');
  const tenantId = ctx.requireTenant().id;
  const { userId } = await ctx.member();
  const rows = await ctx.tx.run(async (em) => {
    // Locked: two changes at once are decided one after the other, the second against the first's result.
    const [invoice] = await em.execute<Array<{ status: InvoiceStatus; person_id: string }>>(
      'select status, person_id from invoice where tenant_id = ? and id = ? for update',
      [tenantId, invoiceId],
    );
    if (!invoice) throw notFound('invoice');
    if (!NEXT[invoice.status].includes(input.status)) {
      throw conflict(`an invoice that is ${invoice.status} cannot become ${input.status}`);
    }
    await em.execute('update invoice set status = ?, status_changed_at = now() where tenant_id = ? and id = ?', [
      input.status,
      tenantId,
      invoiceId,
    ]);
    await addHistory(em, tenantId, invoiceId, invoice.person_id, invoice.status, input.status, note, userId);
    return invoiceRows(em, tenantId, ['i.id = ?'], [invoiceId]);
  });
  return (await logged(ctx, rows, 'changeInvoiceStatus'))[0]!;
}

export interface InvoiceHold {
  invoiceId: string;
  reference: string;
  status: InvoiceStatus.OPEN | InvoiceStatus.IN_COLLECTION;
  /** Why the invoice keeps the person's data, for the erasure answer (DOMAIN.md §4). */
  reason: string;
}

/**
 * The person's invoices that block erasure (DOMAIN.md §2.1, §4): open ones and those in debt collection.
 * For the rights module's erasure; runs in the caller's operation transaction and writes no log entry
 * (the caller logs its own processing). Paid and credited invoices do not block it here (bookkeeping
 * retention of the invoice itself is the caller's decision).
 */
export async function openInvoiceHolds(ctx: RequestContext, personId: string): Promise<InvoiceHold[]> {
  const id = uuidArg('personId', personId);
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) =>
    em.execute<Array<{ id: string; reference: string; status: InvoiceStatus.OPEN | InvoiceStatus.IN_COLLECTION }>>(
      `select id, reference, status from invoice
        where tenant_id = ? and person_id = ? and status in ('open', 'in_collection') order by created_at, id`,
      [tenantId, id],
    ),
  );
  return rows.map((r) => ({
    invoiceId: r.id,
    reference: r.reference,
    status: r.status,
    reason:
      r.status === InvoiceStatus.OPEN
        ? 'an open invoice (avoin lasku) is not yet settled'
        : 'the invoice is in debt collection (perintä)',
  }));
}

function addHistory(
  em: EntityManager,
  tenantId: string,
  invoiceId: string,
  personId: string,
  from: InvoiceStatus | null,
  to: InvoiceStatus,
  note: string | null,
  userId: string,
) {
  return em.execute(
    `insert into invoice_status_change (id, tenant_id, invoice_id, person_id, from_status, to_status, note, changed_by)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), tenantId, invoiceId, personId, from, to, note, userId],
  );
}

function invoiceRows(em: EntityManager, tenantId: string, where: string[], params: unknown[]): Promise<InvoiceRow[]> {
  return em.execute<InvoiceRow[]>(
    `select i.id, i.enrolment_id, i.company_id, c.name as company_name, i.person_id, i.amount_cents,
            to_char(i.due_date, 'YYYY-MM-DD') as due_date, i.reference, i.status, i.created_at,
            (select json_agg(json_build_object('from', h.from_status, 'to', h.to_status, 'note', h.note,
                                               'at', h.changed_at, 'by', h.changed_by)
                             order by h.changed_at, h.id)
               from invoice_status_change h where h.tenant_id = i.tenant_id and h.invoice_id = i.id) as history
       from invoice i join company c on c.tenant_id = i.tenant_id and c.id = i.company_id
      where ${['i.tenant_id = ?', ...where].join(' and ')}
      order by i.created_at desc, i.id`,
    [tenantId, ...params],
  );
}

/** The invoices as views, with one use-log entry naming every participant billed. */
async function logged(ctx: RequestContext, rows: InvoiceRow[], operation: string): Promise<InvoiceView[]> {
  if (rows.length > 0) {
    const { membership } = await ctx.member();
    await ctx.recordUse({
      personIds: [...new Set(rows.map((r) => r.person_id))],
      data: FIELDS,
      operation,
      basis: basisFor(membership),
    });
  }
  return rows.map((r) => ({
    id: r.id,
    enrolmentId: r.enrolment_id,
    companyId: r.company_id,
    companyName: r.company_name,
    personId: r.person_id,
    amountCents: r.amount_cents,
    dueDate: r.due_date,
    reference: r.reference,
    status: r.status,
    createdAt: new Date(r.created_at),
    history: (r.history ?? []).map((h) => ({
      from: h.from,
      to: h.to,
      note: h.note,
      changedAt: new Date(h.at),
      changedBy: h.by,
    })),
  }));
}
