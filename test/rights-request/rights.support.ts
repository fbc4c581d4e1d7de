import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { todayInFinland } from '../../src/dates';
import { addDays, dueDate } from '../../src/modules/rights-request/due-date';
import { inTenant } from '../isolation/sql';

// Fixtures for the rights tests, written as the owner behind the API's back (FORCE'd RLS binds the owner
// to the tenant it sets): cases in any state, received on any day, and the people they are about.

export interface CaseFixture {
  kind?: string;
  personId?: string | null;
  statedIdentity?: string | null;
  receivedOn?: string;
  verified?: boolean;
  status?: string;
  extendedDueOn?: string | null;
  replyAddress?: string | null;
}

/** Inserts a case and returns its id; by default an access request received today, identity checked. */
export async function insertCase(owner: Client, tenant: string, registeredBy: string, f: CaseFixture): Promise<string> {
  const id = randomUUID();
  const receivedOn = f.receivedOn ?? todayInFinland();
  const verified = f.verified ?? true;
  await inTenant(
    owner,
    tenant,
    () =>
      owner.query(
        `insert into rights_request (id, tenant_id, kind, received_on, channel, person_id, stated_identity, reply_address,
           identity_method, identity_checked_by, identity_checked_at, due_on, extended_due_on, extension_reason,
           extended_at, status, registered_by)
         values ($1, $2, $3, $4, 'email', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          id,
          tenant,
          f.kind ?? 'access',
          receivedOn,
          f.personId ?? null,
          f.statedIdentity ?? (f.personId ? null : 'Stated Requester'),
          f.replyAddress ?? null,
          verified ? 'id_document' : null,
          verified ? registeredBy : null,
          verified ? new Date() : null,
          dueDate(receivedOn),
          f.extendedDueOn ?? null,
          f.extendedDueOn ? 'fixture extension reason' : null,
          f.extendedDueOn ? new Date() : null,
          f.status ?? 'received',
          registeredBy,
        ],
      ),
    { commit: true },
  );
  return id;
}

/** A client the user coaches today (an active assignment), or any person of the tenant for others. */
export async function personFor(owner: Client, tenant: string, coachUserId?: string): Promise<string> {
  return inTenant(owner, tenant, async () => {
    const today = todayInFinland();
    const { rows } = coachUserId
      ? await owner.query<{ id: string }>(
          `select person_id as id from assignment where coach_user_id = $1 and starts_on <= $2
             and (ends_on is null or ends_on >= $2) order by person_id limit 1`,
          [coachUserId, today],
        )
      : await owner.query<{ id: string }>('select id from person order by last_name, first_name, id limit 1');
    if (!rows[0]) throw new Error('no fixture person');
    return rows[0].id;
  });
}

export const daysAgo = (n: number): string => addDays(todayInFinland(), -n);

/** Writes a disclosure-log entry about the person, as an earlier disclosure would have (kaira.append_log). */
export async function appendDisclosure(
  owner: Client,
  tenant: string,
  personId: string,
  recipient: Record<string, string>,
): Promise<void> {
  const entry = {
    personIds: [personId],
    recipient,
    legalBasis: "the client's written request",
    dataSet: ['statement'],
    contentSha256: '0'.repeat(64),
    operation: 'fixtureDisclosure',
    actor: null,
  };
  await inTenant(
    owner,
    tenant,
    () => owner.query(`select kaira.append_log('disclosure_log', $1::jsonb)`, [JSON.stringify([entry])]),
    {
      commit: true,
    },
  );
}

/** Outbox messages of the tenant with the purpose, newest first. */
export async function outbox(
  owner: Client,
  tenant: string,
  purpose: string,
): Promise<Array<{ to_address: string; subject: string; text_body: string; person_id: string | null }>> {
  return inTenant(owner, tenant, async () => {
    const { rows } = await owner.query(
      'select to_address, subject, text_body, person_id from outbox_message where purpose = $1 order by created_at desc',
      [purpose],
    );
    return rows;
  });
}

/** The person's use-log entries, oldest first. */
export async function useEntries(
  owner: Client,
  tenant: string,
  personId: string,
): Promise<Array<{ operation: string; basis: string; reason: string | null; data: string[] }>> {
  return inTenant(owner, tenant, async () => {
    const { rows } = await owner.query<{
      entry: { operation: string; basis: string; reason: string | null; data: string[] };
    }>('select entry from use_log where person_ids @> array[$1]::uuid[] order by seq', [personId]);
    return rows.map((r) => r.entry);
  });
}
