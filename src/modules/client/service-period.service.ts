import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { uuidArg, uuidArrayLiteral } from '../../ids';
import { openClient } from './client-access';
import { ServicePeriod } from './client.entities';
import type { RecordServicePeriodInput, SetServicePeriodStatusInput } from './client.inputs';
import {
  type GuidanceService,
  type PurchaserKind,
  type PurchaserOrganisation,
  ServicePeriodStatus,
  type ServicePeriodView,
} from './client.types';
import { notBefore, optionalDate, requiredDate } from './client.validation';

// Referrals / service periods (DOMAIN.md §2.2): purchaser, referring party, service, dates, status.
// Office staff keep them; every answer naming a client is use-logged with the basis openClient gives.

const { REFERRED, ACTIVE, CLOSED, CANCELLED } = ServicePeriodStatus;
// A period moves forward only; closed and cancelled are final (a new referral is a new period).
const NEXT: Record<ServicePeriodStatus, readonly ServicePeriodStatus[]> = {
  [REFERRED]: [ACTIVE, CANCELLED],
  [ACTIVE]: [CLOSED, CANCELLED],
  [CLOSED]: [],
  [CANCELLED]: [],
};

export async function recordServicePeriod(
  ctx: RequestContext,
  input: RecordServicePeriodInput,
): Promise<ServicePeriodView> {
  const personId = uuidArg('personId', input.personId);
  const purchaserId = uuidArg('purchaserOrganisationId', input.purchaserOrganisationId);
  const referrerId = uuidArg('referrerOrganisationId', input.referrerOrganisationId);
  const startsOn = requiredDate('startsOn', input.startsOn);
  const endsOn = notBefore('endsOn', optionalDate('endsOn', input.endsOn), startsOn);
  const { userId } = await ctx.member();
  const access = await openClient(ctx, personId);
  const period = await ctx.tx.run(async (em) => {
    const purchasers = await purchaserKinds(em, [purchaserId, referrerId]);
    if (!purchasers.has(purchaserId)) throw badInput('purchaserOrganisationId', 'not a purchaser organisation');
    if (!purchasers.has(referrerId)) throw badInput('referrerOrganisationId', 'not a purchaser organisation');
    const id = randomUUID();
    em.create(ServicePeriod, {
      id,
      tenantId: ctx.requireTenant().id,
      personId,
      purchaserOrganisationId: purchaserId,
      referrerOrganisationId: referrerId,
      service: input.service,
      startsOn,
      endsOn,
      status: input.status,
      createdBy: userId,
    });
    await em.flush();
    return (await servicePeriodViews(em, ctx.requireTenant().id, { id }))[0]!;
  });
  await ctx.recordUse({
    personIds: [personId],
    data: ['servicePeriod'],
    operation: 'recordServicePeriod',
    basis: access.basis,
  });
  return period;
}

export async function setServicePeriodStatus(
  ctx: RequestContext,
  input: SetServicePeriodStatusInput,
): Promise<ServicePeriodView> {
  const id = uuidArg('id', input.id);
  const endsOn = optionalDate('endsOn', input.endsOn);
  // Locked for the operation: two status changes of one period apply one after the other.
  const found = await ctx.tx.run((em) => em.findOne(ServicePeriod, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
  if (!found) throw notFound('service period');
  const access = await openClient(ctx, found.personId);
  const period = await ctx.tx.run(async (em) => {
    const current = found.status as ServicePeriodStatus;
    if (!NEXT[current].includes(input.status)) throw conflict(`a ${current} period cannot become ${input.status}`);
    found.status = input.status;
    if (endsOn !== null) found.endsOn = notBefore('endsOn', endsOn, found.startsOn);
    await em.flush();
    return (await servicePeriodViews(em, found.tenantId, { id }))[0]!;
  });
  await ctx.recordUse({
    personIds: [found.personId],
    data: ['servicePeriod'],
    operation: 'setServicePeriodStatus',
    basis: access.basis,
  });
  return period;
}

/** Organisations that purchase guidance or refer clients to it (purchaser_kind set, kept by the owner). */
export async function purchaserOrganisations(ctx: RequestContext): Promise<PurchaserOrganisation[]> {
  const rows = await ctx.tx.run((em) =>
    em.execute<OrganisationRow[]>(
      `select id, name, business_id, purchaser_kind from organisation where purchaser_kind is not null order by name, id`,
    ),
  );
  return rows.map(toOrganisation);
}

async function purchaserKinds(em: EntityManager, ids: string[]): Promise<Set<string>> {
  const rows = await em.execute<Array<{ id: string }>>(
    'select id from organisation where id = any(?::uuid[]) and purchaser_kind is not null',
    [uuidArrayLiteral(ids)],
  );
  return new Set(rows.map((r) => r.id));
}

interface OrganisationRow {
  id: string;
  name: string;
  business_id: string;
  purchaser_kind: string | null;
}

interface ServicePeriodRow {
  id: string;
  person_id: string;
  service: string;
  status: string;
  starts_on: string;
  ends_on: string | null;
  purchaser: OrganisationRow;
  referrer: OrganisationRow;
}

const toOrganisation = (row: OrganisationRow): PurchaserOrganisation => ({
  id: row.id,
  name: row.name,
  businessId: row.business_id,
  kind: row.purchaser_kind as PurchaserKind | null,
});

/**
 * Service periods with their organisations, in one statement: by id, or for a page of clients (a
 * referrer's own organisation's only, when `referrerOrganisationId` is given). Oldest first.
 */
export async function servicePeriodViews(
  em: EntityManager,
  tenantId: string,
  where: { id: string } | { personIds: readonly string[]; referrerOrganisationId?: string },
): Promise<ServicePeriodView[]> {
  const conditions = ['sp.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  if ('id' in where) {
    conditions.push('sp.id = ?');
    params.push(where.id);
  } else {
    conditions.push('sp.person_id = any(?::uuid[])');
    params.push(uuidArrayLiteral(where.personIds));
    if (where.referrerOrganisationId) {
      conditions.push('sp.referrer_organisation_id = ?');
      params.push(where.referrerOrganisationId);
    }
  }
  const organisation = (alias: string) =>
    `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'business_id', ${alias}.business_id,
      'purchaser_kind', ${alias}.purchaser_kind)`;
  const rows = await em.execute<ServicePeriodRow[]>(
    `select sp.id, sp.person_id, sp.service, sp.status, sp.starts_on::text as starts_on, sp.ends_on::text as ends_on,
            ${organisation('po')} as purchaser, ${organisation('ro')} as referrer
       from service_period sp
       join organisation po on po.id = sp.purchaser_organisation_id
       join organisation ro on ro.id = sp.referrer_organisation_id
      where ${conditions.join(' and ')}
      order by sp.starts_on, sp.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    purchaser: toOrganisation(row.purchaser),
    referrer: toOrganisation(row.referrer),
    service: row.service as GuidanceService,
    status: row.status as ServicePeriodStatus,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  }));
}
