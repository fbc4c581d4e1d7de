import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { lookupHash } from '../../crypto/field-encryption';
import { badInput, KairaError } from '../../errors';
import type { Tenant } from '../tenant/tenant.entity';
import { Person } from '../person/person.entity';
import { insertPerson, newPersonValues } from '../person/person.service';
import { sendConfirmation, type SessionRow } from './enrolment-confirmation';
import { Enrolment, PendingContactChange } from './enrolment.entities';
import type { EnrolInput } from './enrolment.inputs';
import { EnrolmentStatus, type EnrolmentReceipt } from './enrolment.types';
import { checkEnrolment, type CheckedCompany, type CheckedEnrolment } from './enrolment.validation';

// The public enrolment form (issue 3 item 3, DOMAIN.md §2.1). Rate-limited per address before it runs
// (src/http/rate-limit.ts, shared by every process). No login: the Kaira-Tenant header names the
// register (enrolment.rules.ts admits only card-training registers) and the work runs in that tenant's
// transaction without a user. The subject submits their own data, so no use-log entry is written; the
// answer is a receipt that never carries stored data, and a person already in the register is neither
// revealed nor overwritten: changed contact details wait in pending_contact_change for staff.
//
// Concurrency: the session row is locked (select … for update) before anything is read, so enrolments
// to one session run one at a time until commit; the seat count, the idempotency key and the
// person-and-session check all see every earlier enrolment.

export async function enrol(ctx: RequestContext, input: EnrolInput): Promise<EnrolmentReceipt> {
  const form = checkEnrolment(input);
  const tenant = ctx.requireTenant();
  return ctx.tx.run(async (em) => {
    const session = await lockSession(em, tenant.id, form.sessionId);
    const replay = await em.findOne(Enrolment, { idempotencyKey: form.idempotencyKey });
    if (replay) {
      if (replay.sessionId !== session.id) throw badInput('idempotencyKey', 'already used for another enrolment');
      return receipt(replay.id, session);
    }
    const lookup = lookupHash(ctx.services.config.keys.lookupKey, tenant.id, form.personalIdentityCode);
    const existing = await em.findOne(Person, { identityCodeLookup: lookup });
    if (existing) {
      const already = await em.findOne(Enrolment, { sessionId: session.id, personId: existing.id });
      if (already) return receipt(already.id, session);
    }
    await requireSeat(em, tenant.id, session);
    const personId = existing?.id ?? (await addPerson(ctx, em, tenant, form));
    const companyId = await companyFor(em, tenant.id, form.company);
    const enrolment = em.create(Enrolment, {
      id: randomUUID(),
      tenantId: tenant.id,
      sessionId: session.id,
      personId,
      companyId,
      position: form.position,
      idempotencyKey: form.idempotencyKey,
    });
    await em.flush();
    if (existing) proposeContactChange(em, existing, enrolment.id, form);
    await sendConfirmation(em, tenant, session, form, personId);
    return receipt(enrolment.id, session);
  });
}

async function lockSession(em: EntityManager, tenantId: string, sessionId: string): Promise<SessionRow> {
  const [session] = await em.execute<SessionRow[]>(
    `select s.id, s.starts_at, s.ends_at, s.place, s.capacity, s.starts_at <= now() as started,
            ct.name_fi as card_type_name
       from training_session s join card_type ct on ct.tenant_id = s.tenant_id and ct.id = s.card_type_id
      where s.tenant_id = ? and s.id = ?
        for update of s`,
    [tenantId, sessionId],
  );
  if (!session) throw badInput('sessionId', 'no such session');
  if (session.started) throw badInput('sessionId', 'the session has already started');
  return session;
}

async function requireSeat(em: EntityManager, tenantId: string, session: SessionRow): Promise<void> {
  const [row] = await em.execute<Array<{ taken: string }>>(
    `select count(*) as taken from enrolment where tenant_id = ? and session_id = ? and status = 'enrolled'`,
    [tenantId, session.id],
  );
  if (Number(row!.taken) >= session.capacity) {
    throw new KairaError('SESSION_FULL', 'the session is full; choose another session');
  }
}

async function addPerson(ctx: RequestContext, em: EntityManager, tenant: Tenant, form: CheckedEnrolment) {
  const values = newPersonValues(ctx.services.config.keys, tenant.id, {
    firstName: form.firstName,
    lastName: form.lastName,
    personalIdentityCode: form.personalIdentityCode,
    email: form.email,
    phone: form.mobile,
  });
  await insertPerson(em, values);
  // Flushed before the enrolment that references it (the entities declare no relation to order by).
  await em.flush();
  return values.id;
}

// A company is found by its Y-tunnus; the form never edits one already registered. `on conflict` lets two
// forms naming the same new company at once both succeed.
export async function companyFor(em: EntityManager, tenantId: string, company: CheckedCompany): Promise<string> {
  await em.execute(
    `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone,
                          e_invoice_address, e_invoice_operator, billing_email)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (tenant_id, business_id) do nothing`,
    [
      randomUUID(),
      tenantId,
      company.name,
      company.businessId,
      company.contactName,
      company.contactEmail,
      company.contactPhone,
      company.eInvoiceAddress,
      company.eInvoiceOperator,
      company.billingEmail,
    ],
  );
  const [row] = await em.execute<Array<{ id: string }>>(
    'select id from company where tenant_id = ? and business_id = ?',
    [tenantId, company.businessId],
  );
  return row!.id;
}

/** Contact details differing from the register's wait for staff to confirm them (never applied here). */
function proposeContactChange(em: EntityManager, person: Person, enrolmentId: string, form: CheckedEnrolment): void {
  const proposedEmail = form.email !== person.email ? form.email : null;
  const proposedMobile = form.mobile !== person.phone ? form.mobile : null;
  if (!proposedEmail && !proposedMobile) return;
  em.create(PendingContactChange, {
    id: randomUUID(),
    tenantId: person.tenantId,
    personId: person.id,
    enrolmentId,
    proposedEmail,
    proposedMobile,
  });
}

function receipt(enrolmentId: string, session: SessionRow): EnrolmentReceipt {
  return {
    enrolmentId,
    status: EnrolmentStatus.ENROLLED,
    session: { starts: new Date(session.starts_at), place: session.place },
  };
}
