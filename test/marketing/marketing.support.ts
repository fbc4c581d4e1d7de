import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { inTenant } from '../isolation/sql';
import { at, cardTypeId, daysFromNow } from '../training/training.support';

// Card holders for the company and marketing tests, inserted as the owner behind the API's back (the
// records helper's API issues cards; here only their rows matter): a person, their company, an enrolment
// on a session, a passed attempt and the card. Objections and restrictions are added the same way, as the
// rights module will write them.

/** A valid Y-tunnus for n (mod 11 with weights 7 9 10 5 8 4 2; bases whose remainder is 1 are skipped). */
export function businessId(n: number): string {
  for (let base = 2_000_000 + n * 13; ; base++) {
    const digits = String(base);
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    if (sum % 11 === 1) continue;
    return `${digits}-${sum % 11 === 0 ? 0 : 11 - (sum % 11)}`;
  }
}

export interface Holder {
  personId: string;
  enrolmentId: string;
  cardId: string;
  email: string | null;
}

export interface HolderSpec {
  firstName?: string;
  lastName: string;
  email?: string | null;
  cardType?: string;
  /** Days from today; null: no expiry. */
  validForDays: number | null;
  companyId: string;
  /** An existing person (a second card). */
  personId?: string;
}

const officeId = `(select id from user_account where email = 'office@eduro.example')`;

export async function addCompany(owner: Client, tenantId: string, n: number, contactEmail: string): Promise<string> {
  return inTenant(
    owner,
    tenantId,
    async () => {
      const { rows } = await owner.query<{ id: string }>(
        `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone, billing_email)
         values ($1, $2, $3, $4, 'Kaisa Yhteyshenkilö', $5, '+358 40 765 4321', 'laskut@yritys.example.fi')
         returning id`,
        [randomUUID(), tenantId, `Yritys ${n} Oy`, businessId(n), contactEmail],
      );
      return rows[0]!.id;
    },
    { commit: true },
  );
}

let cards = 0;
/** A person (or `personId`) with a card of the type valid `validForDays` from today, through a new enrolment. */
export async function addHolder(owner: Client, tenantId: string, spec: HolderSpec): Promise<Holder> {
  const typeId = await cardTypeId(owner, tenantId, spec.cardType ?? 'ttk');
  const n = ++cards;
  return inTenant(
    owner,
    tenantId,
    async () => {
      const email = spec.email === undefined ? `${spec.lastName.toLowerCase()}.${n}@example.fi` : spec.email;
      const personId = spec.personId ?? randomUUID();
      if (!spec.personId) {
        await owner.query(
          `insert into person (id, tenant_id, first_name, last_name, email) values ($1, $2, $3, $4, $5)`,
          [personId, tenantId, spec.firstName ?? 'Aino', spec.lastName, email],
        );
      }
      const sessionId = randomUUID();
      await owner.query(
        `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language,
                                       delivery_mode, capacity, created_by)
         values ($1, $2, $3, $4, $5, 'Eduro, Rovaniemi', 'fi', 'classroom', 20, ${officeId})`,
        [sessionId, tenantId, typeId, at(-400 - n, 6), at(-400 - n, 14)],
      );
      const enrolmentId = randomUUID();
      await owner.query(
        `insert into enrolment (id, tenant_id, session_id, person_id, company_id, position, idempotency_key)
         values ($1, $2, $3, $4, $5, 'Asentaja', $6)`,
        [enrolmentId, tenantId, sessionId, personId, spec.companyId, `fixture-${randomUUID()}`],
      );
      const attemptId = randomUUID();
      await owner.query(
        `insert into exam_attempt (id, tenant_id, person_id, enrolment_id, attempt_number, score, passed, taken_on,
                                   recorded_by)
         values ($1, $2, $3, $4, 1, 90, true, $5, ${officeId})`,
        [attemptId, tenantId, personId, enrolmentId, daysFromNow(-400)],
      );
      const cardId = randomUUID();
      await owner.query(
        `insert into card (id, tenant_id, person_id, card_type_id, enrolment_id, exam_attempt_id, card_number,
                           completed_on, issued_on, valid_until, issued_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, ${officeId})`,
        [
          cardId,
          tenantId,
          personId,
          typeId,
          enrolmentId,
          attemptId,
          `K-${String(n).padStart(6, '0')}`,
          daysFromNow(-400),
          spec.validForDays === null ? null : daysFromNow(spec.validForDays),
        ],
      );
      return { personId, enrolmentId, cardId, email };
    },
    { commit: true },
  );
}

/** An objection as the rights module records it (direct_marketing is upheld on receipt). */
export async function addObjection(
  owner: Client,
  tenantId: string,
  personId: string,
  kind: 'direct_marketing' | 'processing' | 'profiling',
  status: 'pending' | 'upheld' | 'rejected',
): Promise<void> {
  await inTenant(
    owner,
    tenantId,
    () =>
      owner.query(
        `insert into objection (id, tenant_id, person_id, kind, channel, status, decided_at, decided_by)
         values ($1, $2, $3, $4, 'rights_request', $5, case when $5 = 'pending' then null else now() end,
                 case when $5 = 'pending' then null else (select id from user_account where email = 'dpo@eduro.example') end)`,
        [randomUUID(), tenantId, personId, kind, status],
      ),
    { commit: true },
  );
}

/** A restriction (GDPR 18); lifted at once when `lifted`. */
export async function addRestriction(owner: Client, tenantId: string, personId: string, lifted = false): Promise<void> {
  await inTenant(
    owner,
    tenantId,
    () =>
      owner.query(
        `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by, lifted_at, lifted_by, lift_reason)
         select $1, $2, $3, 'accuracy contested', u.id, case when $4 then now() end, case when $4 then u.id end,
                case when $4 then 'accuracy verified' end
           from user_account u where u.email = 'dpo@eduro.example'`,
        [randomUUID(), tenantId, personId, lifted],
      ),
    { commit: true },
  );
}

/** Log entries of the tenant naming the person, of one log. */
export async function logEntries(
  owner: Client,
  tenantId: string,
  log: 'use_log' | 'disclosure_log',
  personId: string,
): Promise<Array<Record<string, unknown>>> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ entry: Record<string, unknown> }>(
      `select entry from ${log} where person_ids @> array[$1]::uuid[] order by seq`,
      [personId],
    );
    return rows.map((r) => r.entry);
  });
}

/** The one-time link's token in an email body: `<…>/<path>/<token>`. */
export function tokenIn(text: string, path: string): string {
  const match = new RegExp(`/${path}/([A-Za-z0-9_.-]+)`).exec(text);
  if (!match) throw new Error(`no /${path}/ link in the message`);
  return match[1]!;
}
