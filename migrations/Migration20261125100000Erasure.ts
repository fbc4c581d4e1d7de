import { Migration } from '@mikro-orm/migrations';
import { guardRestrictedPersons, RESTRICTED_SQLSTATE } from './restriction-guard';
import { isolateTenantTables } from './tenant-isolation';

// Restriction, legal holds and erasure (GDPR 17, 18; DOMAIN.md §4, §7; issue 5).
// - Restriction is enforced by PostgreSQL: while a person_restriction row is active, every write to the
//   person or to a row of theirs fails with SQLSTATE KA018 (the API's RESTRICTED), whatever code path
//   attempts it. The tables left writable are listed with their reasons in restriction-guard.ts.
// - A legal hold (law, open invoice, debt collection, authority process, court order) keeps named data
//   categories of a person until its end date; erasure and retention honour it.
// - An erasure certificate records what was erased and kept, when, under which request and decision, and
//   which holds kept what: never a name, henkilötunnus, contact data or the person's id.
export class Migration20261125100000Erasure extends Migration {
  override async up(): Promise<void> {
    this.restrictionGuard();
    this.legalHolds();
    this.certificates();
    this.eraseFunction();
  }

  private restrictionGuard(): void {
    // Runs as the writer (not SECURITY DEFINER): its read of person_restriction is bound by the same RLS,
    // and a tenant's writes only ever touch that tenant's rows. tg_argv[0] names the person column.
    this.addSql(`
      create function kaira.refuse_restricted_person() returns trigger
        language plpgsql set search_path = pg_catalog, public as $$
      declare
        v_people uuid[] := '{}';
        v_tenants uuid[] := '{}';
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          v_people := v_people || (to_jsonb(old) ->> tg_argv[0])::uuid;
          v_tenants := v_tenants || old.tenant_id;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          v_people := v_people || (to_jsonb(new) ->> tg_argv[0])::uuid;
          v_tenants := v_tenants || new.tenant_id;
        end if;
        if exists (select 1 from person_restriction r, unnest(v_tenants, v_people) as w(tenant_id, person_id)
                    where r.tenant_id = w.tenant_id and r.person_id = w.person_id and r.lifted_at is null) then
          raise exception 'the person''s data is restricted (GDPR 18): % on % refused', tg_op, tg_table_name
            using errcode = '${RESTRICTED_SQLSTATE}';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$;`);
    this.addSql(`revoke all on function kaira.refuse_restricted_person() from public;`);
    guardRestrictedPersons(this);
  }

  private legalHolds(): void {
    this.addSql(`
      create table legal_hold (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        kind text not null check (kind in ('law', 'open_invoice', 'debt_collection', 'authority_process', 'court_order')),
        reference text not null check (length(reference) between 1 and 200),
        ends_on date not null,
        categories text[] not null check (cardinality(categories) > 0),
        recorded_by uuid not null references user_account (id),
        recorded_at timestamptz not null default now(),
        constraint legal_hold_tenant_id_id_unique unique (tenant_id, id),
        constraint legal_hold_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index legal_hold_person_index on legal_hold (tenant_id, person_id, ends_on);`);
    this.addSql(`comment on table legal_hold is 'what keeps a person''s data categories from erasure, until ends_on';`);
    this.addSql(
      `comment on column legal_hold.reference is 'the statute, invoice, case or court order number; no personal data';`,
    );
  }

