import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// Card-training records (issue 3 items 4–8, DOMAIN.md §2.1): the identity check at the training, attendance,
// exam attempts with their evidence (scans kept in PostgreSQL so erasure and isolation are one transaction),
// cards, temporary certificates and the queue of completions reported to each scheme's register.
//
// Every table holding a person's data has its own `person_id` with a composite key to person (the rights
// engine finds a person's rows through that column), and a composite key (tenant_id, enrolment_id,
// person_id) to the enrolment, so a record can never name a person other than the enrolment's. RLS forced.
export class Migration20261125070000TrainingRecords extends Migration {
  override async up(): Promise<void> {
    // Lets records reference the enrolment together with its person (see above).
    this.addSql(
      `alter table enrolment add constraint enrolment_tenant_id_id_person_unique unique (tenant_id, id, person_id);`,
    );

    // Staff confirm or reject what the public form proposed (at the identity check).
    this.addSql(`
      alter table pending_contact_change
        add column decision text null check (decision in ('confirmed', 'rejected')),
        add column decided_by uuid null references user_account (id),
        add column decided_at timestamptz null,
        add constraint pending_contact_change_decided check ((decision is null) = (decided_at is null)
          and (decision is null) = (decided_by is null));`);
    this.addSql(`grant update (decision, decided_by, decided_at) on pending_contact_change to kaira_app;`);

    // One identity check per enrolment: which document, who checked it, when. photo_id says whether the
    // document carries a photo (hygieniapassi requires one).
    this.addSql(`
      create table identity_check (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        enrolment_id uuid not null,
        document_type text not null check (document_type in
          ('passport', 'identity_card', 'driving_licence', 'residence_permit', 'foreigners_passport', 'kela_card')),
        photo_id boolean not null,
        checked_by uuid not null references user_account (id),
        checked_at timestamptz not null default now(),
        constraint identity_check_enrolment_unique unique (tenant_id, enrolment_id),
        constraint identity_check_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint identity_check_enrolment_fk foreign key (tenant_id, enrolment_id, person_id)
          references enrolment (tenant_id, id, person_id) deferrable
      );`);
    this.addSql(`create index identity_check_person_index on identity_check (tenant_id, person_id);`);
    this.addSql(`comment on table identity_check is 'personal data: how a participant''s identity was checked';`);
    this.addSql(`comment on column identity_check.document_type is 'personal data: the identity document shown';`);

    this.addSql(`
      create table attendance (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        enrolment_id uuid not null,
        attended boolean not null,
        recorded_by uuid not null references user_account (id),
        recorded_at timestamptz not null default now(),
        constraint attendance_enrolment_unique unique (tenant_id, enrolment_id),
        constraint attendance_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint attendance_enrolment_fk foreign key (tenant_id, enrolment_id, person_id)
          references enrolment (tenant_id, id, person_id) deferrable
      );`);
    this.addSql(`create index attendance_person_index on attendance (tenant_id, person_id);`);
    this.addSql(`comment on column attendance.attended is 'personal data: whether the participant attended';`);

    // Attempt n of an enrolment (1 = the first, then retakes); the unique number refuses a concurrent
    // duplicate. score is a percentage; passed is computed from the type's pass mark, or recorded by the
    // trainer for a type without one.
    this.addSql(`
      create table exam_attempt (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        enrolment_id uuid not null,
        attempt_number int not null check (attempt_number between 1 and 101),
        score numeric(4,1) null check (score between 0 and 100),
        passed boolean not null,
        taken_on date not null,
        recorded_by uuid not null references user_account (id),
        recorded_at timestamptz not null default now(),
        constraint exam_attempt_number_unique unique (tenant_id, enrolment_id, attempt_number),
        constraint exam_attempt_tenant_id_id_unique unique (tenant_id, id),
        constraint exam_attempt_tenant_id_id_person_unique unique (tenant_id, id, person_id),
        constraint exam_attempt_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint exam_attempt_enrolment_fk foreign key (tenant_id, enrolment_id, person_id)
          references enrolment (tenant_id, id, person_id) deferrable
      );`);
    this.addSql(`create index exam_attempt_person_index on exam_attempt (tenant_id, person_id);`);
    this.addSql(`comment on column exam_attempt.score is 'personal data: the participant''s exam result';`);
    this.addSql(`comment on column exam_attempt.passed is 'personal data: the participant''s exam result';`);

    // Exam sheet scans proving completion. The bytes live here (bytea), under the same RLS and in the same
    // transaction as the rest of the person's data; media_type is what the content's magic bytes say.
    this.addSql(`
      create table exam_evidence (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        attempt_id uuid not null,
        file_name text not null check (length(file_name) between 1 and 200),
        media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes int not null check (size_bytes > 0),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea not null,
        uploaded_by uuid not null references user_account (id),
        uploaded_at timestamptz not null default now(),
        constraint exam_evidence_size check (octet_length(content) = size_bytes),
        constraint exam_evidence_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint exam_evidence_attempt_fk foreign key (tenant_id, attempt_id, person_id)
          references exam_attempt (tenant_id, id, person_id) deferrable
      );`);
    this.addSql(`alter table exam_evidence alter column content set storage external;`);
    this.addSql(`create index exam_evidence_attempt_index on exam_evidence (tenant_id, attempt_id);`);
    this.addSql(`create index exam_evidence_person_index on exam_evidence (tenant_id, person_id);`);
    this.addSql(`comment on column exam_evidence.content is 'personal data: the scanned exam sheet';`);
    this.addSql(`comment on column exam_evidence.file_name is 'personal data: may name the participant';`);

    // A card issued on a passed exam with a checked identity. valid_until null: the card does not expire.
    // The company view and the renewal list read this table (keep these column names).
    this.addSql(`
      create table card (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        card_type_id uuid not null,
        enrolment_id uuid not null,
        exam_attempt_id uuid not null,
        card_number text not null check (length(card_number) between 1 and 40),
        completed_on date not null,
        issued_on date not null,
        valid_until date null,
        refresher_of_card_id uuid null,
        issued_by uuid not null references user_account (id),
        issued_at timestamptz not null default now(),
        constraint card_number_unique unique (tenant_id, card_type_id, card_number),
        constraint card_enrolment_unique unique (tenant_id, enrolment_id),
        constraint card_tenant_id_id_unique unique (tenant_id, id),
        constraint card_validity_check check (valid_until is null or valid_until >= completed_on),
        constraint card_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint card_card_type_fk foreign key (tenant_id, card_type_id) references card_type (tenant_id, id),
        constraint card_enrolment_fk foreign key (tenant_id, enrolment_id, person_id)
          references enrolment (tenant_id, id, person_id) deferrable,
        constraint card_attempt_fk foreign key (tenant_id, exam_attempt_id, person_id)
          references exam_attempt (tenant_id, id, person_id) deferrable,
        constraint card_refresher_of_fk foreign key (tenant_id, refresher_of_card_id) references card (tenant_id, id) deferrable
      );`);
    this.addSql(`create index card_person_index on card (tenant_id, person_id, card_type_id);`);
    this.addSql(`create index card_valid_until_index on card (tenant_id, valid_until);`);
    this.addSql(`comment on table card is 'personal data: a participant''s card (card-training record)';`);
    this.addSql(`comment on column card.card_number is 'personal data: identifies the holder''s card';`);

    // Proof of a passed training until the card arrives: at most the type's temporary_certificate_max_days.
    this.addSql(`
      create table temporary_certificate (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        card_type_id uuid not null,
        enrolment_id uuid not null,
        issued_on date not null,
        valid_until date not null,
        issued_by uuid not null references user_account (id),
        issued_at timestamptz not null default now(),
        constraint temporary_certificate_enrolment_unique unique (tenant_id, enrolment_id),
        constraint temporary_certificate_validity_check check (valid_until >= issued_on),
        constraint temporary_certificate_person_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id),
        constraint temporary_certificate_card_type_fk foreign key (tenant_id, card_type_id)
          references card_type (tenant_id, id),
        constraint temporary_certificate_enrolment_fk foreign key (tenant_id, enrolment_id, person_id)
          references enrolment (tenant_id, id, person_id) deferrable
      );`);
    this.addSql(`create index temporary_certificate_person_index on temporary_certificate (tenant_id, person_id);`);
    this.addSql(
      `comment on table temporary_certificate is 'personal data: a participant''s temporary training certificate';`,
    );

    // The queue of completions reported to the scheme's register: pending → sent → acknowledged | rejected.
    // Marking a report sent writes its disclosure-log entry; content_sha256 is the hash logged there.
    this.addSql(`
      create table scheme_report (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        person_id uuid not null,
        card_id uuid not null,
        scheme_owner text not null check (length(scheme_owner) between 1 and 200),
        status text not null default 'pending' check (status in ('pending', 'sent', 'acknowledged', 'rejected')),
        queued_at timestamptz not null default now(),
        sent_at timestamptz null,
        sent_by uuid null references user_account (id),
        sent_by_key uuid null, -- an integration's API key; its foreign key comes with the api_key table
        content_sha256 text null check (content_sha256 ~ '^[0-9a-f]{64}$'),
        answered_at timestamptz null,
        answered_by uuid null references user_account (id),
        answered_by_key uuid null,
        rejection_reason text null check (length(rejection_reason) between 1 and 2000),
        constraint scheme_report_card_unique unique (tenant_id, card_id),
        constraint scheme_report_sent check ((status = 'pending') = (sent_at is null)
          and (sent_at is null) = (content_sha256 is null)),
        constraint scheme_report_answered check ((status in ('acknowledged', 'rejected')) = (answered_at is not null)),
        constraint scheme_report_reason check ((status = 'rejected') = (rejection_reason is not null)),
        constraint scheme_report_person_fk foreign key (tenant_id, person_id) references person (tenant_id, id),
        constraint scheme_report_card_fk foreign key (tenant_id, card_id) references card (tenant_id, id) deferrable
      );`);
    this.addSql(
      `create index scheme_report_queue_index on scheme_report (tenant_id, scheme_owner, status, queued_at);`,
    );
    this.addSql(`create index scheme_report_person_index on scheme_report (tenant_id, person_id);`);
    this.addSql(
      `comment on table scheme_report is 'personal data: a participant''s completion reported to the scheme register';`,
    );
    this.addSql(
      `comment on column scheme_report.rejection_reason is 'personal data: the scheme''s reason, may concern the person';`,
    );

    const tables = [
      'identity_check',
      'attendance',
      'exam_attempt',
      'exam_evidence',
      'card',
      'temporary_certificate',
      'scheme_report',
    ];
    isolateTenantTables(this, tables);
    // Records are added, never edited, except attendance (corrected in place) and the report's state.
    this.addSql(
      `grant select, insert on identity_check, exam_attempt, exam_evidence, card, temporary_certificate to kaira_app;`,
    );
    this.addSql(`grant select, insert, update (attended, recorded_by, recorded_at) on attendance to kaira_app;`);
    this.addSql(`grant select, insert on scheme_report to kaira_app;`);
    this
      .addSql(`grant update (status, sent_at, sent_by, sent_by_key, content_sha256, answered_at, answered_by, answered_by_key, rejection_reason)
      on scheme_report to kaira_app;`);
  }
}
