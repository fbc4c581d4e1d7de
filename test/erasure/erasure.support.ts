import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { lookupHash } from '../../src/crypto/field-encryption';
import { inTenant } from '../isolation/sql';
import type { Kaira } from '../support/kaira';
import { idOf } from '../guidance/guidance.support';

// A person with a row in every table that can hold their data, written as the owner (FORCE'd RLS binds
// it to the tenant), so an erasure has everything to find and the scan has everything to miss.

export interface RichPerson {
  personId: string;
  firstName: string;
  lastName: string;
  email: string;
  lookup: string;
  requestId: string;
}

const one = async (owner: Client, sql: string, values: unknown[]) => (await owner.query(sql, values)).rows[0];

/** A guidance client with a profile, periods, assignment, consent, entries, a release, messages, surveys… */
export async function richGuidanceClient(kaira: Kaira, owner: Client, slug: string): Promise<RichPerson> {
  const tenant = kaira.registry.bySlug(slug)!;
  const tag = randomUUID().slice(0, 8);
  const p: RichPerson = {
    personId: randomUUID(),
    firstName: `Poistettava${tag}`,
    lastName: `Henkilö${tag}`,
    email: `poisto.${tag}@example.fi`,
    lookup: lookupHash(kaira.config.keys.lookupKey, tenant.id, `scan-${tag}`),
    requestId: randomUUID(),
  };
  const office = await idOf(owner, 'office@eduro.example');
  const coach = await idOf(owner, 'coach@eduro.example');
  const org = tenant.controllerOrganisationId;
  await inTenant(
    owner,
    tenant.id,
    async () => {
      const t = tenant.id;
      const id = p.personId;
      await owner.query(
        `insert into person (id, tenant_id, first_name, last_name, email, phone, identity_code_encrypted,
           identity_code_lookup, identity_code_masked)
         values ($1, $2, $3, $4, $5, '+358 40 9998887', 'ciphertext', $6, '010190-****')`,
        [id, t, p.firstName, p.lastName, p.email, p.lookup],
      );
      await owner.query(
        `insert into client_profile (tenant_id, person_id, gender, street_address, postal_code, city, education)
         values ($1, $2, 'female', 'Poistokatu 1', '96100', 'Rovaniemi', 'ammattikoulu')`,
        [t, id],
      );
      await owner.query(
        `insert into service_period (id, tenant_id, person_id, purchaser_organisation_id, referrer_organisation_id,
           service, starts_on, status, created_by) values ($1, $2, $3, $4, $4, 'job-coaching', current_date, 'active', $5)`,
        [randomUUID(), t, id, org, office],
      );
      await owner.query(
        `insert into assignment (id, tenant_id, person_id, coach_user_id, starts_on, created_by)
         values ($1, $2, $3, $4, current_date, $5)`,
        [randomUUID(), t, id, coach, office],
      );
      await owner.query(
        `insert into emergency_access (id, tenant_id, person_id, user_id, reason, expires_at)
         values ($1, $2, $3, $4, 'client in crisis', now() + interval '1 hour')`,
        [randomUUID(), t, id, coach],
      );
      await owner.query(
        `insert into consent_record (id, tenant_id, person_id, action, categories, evidence, recorded_by)
         values ($1, $2, $3, 'give', '{employment,guidance}', 'signed form', $4)`,
        [randomUUID(), t, id, office],
      );
      const statement = randomUUID();
      for (const [entryId, category] of [
        [statement, 'statement'],
        [randomUUID(), 'coaching'],
        [randomUUID(), 'employment'],
      ] as const) {
        await owner.query(
          `insert into guidance_entry (id, tenant_id, person_id, kind, category, content, version, first_version_id, author_id)
           values ($1, $2, $3, $4, $5, $6, 1, $1, $7)`,
          [
            entryId,
            t,
            id,
            category === 'employment' ? 'observation' : category,
            category,
            `notes on ${p.firstName}`,
            coach,
          ],
        );
      }
      await owner.query(
        `insert into statement_release (id, tenant_id, entry_id, organisation_id, released_by) values ($1, $2, $3, $4, $5)`,
        [randomUUID(), t, statement, org, coach],
      );
      const message = randomUUID();
      await owner.query(
        `insert into client_message (id, tenant_id, subject, body, sent_by) values ($1, $2, $3, $4, $5)`,
        [message, t, `Hei ${p.firstName}`, `Hyvä ${p.firstName} ${p.lastName}`, coach],
      );
      await owner.query(
        `insert into client_message_recipient (id, tenant_id, message_id, person_id) values ($1, $2, $3, $4)`,
        [randomUUID(), t, message, id],
      );
      const survey = (await one(owner, 'select id from survey limit 1', []))?.id as string | undefined;
      if (survey) {
        const invitation = randomUUID();
        await owner.query(
          `insert into survey_invitation (id, tenant_id, survey_id, person_id, token_hash, sent_by, expires_at)
           values ($1, $2, $3, $4, $5, $6, now() + interval '1 day')`,
          [invitation, t, survey, id, `hash-${tag}`, coach],
        );
        const question = (
          await one(owner, "select id from survey_question where survey_id = $1 and kind = 'free-text' limit 1", [
            survey,
          ])
        )?.id;
        if (question) {
          await owner.query(
            `insert into survey_answer (id, tenant_id, invitation_id, question_id, category, text_value)
             values ($1, $2, $3, $4, 'guidance', $5)`,
            [randomUUID(), t, invitation, question, `I am ${p.firstName}`],
          );
        }
      }
      await owner.query(
        `insert into person_revision (id, tenant_id, person_id, changed_by, reason, previous)
         values ($1, $2, $3, $4, 'moved', $5)`,
        [randomUUID(), t, id, office, JSON.stringify({ email: `old.${p.email}` })],
      );
      await owner.query(
        `insert into objection (id, tenant_id, person_id, kind, channel, status, decided_at, decided_by, decision_reason)
         values ($1, $2, $3, 'direct_marketing', 'staff', 'upheld', now(), $4, 'absolute')`,
        [randomUUID(), t, id, office],
      );
      await owner.query(
        `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by, lifted_at, lifted_by, lift_reason)
         values ($1, $2, $3, 'contested', $4, now(), $4, 'verified')`,
        [randomUUID(), t, id, office],
      );
      await owner.query(
        `insert into legal_hold (id, tenant_id, person_id, kind, reference, ends_on, categories, recorded_by)
         values ($1, $2, $3, 'open_invoice', 'INV-EXPIRED', current_date - 1, '{name}', $4)`,
        [randomUUID(), t, id, office],
      );
      await owner.query(
        `insert into outbox_message (id, tenant_id, to_address, subject, text_body, purpose, person_id)
         values ($1, $2, $3, 'Tervetuloa', $4, 'welcome', $5)`,
        [randomUUID(), t, p.email, `Hei ${p.firstName}`, id],
      );
      await insertRequest(owner, t, p, office);
    },
    { commit: true },
  );
  return p;
}