  private certificates(): void {
    // No person_id: after a full erasure nothing here leads back to the person; the request id (whose row
    // is anonymised by the erasure) and the decision are the accountability trail (GDPR 5(2)).
    this.addSql(`
      create table erasure_certificate (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        rights_request_id uuid not null,
        decided_by uuid not null references user_account (id),
        decided_at timestamptz not null default now(),
        decision_reason text not null check (length(decision_reason) between 1 and 2000),
        erased jsonb not null,
        kept jsonb not null,
        complete boolean not null,
        constraint erasure_certificate_tenant_id_id_unique unique (tenant_id, id),
        constraint erasure_certificate_request_unique unique (tenant_id, rights_request_id)
      );`);
    this.addSql(
      `comment on table erasure_certificate is 'what an erasure removed and kept, by category and hold; no personal data';`,
    );
    isolateTenantTables(this, ['legal_hold', 'erasure_certificate']);
    // Holds are recorded and ended (ends_on moved) by the controller's staff; erasure removes expired ones
    // through kaira.erase_person_data. Certificates are written once and never changed.
    this.addSql(`grant select, insert on legal_hold to kaira_app;`);
    this.addSql(`grant update (ends_on) on legal_hold to kaira_app;`);
    this.addSql(`grant select, insert on erasure_certificate to kaira_app;`);
  }

