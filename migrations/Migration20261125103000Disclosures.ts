import { Migration } from '@mikro-orm/migrations';
import { guardRestrictedPersons } from './restriction-guard';
import { isolateTenantTables } from './tenant-isolation';

// Disclosures (DOMAIN.md §2.2, issue 5 item 3) and retention runs (DOMAIN.md §7, issue 5 item 4).
//
// A disclosure request is registered and prepared by staff (Eduro's, also as the city's processor) and
// decided only by the controller. Its recipient, basis and data set are fixed once registered: what the
// controller approved is what is executed. The app may fill in the third-country safeguards while the
// request is pending, record the decision once, and mark the execution once; nothing else is updatable.
// The package itself is never stored: it is handed to the executing principal once, and the disclosure
// log keeps its SHA-256.
export class Migration20261125103000Disclosures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table disclosure_request (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        recipient_name text not null check (length(recipient_name) between 1 and 300),
        recipient_business_id text null check (length(recipient_business_id) <= 100),
        recipient_foreign_id text null check (length(recipient_foreign_id) <= 100),
        recipient_country char(2) not null check (recipient_country ~ '^[A-Z]{2}$'),
        recipient_address text not null check (length(recipient_address) between 1 and 1000),
        basis_kind text not null check (basis_kind in ('data_subject_request', 'authority_demand')),
        basis_document_ref text not null check (length(basis_document_ref) between 1 and 300),
        basis_document_date date not null,
        basis_statute text null check (length(basis_statute) <= 500),
        categories text[] not null check (cardinality(categories) > 0),
        period_from date null,
        period_to date null,
        mandate_document_ref text null check (length(mandate_document_ref) <= 300),
        dpo_assessment_by text null check (length(dpo_assessment_by) <= 200),
        dpo_assessment_on date null,
        dpo_assessment_conclusion text null check (length(dpo_assessment_conclusion) <= 2000),
        authority_assessment_ref text null check (length(authority_assessment_ref) <= 300),
        status text not null default 'pending' check (status in ('pending', 'approved', 'refused', 'executed')),
        registered_by uuid not null references user_account (id),
        registered_at timestamptz not null default now(),
        decided_by uuid null references user_account (id),
        decided_at timestamptz null,
        decision_reason text null check (length(decision_reason) <= 2000),
        executed_by uuid null references user_account (id),
        executed_at timestamptz null,
        content_sha256 text null check (content_sha256 ~ '^[0-9a-f]{64}$'),
        constraint disclosure_request_tenant_id_id_unique unique (tenant_id, id),
        constraint disclosure_request_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred,
        -- An authority's demand names the statute that empowers it (DOMAIN.md §2.2).
        constraint disclosure_request_statute check (basis_kind <> 'authority_demand' or basis_statute is not null),
        constraint disclosure_request_recipient_id check (
          recipient_business_id is not null or recipient_foreign_id is not null),
        constraint disclosure_request_period check (period_from is null or period_to is null or period_from <= period_to),
        constraint disclosure_request_decided check ((status = 'pending') = (decided_at is null)
          and (decided_at is null) = (decided_by is null) and (decided_at is null) = (decision_reason is null)),
        constraint disclosure_request_executed check ((status = 'executed') = (executed_at is not null)
          and (executed_at is null) = (executed_by is null) and (executed_at is null) = (content_sha256 is null)),
        constraint disclosure_request_dpo_assessment check (
          (dpo_assessment_by is null) = (dpo_assessment_on is null)
          and (dpo_assessment_by is null) = (dpo_assessment_conclusion is null))
      );`);
    this.addSql(
      `create index disclosure_request_status_index on disclosure_request (tenant_id, status, registered_at);`,
    );
    this.addSql(`create index disclosure_request_person_index on disclosure_request (tenant_id, person_id);`);
    this.addSql(
      `comment on table disclosure_request is 'a request to disclose a person''s data; only the controller decides';`,
    );
    this.addSql(
      `comment on column disclosure_request.basis_document_ref is 'personal data: reference to the person''s written request or the authority''s demand';`,
    );
    this.addSql(
      `comment on column disclosure_request.mandate_document_ref is 'personal data: reference to the person''s mandate for a third-country transfer';`,
    );
    this.addSql(
      `comment on column disclosure_request.decision_reason is 'personal data: the controller''s reasons may describe the person''s case';`,
    );

    // One row per tenant per retention run: what was (or, in a dry run, would be) removed, per category.
    // person_ids is kept only until the run has been checked (cleared by a later run after 30 days), and
    // holds ids only: never a name.
    this.addSql(`
      create table retention_run (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        run_id uuid not null,
        started_at timestamptz not null,
        finished_at timestamptz not null default now(),
        dry_run boolean not null,
        trigger text not null check (trigger in ('cli', 'scheduler', 'api')),
        counts jsonb not null,
        held jsonb not null default '{}',
        person_ids uuid[] null,
        person_ids_cleared_at timestamptz null,
        constraint retention_run_tenant_id_id_unique unique (tenant_id, id)
      );`);
    this.addSql(`create index retention_run_time_index on retention_run (tenant_id, started_at);`);
    this.addSql(
      `comment on column retention_run.person_ids is 'ids of the persons removed (no names), kept 30 days for checking';`,
    );

    isolateTenantTables(this, ['disclosure_request', 'retention_run']);
    this.addSql(`grant select, insert on disclosure_request, retention_run to kaira_app;`);
    this.addSql(`
      grant update (mandate_document_ref, dpo_assessment_by, dpo_assessment_on, dpo_assessment_conclusion,
                    authority_assessment_ref, status, decided_by, decided_at, decision_reason,
                    executed_by, executed_at, content_sha256)
        on disclosure_request to kaira_app;`);
    this.addSql(`grant update (person_ids, person_ids_cleared_at) on retention_run to kaira_app;`);
    this.retentionRemoval();
    // A restricted person's data is not disclosed (GDPR 18): registering, preparing, deciding and executing
    // a request about them fails with RESTRICTED.
    guardRestrictedPersons(this);
  }

  // Retention's removal path (DOMAIN.md §7). The erasure path (kaira.erase_person_data) needs a decided
  // erasure request; retention has none, so it gets its own deliberate path, which checks in the database
  // what the job decided: every personal-data category of the register is kept for a fixed period counted
  // from the case closing (tenant file `retention`; a category with `period: null` is never removed
  // automatically), the person's last service period ended longer ago than the longest of those periods
  // and none is open, no legal hold is active, and no restriction (the restriction guard refuses the delete
  // anyway). The person row goes and the cascades take the rest, as in a full erasure; the person's rights
  // requests stay as the controller's bookkeeping without what identified the person. Runs as the owner;
  // FORCE'd RLS still binds it to the transaction's tenant.
  private retentionRemoval(): void {
    this.addSql(`
      create function kaira.retention_remove_person(p_person uuid) returns boolean
        language plpgsql volatile security definer set search_path = pg_catalog, public as $$
      declare
        v_tenant uuid := kaira.current_tenant_id();
        v_fixed boolean;
        v_longest interval;
        v_closed date;
      begin
        if v_tenant is null then raise exception 'kaira.retention_remove_person: no tenant in this transaction'; end if;
        select bool_and(r ->> 'from' = 'case-closed' and r ->> 'period' is not null),
               max((r ->> 'period')::interval)
          into v_fixed, v_longest
          from tenant t, jsonb_array_elements(t.file -> 'retention') r
         where t.id = v_tenant and r ->> 'category' not in ('logs', 'bookkeeping');
        if not coalesce(v_fixed, false) then
          raise exception 'kaira.retention_remove_person: this register keeps data without a fixed period'
            using errcode = '42501';
        end if;
        select max(sp.ends_on) into v_closed from service_period sp
         where sp.tenant_id = v_tenant and sp.person_id = p_person
        having bool_and(sp.status in ('closed', 'cancelled') and sp.ends_on is not null);
        if v_closed is null or v_closed + v_longest >= current_date then
          raise exception 'kaira.retention_remove_person: the retention period has not run out' using errcode = '42501';
        end if;
        if exists (select 1 from legal_hold h where h.tenant_id = v_tenant and h.person_id = p_person
                     and h.ends_on >= current_date) then
          raise exception 'kaira.retention_remove_person: a legal hold keeps the person''s data' using errcode = '42501';
        end if;
        update rights_request set stated_identity = 'removed at the end of the retention period',
            reply_address = null, details = null
          where tenant_id = v_tenant and person_id = p_person;
        delete from person where tenant_id = v_tenant and id = p_person;
        return found;
      end $$;`);
    this.addSql(`revoke all on function kaira.retention_remove_person(uuid) from public;`);
    this.addSql(`grant execute on function kaira.retention_remove_person(uuid) to kaira_app;`);
  }
}
