import { todayInFinland } from '../../dates';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, forbidden } from '../../errors';
import { uuidArg } from '../../ids';
import type { TenantFile } from '../../tenants/tenant-file';
import { openClient, type ClientAccess } from '../client/client-access';
import { requiredText } from '../person/person.validation';
import type { Tenant } from '../tenant/tenant.entity';
import { ConsentRecord } from './consent-record.entity';
import { consentGatedCategories, consentRecords, foldConsent, lockConsent } from './consent-state';
import type { RecordConsentInput, WithdrawConsentInput } from './consent.inputs';
import {
  ConsentAction,
  ConsentAvailability,
  type ConsentCategoryStatus,
  type ConsentLedgerEntry,
  type ConsentStatus,
} from './consent.types';

// The written-consent ledger (DOMAIN.md §2.2, issue 4 item 4): records are only ever added. A change of
// consent takes the person's consent lock for update, so a consent-gated write (which takes it for
// share, consent-state.ts) either commits before the change or reads the ledger with the change in it.

/** Records a written consent the client signed. */
export async function recordConsent(ctx: RequestContext, input: RecordConsentInput): Promise<ConsentLedgerEntry> {
  const tenant = ctx.requireTenant();
  const personId = uuidArg('personId', input.personId);
  const categories = gatedCategories(tenant, input.categories);
  const signedOn = pastOrToday('signedOn', input.signedOn);
  const evidence = requiredText('evidence', input.evidence, 500);
  const access = keeperAccess(await openClient(ctx, personId));
  const record = await appendRecord(ctx, personId, {
    action: ConsentAction.GIVE,
    categories,
    disclosesToPurchaser: input.disclosesToPurchaser,
    signedOn,
    evidence,
  });
  return logRead(ctx, access, 'recordConsent', record);
}

/** Records the client's withdrawal; from its commit on, no new data of the categories is accepted. */
export async function withdrawConsent(ctx: RequestContext, input: WithdrawConsentInput): Promise<ConsentLedgerEntry> {
  const tenant = ctx.requireTenant();
  const personId = uuidArg('personId', input.personId);
  // Omitted: everything the register collects only with consent (GDPR 7(3): as easy as giving it).
  const categories =
    input.categories === undefined || input.categories === null
      ? [...consentGatedCategories(tenant)]
      : gatedCategories(tenant, input.categories);
  const evidence = requiredText('evidence', input.evidence, 500);
  const access = keeperAccess(await openClient(ctx, personId));
  const record = await appendRecord(ctx, personId, { action: ConsentAction.WITHDRAW, categories, evidence });
  return logRead(ctx, access, 'withdrawConsent', record);
}

/** Every record of the client's consent ledger, in the order recorded. */
export async function consentLedger(ctx: RequestContext, personIdArg: string): Promise<ConsentLedgerEntry[]> {
  const personId = uuidArg('personId', personIdArg);
  const access = readerAccess(await openClient(ctx, personId));
  const entries = await ctx.tx.run(async (em) => ledgerEntries(em, await consentRecords(em, personId)));
  await ctx.recordUse({
    personIds: [personId],
    data: ['consentLedger'],
    operation: 'consentLedger',
    basis: access.basis,
    reason: access.reason,
  });
  return entries;
}

/** The client's consent now: active categories, disclosure to the purchaser, every gated category's availability. */
export async function consentStatus(ctx: RequestContext, personIdArg: string): Promise<ConsentStatus> {
  const tenant = ctx.requireTenant();
  const personId = uuidArg('personId', personIdArg);
  const access = readerAccess(await openClient(ctx, personId));
  const records = await ctx.tx.run((em) => consentRecords(em, personId));
  const state = foldConsent(records);
  const categories = (tenant.file as TenantFile).dataCategories
    .filter((c) => c.consentRequired)
    .map((c): ConsentCategoryStatus => {
      const deciding = records.findLast((r) => r.categories.includes(c.key));
      const available = state.categories.has(c.key);
      return {
        category: c.key,
        name: { fi: c.name.fi, en: c.name.en },
        available,
        reason: available
          ? ConsentAvailability.GIVEN
          : deciding
            ? ConsentAvailability.WITHDRAWN
            : ConsentAvailability.NEVER_GIVEN,
        since: deciding?.recordedAt ?? null,
      };
    });
  await ctx.recordUse({
    personIds: [personId],
    data: ['consentStatus'],
    operation: 'consentStatus',
    basis: access.basis,
    reason: access.reason,
  });
  return {
    personId,
    activeCategories: categories.filter((c) => c.available).map((c) => c.category),
    disclosesToPurchaser: state.disclosesToPurchaser,
    categories,
  };
}