  // The app cannot delete the consent ledger, entries, the relationship history or the person's other kept
  // records (grants: insert only). Erasure is the one deliberate path: this function runs as the owner
  // (FORCE'd RLS still binds it to the transaction's tenant), only for a person whose erasure request in
  // this tenant has a checked identity and a decision (status completed) and no certificate yet, and it
  // deletes or clears only what the plan names: person_id rows of tables that hold the person's data
  // (never the logs, the rights bookkeeping or the certificates), narrowed by plain column = value
  // filters (no SQL text crosses this boundary). A full erasure deletes the person row last (cascades take
  // what is left) and anonymises the person's rights requests: the case stays, the person does not.
  private eraseFunction(): void {
    this.addSql(`
      create function kaira.erase_person_data(p_request uuid, p_person uuid, p_plan jsonb, p_full boolean)
        returns jsonb language plpgsql volatile security definer set search_path = pg_catalog, public as $$
      declare
        v_tenant uuid := kaira.current_tenant_id();
        v_step jsonb;
        v_table text;
        v_key text;
        v_filter text;
        v_sql text;
        v_count bigint;
        v_result jsonb := '[]';
        v_orphans jsonb := '[]';
        v_ids uuid[];
      begin
        if v_tenant is null then raise exception 'kaira.erase_person_data: no tenant in this transaction'; end if;
        if not exists (select 1 from rights_request r
                        where r.tenant_id = v_tenant and r.id = p_request and r.kind = 'erasure'
                          and r.person_id = p_person and r.identity_method is not null
                          and r.status = 'completed' and r.decided_at is not null) then
          raise exception 'kaira.erase_person_data: no decided erasure request of this person' using errcode = '42501';
        end if;
        if exists (select 1 from erasure_certificate c where c.tenant_id = v_tenant and c.rights_request_id = p_request) then
          raise exception 'kaira.erase_person_data: this request has been carried out' using errcode = '42501';
        end if;
        -- Rows of one person refer to each other (a card to its exam attempt, a scan to the attempt, an attempt
        -- to the enrolment): their keys are DEFERRABLE, checked once at the end of the transaction.
        set constraints all deferred;
        -- Shared rows reached through the person's rows (a company through enrolments, a message through its
        -- recipients): noted before, deleted after, and only if nobody else's row still refers to them.
        for v_step in select value from jsonb_array_elements(p_plan) where value ->> 'op' = 'orphans' loop
          -- A fixed list: the app never names another table to empty by reference.
          if (v_step ->> 'table', v_step ->> 'via', v_step ->> 'column') not in
             (('company', 'enrolment', 'company_id'), ('client_message', 'client_message_recipient', 'message_id')) then
            raise exception 'kaira.erase_person_data: not a shared record of person data' using errcode = '42501';
          end if;
          execute format('select coalesce(array_agg(distinct %I), ''{}'') from %I where tenant_id = $1 and person_id = $2',
                         v_step ->> 'column', v_step ->> 'via')
            into v_ids using v_tenant, p_person;
          v_orphans := v_orphans || jsonb_build_object('step', v_step, 'ids', to_jsonb(v_ids));
        end loop;
        for v_step in select value from jsonb_array_elements(p_plan) where value ->> 'op' in ('delete', 'clear') loop
          v_table := v_step ->> 'table';
          v_key := case when v_table = 'person' then 'id' else 'person_id' end;
          if v_table <> 'person' then perform kaira.erasable_table(v_table); end if;
          v_filter := case when v_step ? 'filter' then
            format(' and %I = any (array(select jsonb_array_elements_text($3)))', v_step -> 'filter' ->> 'column')
            else '' end;
          -- A hold that still keeps data is never erased with what it keeps.
          if v_table = 'legal_hold' then
            v_filter := v_filter || ' and ends_on < (now() at time zone ''Europe/Helsinki'')::date';
          end if;
          if v_step ->> 'op' = 'delete' then
            v_sql := format('delete from %I where tenant_id = $1 and %I = $2%s', v_table, v_key, v_filter);
          else
            v_sql := format('update %I set %s where tenant_id = $1 and %I = $2%s', v_table,
              (select string_agg(format('%I = null', c), ', ') from jsonb_array_elements_text(v_step -> 'columns') c),
              v_key, v_filter);
          end if;
          execute v_sql using v_tenant, p_person, coalesce(v_step -> 'filter' -> 'values', '[]');
          get diagnostics v_count = row_count;
          v_result := v_result || jsonb_build_object('i', v_step -> 'i', 'table', v_table, 'op', v_step ->> 'op', 'rows', v_count);
        end loop;
        if p_full then
          -- The case stays as the controller's proof (GDPR 5(2)); what identified the person goes.
          update rights_request set
              stated_identity = 'erased person (see the erasure certificate)',
              reply_address = null, details = null, log_period_reason = null,
              extension_reason = case when extension_reason is null then null else 'erased with the person' end,
              decision = case when decision is null then null else 'erased with the person: see the erasure certificate' end
            where tenant_id = v_tenant and person_id = p_person;
          delete from person where tenant_id = v_tenant and id = p_person;
          get diagnostics v_count = row_count;
          v_result := v_result || jsonb_build_object('table', 'person', 'op', 'delete', 'rows', v_count);
        end if;
        for v_step in select value from jsonb_array_elements(v_orphans) loop
          execute format('delete from %I t where t.tenant_id = $1 and t.id = any ($2)
                            and not exists (select 1 from %I j where j.tenant_id = t.tenant_id and j.%I = t.id)',
                         v_step -> 'step' ->> 'table', v_step -> 'step' ->> 'via', v_step -> 'step' ->> 'column')
            using v_tenant, array(select jsonb_array_elements_text(v_step -> 'ids'))::uuid[];
          get diagnostics v_count = row_count;
          v_result := v_result || jsonb_build_object('i', v_step -> 'step' -> 'i', 'table', v_step -> 'step' ->> 'table', 'op', 'orphans', 'rows', v_count);
        end loop;
        return v_result;
      end $$;`);
    // A table the erasure may touch: it holds person_id rows, and it is none of the logs, the rights
    // bookkeeping or the certificates (legal holds only once ended).
    this.addSql(`
      create function kaira.erasable_table(p_table text) returns void
        language plpgsql stable set search_path = pg_catalog, public as $$
      begin
        if p_table in ('use_log', 'disclosure_log', 'log_head', 'rights_request', 'erasure_certificate')
           or not exists (select 1 from pg_attribute a where a.attrelid = to_regclass(format('public.%I', p_table))
                           and a.attname = 'person_id' and not a.attisdropped) then
          raise exception 'kaira.erase_person_data: % is not erasable person data', p_table using errcode = '42501';
        end if;
      end $$;`);
    this.addSql(`revoke all on function kaira.erase_person_data(uuid, uuid, jsonb, boolean) from public;`);
    this.addSql(`revoke all on function kaira.erasable_table(text) from public;`);
    this.addSql(`grant execute on function kaira.erase_person_data(uuid, uuid, jsonb, boolean) to kaira_app;`);
  }
}
