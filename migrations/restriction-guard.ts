import type { Migration } from '@mikro-orm/migrations';

/** The SQLSTATE kaira.refuse_restricted_person() raises; the server answers it with the code RESTRICTED. */
export const RESTRICTED_SQLSTATE = 'KA018';

/**
 * Tables with a person_id column that stay writable while the person's data is restricted (GDPR 18), each
 * with its reason. Every other such table, and `person` itself, refuses writes for a restricted person
 * (test/restriction/restriction.catalogue.test.ts fails on a table that has neither the guard nor a line here).
 */
export const RESTRICTION_EXEMPT: Readonly<Record<string, string>> = {
  person_restriction: 'recording and lifting the restriction itself',
  objection: 'an objection (GDPR 21) only stops processing; the person may object at any time, also while restricted',
  marketing_unsubscribe_link:
    'the one-time opt-out link: using it records an objection to direct marketing, which is absolute (GDPR ' +
    '21(3)) and must work while restricted; only announcements write new links, and they leave restricted people out',
  legal_hold: 'a legal hold keeps data; recording or ending one processes none of the person’s data',
  rights_request:
    'rights bookkeeping: requests are received and handled while restricted (GDPR 12, 18(3) tells before lifting)',
  outbox_message:
    'the delivery queue, not register data: every write that queues mail about the person also writes a guarded ' +
    'table (enrolment, survey_invitation, client_message_recipient); the controller must still be able to tell ' +
    'the person about the restriction (18(3)) and recipients about it (19)',
};

/**
 * Installs the restriction guard (a BEFORE INSERT/UPDATE/DELETE row trigger) on `person` and on every table of
 * schema public with a person_id column that is not exempt and not yet guarded. Idempotent: a migration that
 * adds such a table calls this again at its end.
 */
export function guardRestrictedPersons(migration: Migration): void {
  const exempt = Object.keys(RESTRICTION_EXEMPT)
    .map((t) => `'${t}'`)
    .join(', ');
  migration.addSql(`
    do $$
    declare
      t record;
    begin
      for t in
        select c.relname, case when c.relname = 'person' then 'id' else 'person_id' end as person_column
          from pg_class c
         where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
           and (c.relname = 'person' or exists (select 1 from pg_attribute a where a.attrelid = c.oid
                  and a.attname = 'person_id' and not a.attisdropped))
           and c.relname not in (${exempt})
           and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'restriction_guard')
      loop
        execute format(
          'create trigger restriction_guard before insert or update or delete on %I
             for each row execute function kaira.refuse_restricted_person(%L)', t.relname, t.person_column);
      end loop;
    end $$;`);
}
