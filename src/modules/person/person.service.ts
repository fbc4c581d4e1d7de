import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Keys } from '../../config';
import type { RequestContext } from '../../context';
import { decryptField, encryptField, lookupHash } from '../../crypto/field-encryption';
import { badInput, conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { ActsFor, Role } from '../../auth/roles';
import type { Membership } from '../../auth/principal';
import type { UseBasis } from '../logs/use-log';
import { Person, PersonRevision } from './person.entity';
import type {
  PeopleArgs,
  PersonConnection,
  RegisterPersonInput,
  RevealedIdentityCode,
  RevealPersonalIdentityCodeInput,
  UpdatePersonContactInput,
} from './person.inputs';
import { restrictedHiddenSql } from '../restriction/restriction-reads';
import { checkCursor, namePage } from './name-page';
import { maskIdentityCode, parseIdentityCode } from './personal-identity-code';
import { optionalEmail, optionalPhone, requiredText } from './person.validation';

// The list is the hottest read: it selects plain rows (no entity hydration; STACK.md measured ≈1 ms of
// CPU per 50 entities) with the tenant named in the statement, under the same RLS as every query.
const PERSON_COLUMNS = `id, tenant_id, first_name, last_name, email, phone, identity_code_masked,
  identity_code_temporary, created_at, updated_at`;

interface PersonRow {
  id: string;
  tenant_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  identity_code_masked: string | null;
  identity_code_temporary: boolean;
  created_at: string;
  updated_at: string;
}

export async function listPeople(ctx: RequestContext, args: PeopleArgs, fields: string[]): Promise<PersonConnection> {
  const { conditions, params, after } = namePage(ctx.requireTenant().id, args);
  const hidden = restrictedHiddenSql((await ctx.member()).membership, 'person.');
  if (hidden) conditions.push(hidden);
  const rows = await ctx.tx.run(async (em) => {
    await checkCursor(em, after);
    return em.execute<PersonRow[]>(
      `select ${PERSON_COLUMNS} from person where ${conditions.join(' and ')}
        order by last_name, first_name, id limit ?`,
      [...params, args.first + 1],
    );
  });
  const nodes = rows.slice(0, args.first).map(toPerson);
  await recordRead(ctx, nodes, fields, 'people');
  return { nodes, pageInfo: { hasNextPage: rows.length > args.first, endCursor: nodes.at(-1)?.id ?? null } };
}

// A plain object with the entity's shape: GraphQL reads its fields; nothing here is ever flushed.
function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    identityCodeMasked: row.identity_code_masked,
    identityCodeTemporary: row.identity_code_temporary,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  } as Person;
}

export async function getPerson(ctx: RequestContext, id: string, fields: string[]): Promise<Person> {
  const person = await ctx.tx.run((em) => em.findOne(Person, { id: uuidArg('id', id) }));
  if (!person) throw notFound('person');
  await recordRead(ctx, [person], fields, 'person');
  return person;
}

export async function registerPerson(
  ctx: RequestContext,
  input: RegisterPersonInput,
  fields: string[],
): Promise<Person> {
  const values = newPersonValues(ctx.services.config.keys, ctx.requireTenant().id, input);
  const person = await ctx.tx.run(async (em) => {
    const created = await insertPerson(em, values);
    await em.flush();
    return created;
  });
  await recordRead(ctx, [person], fields, 'registerPerson');
  return person;
}

/** Adds the person (values from newPersonValues) to the unit of work; CONFLICT if the code is taken. */
export async function insertPerson(em: EntityManager, values: ReturnType<typeof newPersonValues>): Promise<Person> {
  if (values.identityCodeLookup && (await em.count(Person, { identityCodeLookup: values.identityCodeLookup }))) {
    throw conflict('a person with this henkilötunnus is already in the register');
  }
  return em.create(Person, values);
}

/** A new person's columns, every field checked before anything is written; the code encrypted. */
export function newPersonValues(keys: Keys, tenantId: string, input: RegisterPersonInput) {
  const id = randomUUID();
  return {
    id,
    tenantId,
    firstName: requiredText('firstName', input.firstName, 100),
    lastName: requiredText('lastName', input.lastName, 100),
    email: optionalEmail('email', input.email),
    phone: optionalPhone('phone', input.phone),
    ...identityCodeColumns(keys, tenantId, id, input.personalIdentityCode),
  };
}

