import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// The outbox: email written in the transaction of the work that causes it (an enrolment, a survey
// invitation), delivered afterwards over SMTP by src/modules/outbox/outbox.delivery.ts. Tenant-owned:
// RLS forced, and the person reference is composite so it cannot point into another tenant.
export class Migration20261125030000Outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outbox_message (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        to_address text not null,
        subject text not null,
        text_body text null,
        html_body text null,
        purpose text not null check (purpose ~ '^[a-z][a-z0-9-]{0,62}$'),
        person_id uuid null,
        status text not null default 'queued' check (status in ('queued', 'sending', 'sent', 'failed')),
        attempts int not null default 0 check (attempts >= 0),
        next_attempt_at timestamptz not null default now(),
        last_error text null check (last_error ~ '^[A-Z0-9_]{1,60}$'),
        created_at timestamptz not null default now(),
        sent_at timestamptz null,
        smtp_message_id text null,
        constraint outbox_message_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred,
        constraint outbox_message_sent_check check ((status = 'sent') = (sent_at is not null)),
        -- The bodies go once the message is sent (outbox.delivery.ts); until then they are required.
        constraint outbox_message_body_check check (status = 'sent' or text_body is not null)
      );`);
    // Delivery looks for due messages of one tenant at a time.
    this.addSql(`
      create index outbox_message_due_index on outbox_message (tenant_id, next_attempt_at)
        where status in ('queued', 'sending');`);
    this.addSql(`create index outbox_message_person_index on outbox_message (tenant_id, person_id);`);

    this.addSql(`comment on table outbox_message is 'email waiting for or past SMTP delivery';`);
    this.addSql(`comment on column outbox_message.to_address is 'personal data: recipient email address';`);
    this.addSql(`comment on column outbox_message.subject is 'personal data: may name the recipient';`);
    this.addSql(
      `comment on column outbox_message.text_body is 'personal data: message content, may hold a one-time link; cleared once sent';`,
    );
    this.addSql(
      `comment on column outbox_message.html_body is 'personal data: message content, may hold a one-time link; cleared once sent';`,
    );
    this.addSql(`comment on column outbox_message.last_error is 'a short error code, never the server''s reply';`);

    isolateTenantTables(this, ['outbox_message']);
    // Delete: a caller may withdraw a queued message (e.g. an announcement after an opt-out).
    this.addSql(`grant select, insert, update, delete on outbox_message to kaira_app;`);
  }
}
