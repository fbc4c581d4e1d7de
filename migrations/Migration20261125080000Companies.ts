import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// Companies, invoices and marketing of the card-training register (issue 3 items 9 and 10, DOMAIN.md §2.1):
// OFFICE edits a company's contact and billing details (earlier values kept); a time-limited link shows a company's contact its
// employees' cards (each view a disclosure); a minimal invoice ledger per enrolment whose open and
// collected invoices are legal holds against erasure; training announcements with a one-time unsubscribe
// link per recipient. Tenant-owned: RLS forced, every reference inside the tenant a composite key.
export class Migration20261125080000Companies extends Migration {
  override async up(): Promise<void> {
    this.companies();
    this.invoices();
    this.marketing();
    isolateTenantTables(this, [
      'company_revision',
      'company_card_link',
      'invoice',
      'invoice_status_change',
      'marketing_announcement',
      'marketing_unsubscribe_link',
    ]);
  }

  // The enrolment form adds companies and never edits them; OFFICE does. Each edit keeps the earlier
  // values of what it changed, by whom and when (as person_revision does for a person).
  private companies(): void {
    this.addSql(`
      grant update (name, business_id, contact_name, contact_email, contact_phone, e_invoice_address,
                    e_invoice_operator, billing_email) on company to kaira_app;`);
    this.addSql(`
      create table company_revision (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        company_id uuid not null,
        changed_by uuid not null references user_account (id),
        changed_at timestamptz not null default now(),
        previous jsonb not null,
        constraint company_revision_company_fk foreign key (tenant_id, company_id)
          references company (tenant_id, id) on delete cascade
      );`);
    this.addSql(`create index company_revision_company_index on company_revision (tenant_id, company_id);`);
    this.addSql(
      `comment on column company_revision.previous is 'personal data: earlier contact details of the company''s contact person';`,
    );
    this.addSql(`grant select, insert on company_revision to kaira_app;`);

    // A link emailed to the company's contact: the employees' cards until expires_at. Only the token's
    // SHA-256 is kept; each view is written to the disclosure log.
    this.addSql(`
      create table company_card_link (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        company_id uuid not null,
        token_hash text not null,
        sent_to text not null check (length(sent_to) between 3 and 254),
        sent_by uuid not null references user_account (id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        constraint company_card_link_token_unique unique (token_hash),
        constraint company_card_link_company_fk foreign key (tenant_id, company_id)
          references company (tenant_id, id) on delete cascade,
        constraint company_card_link_expiry check (expires_at > created_at)
      );`);
    this.addSql(
      `comment on column company_card_link.sent_to is 'personal data: the company contact''s address the link went to';`,
    );
    this.addSql(`grant select, insert on company_card_link to kaira_app;`);
  }