// Coaches with a client relationship and office staff record consent (DOMAIN.md §3: processing, not a
// controller's decision); the rule has already admitted only COACH and OFFICE.
function keeperAccess(access: ClientAccess): ClientAccess {
  if (access.scope === 'coaching' || access.scope === 'administrative') return access;
  throw forbidden('recording consent needs a client relationship or office work');
}

// Referrers never see the ledger: it is not a statement released to them.
function readerAccess(access: ClientAccess): ClientAccess {
  if (access.scope !== 'referrer') return access;
  throw forbidden('the consent ledger is not disclosed to the referring party');
}

interface NewRecord {
  action: ConsentAction;
  categories: string[];
  disclosesToPurchaser?: boolean;
  signedOn?: string;
  evidence: string;
}

async function appendRecord(ctx: RequestContext, personId: string, values: NewRecord): Promise<ConsentLedgerEntry> {
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run(async (em) => {
    // Before the insert, so recorded_at (the database's clock) falls after every write that got in first.
    await lockConsent(em, personId, 'update');
    const record = em.create(ConsentRecord, {
      id: randomUUID(),
      tenantId,
      personId,
      action: values.action === ConsentAction.GIVE ? 'give' : 'withdraw',
      categories: values.categories,
      disclosesToPurchaser: values.disclosesToPurchaser ?? null,
      signedOn: values.signedOn ?? null,
      evidence: values.evidence,
      recordedBy: userId,
    });
    await em.flush();
    const [entry] = await ledgerEntries(em, [record]);
    return entry!;
  });
}

async function logRead(
  ctx: RequestContext,
  access: ClientAccess,
  operation: string,
  entry: ConsentLedgerEntry,
): Promise<ConsentLedgerEntry> {
  await ctx.recordUse({
    personIds: [access.personId],
    data: ['consentLedger'],
    operation,
    basis: access.basis,
    reason: access.reason,
  });
  return entry;
}

/** The records as the API shows them, with the names of the staff who recorded them. */
async function ledgerEntries(em: EntityManager, records: readonly ConsentRecord[]): Promise<ConsentLedgerEntry[]> {
  const names = await staffNames(
    em,
    records.map((r) => r.recordedBy),
  );
  return records.map((r) => ({
    id: r.id,
    personId: r.personId,
    action: r.action === 'give' ? ConsentAction.GIVE : ConsentAction.WITHDRAW,
    categories: [...r.categories],
    disclosesToPurchaser: r.disclosesToPurchaser,
    signedOn: r.signedOn,
    evidence: r.evidence,
    recordedById: r.recordedBy,
    recordedByName: names.get(r.recordedBy) ?? '',
    recordedAt: r.recordedAt,
  }));
}

/** Display names of staff users by id (user_account is global; one statement for all of them). */
export async function staffNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await em.execute<Array<{ id: string; display_name: string }>>(
    'select id, display_name from user_account where id = any(?::uuid[])',
    [`{${unique.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The categories named, each a consent-gated category of this register, without repeats. */
function gatedCategories(tenant: Tenant, categories: readonly string[]): string[] {
  const gated = consentGatedCategories(tenant);
  if (categories.length === 0) throw badInput('categories', 'name at least one category');
  if (categories.some((c) => !gated.has(c))) {
    throw badInput('categories', `each must be a consent-gated category of this register: ${[...gated].join(', ')}`);
  }
  return [...new Set(categories)];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date (YYYY-MM-DD) no later than today in Finland. */
function pastOrToday(field: string, value: string): string {
  const match = DATE.exec(value.trim());
  const [year, month, day] = (match ?? []).slice(1).map(Number) as [number, number, number];
  const date = match ? new Date(Date.UTC(year, month - 1, day)) : null;
  if (!date || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw badInput(field, 'not a date (YYYY-MM-DD)');
  }
  if (year < 1900) throw badInput(field, 'not a plausible date');
  const iso = value.trim();
  if (iso > todayInFinland()) throw badInput(field, 'must not be in the future');
  return iso;
}
