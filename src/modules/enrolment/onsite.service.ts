import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { lookupHash } from '../../crypto/field-encryption';
import { badInput, conflict, KairaError, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { identityCodeColumns, insertPerson, newPersonValues } from '../person/person.service';
import { parseIdentityCode } from '../person/personal-identity-code';
import { optionalEmail, optionalPhone, requiredText } from '../person/person.validation';
import { actorOf, readParticipant, requireEnrolment, requireSession, type Actor } from '../training/participant-access';
import { requireCheckedIdentity } from '../training/training-record.service';
import { ContactChangeDecision, type ParticipantView } from '../training/training-record.types';
import { companyFor } from './enrolment.service';
import { checkCompany } from './enrolment.validation';
import type { CompleteParticipantDataInput, DecideContactChangeInput, RecordParticipantInput } from './onsite.inputs';

// The personal-data form filled in at the training (issue 3 item 4; the notice: "koulutuksessa täytettävä
// henkilötietolomake"). OFFICE, or a TRAINER of the session, records a walk-in participant or completes a
// known participant's missing data; staff confirm or reject, at the identity check, the contact details
// the public form proposed. Nothing already recorded is overwritten here: a correction keeps the earlier
// content with a reason (updatePersonContact, or confirming a proposed change writes a person_revision).

export async function recordParticipant(
  ctx: RequestContext,
  input: RecordParticipantInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const keys = ctx.services.config.keys;
  const form = {
    firstName: requiredText('firstName', input.firstName, 100),
    lastName: requiredText('lastName', input.lastName, 100),
    personalIdentityCode: identityCode(input.personalIdentityCode),
    email: optionalEmail('email', input.email),
    mobile: optionalPhone('mobile', input.mobile),
    position: requiredText('position', input.position, 200),
  };
  const company: { id: string } | { checked: ReturnType<typeof checkCompany> } | null = input.companyId
    ? { id: uuidArg('companyId', input.companyId) }
    : input.company
      ? { checked: checkCompany(input.company) }
      : null;
  if (!company) throw badInput('companyId', 'give companyId or company');
  const enrolmentId = await ctx.tx.run(async (em) => {
    // Locked until commit: seats are counted one enrolment at a time, as on the public form.
    const session = await requireSession(em, actor, input.sessionId, true);
    const lookup = form.personalIdentityCode
      ? lookupHash(keys.lookupKey, actor.tenantId, form.personalIdentityCode)
      : null;
    const [known] = lookup
      ? await em.execute<PersonContact[]>(
          'select id, email, phone from person where tenant_id = ? and identity_code_lookup = ?',
          [actor.tenantId, lookup],
        )
      : [];
    if (known) {
      const [already] = await em.execute<Array<{ id: string }>>(
        'select id from enrolment where tenant_id = ? and session_id = ? and person_id = ?',
        [actor.tenantId, session.id, known.id],
      );
      if (already) return already.id;
    }
    const [{ taken }] = await em.execute<[{ taken: string }]>(
      `select count(*) as taken from enrolment where tenant_id = ? and session_id = ? and status = 'enrolled'`,
      [actor.tenantId, session.id],
    );
    if (Number(taken) >= session.capacity) {
      throw new KairaError('SESSION_FULL', 'the session is full; raise its capacity first');
    }
    const companyId =
      'id' in company
        ? await existingCompany(em, actor, company.id)
        : await companyFor(em, actor.tenantId, company.checked);
    const personId = known?.id ?? (await addPerson(em, keys, actor.tenantId, form));
    const id = randomUUID();
    await em.execute(
      `insert into enrolment (id, tenant_id, session_id, person_id, company_id, position, idempotency_key)
       values (?, ?, ?, ?, ?, ?, ?)`,
      [id, actor.tenantId, session.id, personId, companyId, form.position, `onsite:${id}`],
    );
    if (known) await completeOrPropose(em, actor.tenantId, known, id, form.email, form.mobile);
    return id;
  });
  return readParticipant(ctx, actor, enrolmentId, fields, 'recordParticipant');
}

/** Fills the participant's empty fields; a field already recorded with another value is refused. */
export async function completeParticipantData(
  ctx: RequestContext,
  input: CompleteParticipantDataInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const keys = ctx.services.config.keys;
  const code = identityCode(input.personalIdentityCode);
  const email = optionalEmail('email', input.email);
  const mobile = optionalPhone('mobile', input.mobile);
  if (!code && !email && !mobile) throw badInput('enrolmentId', 'give at least one field to complete');
  const enrolment = await ctx.tx.run(async (em) => {
    const found = await requireEnrolment(em, actor, input.enrolmentId);
    const [person] = await em.execute<Array<PersonContact & { identity_code_lookup: string | null }>>(
      'select id, email, phone, identity_code_lookup from person where tenant_id = ? and id = ? for update',
      [actor.tenantId, found.personId],
    );
    const sets: string[] = [];
    const values: unknown[] = [];
    const fill = (field: string, column: string, stored: string | null, given: string | null) => {
      if (given === null || given === stored) return;
      if (stored !== null)
        throw badInput(field, 'already recorded; a correction is updatePersonContact, with a reason');
      sets.push(`${column} = ?`);
      values.push(given);
    };
    fill('email', 'email', person!.email, email);
    fill('mobile', 'phone', person!.phone, mobile);
    if (code) {
      const lookup = lookupHash(keys.lookupKey, actor.tenantId, code);
      if (person!.identity_code_lookup !== lookup) {
        if (person!.identity_code_lookup !== null) {
          throw badInput('personalIdentityCode', 'already recorded; a correction goes through the DPO');
        }
        const [other] = await em.execute<unknown[]>(
          'select 1 from person where tenant_id = ? and identity_code_lookup = ?',
          [actor.tenantId, lookup],
        );
        if (other) throw conflict('a person with this henkilötunnus is already in the register');
        const columns = identityCodeColumns(keys, actor.tenantId, found.personId, code);
        sets.push(
          'identity_code_encrypted = ?',
          'identity_code_lookup = ?',
          'identity_code_masked = ?',
          'identity_code_temporary = ?',
        );
        values.push(
          columns.identityCodeEncrypted,
          columns.identityCodeLookup,
          columns.identityCodeMasked,
          columns.identityCodeTemporary,
        );
      }
    }
    if (sets.length > 0) {
      await em.execute(`update person set ${sets.join(', ')}, updated_at = now() where tenant_id = ? and id = ?`, [
        ...values,
        actor.tenantId,
        found.personId,
      ]);
    }
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'completeParticipantData');
}

/**
 * Confirms (applies, keeping the earlier values in person_revision) or rejects contact details the public
 * form proposed. Confirming happens at the identity check: the enrolment's identity must be checked.
 */
export async function decideContactChange(
  ctx: RequestContext,
  input: DecideContactChangeInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const id = uuidArg('id', input.id);
  const enrolment = await ctx.tx.run(async (em) => {
    const [change] = await em.execute<
      Array<{
        enrolment_id: string;
        proposed_email: string | null;
        proposed_mobile: string | null;
        decision: string | null;
      }>
    >(
      `select enrolment_id, proposed_email, proposed_mobile, decision from pending_contact_change
        where tenant_id = ? and id = ? for update`,
      [actor.tenantId, id],
    );
    if (!change) throw notFound('contact change');
    const found = await requireEnrolment(em, actor, change.enrolment_id, 'id').catch(() => {
      throw notFound('contact change');
    });
    if (change.decision) throw conflict(`the change has already been ${change.decision}`);
    if (input.decision === ContactChangeDecision.CONFIRMED) {
      await requireCheckedIdentity(em, found);
      await applyChange(em, actor, found.personId, change.proposed_email, change.proposed_mobile);
    }
    await em.execute(
      `update pending_contact_change set decision = ?, decided_by = ?, decided_at = now() where tenant_id = ? and id = ?`,
      [input.decision, actor.userId, actor.tenantId, id],
    );
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'decideContactChange');
}

interface PersonContact {
  id: string;
  email: string | null;
  phone: string | null;
}

function identityCode(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const parsed = parseIdentityCode(text);
  if ('problem' in parsed) throw badInput('personalIdentityCode', `not a valid henkilötunnus (${parsed.problem})`);
  return parsed.value;
}

async function existingCompany(em: EntityManager, actor: Actor, id: string): Promise<string> {
  const [row] = await em.execute<unknown[]>('select 1 from company where tenant_id = ? and id = ?', [
    actor.tenantId,
    id,
  ]);
  if (!row) throw badInput('companyId', 'no such company');
  return id;
}

async function addPerson(
  em: EntityManager,
  keys: RequestContext['services']['config']['keys'],
  tenantId: string,
  form: {
    firstName: string;
    lastName: string;
    personalIdentityCode: string | null;
    email: string | null;
    mobile: string | null;
  },
): Promise<string> {
  const values = newPersonValues(keys, tenantId, {
    firstName: form.firstName,
    lastName: form.lastName,
    personalIdentityCode: form.personalIdentityCode,
    email: form.email,
    phone: form.mobile,
  });
  await insertPerson(em, values);
  await em.flush();
  return values.id;
}

// A known participant: empty contact fields are filled; differing ones wait for confirmation.
async function completeOrPropose(
  em: EntityManager,
  tenantId: string,
  person: PersonContact,
  enrolmentId: string,
  email: string | null,
  mobile: string | null,
): Promise<void> {
  await em.execute(
    'update person set email = coalesce(email, ?), phone = coalesce(phone, ?), updated_at = now() where tenant_id = ? and id = ?',
    [email, mobile, tenantId, person.id],
  );
  const proposedEmail = email && person.email && email !== person.email ? email : null;
  const proposedMobile = mobile && person.phone && mobile !== person.phone ? mobile : null;
  if (!proposedEmail && !proposedMobile) return;
  await em.execute(
    `insert into pending_contact_change (id, tenant_id, person_id, enrolment_id, proposed_email, proposed_mobile)
     values (?, ?, ?, ?, ?, ?)`,
    [randomUUID(), tenantId, person.id, enrolmentId, proposedEmail, proposedMobile],
  );
}

async function applyChange(
  em: EntityManager,
  actor: Actor,
  personId: string,
  email: string | null,
  mobile: string | null,
): Promise<void> {
  const [person] = await em.execute<PersonContact[]>(
    'select id, email, phone from person where tenant_id = ? and id = ? for update',
    [actor.tenantId, personId],
  );
  const previous: Record<string, string | null> = {};
  if (email !== null && email !== person!.email) previous.email = person!.email;
  if (mobile !== null && mobile !== person!.phone) previous.phone = person!.phone;
  if (Object.keys(previous).length === 0) return;
  await em.execute(
    `insert into person_revision (id, tenant_id, person_id, changed_by, reason, previous) values (?, ?, ?, ?, ?, ?::jsonb)`,
    [
      randomUUID(),
      actor.tenantId,
      personId,
      actor.userId,
      'confirmed at the identity check: proposed on the enrolment form',
      JSON.stringify(previous),
    ],
  );
  await em.execute(
    'update person set email = coalesce(?, email), phone = coalesce(?, phone), updated_at = now() where tenant_id = ? and id = ?',
    [email, mobile, actor.tenantId, personId],
  );
}
