import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// A person's objections (GDPR 21, 22) and restrictions (GDPR 18), in every tenant (DOMAIN.md §4). They
// are one place each because several features read them: the marketing audience excludes everyone who
// objected to direct marketing or to processing, or whose data is restricted; the rights module records
// and decides them. Opting out of marketing is an objection to direct marketing: absolute (21(3)),
// effective at once, whatever the channel.
export class Migration20261125065000Objections extends Migration {
  override async up(): Promise<void> {
    // direct_marketing is upheld the moment it is recorded; an objection to processing or to profiling
    // waits for the controller's assessment of compelling legitimate grounds (21(1)).
    this.addSql(`
      create table objection (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        kind text not null check (kind in ('direct_marketing', 'processing', 'profiling')),
        channel text not null check (channel in ('staff', 'unsubscribe_link', 'rights_request')),
        grounds text null check (length(grounds) <= 2000),
        status text not null check (status in ('pending', 'upheld', 'rejected')),
        received_at timestamptz not null default now(),
        recorded_by uuid null references user_account (id),
        decided_at timestamptz null,
        decided_by uuid null references user_account (id),
        decision_reason text null check (length(decision_reason) <= 2000),
        constraint objection_tenant_id_id_unique unique (tenant_id, id),
        constraint objection_marketing_is_absolute check (kind <> 'direct_marketing' or status = 'upheld'),
        constraint objection_decided check ((status = 'pending') = (decided_at is null)),
        constraint objection_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`create index objection_person_index on objection (tenant_id, person_id, kind);`);
    this.addSql(`comment on table objection is 'a person''s objection (GDPR 21, 22); opting out of marketing is one';`);
    this.addSql(`comment on column objection.grounds is 'personal data: the person''s grounds as they stated them';`);

    // While a restriction is active (lifted_at is null) the person's data is stored, not otherwise processed.
    this.addSql(`
      create table person_restriction (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        reason text not null check (length(reason) between 1 and 2000),
        restricted_at timestamptz not null default now(),
        restricted_by uuid not null references user_account (id),
        lifted_at timestamptz null,
        lifted_by uuid null references user_account (id),
        lift_reason text null check (length(lift_reason) <= 2000),
        constraint person_restriction_tenant_id_id_unique unique (tenant_id, id),
        constraint person_restriction_lifted check ((lifted_at is null) = (lifted_by is null)),
        constraint person_restriction_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(`
      create unique index person_restriction_active_unique on person_restriction (tenant_id, person_id)
        where lifted_at is null;`);
    this.addSql(
      `comment on column person_restriction.reason is 'personal data: why the person asked for restriction';`,
    );

    isolateTenantTables(this, ['objection', 'person_restriction']);
    this.addSql(`grant select, insert on objection, person_restriction to kaira_app;`);
    this.addSql(`grant update (status, decided_at, decided_by, decision_reason) on objection to kaira_app;`);
    this.addSql(`grant update (lifted_at, lifted_by, lift_reason) on person_restriction to kaira_app;`);
  }
}
