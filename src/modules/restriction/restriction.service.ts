import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { requiredText } from '../person/person.validation';
import { enqueueMessage } from '../outbox/outbox.service';
import { notifyEarlierRecipients } from '../rights-request/art19';
import type { LiftRestrictionInput, PersonRestriction, RestrictPersonInput } from './restriction.types';

// Restriction of processing (GDPR 18). Recording and lifting are the controller's decisions (DOMAIN.md §3;
// restriction.rules.ts). While active, PostgreSQL refuses every write to the person's rows
// (migrations/restriction-guard.ts) and reads are the controller's only (restriction-reads.ts).

interface RestrictionRow {
  id: string;
  person_id: string;
  reason: string;
  restricted_at: string;
  restricted_by: string;
  lifted_at: string | null;
  lifted_by: string | null;
  lift_reason: string | null;
}

const COLUMNS = 'id, person_id, reason, restricted_at, restricted_by, lifted_at, lifted_by, lift_reason';

/** Restricts the person's data; CONFLICT if a restriction is already on. */
export async function restrictPerson(ctx: RequestContext, input: RestrictPersonInput): Promise<PersonRestriction> {
  const personId = uuidArg('personId', input.personId);
  const reason = requiredText('reason', input.reason, 2000);
  const requestId = input.rightsRequestId ? uuidArg('rightsRequestId', input.rightsRequestId) : null;
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  const row = await ctx.tx.run(async (em) => {
    const [person] = await em.execute<Array<{ id: string }>>(
      'select id from person where tenant_id = ? and id = ? for update',
      [tenantId, personId],
    );
    if (!person) throw notFound('person');
    if (requestId) {
      const [request] = await em.execute<Array<{ id: string }>>(
        `select id from rights_request where tenant_id = ? and id = ? and person_id = ? and kind = 'restriction'`,
        [tenantId, requestId, personId],
      );
      if (!request) throw notFound('restriction request of this person');
    }
    const [active] = await em.execute<Array<{ id: string }>>(
      'select id from person_restriction where tenant_id = ? and person_id = ? and lifted_at is null',
      [tenantId, personId],
    );
    if (active) throw conflict("the person's data is already restricted");
    const [created] = await em.execute<RestrictionRow[]>(
      `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by)
       values (?, ?, ?, ?, ?) returning ${COLUMNS}`,
      [randomUUID(), tenantId, personId, reason, userId],
    );
    return created!;
  });
  await ctx.recordUse({
    personIds: [personId],
    data: ['restriction'],
    operation: 'restrictPerson',
    basis: 'RIGHTS_REQUEST',
  });
  // GDPR 19: earlier recipients are told (the outbox is exempt from the guard: telling is not processing).
  await notifyEarlierRecipients(ctx, personId, 'restriction');
  return toRestriction(row);
}

/** Lifts the active restriction (the controller only) and tells the person (GDPR 18(3)). */
export async function liftRestriction(ctx: RequestContext, input: LiftRestrictionInput): Promise<PersonRestriction> {
  const personId = uuidArg('personId', input.personId);
  const reason = requiredText('reason', input.reason, 2000);
  const { userId } = await ctx.member();
  const tenant = ctx.requireTenant();
  const row = await ctx.tx.run(async (em) => {
    const [lifted] = await em.execute<RestrictionRow[]>(
      `update person_restriction set lifted_at = now(), lifted_by = ?, lift_reason = ?
        where tenant_id = ? and person_id = ? and lifted_at is null returning ${COLUMNS}`,
      [userId, reason, tenant.id, personId],
    );
    if (!lifted) return lifted;
    // GDPR 18(3): the person is told that the restriction ends, in the transaction that ends it (a person
    // without an email address is told by letter; that is the controller's to do).
    const [person] = await em.execute<Array<{ email: string | null }>>(
      'select email from person where tenant_id = ? and id = ?',
      [tenant.id, personId],
    );
    if (person?.email) {
      await enqueueMessage(em, {
        tenantId: tenant.id,
        to: person.email,
        subject: 'Tietojesi käsittelyn rajoitus päättyy / The restriction of your data ends',
        text:
          `${tenant.registerName}: tietojesi käsittelyn rajoitus (EU 2016/679 art. 18) päättyy. Syy: ${reason}\n\n` +
          `${tenant.registerName}: the restriction of processing of your data (GDPR Art. 18) ends. Reason: ${reason}\n`,
        purpose: 'restriction-lifted',
        personId,
        toField: 'email',
      });
    }
    return lifted;
  });
  if (!row) throw notFound('active restriction of this person');
  await ctx.recordUse({
    personIds: [personId],
    data: ['restriction'],
    operation: 'liftRestriction',
    basis: 'RIGHTS_REQUEST',
  });
  return toRestriction(row);
}

/** The person's restrictions, newest first (the controller's view). */
export async function personRestrictions(ctx: RequestContext, personIdArg: string): Promise<PersonRestriction[]> {
  const personId = uuidArg('personId', personIdArg);
  const rows = await ctx.tx.run((em) =>
    em.execute<RestrictionRow[]>(
      `select ${COLUMNS} from person_restriction where tenant_id = ? and person_id = ? order by restricted_at desc`,
      [ctx.requireTenant().id, personId],
    ),
  );
  await ctx.recordUse({
    personIds: [personId],
    data: ['restrictions'],
    operation: 'personRestrictions',
    basis: 'CONTROLLER_OVERSIGHT',
  });
  return rows.map(toRestriction);
}

function toRestriction(row: RestrictionRow): PersonRestriction {
  return {
    id: row.id,
    personId: row.person_id,
    reason: row.reason,
    restrictedAt: new Date(row.restricted_at),
    restrictedBy: row.restricted_by,
    liftedAt: row.lifted_at ? new Date(row.lifted_at) : null,
    liftedBy: row.lifted_by,
    liftReason: row.lift_reason,
    active: row.lifted_at === null,
  };
}
