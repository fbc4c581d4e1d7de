import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { isCalendarDate } from '../rights-request/due-date';
import { basisFor } from '../person/person.service';
import { requiredText } from '../person/person.validation';
import { erasableKeys } from './erasure.plan';
import { LegalHoldKind, type LegalHold, type RecordLegalHoldInput } from './erasure.types';
import { InvoiceStatus } from '../company/company.types';
import { openInvoiceHolds } from '../company/invoice.service';
import { RegisterKind } from '../tenant/tenant.entity';

// Legal holds (GDPR 17(3)(b), (e); DOMAIN.md §2.1, §7): what keeps a person's data categories from erasure
// and retention until an end date. Recorded holds live in legal_hold; others are computed from the registers
// themselves: an open invoice, or one in debt collection, keeps the billing record (Kirjanpitolaki 2:10).

/** A hold that keeps data today, from the table or from a computed source. */
export type ActiveHold = Omit<LegalHold, 'active'> & { active: true };

/** A computed source of holds for a person (e.g. open invoices), read in the operation's transaction. */
export type HoldSource = (ctx: RequestContext, personId: string) => Promise<ActiveHold[]>;

// What an unsettled invoice keeps: whom it bills, for which enrolment, and the billing details.
const INVOICE_KEEPS = ['name', 'companyAndPosition', 'companyBillingDetails'];

/** The card-training register's open and collected invoices, each a hold until it is settled or credited. */
const invoiceHolds: HoldSource = async (ctx, personId) => {
  if (ctx.requireTenant().registerKind !== RegisterKind.CARD_TRAINING) return [];
  // Re-evaluated whenever it is asked: the hold keeps data today and ends when the invoice is settled.
  const today = todayInFinland();
  return (await openInvoiceHolds(ctx, personId)).map((invoice) => ({
    id: invoice.invoiceId,
    personId,
    kind: invoice.status === InvoiceStatus.IN_COLLECTION ? LegalHoldKind.DEBT_COLLECTION : LegalHoldKind.OPEN_INVOICE,
    reference: `invoice ${invoice.reference} (until settled)`,
    endsOn: today,
    categories: INVOICE_KEEPS,
    active: true as const,
  }));
};

const HOLD_SOURCES: HoldSource[] = [invoiceHolds];

interface HoldRow {
  id: string;
  person_id: string;
  kind: LegalHoldKind;
  reference: string;
  ends_on: string;
  categories: string[];
}

const COLUMNS = 'id, person_id, kind, reference, ends_on::text as ends_on, categories';

/** The holds keeping the person's data today (ends_on not yet passed, in Finland's date), every source. */
export async function activeHolds(ctx: RequestContext, personId: string): Promise<ActiveHold[]> {
  const rows = await ctx.tx.run((em) =>
    em.execute<HoldRow[]>(
      `select ${COLUMNS} from legal_hold where tenant_id = ? and person_id = ? and ends_on >= ? order by ends_on, id`,
      [ctx.requireTenant().id, personId, todayInFinland()],
    ),
  );
  const computed: ActiveHold[] = [];
  for (const source of HOLD_SOURCES) computed.push(...(await source(ctx, personId)));
  return [...rows.map((r) => ({ ...toHold(r), active: true as const })), ...computed];
}

export async function recordLegalHold(ctx: RequestContext, input: RecordLegalHoldInput): Promise<LegalHold> {
  const personId = uuidArg('personId', input.personId);
  if (!Object.values(LegalHoldKind).includes(input.kind)) throw badInput('kind', 'unknown hold kind');
  const reference = requiredText('reference', input.reference, 200);
  const endsOn = input.endsOn.trim();
  if (!isCalendarDate(endsOn)) throw badInput('endsOn', 'must be a calendar date YYYY-MM-DD');
  if (endsOn < todayInFinland()) throw badInput('endsOn', 'a hold that has already ended keeps nothing');
  const known = erasableKeys(ctx.requireTenant().registerKind);
  const categories = [...new Set(input.categories.map((c) => c.trim()))];
  if (categories.length === 0) throw badInput('categories', 'name at least one data category');
  const unknown = categories.find((c) => !known.includes(c));
  if (unknown !== undefined) throw badInput('categories', `not a data category of this register: ${unknown}`);
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  const row = await ctx.tx.run(async (em) => {
    const [person] = await em.execute<unknown[]>('select 1 from person where tenant_id = ? and id = ?', [
      tenantId,
      personId,
    ]);
    if (!person) throw notFound('person');
    const [created] = await em.execute<HoldRow[]>(
      `insert into legal_hold (id, tenant_id, person_id, kind, reference, ends_on, categories, recorded_by)
       values (?, ?, ?, ?, ?, ?, ?::text[], ?) returning ${COLUMNS}`,
      [randomUUID(), tenantId, personId, input.kind, reference, endsOn, `{${categories.join(',')}}`, userId],
    );
    return created!;
  });
  return toHold(row);
}

/** Every hold recorded on the person, active or ended, by end date. */
export async function legalHolds(ctx: RequestContext, personIdArg: string): Promise<LegalHold[]> {
  const personId = uuidArg('personId', personIdArg);
  const rows = await ctx.tx.run((em) =>
    em.execute<HoldRow[]>(
      `select ${COLUMNS} from legal_hold where tenant_id = ? and person_id = ? order by ends_on, id`,
      [ctx.requireTenant().id, personId],
    ),
  );
  const { membership } = await ctx.member();
  await ctx.recordUse({
    personIds: [personId],
    data: ['legalHolds'],
    operation: 'legalHolds',
    basis: basisFor(membership),
  });
  return rows.map(toHold);
}

function toHold(row: HoldRow): LegalHold {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    reference: row.reference,
    endsOn: row.ends_on,
    categories: row.categories,
    active: row.ends_on >= todayInFinland(),
  };
}
