import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
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
import { maskIdentityCode, parseIdentityCode } from './personal-identity-code';
import { optionalEmail, optionalPhone, requiredText } from './person.validation';

export async function listPeople(ctx: RequestContext, args: PeopleArgs, fields: string[]): Promise<PersonConnection> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 200) throw badInput('first', 'must be 1–200');
  const search = args.search?.trim();
  const where: FilterQuery<Person>[] = [];
  if (search) {
    const prefix = `${search.replace(/[\\%_]/g, '\\$&')}%`;
    where.push({ $or: [{ firstName: { $ilike: prefix } }, { lastName: { $ilike: prefix } }] });
  }
  const people = await ctx.tx.run(async (em) => {
    if (args.after) {
      const cursor = await em.findOne(
        Person,
        { id: uuidArg('after', args.after) },
        { fields: ['lastName', 'firstName'] },
      );
      if (!cursor) throw badInput('after', 'unknown cursor');
      const { lastName, firstName, id } = cursor;
      where.push({
        $or: [
          { lastName: { $gt: lastName } },
          { lastName, firstName: { $gt: firstName } },
          { lastName, firstName, id: { $gt: id } },
        ],
      });
    }
    return em.find(
      Person,
      { $and: where },
      { orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' }, limit: args.first + 1 },
    );
  });
  const nodes = people.slice(0, args.first);
  await recordRead(ctx, nodes, fields, 'people');
  return { nodes, pageInfo: { hasNextPage: people.length > args.first, endCursor: nodes.at(-1)?.id ?? null } };
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
    if (values.identityCodeLookup && (await em.count(Person, { identityCodeLookup: values.identityCodeLookup }))) {
      throw conflict('a person with this henkilötunnus is already in the register');
    }
    const created = em.create(Person, values);
    await em.flush();
    return created;
  });
  await recordRead(ctx, [person], fields, 'registerPerson');
  return person;
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

function identityCodeColumns(keys: Keys, tenantId: string, personId: string, raw: string | null | undefined) {
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

const boundTo = (tenantId: string, personId: string): string => `person:${tenantId}:${personId}`;
