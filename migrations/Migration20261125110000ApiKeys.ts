import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// Issue 6: machine clients and strong staff sign-in.
// - api_key: an INTEGRATION principal's key in one tenant (DOMAIN.md §3), stored only as a SHA-256 of its
//   secret, with the allow-list of persisted operations it may run. Tenant-owned: RLS forced.
// - user_second_factor / user_recovery_code: a staff user's TOTP factor (secret AES-256-GCM encrypted with
//   the field key, bound to the user) and single-use recovery codes (SHA-256 only). Global like
//   user_account: a factor belongs to the person signing in, not to a register.
// - auth_session.second_factor_at: when the session proved a second factor, so a tenant that requires one
//   can refuse single-factor sessions.
export class Migration20261125110000ApiKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table api_key (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null check (length(name) between 1 and 100),
        organisation_id uuid not null references organisation (id),
        operations text[] not null check (cardinality(operations) between 1 and 50),
        secret_hash text not null,
        previous_secret_hash text null,
        previous_valid_until timestamptz null,
        created_by uuid not null references user_account (id),
        created_at timestamptz not null default now(),
        rotated_at timestamptz null,
        revoked_at timestamptz null,
        revoked_by uuid null references user_account (id),
        last_used_at timestamptz null,
        constraint api_key_tenant_id_id_unique unique (tenant_id, id),
        constraint api_key_previous_pair check ((previous_secret_hash is null) = (previous_valid_until is null))
      );`);
    this.addSql(`create index api_key_tenant_index on api_key (tenant_id, created_at);`);
    this.addSql(`comment on table api_key is 'no personal data: machine credentials, secrets stored as SHA-256 only';`);
    isolateTenantTables(this, ['api_key']);
    this.addSql(`grant select, insert, update on api_key to kaira_app;`);
    // The scheme register's reporting integration marks reports sent and answered with its key.
    for (const column of ['sent_by_key', 'answered_by_key']) {
      this.addSql(`
        alter table scheme_report add constraint scheme_report_${column}_fk
          foreign key (tenant_id, ${column}) references api_key (tenant_id, id);`);
    }

    this.addSql(`
      create table user_second_factor (
        user_id uuid primary key references user_account (id) on delete cascade,
        secret_encrypted text not null,
        created_at timestamptz not null default now(),
        confirmed_at timestamptz null,
        last_used_step bigint null
      );`);
    this.addSql(
      `comment on column user_second_factor.secret_encrypted is 'TOTP secret, AES-256-GCM with the field key, bound to the user';`,
    );
    this.addSql(`
      create table user_recovery_code (
        user_id uuid not null references user_account (id) on delete cascade,
        code_hash text not null,
        used_at timestamptz null,
        primary key (user_id, code_hash)
      );`);
    this.addSql(`grant select, insert, update, delete on user_second_factor, user_recovery_code to kaira_app;`);

    this.addSql(`alter table auth_session add column second_factor_at timestamptz null;`);
  }
}