  private invoices(): void {
    // References are Finnish reference numbers (viitenumero) built from this sequence and a 7-3-1 check digit.
    this.addSql(`create sequence invoice_reference_seq start 1000;`);
    this.addSql(`grant usage on sequence invoice_reference_seq to kaira_app;`);

    // person_id is the enrolment's (composite key with the enrolment, as the training records have), and
    // company_id is copied from it by the service. One live invoice per enrolment: re-invoicing needs the
    // earlier one credited.
    this.addSql(`
      create table invoice (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        enrolment_id uuid not null,
        company_id uuid not null,
        person_id uuid not null,
        amount_cents integer not null check (amount_cents between 1 and 10000000),
        due_date date not null,
        reference text not null check (reference ~ '^[0-9]{4,20}$'),
        status text not null default 'open' check (status in ('open', 'in_collection', 'paid', 'credited')),
        created_at timestamptz not null default now(),
        created_by uuid not null references user_account (id),
        status_changed_at timestamptz not null default now(),
        constraint invoice_tenant_id_id_unique unique (tenant_id, id),
        constraint invoice_reference_unique unique (tenant_id, reference),
        constraint invoice_enrolment_fk foreign key (tenant_id, enrolment_id, person_id)
          references enrolment (tenant_id, id, person_id) deferrable,
        constraint invoice_company_fk foreign key (tenant_id, company_id) references company (tenant_id, id),
        constraint invoice_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id)
      );`);
    this.addSql(`create unique index invoice_one_live_per_enrolment on invoice (tenant_id, enrolment_id)
                   where status <> 'credited';`);
    this.addSql(`create index invoice_person_index on invoice (tenant_id, person_id);`);
    this.addSql(`create index invoice_company_index on invoice (tenant_id, company_id);`);
    this.addSql(`comment on column invoice.person_id is 'personal data: the participant the invoice is for';`);
    this.addSql(`comment on column invoice.amount_cents is 'personal data with person_id: what was billed for them';`);
    this.addSql(
      `comment on column invoice.status is 'personal data with person_id: open and in_collection hold erasure';`,
    );

    // The ledger's state machine, enforced again under the service: open → paid | in_collection | credited,
    // in_collection → paid | credited; paid and credited are final.
    this.addSql(`
      create function kaira.invoice_transition_allowed(p_from text, p_to text) returns boolean
        language sql immutable as $$
        select (p_from, p_to) in (('open', 'paid'), ('open', 'in_collection'), ('open', 'credited'),
                                  ('in_collection', 'paid'), ('in_collection', 'credited'))
      $$;`);
    this.addSql(`
      create function kaira.invoice_check_transition() returns trigger language plpgsql as $$
      begin
        if new.status is distinct from old.status and not kaira.invoice_transition_allowed(old.status, new.status) then
          raise exception 'invoice status cannot change from % to %', old.status, new.status
            using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create trigger invoice_transition before update of status on invoice
        for each row execute function kaira.invoice_check_transition();`);
    this.addSql(`grant select, insert on invoice to kaira_app;`);
    this.addSql(`grant update (status, status_changed_at) on invoice to kaira_app;`);

    // Every status an invoice has had: the creation (from_status null) and each change, by whom and why.
    this.addSql(`
      create table invoice_status_change (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        invoice_id uuid not null,
        person_id uuid not null,
        from_status text null,
        to_status text not null check (to_status in ('open', 'in_collection', 'paid', 'credited')),
        note text null check (length(note) <= 500),
        changed_at timestamptz not null default now(),
        changed_by uuid not null references user_account (id),
        constraint invoice_status_change_invoice_fk foreign key (tenant_id, invoice_id)
          references invoice (tenant_id, id) deferrable,
        constraint invoice_status_change_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id)
      );`);
    this.addSql(`create index invoice_status_change_invoice_index on invoice_status_change (tenant_id, invoice_id);`);
    this.addSql(`create index invoice_status_change_person_index on invoice_status_change (tenant_id, person_id);`);
    this.addSql(
      `comment on column invoice_status_change.person_id is 'personal data: the participant the invoice is for';`,
    );
    this.addSql(
      `comment on column invoice_status_change.note is 'may hold personal data: staff''s note on the change';`,
    );
    this.addSql(`grant select, insert on invoice_status_change to kaira_app;`);
  }

  private marketing(): void {
    // What was announced to which audience (no recipients: they are in the use log and in the links).
    this.addSql(`
      create table marketing_announcement (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        card_type_id uuid not null,
        expiring_within_days integer null check (expiring_within_days between 1 and 730),
        subject text not null check (length(subject) between 1 and 200),
        text_body text not null check (length(text_body) between 1 and 20000),
        recipient_count integer not null check (recipient_count >= 0),
        sent_by uuid not null references user_account (id),
        sent_at timestamptz not null default now(),
        constraint marketing_announcement_tenant_id_id_unique unique (tenant_id, id),
        constraint marketing_announcement_card_type_fk foreign key (tenant_id, card_type_id)
          references card_type (tenant_id, id)
      );`);

    // One per recipient of an announcement: the one-time link that records the person's opt-out.
    this.addSql(`
      create table marketing_unsubscribe_link (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        announcement_id uuid not null,
        token_hash text not null,
        created_at timestamptz not null default now(),
        used_at timestamptz null,
        constraint marketing_unsubscribe_link_token_unique unique (token_hash),
        constraint marketing_unsubscribe_link_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade,
        constraint marketing_unsubscribe_link_announcement_fk foreign key (tenant_id, announcement_id)
          references marketing_announcement (tenant_id, id)
      );`);
    this.addSql(
      `create index marketing_unsubscribe_link_person_index on marketing_unsubscribe_link (tenant_id, person_id);`,
    );
    this.addSql(
      `comment on column marketing_unsubscribe_link.person_id is 'personal data: a recipient of a training announcement';`,
    );
    this.addSql(`grant select, insert on marketing_announcement, marketing_unsubscribe_link to kaira_app;`);
    this.addSql(`grant update (used_at) on marketing_unsubscribe_link to kaira_app;`);
  }
}
