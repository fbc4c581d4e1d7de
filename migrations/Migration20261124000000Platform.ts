import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// The platform core: organisations, tenants, staff accounts, memberships, people and the two logs.
// Written by hand: the schema differ does not know row-level security, policies, grants or the
// composite (tenant_id, id) foreign keys that stop a row from referencing another tenant's row.
// The app connects as `kaira_app` (DML only, NOBYPASSRLS); this migration runs as the owner.
// Entities hold foreign keys as plain id columns (relations are loaded through loaders), so the ORM does
// not order inserts by them: foreign keys between rows written together are checked at commit.
export class Migration20261124000000Platform extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema kaira;`);
    this.addSql(`grant usage on schema kaira to kaira_app;`);
    this.addSql(`
      create function kaira.current_tenant_id() returns uuid language sql stable
        as $$ select nullif(current_setting('kaira.tenant_id', true), '')::uuid $$;`);
    this.addSql(`
      create function kaira.current_user_id() returns uuid language sql stable
        as $$ select nullif(current_setting('kaira.user_id', true), '')::uuid $$;`);

    this.addSql(`
      create table organisation (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        business_id text not null unique,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`comment on table organisation is 'Controllers, processors and purchasers (no personal data)';`);

    this.addSql(`
      create table tenant (
        id uuid primary key,
        slug text not null unique,
        register_kind text not null check (register_kind in ('card-training', 'guidance')),
        register_name text not null,
        controller_organisation_id uuid not null references organisation (id),
        processor_organisation_id uuid references organisation (id),
        file jsonb not null,
        updated_at timestamptz not null default now()
      );`);

    this.addSql(`
      create table user_account (
        id uuid primary key,
        email text not null,
        display_name text not null,
        organisation_id uuid not null references organisation (id),
        password_hash text not null,
        failed_logins int not null default 0,
        last_failed_login_at timestamptz null,
        locked_until timestamptz null,
        disabled_at timestamptz null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index user_account_email_unique on user_account (lower(email));`);
    this.addSql(`comment on column user_account.email is 'personal data: staff work email';`);
    this.addSql(`comment on column user_account.display_name is 'personal data: staff name';`);

    this.addSql(`
      create table auth_session (
        id uuid primary key,
        user_id uuid not null references user_account (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        revoked_at timestamptz null
      );`);
    this.addSql(`create index auth_session_user_id_index on auth_session (user_id);`);
    this.addSql(`
      create table refresh_token (
        token_hash text primary key,
        session_id uuid not null references auth_session (id) on delete cascade deferrable initially deferred,
        created_at timestamptz not null default now(),
        used_at timestamptz null
      );`);
    this.addSql(`create index refresh_token_session_id_index on refresh_token (session_id);`);

    this.addSql(`
      create table membership (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        user_id uuid not null references user_account (id) on delete cascade,
        organisation_id uuid not null references organisation (id),
        roles text[] not null check (cardinality(roles) > 0 and roles <@ array[
          'COACH', 'OFFICE', 'TRAINER', 'DPO', 'CONTROLLER_OFFICER', 'REFERRER', 'ADMIN', 'INTEGRATION']::text[]),
        created_at timestamptz not null default now(),
        constraint membership_tenant_user_unique unique (tenant_id, user_id)
      );`);
    this.addSql(`create index membership_user_id_index on membership (user_id);`);

    this.addSql(`
      create table person (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        first_name text not null,
        last_name text not null,
        email text null,
        phone text null,
        identity_code_encrypted text null,
        identity_code_lookup text null,
        identity_code_masked text null,
        identity_code_temporary boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint person_tenant_id_id_unique unique (tenant_id, id),
        constraint person_tenant_identity_code_unique unique (tenant_id, identity_code_lookup)
      );`);
    this.addSql(`create index person_tenant_name_index on person (tenant_id, last_name, first_name, id);`);
    for (const column of ['first_name', 'last_name', 'email', 'phone', 'identity_code_masked']) {
      this.addSql(`comment on column person.${column} is 'personal data';`);
    }
    this.addSql(
      `comment on column person.identity_code_encrypted is 'personal data: henkilötunnus, AES-256-GCM, key outside the database';`,
    );
    this.addSql(
      `comment on column person.identity_code_lookup is 'HMAC-SHA256 of the henkilötunnus for exact lookup';`,
    );

    this.addSql(`
      create table person_revision (
        id uuid primary key,
        tenant_id uuid not null,
        person_id uuid not null,
        changed_by uuid not null references user_account (id),
        changed_at timestamptz not null default now(),
        reason text not null,
        previous jsonb not null,
        constraint person_revision_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index person_revision_person_index on person_revision (tenant_id, person_id, changed_at);`);
    this.addSql(
      `comment on column person_revision.previous is 'personal data: the earlier content, kept on correction';`,
    );

    this.logTables();
    this.rowLevelSecurity();
    this.grants();
  }

  // Use log (käyttöloki) and disclosure log (luovutusloki): append-only, a hash chain per tenant and log.
  // kaira.append_log assigns gap-free sequence numbers under a row lock on the chain head, so the lock is
  // held only from the log write to the commit.
  private logTables(): void {
    for (const log of ['use_log', 'disclosure_log']) {
      this.addSql(`
        create table ${log} (
          tenant_id uuid not null references tenant (id),
          seq bigint not null,
          occurred_at timestamptz not null,
          person_ids uuid[] not null,
          entry jsonb not null,
          prev_hash bytea not null,
          hash bytea not null,
          primary key (tenant_id, seq)
        );`);
      // One entry per operation names every person it touched; a person's entries are found by GIN.
      this.addSql(`create index ${log}_person_index on ${log} using gin (person_ids);`);
      this.addSql(`create index ${log}_time_index on ${log} (tenant_id, occurred_at);`);
      this.addSql(`comment on table ${log} is 'append-only, hash-chained per tenant; kept 12 years';`);
    }
    this.addSql(`
      create table log_head (
        tenant_id uuid not null references tenant (id),
        log text not null check (log in ('use_log', 'disclosure_log')),
        seq bigint not null,
        hash bytea not null,
        primary key (tenant_id, log)
      );`);
    // The persons an entry names, in order. The indexed person_ids column must always equal this, and
    // verification checks it, so the hash over the entry protects the index too.
    this.addSql(`
      create function kaira.person_ids(p_entry jsonb) returns uuid[] language sql immutable as $$
        select coalesce(array_agg(value::uuid order by ordinality), '{}')
          from jsonb_array_elements_text(coalesce(p_entry -> 'personIds', '[]')) with ordinality
      $$;`);
    // Appending runs as the owner (SECURITY DEFINER; FORCE'd RLS still binds it to the transaction's
    // tenant), so the app can neither write a log row directly nor move a chain head: it can only hand
    // entries to this function, which numbers, timestamps and chains them.
    this.addSql(`
      create function kaira.append_log(p_log text, p_entries jsonb) returns bigint
        language plpgsql volatile security definer set search_path = pg_catalog, public as $$
      declare
        v_tenant uuid := kaira.current_tenant_id();
        v_at timestamptz := clock_timestamp();
        v_seq bigint;
        v_hash bytea;
        v_entry jsonb;
        v_new bytea;
        v_people uuid[];
      begin
        if v_tenant is null then raise exception 'kaira.append_log: no tenant in this transaction'; end if;
        if p_log not in ('use_log', 'disclosure_log') then raise exception 'kaira.append_log: unknown log'; end if;
        if jsonb_typeof(p_entries) <> 'array' then raise exception 'kaira.append_log: entries must be an array'; end if;
        insert into log_head (tenant_id, log, seq, hash) values (v_tenant, p_log, 0, ''::bytea) on conflict do nothing;
        select h.seq, h.hash into v_seq, v_hash from log_head h
          where h.tenant_id = v_tenant and h.log = p_log for update;
        for v_entry in select value from jsonb_array_elements(p_entries) loop
          v_seq := v_seq + 1;
          v_entry := v_entry || jsonb_build_object('seq', v_seq, 'tenantId', v_tenant, 'occurredAt', v_at);
          v_new := sha256(v_hash || convert_to(v_entry::text, 'UTF8'));
          if jsonb_typeof(coalesce(v_entry -> 'personIds', '[]')) <> 'array' then
            raise exception 'kaira.append_log: personIds must be an array';
          end if;
          v_people := kaira.person_ids(v_entry);
          if p_log = 'use_log' then
            insert into use_log (tenant_id, seq, occurred_at, person_ids, entry, prev_hash, hash)
              values (v_tenant, v_seq, v_at, v_people, v_entry, v_hash, v_new);
          else
            insert into disclosure_log (tenant_id, seq, occurred_at, person_ids, entry, prev_hash, hash)
              values (v_tenant, v_seq, v_at, v_people, v_entry, v_hash, v_new);
          end if;
          v_hash := v_new;
        end loop;
        update log_head h set seq = v_seq, hash = v_hash where h.tenant_id = v_tenant and h.log = p_log;
        return v_seq;
      end $$;`);
    this.addSql(`revoke all on function kaira.append_log(text, jsonb) from public;`);
    this.addSql(`grant execute on function kaira.append_log(text, jsonb) to kaira_app;`);
    this.addSql(`
      create function kaira.verify_log(p_log text)
        returns table (checked bigint, broken_seq bigint, problem text)
        language plpgsql stable as $$
      declare
        r record;
        v_prev bytea := ''::bytea;
        v_next bigint := 1;
        v_checked bigint := 0;
      begin
        if p_log not in ('use_log', 'disclosure_log') then raise exception 'kaira.verify_log: unknown log'; end if;
        for r in execute format(
          'select seq, person_ids, entry, prev_hash, hash from %I where tenant_id = kaira.current_tenant_id() order by seq',
          p_log)
        loop
          if r.seq <> v_next then
            return query select v_checked, v_next, 'entry missing'::text; return;
          end if;
          if r.prev_hash <> v_prev then
            return query select v_checked, r.seq, 'link to the previous entry broken'::text; return;
          end if;
          if r.hash <> sha256(r.prev_hash || convert_to(r.entry::text, 'UTF8')) then
            return query select v_checked, r.seq, 'entry content changed'::text; return;
          end if;
          if r.person_ids is distinct from kaira.person_ids(r.entry) then
            return query select v_checked, r.seq, 'person list changed'::text; return;
          end if;
          v_checked := v_checked + 1;
          v_prev := r.hash;
          v_next := r.seq + 1;
        end loop;
        if exists (select 1 from log_head h where h.tenant_id = kaira.current_tenant_id() and h.log = p_log
                   and (h.seq <> v_next - 1 or h.hash <> v_prev)) then
          return query select v_checked, v_next, 'entries missing at the end'::text; return;
        end if;
        return query select v_checked, null::bigint, null::text;
      end $$;`);
  }

  private rowLevelSecurity(): void {
    isolateTenantTables(this, ['membership', 'person', 'person_revision', 'use_log', 'disclosure_log', 'log_head']);
    // A signed-in user reads their own memberships in every tenant (to list and choose a tenant).
    this.addSql(`
      create policy membership_own_read on membership for select
        using (user_id = kaira.current_user_id());`);
  }

  private grants(): void {
    this.addSql(`grant select on organisation, tenant to kaira_app;`);
    this.addSql(`grant select, insert, update on user_account to kaira_app;`);
    this.addSql(
      `grant select, insert, update, delete on auth_session, refresh_token, membership, person to kaira_app;`,
    );
    this.addSql(`grant select, insert on person_revision to kaira_app;`);
    // Logs: the app reads them and appends only through kaira.append_log; it can change or remove nothing.
    this.addSql(`grant select on use_log, disclosure_log, log_head to kaira_app;`);
    this.addSql(`grant select on mikro_orm_migrations to kaira_app;`);
  }
}
