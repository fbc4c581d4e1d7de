import { Migration } from '@mikro-orm/migrations';
import { isolateTenantTables } from './tenant-isolation';

// Messages, questions and client surveys of the guidance registers (DOMAIN.md §2.2; issue 4 item 7).
// Staff write surveys and send them, or plain messages, to clients; a client answers through a one-time
// link whose token is stored only as its SHA-256. Answers are client data in the consent-gated 'guidance'
// category. Every table is tenant-owned: RLS forced, composite (tenant_id, …) foreign keys.
export class Migration20261125040000Surveys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table survey (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        title text not null check (length(title) between 1 and 200),
        intro text null,
        copied_from_id uuid null,
        created_by uuid not null references user_account (id),
        created_at timestamptz not null default now(),
        updated_by uuid not null references user_account (id),
        updated_at timestamptz not null default now(),
        sent_at timestamptz null,
        constraint survey_tenant_id_id_unique unique (tenant_id, id),
        constraint survey_copied_from_tenant_fk foreign key (tenant_id, copied_from_id)
          references survey (tenant_id, id) deferrable initially deferred
      );`);
    this.addSql(`create index survey_created_index on survey (tenant_id, created_at);`);

    this.addSql(`
      create table survey_question (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        survey_id uuid not null,
        position int not null check (position >= 1),
        kind text not null check (kind in ('free-text', 'single-choice', 'multiple-choice', 'scale')),
        prompt text not null,
        choices text[] not null default '{}',
        required boolean not null default false,
        constraint survey_question_tenant_id_id_unique unique (tenant_id, id),
        constraint survey_question_position_unique unique (tenant_id, survey_id, position)
          deferrable initially deferred,
        constraint survey_question_survey_tenant_fk foreign key (tenant_id, survey_id)
          references survey (tenant_id, id) on delete cascade deferrable initially deferred,
        -- Choices belong to the choice kinds, and those need at least two.
        constraint survey_question_choices_check
          check ((kind in ('single-choice', 'multiple-choice')) = (cardinality(choices) >= 2))
      );`);

    // A survey sent to one client: the one-time link. The token is never stored, only its SHA-256.
    this.addSql(`
      create table survey_invitation (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        survey_id uuid not null,
        person_id uuid not null,
        token_hash text not null,
        sent_by uuid not null references user_account (id),
        sent_at timestamptz not null default now(),
        expires_at timestamptz not null,
        answered_at timestamptz null,
        constraint survey_invitation_tenant_id_id_unique unique (tenant_id, id),
        constraint survey_invitation_token_unique unique (tenant_id, token_hash),
        constraint survey_invitation_survey_tenant_fk foreign key (tenant_id, survey_id)
          references survey (tenant_id, id) deferrable initially deferred,
        constraint survey_invitation_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred,
        constraint survey_invitation_expiry_check check (expires_at > sent_at)
      );`);
    this.addSql(`create index survey_invitation_survey_index on survey_invitation (tenant_id, survey_id);`);
    this.addSql(`create index survey_invitation_person_index on survey_invitation (tenant_id, person_id);`);

    this.addSql(`
      create table survey_answer (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        invitation_id uuid not null,
        question_id uuid not null,
        category text not null,
        text_value text null,
        choice_values text[] null check (cardinality(choice_values) >= 1),
        scale_value smallint null check (scale_value between 1 and 5),
        answered_at timestamptz not null default now(),
        constraint survey_answer_question_unique unique (tenant_id, invitation_id, question_id),
        constraint survey_answer_invitation_tenant_fk foreign key (tenant_id, invitation_id)
          references survey_invitation (tenant_id, id) on delete cascade deferrable initially deferred,
        constraint survey_answer_question_tenant_fk foreign key (tenant_id, question_id)
          references survey_question (tenant_id, id) deferrable initially deferred,
        constraint survey_answer_value_check check (num_nonnulls(text_value, choice_values, scale_value) = 1)
      );`);

    // A message to one or many clients; the outbox clears its copy once sent, this is the register's.
    this.addSql(`
      create table client_message (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        subject text not null,
        body text not null,
        sent_by uuid not null references user_account (id),
        sent_at timestamptz not null default now(),
        constraint client_message_tenant_id_id_unique unique (tenant_id, id)
      );`);
    this.addSql(`
      create table client_message_recipient (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        message_id uuid not null,
        person_id uuid not null,
        constraint client_message_recipient_unique unique (tenant_id, message_id, person_id),
        constraint client_message_recipient_message_tenant_fk foreign key (tenant_id, message_id)
          references client_message (tenant_id, id) on delete cascade deferrable initially deferred,
        constraint client_message_recipient_person_tenant_fk foreign key (tenant_id, person_id)
          references person (tenant_id, id) on delete cascade deferrable initially deferred
      );`);
    this.addSql(
      `create index client_message_recipient_person_index on client_message_recipient (tenant_id, person_id);`,
    );

    this.addSql(`comment on table survey is 'client survey templates: no personal data';`);
    this.addSql(
      `comment on column survey_invitation.token_hash is 'SHA-256 of the one-time link; the token is never stored';`,
    );
    for (const column of ['text_value', 'choice_values', 'scale_value']) {
      this.addSql(
        `comment on column survey_answer.${column} is 'personal data: the client''s answer (a consent-gated category)';`,
      );
    }
    this.addSql(`comment on column client_message.subject is 'personal data: a message sent to clients';`);
    this.addSql(`comment on column client_message.body is 'personal data: a message sent to clients';`);

    this.freezeSentSurveys();

    isolateTenantTables(this, [
      'survey',
      'survey_question',
      'survey_invitation',
      'survey_answer',
      'client_message',
      'client_message_recipient',
    ]);
    // A draft is edited (its questions replaced); what was sent, answered or written to clients stays.
    this.addSql(`grant select, insert on survey to kaira_app;`);
    this.addSql(`grant update (title, intro, updated_by, updated_at, sent_at) on survey to kaira_app;`);
    this.addSql(`grant select, insert, delete on survey_question to kaira_app;`);
    // A link is used once: the app records the answer's time and nothing else.
    this.addSql(`grant select, insert on survey_invitation to kaira_app;`);
    this.addSql(`grant update (answered_at) on survey_invitation to kaira_app;`);
    this.addSql(`grant select, insert on survey_answer, client_message, client_message_recipient to kaira_app;`);
  }

  // Issue 4 item 7: a sent survey is not edited (copy it instead). The service refuses with CONFLICT under
  // the survey's row lock; these triggers refuse what it might forget (the answers refer to the questions).
  private freezeSentSurveys(): void {
    this.addSql(`
      create function kaira.survey_frozen() returns trigger
        language plpgsql set search_path = pg_catalog, public as $$
      begin
        if old.sent_at is not null and (new.title is distinct from old.title or new.intro is distinct from old.intro
            or new.sent_at is distinct from old.sent_at) then
          raise exception 'survey % has been sent: it is not edited', old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(`
      create function kaira.survey_question_frozen() returns trigger
        language plpgsql set search_path = pg_catalog, public as $$
      declare
        v_row survey_question := case when tg_op = 'DELETE' then old else new end;
      begin
        if exists (select 1 from survey s
                    where s.tenant_id = v_row.tenant_id and s.id = v_row.survey_id and s.sent_at is not null) then
          raise exception 'survey % has been sent: its questions are not changed', v_row.survey_id
            using errcode = 'check_violation';
        end if;
        return v_row;
      end $$;`);
    this.addSql(`revoke all on function kaira.survey_frozen(), kaira.survey_question_frozen() from public;`);
    this.addSql(
      `create trigger survey_frozen before update on survey for each row execute function kaira.survey_frozen();`,
    );
    this.addSql(`
      create trigger survey_question_frozen before insert or update or delete on survey_question
        for each row execute function kaira.survey_question_frozen();`);
  }
}