/** A card-training person enrolled to a session for a company of their own (the company goes with them). */
export async function richTrainee(kaira: Kaira, owner: Client): Promise<RichPerson> {
  const tenant = kaira.registry.bySlug('eduro-training')!;
  const tag = randomUUID().slice(0, 8);
  const p: RichPerson = {
    personId: randomUUID(),
    firstName: `Kurssilainen${tag}`,
    lastName: `Poisto${tag}`,
    email: `kurssi.${tag}@example.fi`,
    lookup: `lookup-${tag}`,
    requestId: randomUUID(),
  };
  const office = await idOf(owner, 'office@eduro.example');
  await inTenant(
    owner,
    tenant.id,
    async () => {
      const t = tenant.id;
      await owner.query(
        `insert into person (id, tenant_id, first_name, last_name, email, phone, identity_code_lookup)
         values ($1, $2, $3, $4, $5, '+358 40 1234567', $6)`,
        [p.personId, t, p.firstName, p.lastName, p.email, p.lookup],
      );
      const session = (await one(owner, 'select id from training_session order by starts_at limit 1', []))!.id;
      const company = randomUUID();
      const digits = String(Math.floor(Math.random() * 1e7)).padStart(7, '0');
      await owner.query(
        `insert into company (id, tenant_id, name, business_id, contact_name, contact_email, contact_phone, billing_email)
         values ($1, $2, $3, $4, $5, $6, '+358 40 7654321', $6)`,
        [company, t, `Yritys ${tag}`, `${digits}-0`, `${p.firstName} ${p.lastName}`, p.email],
      );
      const enrolment = randomUUID();
      await owner.query(
        `insert into enrolment (id, tenant_id, session_id, person_id, company_id, position, idempotency_key)
         values ($1, $2, $3, $4, $5, 'welder', $6)`,
        [enrolment, t, session, p.personId, company, `key-${tag}-0000`],
      );
      await owner.query(
        `insert into pending_contact_change (id, tenant_id, person_id, enrolment_id, proposed_email)
         values ($1, $2, $3, $4, $5)`,
        [randomUUID(), t, p.personId, enrolment, `new.${p.email}`],
      );
      await insertRequest(owner, t, p, office);
    },
    { commit: true },
  );
  return p;
}

async function insertRequest(owner: Client, tenantId: string, p: RichPerson, office: string): Promise<void> {
  await owner.query(
    `insert into rights_request (id, tenant_id, kind, received_on, channel, person_id, stated_identity,
       reply_address, details, identity_method, identity_checked_by, identity_checked_at, due_on, registered_by)
     values ($1, $2, 'erasure', current_date, 'email', $3, $4, $5, $6, 'id_document', $7, now(), current_date + 30, $7)`,
    [p.requestId, tenantId, p.personId, `${p.firstName} ${p.lastName}`, p.email, `Erase me, ${p.firstName}`, office],
  );
}
