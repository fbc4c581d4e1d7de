import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// ARVI2 client guidance (DOMAIN.md §2.2): client profiles, service periods, the client relationship
// (assignments, emergency access), the consent ledger, entries with corrections, statement releases.
// Every table is tenant-owned: RLS forced, composite (tenant_id, …) foreign keys to the person.
export class Migration20261125000000Guidance extends Migration {
  override async up(): Promise<void> {
    // Purchasers and referring parties of guidance services.
    this.addSql(`
      alter table organisation add column purchaser_kind text null check (purchaser_kind in
        ('municipality', 'te-administration', 'kela', 'school', 'private-provider', 'insurer'));`);

    this.addSql(`
      create table client_profile (
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        gender text null check (gender in ('female', 'male', 'other', 'not-told')),
        street_address text null,
        postal_code text null,
        city text null,
        education text null,
        other_service_data text null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, person_id),
        constraint client_profile_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    for (const column of ['gender', 'street_address', 'postal_code', 'city', 'education', 'other_service_data']) {
      this.addSql(`comment on column client_profile.${column} is 'personal data';`);
    }

    this.addSql(`
      create table service_period (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        purchaser_organisation_id uuid not null references organisation (id),
        referrer_organisation_id uuid not null references organisation (id),
        service text not null check (service in
          ('work-life-participation', 'vocational-rehabilitation', 'job-coaching')),
        starts_on date not null,
        ends_on date null check (ends_on is null or ends_on >= starts_on),
        status text not null check (status in ('referred', 'active', 'closed', 'cancelled')),
        created_by uuid not null references user_account (id),
        created_at timestamptz not null default now(),
        constraint service_period_tenant_id_id_unique unique (tenant_id, id),
        constraint service_period_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index service_period_person_index on service_period (tenant_id, person_id);`);
    this.addSql(`create index service_period_referrer_index on service_period (tenant_id, referrer_organisation_id);`);

    // The client relationship: a coach opens only clients assigned to them for the period.
    this.addSql(`
      create table assignment (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        coach_user_id uuid not null references user_account (id),
        starts_on date not null,
        ends_on date null check (ends_on is null or ends_on >= starts_on),
        created_by uuid not null references user_account (id),
        created_at timestamptz not null default now(),
        constraint assignment_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index assignment_coach_index on assignment (tenant_id, coach_user_id, person_id);`);

    // Emergency access to an unassigned client: a stated reason, a time limit, a review by the DPO.
    this.addSql(`
      create table emergency_access (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        user_id uuid not null references user_account (id),
        reason text not null,
        opened_at timestamptz not null default now(),
        expires_at timestamptz not null,
        reviewed_by uuid null references user_account (id),
        reviewed_at timestamptz null,
        review_note text null,
        constraint emergency_access_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index emergency_access_user_index on emergency_access (tenant_id, user_id, person_id);`);
    this.addSql(
      `create index emergency_access_review_index on emergency_access (tenant_id) where reviewed_at is null;`,
    );

    // Written consent: a ledger. Records are never edited; a change is a new record.
    this.addSql(`
      create table consent_record (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        action text not null check (action in ('give', 'withdraw')),
        categories text[] not null check (cardinality(categories) > 0),
        disclose_to_purchaser boolean null,
        signed_on date null,
        evidence text not null,
        recorded_by uuid not null references user_account (id),
        recorded_at timestamptz not null default clock_timestamp(),
        constraint consent_record_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index consent_record_person_index on consent_record (tenant_id, person_id, recorded_at);`);

    // Entries: never edited in place; a correction is a new version that supersedes the earlier one.
    this.addSql(`
      create table guidance_entry (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        kind text not null check (kind in ('assessment', 'coaching', 'statement', 'observation')),
        category text not null,
        content text not null,
        version int not null check (version >= 1),
        first_version_id uuid not null,
        supersedes_id uuid null,
        correction_reason text null,
        author_id uuid not null references user_account (id),
        created_at timestamptz not null default clock_timestamp(),
        constraint guidance_entry_tenant_id_id_unique unique (tenant_id, id),
        constraint guidance_entry_version_unique unique (tenant_id, first_version_id, version),
        constraint guidance_entry_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred,
        constraint guidance_entry_supersedes_tenant_fk foreign key (tenant_id, supersedes_id)
          references guidance_entry (tenant_id, id) deferrable initially deferred,
        constraint guidance_entry_correction_check check ((version = 1) = (supersedes_id is null)
          and (supersedes_id is null) = (correction_reason is null))
      );`);
    this.addSql(`create index guidance_entry_person_index on guidance_entry (tenant_id, person_id, created_at);`);
    this.addSql(
      `comment on column guidance_entry.content is 'personal data: assessment, coaching, statement or observation';`,
    );

    // A statement released to the referring organisation (a disclosure, logged in the disclosure log).
    this.addSql(`
      create table statement_release (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        entry_id uuid not null,
        organisation_id uuid not null references organisation (id),
        released_by uuid not null references user_account (id),
        released_at timestamptz not null default now(),
        constraint statement_release_entry_unique unique (tenant_id, entry_id, organisation_id),
        constraint statement_release_entry_tenant_fk foreign key (tenant_id, entry_id)
          references guidance_entry (tenant_id, id) on delete cascade deferrable initially deferred
      );`);

    const tables = [
      'client_profile',
      'service_period',
      'assignment',
      'emergency_access',
      'consent_record',
      'guidance_entry',
      'statement_release',
    ];
    isolateTenantTables(this, tables);
    // Service periods and assignments end by date and status; their history is never deleted by the app.
    this.addSql(`grant select, insert, update on client_profile, service_period, assignment to kaira_app;`);
    this.addSql(`grant select, insert, update on emergency_access to kaira_app;`);
    // The consent ledger and entries keep their history: the app adds, never changes or removes.
    this.addSql(`grant select, insert on consent_record, guidance_entry, statement_release to kaira_app;`);
  }
}
