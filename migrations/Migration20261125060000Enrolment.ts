import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// The public enrolment form (issue 3 item 3, DOMAIN.md §2.1): companies with their contact and billing
// details, enrolments to sessions, and contact details proposed on the form for a person already in the
// register (never applied by the form: staff confirm them at the identity check). Tenant-owned: RLS
// forced, every reference inside the tenant a composite (tenant_id, …) key.
export class Migration20261125060000Enrolment extends Migration {
  override async up(): Promise<void> {
    // A company is found by its Y-tunnus; the form adds a new one but never edits an existing one.
    // Billing: an e-invoice address with its operator, or a billing email (or both).
    this.addSql(`
      create table company (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null check (length(name) between 1 and 200),
        business_id text not null check (business_id ~ '^[0-9]{7}-[0-9]$'),
        contact_name text not null check (length(contact_name) between 1 and 200),
        contact_email text not null check (length(contact_email) between 3 and 254),
        contact_phone text not null check (length(contact_phone) between 5 and 20),
        e_invoice_address text null check (length(e_invoice_address) between 5 and 35),
        e_invoice_operator text null check (length(e_invoice_operator) between 4 and 35),
        billing_email text null check (length(billing_email) between 3 and 254),
        created_at timestamptz not null default now(),
        constraint company_business_id_unique unique (tenant_id, business_id),
        constraint company_tenant_id_id_unique unique (tenant_id, id),
        constraint company_e_invoice_pair check ((e_invoice_address is null) = (e_invoice_operator is null)),
        constraint company_billing_check check (e_invoice_address is not null or billing_email is not null)
      );`);
    for (const column of ['contact_name', 'contact_email', 'contact_phone']) {
      this.addSql(`comment on column company.${column} is 'personal data: the company''s contact person';`);
    }
    this.addSql(
      `comment on column company.billing_email is 'personal data when it is a person''s address (billing contact)';`,
    );

    // One enrolment per person and session; the client's idempotency key makes a resubmission harmless.
    this.addSql(`
      create table enrolment (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        session_id uuid not null,
        person_id uuid not null,
        company_id uuid not null,
        position text not null check (length(position) between 1 and 200),
        idempotency_key text not null check (length(idempotency_key) between 8 and 100),
        status text not null default 'enrolled' check (status in ('enrolled')),
        created_at timestamptz not null default now(),
        constraint enrolment_idempotency_key_unique unique (tenant_id, idempotency_key),
        constraint enrolment_session_person_unique unique (tenant_id, session_id, person_id),
        constraint enrolment_tenant_id_id_unique unique (tenant_id, id),
        constraint enrolment_session_fk foreign key (tenant_id, session_id)
          references training_session (tenant_id, id),
        constraint enrolment_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint enrolment_company_fk foreign key (tenant_id, company_id) references company (tenant_id, id)
      );`);
    this.addSql(`create index enrolment_person_index on enrolment (tenant_id, person_id);`);
    this.addSql(`create index enrolment_company_index on enrolment (tenant_id, company_id);`);
    this.addSql(`comment on column enrolment.position is 'personal data: the participant''s position at the company';`);

    this.addSql(`
      create table pending_contact_change (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        enrolment_id uuid not null,
        proposed_email text null,
        proposed_mobile text null,
        created_at timestamptz not null default now(),
        constraint pending_contact_change_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id),
        constraint pending_contact_change_enrolment_fk foreign key (tenant_id, enrolment_id)
          references enrolment (tenant_id, id),
        constraint pending_contact_change_something check (proposed_email is not null or proposed_mobile is not null)
      );`);
    this.addSql(`create index pending_contact_change_person_index on pending_contact_change (tenant_id, person_id);`);
    for (const column of ['proposed_email', 'proposed_mobile']) {
      this.addSql(
        `comment on column pending_contact_change.${column} is 'personal data: proposed on the public form, not yet confirmed';`,
      );
    }

    isolateTenantTables(this, ['company', 'enrolment', 'pending_contact_change']);
    // The form inserts; no app path edits or deletes yet (staff tools come with the on-site form and
    // identity check).
    this.addSql(`grant select, insert on company, enrolment, pending_contact_change to kaira_app;`);
  }
}
