import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// The card-training catalogue, trainer authorisations and sessions (DOMAIN.md §2.1). Tenant-owned: RLS
// forced, and every reference inside the tenant is a composite (tenant_id, …) key, so no row can point
// into another tenant. No column holds a data subject's personal data; staff are named by user id only.
export class Migration20261125050000Training extends Migration {
  override async up(): Promise<void> {
    // Card types as data: the scheme's rules [verify per scheme] are seeded (card-type.seed.ts) and edited
    // by OFFICE. validity_basis: 'day' = to the same day validity_months later, 'month' = to the end of
    // the month validity_months after the completion month (card-validity.ts).
    this.addSql(`
      create table card_type (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        code text not null check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        name_fi text not null check (length(name_fi) between 1 and 200),
        name_en text not null check (length(name_en) between 1 and 200),
        scheme_owner text not null check (length(scheme_owner) between 1 and 200),
        validity_months int null check (validity_months between 1 and 600),
        validity_basis text not null check (validity_basis in ('day', 'month')),
        refresher_only_while_valid boolean not null,
        exam_pass_mark numeric(4,1) null check (exam_pass_mark > 0 and exam_pass_mark <= 100),
        max_retakes int null check (max_retakes between 0 and 100),
        temporary_certificate_max_days int null check (temporary_certificate_max_days between 1 and 366),
        trainer_authorisation_required boolean not null,
        photo_id_required boolean not null,
        updated_at timestamptz not null default now(),
        updated_by uuid null references user_account (id),
        constraint card_type_code_unique unique (tenant_id, code),
        constraint card_type_tenant_id_id_unique unique (tenant_id, id)
      );`);
    this.addSql(`comment on table card_type is 'card-training catalogue: a card type and its scheme''s rules';`);

    // The trainer must be a member of the tenant (composite key to membership); that they hold TRAINER is
    // checked by the service. Renewing an authorisation replaces its expiry (one row per trainer and type).
    this.addSql(`
      create table trainer_authorisation (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        user_id uuid not null,
        card_type_id uuid not null,
        valid_until date not null,
        granted_by uuid not null references user_account (id),
        granted_at timestamptz not null default now(),
        constraint trainer_authorisation_unique unique (tenant_id, user_id, card_type_id),
        constraint trainer_authorisation_member_fk foreign key (tenant_id, user_id)
          references membership (tenant_id, user_id) on delete cascade,
        constraint trainer_authorisation_card_type_fk foreign key (tenant_id, card_type_id)
          references card_type (tenant_id, id)
      );`);

    this.addSql(`
      create table training_session (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        card_type_id uuid not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        place text not null check (length(place) between 1 and 200),
        language text not null check (language in ('fi', 'sv', 'en')),
        delivery_mode text not null check (delivery_mode in ('classroom', 'online', 'blended')),
        capacity int not null check (capacity between 1 and 500),
        created_by uuid not null references user_account (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint training_session_tenant_id_id_unique unique (tenant_id, id),
        constraint training_session_card_type_fk foreign key (tenant_id, card_type_id)
          references card_type (tenant_id, id),
        constraint training_session_time_check check (ends_at > starts_at)
      );`);
    this.addSql(`create index training_session_starts_index on training_session (tenant_id, starts_at);`);

    this.addSql(`
      create table session_trainer (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        session_id uuid not null,
        trainer_user_id uuid not null references user_account (id),
        assigned_by uuid not null references user_account (id),
        assigned_at timestamptz not null default now(),
        constraint session_trainer_unique unique (tenant_id, session_id, trainer_user_id),
        constraint session_trainer_session_fk foreign key (tenant_id, session_id)
          references training_session (tenant_id, id) on delete cascade
      );`);
    this.addSql(`create index session_trainer_trainer_index on session_trainer (tenant_id, trainer_user_id);`);

    isolateTenantTables(this, ['card_type', 'trainer_authorisation', 'training_session', 'session_trainer']);
    // The catalogue is seeded by the owner; the app edits a type's rules but never adds or removes a type,
    // nor changes its code (the seed's key).
    this.addSql(`grant select on card_type to kaira_app;`);
    this.addSql(`
      grant update (name_fi, name_en, scheme_owner, validity_months, validity_basis, refresher_only_while_valid,
        exam_pass_mark, max_retakes, temporary_certificate_max_days, trainer_authorisation_required,
        photo_id_required, updated_at, updated_by) on card_type to kaira_app;`);
    this.addSql(`grant select, insert, update on trainer_authorisation, training_session to kaira_app;`);
    this.addSql(`grant select, insert on session_trainer to kaira_app;`);
  }
}