export async function updatePersonContact(
  ctx: RequestContext,
  input: UpdatePersonContactInput,
  fields: string[],
): Promise<Person> {
  const reason = requiredText('reason', input.reason, 500);
  const { userId } = await ctx.member();
  const personId = uuidArg('personId', input.personId);
  const changes: Partial<Pick<Person, 'email' | 'phone'>> = {};
  if (input.email !== undefined) changes.email = optionalEmail('email', input.email);
  if (input.phone !== undefined) changes.phone = optionalPhone('phone', input.phone);
  const person = await ctx.tx.run(async (em) => {
    const found = await em.findOne(Person, { id: personId });
    if (!found) throw notFound('person');
    const changed = (Object.keys(changes) as Array<keyof typeof changes>).filter((k) => changes[k] !== found[k]);
    if (changed.length === 0) return found;
    em.create(PersonRevision, {
      id: randomUUID(),
      tenantId: found.tenantId,
      personId: found.id,
      changedBy: userId,
      reason,
      previous: Object.fromEntries(changed.map((k) => [k, found[k]])),
    });
    Object.assign(found, changes);
    await em.flush();
    return found;
  });
  await recordRead(ctx, [person], fields, 'updatePersonContact');
  return person;
}

export async function revealPersonalIdentityCode(
  ctx: RequestContext,
  input: RevealPersonalIdentityCodeInput,
): Promise<RevealedIdentityCode> {
  const purpose = requiredText('purpose', input.purpose, 500, 10);
  const person = await ctx.tx.run((em) =>
    em.findOne(Person, { id: uuidArg('personId', input.personId) }, { populate: ['identityCodeEncrypted'] }),
  );
  if (!person) throw notFound('person');
  if (!person.identityCodeEncrypted) throw notFound('henkilötunnus for this person');
  const code = decryptField(
    ctx.services.config.keys.fieldKey,
    person.identityCodeEncrypted,
    boundTo(person.tenantId, person.id),
  );
  const { membership } = await ctx.member();
  await ctx.recordUse({
    personIds: [person.id],
    data: ['personalIdentityCode'],
    operation: 'revealPersonalIdentityCode',
    basis: basisFor(membership),
    reason: purpose,
  });
  return { personId: person.id, personalIdentityCode: code };
}

/** The basis on which this member reads register data (DOMAIN.md §5). */
export function basisFor(membership: Membership): UseBasis {
  const oversight = membership.roles.has(Role.DPO) || membership.roles.has(Role.CONTROLLER_OFFICER);
  return oversight && membership.actsFor === ActsFor.CONTROLLER ? 'CONTROLLER_OVERSIGHT' : 'ADMINISTRATION';
}

async function recordRead(ctx: RequestContext, people: Person[], fields: string[], operation: string): Promise<void> {
  if (people.length === 0) return;
  const { membership } = await ctx.member();
  await ctx.recordUse({ personIds: people.map((p) => p.id), data: fields, operation, basis: basisFor(membership) });
}

/** A henkilötunnus's stored columns for the person (encrypted, lookup hash, masked); {} when none is given. */
export function identityCodeColumns(keys: Keys, tenantId: string, personId: string, raw: string | null | undefined) {
  if (raw === undefined || raw === null || raw === '') return {};
  const parsed = parseIdentityCode(raw);
  if ('problem' in parsed) throw badInput('personalIdentityCode', `not a valid henkilötunnus (${parsed.problem})`);
  const { fieldKey, lookupKey } = keys;
  return {
    identityCodeEncrypted: encryptField(fieldKey, parsed.value, boundTo(tenantId, personId)),
    identityCodeLookup: lookupHash(lookupKey, tenantId, parsed.value),
    identityCodeMasked: maskIdentityCode(parsed.value),
    identityCodeTemporary: parsed.temporary,
  };
}

export const boundTo = (tenantId: string, personId: string): string => `person:${tenantId}:${personId}`;
