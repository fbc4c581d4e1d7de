import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { uuidArg } from '../../ids';
import type { UseBasis } from '../logs/use-log';
import { PersonRevision } from '../person/person.entity';
import { checkCursor, namePage, type NamePageArgs } from '../person/name-page';
import type { PeopleArgs } from '../person/person.inputs';
import { basisFor, insertPerson, newPersonValues } from '../person/person.service';
import { requiredText } from '../person/person.validation';
import { restrictedHiddenSql } from '../restriction/restriction-reads';
import { openClient, today } from './client-access';
import { ClientProfile } from './client.entities';
import type { ReferredClientsArgs, RegisterClientInput, UpdateClientProfileInput } from './client.inputs';
import type { Client, ClientConnection, Gender } from './client.types';
import { PROFILE_FIELDS, profileFields } from './client.validation';
import { servicePeriodViews } from './service-period.service';

// Reading and keeping guidance clients (DOMAIN.md §2.2). A client is a person of a guidance register with
// their profile. Lists select plain rows with the tenant named in the statement (as listPeople) and write
// one use-log entry per operation naming every client returned; a single client is opened through
// openClient, which decides whether and on what basis.

const CLIENT_COLUMNS = `p.id, p.first_name, p.last_name, p.email, p.phone, p.identity_code_masked,
  cp.gender, cp.street_address, cp.postal_code, cp.city, cp.education, cp.other_service_data`;
const CLIENT_FROM = `person p left join client_profile cp on cp.tenant_id = p.tenant_id and cp.person_id = p.id`;

interface ClientRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  identity_code_masked: string | null;
  gender: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  education: string | null;
  other_service_data: string | null;
}

interface ClientList {
  operation: string;
  basis: UseBasis;
  /** A condition on the person `p`, with its parameters. */
  where?: { sql: string; params: unknown[] };
  /** A referrer sees only its own organisation's service periods. */
  referrerOrganisationId?: string;
}

/** A coach's clients: those with an assignment to them active today. */
export async function listMyClients(
  ctx: RequestContext,
  args: PeopleArgs,
  fields: string[],
): Promise<ClientConnection> {
  const { userId } = await ctx.member();
  const day = today();
  return listClientsWhere(ctx, args, fields, {
    operation: 'myClients',
    basis: 'CLIENT_RELATIONSHIP',
    where: {
      sql: `exists (select 1 from assignment a where a.tenant_id = p.tenant_id and a.person_id = p.id
              and a.coach_user_id = ? and a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?))`,
      params: [userId, day, day],
    },
  });
}

/** Every client of the register: office staff (administration) and the controller's people (oversight). */
export async function listClients(ctx: RequestContext, args: PeopleArgs, fields: string[]): Promise<ClientConnection> {
  const { membership } = await ctx.member();
  return listClientsWhere(ctx, args, fields, { operation: 'clients', basis: basisFor(membership) });
}

/** The clients the member's organisation referred, with only its own referrals. */
export async function listReferredClients(
  ctx: RequestContext,
  args: ReferredClientsArgs,
  fields: string[],
): Promise<ClientConnection> {
  const { organisationId } = (await ctx.member()).membership;
  return listClientsWhere(ctx, args, fields, {
    operation: 'referredClients',
    basis: 'REFERRAL',
    where: {
      sql: `exists (select 1 from service_period sp where sp.tenant_id = p.tenant_id and sp.person_id = p.id
              and sp.referrer_organisation_id = ?)`,
      params: [organisationId],
    },
    referrerOrganisationId: organisationId,
  });
}

async function listClientsWhere(
  ctx: RequestContext,
  args: NamePageArgs,
  fields: string[],
  list: ClientList,
): Promise<ClientConnection> {
  const tenantId = ctx.requireTenant().id;
  const { conditions, params, after } = namePage(tenantId, args, 'p.');
  if (list.where) {
    conditions.push(list.where.sql);
    params.push(...list.where.params);
  }
  const hidden = restrictedHiddenSql((await ctx.member()).membership, 'p.');
  if (hidden) conditions.push(hidden);
  const { nodes, hasNextPage } = await ctx.tx.run(async (em) => {
    await checkCursor(em, after);
    const rows = await em.execute<ClientRow[]>(
      `select ${CLIENT_COLUMNS} from ${CLIENT_FROM} where ${conditions.join(' and ')}
        order by p.last_name, p.first_name, p.id limit ?`,
      [...params, args.first + 1],
    );
    const page = rows.slice(0, args.first).map(toClient);
    await withServicePeriods(em, tenantId, page, fields, list.referrerOrganisationId);
    return { nodes: page, hasNextPage: rows.length > args.first };
  });
  const personIds = nodes.map((c) => c.id);
  await ctx.recordUse({ personIds, data: fields, operation: list.operation, basis: list.basis });
  return { nodes, pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null } };
}

