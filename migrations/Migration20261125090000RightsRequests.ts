import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// Data subject rights requests (DOMAIN.md §4, GDPR 12, 15–22; Act 703/2023 § 11): one case per request,
// registered by the controller's people or by Eduro staff preparing it, decided only by the controller
// (DOMAIN.md §3). The case is the rights bookkeeping itself (GDPR 5(2)): it outlives an erased person
// (person_id is set null, the stated identity stays as the requester wrote it).
export class Migration20261125090000RightsRequests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table rights_request (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        kind text not null check (kind in
          ('access', 'log_report', 'rectification', 'erasure', 'restriction', 'portability', 'objection')),
        received_on date not null,
        channel text not null check (channel in ('signed_letter', 'email', 'in_person', 'web')),
        person_id uuid null,
        stated_identity text null check (length(stated_identity) between 1 and 500),
        reply_address text null check (length(reply_address) between 3 and 254),
        details text null check (length(details) <= 4000),
        identity_method text null check (identity_method in
          ('id_document', 'strong_electronic_identification', 'verified_signature', 'known_in_person')),
        identity_checked_by uuid null references user_account (id),
        identity_checked_at timestamptz null,
        due_on date not null,
        extended_due_on date null,
        extension_reason text null check (length(extension_reason) between 1 and 2000),
        extended_by uuid null references user_account (id),
        extended_at timestamptz null,
        status text not null default 'received' check (status in ('received', 'in_progress', 'completed', 'refused')),
        handler_user_id uuid null references user_account (id),
        decision text null check (length(decision) between 1 and 8000),
        decided_by uuid null references user_account (id),
        decided_at timestamptz null,
        log_period_from date null,
        log_period_reason text null check (length(log_period_reason) between 1 and 2000),
        registered_by uuid not null references user_account (id),
        registered_at timestamptz not null default now(),
        constraint rights_request_tenant_id_id_unique unique (tenant_id, id),
        constraint rights_request_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete set null (person_id) deferrable initially deferred,
        constraint rights_request_subject check (person_id is not null or stated_identity is not null),
        constraint rights_request_identity_check check (
          (identity_method is null) = (identity_checked_by is null)
          and (identity_method is null) = (identity_checked_at is null)),
        constraint rights_request_extension check (
          (extended_due_on is null) = (extension_reason is null)
          and (extended_due_on is null) = (extended_at is null)
          and (extended_due_on is null or extended_due_on > due_on)),
        constraint rights_request_due check (due_on > received_on),
        constraint rights_request_decided check (
          (status in ('completed', 'refused')) = (decided_at is not null)
          and (decided_at is null) = (decided_by is null)
          and (decided_at is null) = (decision is null))
      );`);
    this.addSql(`create index rights_request_person_index on rights_request (tenant_id, person_id);`);
    // The queues: open cases by their effective deadline.
    this.addSql(`
      create index rights_request_open_index on rights_request (tenant_id, (coalesce(extended_due_on, due_on)))
        where status in ('received', 'in_progress');`);
    this.addSql(`comment on table rights_request is 'a data subject rights request and its handling (GDPR 12)';`);
    this.addSql(
      `comment on column rights_request.stated_identity is 'personal data: who the requester says they are, until matched';`,
    );
    this.addSql(`comment on column rights_request.reply_address is 'personal data: where the answer is sent';`);
    this.addSql(`comment on column rights_request.details is 'personal data: what the person asked, in their words';`);
    this.addSql(
      `comment on column rights_request.extension_reason is 'personal data: the reason for the extension told to the person';`,
    );
    this.addSql(`comment on column rights_request.decision is 'personal data: the decision as given to the person';`);
    this.addSql(
      `comment on column rights_request.log_period_reason is 'personal data: the special reason for an older log period';`,
    );
    isolateTenantTables(this, ['rights_request']);
    // A case is never deleted: its history is the controller's proof of compliance (GDPR 5(2)).
    this.addSql(`grant select, insert, update on rights_request to kaira_app;`);
  }
}