/** One client, opened through openClient; the read is use-logged with its basis (and emergency reason). */
export function getClient(ctx: RequestContext, id: string, fields: string[]): Promise<Client> {
  return readClient(ctx, uuidArg('id', id), fields, 'client');
}

/** Opens the client for the current member (openClient decides), reads it and use-logs the read. */
export async function readClient(
  ctx: RequestContext,
  personId: string,
  fields: string[],
  operation: string,
): Promise<Client> {
  const access = await openClient(ctx, personId);
  const tenantId = ctx.requireTenant().id;
  const client = await ctx.tx.run(async (em) => {
    const rows = await em.execute<ClientRow[]>(
      `select ${CLIENT_COLUMNS} from ${CLIENT_FROM} where p.tenant_id = ? and p.id = ?`,
      [tenantId, personId],
    );
    const clients = rows.map(toClient);
    await withServicePeriods(
      em,
      tenantId,
      clients,
      fields,
      access.scope === 'referrer' ? access.organisationId : undefined,
    );
    return clients[0]!;
  });
  await ctx.recordUse({ personIds: [personId], data: fields, operation, basis: access.basis, reason: access.reason });
  return client;
}

export async function registerClient(
  ctx: RequestContext,
  input: RegisterClientInput,
  fields: string[],
): Promise<Client> {
  const tenantId = ctx.requireTenant().id;
  // Every field is checked before anything is written.
  const person = newPersonValues(ctx.services.config.keys, tenantId, input);
  const profile = profileFields(input);
  await ctx.tx.run(async (em) => {
    await insertPerson(em, person);
    em.create(ClientProfile, { tenantId, personId: person.id, ...profile });
    await em.flush();
  });
  return readClient(ctx, person.id, fields, 'registerClient');
}

/** Changes profile fields; the earlier values are kept in person_revision with the reason and author. */
export async function updateClientProfile(
  ctx: RequestContext,
  input: UpdateClientProfileInput,
  fields: string[],
): Promise<Client> {
  const reason = requiredText('reason', input.reason, 500);
  const personId = uuidArg('personId', input.personId);
  const changes = profileFields(input);
  const { userId } = await ctx.member();
  await openClient(ctx, personId);
  await ctx.tx.run(async (em) => {
    // Locked: two corrections at once each keep the value they replaced.
    const profile = await em.findOne(ClientProfile, { personId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const changed = PROFILE_FIELDS.filter((k) => changes[k] !== undefined && changes[k] !== (profile?.[k] ?? null));
    if (changed.length === 0) return;
    const tenantId = ctx.requireTenant().id;
    em.create(PersonRevision, {
      id: randomUUID(),
      tenantId,
      personId,
      changedBy: userId,
      reason,
      previous: Object.fromEntries(changed.map((k) => [k, profile?.[k] ?? null])),
    });
    const target = profile ?? em.create(ClientProfile, { tenantId, personId });
    for (const k of changed) target[k] = changes[k] ?? null;
    await em.flush();
  });
  return readClient(ctx, personId, fields, 'updateClientProfile');
}

// Service periods only when asked for: one statement for the whole page.
async function withServicePeriods(
  em: EntityManager,
  tenantId: string,
  clients: Client[],
  fields: string[],
  referrerOrganisationId: string | undefined,
): Promise<void> {
  if (clients.length === 0 || !fields.includes('servicePeriods')) return;
  const byId = new Map(clients.map((c) => [c.id, c]));
  const periods = await servicePeriodViews(em, tenantId, { personIds: [...byId.keys()], referrerOrganisationId });
  for (const period of periods) byId.get(period.personId)!.servicePeriods.push(period);
}

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    personalIdentityCodeMasked: row.identity_code_masked,
    gender: row.gender as Gender | null,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    city: row.city,
    education: row.education,
    otherServiceData: row.other_service_data,
    servicePeriods: [],
  };
}
