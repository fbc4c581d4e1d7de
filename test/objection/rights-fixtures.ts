import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { inTenant } from '../isolation/sql';

// Fixtures for the restriction, objection and erasure tests, written as the owner behind the API's back
// (FORCE'd RLS binds the owner to the tenant it sets).

/** A person of the tenant that is not restricted (the demo restricts one), by name order. */
export function unrestrictedPerson(owner: Client, tenantId: string, skip = 0): Promise<string> {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ id: string }>(
      `select p.id from person p
        where not exists (select 1 from person_restriction r where r.person_id = p.id and r.lifted_at is null)
        order by p.last_name, p.first_name, p.id offset $1 limit 1`,
      [skip],
    );
    if (!rows[0]) throw new Error('no unrestricted person');
    return rows[0].id;
  });
}

/** A pending objection of the kind, as if recorded by staff. */
export function pendingObjection(
  owner: Client,
  tenantId: string,
  personId: string,
  kind: 'processing' | 'profiling' = 'processing',
): Promise<string> {
  const id = randomUUID();
  return inTenant(
    owner,
    tenantId,
    async () => {
      await owner.query(
        `insert into objection (id, tenant_id, person_id, kind, channel, grounds, status)
         values ($1, $2, $3, $4, 'staff', 'my particular situation', 'pending')`,
        [id, tenantId, personId, kind],
      );
      return id;
    },
    { commit: true },
  );
}

/** An erasure (or other) rights request of the person, identity checked unless told otherwise. */
export function rightsRequest(
  owner: Client,
  tenantId: string,
  personId: string,
  opts: { kind?: string; identityChecked?: boolean; checkedBy?: string; registeredBy: string },
): Promise<string> {
  const id = randomUUID();
  const checked = opts.identityChecked ?? true;
  return inTenant(
    owner,
    tenantId,
    async () => {
      await owner.query(
        `insert into rights_request (id, tenant_id, kind, received_on, channel, person_id, stated_identity,
           reply_address, details, identity_method, identity_checked_by, identity_checked_at, due_on, registered_by)
         values ($1, $2, $3, current_date, 'signed_letter', $4, 'as signed', 'letter', 'please erase my data',
           $5, $6, $7, current_date + 30, $8)`,
        [
          id,
          tenantId,
          opts.kind ?? 'erasure',
          personId,
          checked ? 'id_document' : null,
          checked ? (opts.checkedBy ?? opts.registeredBy) : null,
          checked ? new Date() : null,
          opts.registeredBy,
        ],
      );
      return id;
    },
    { commit: true },
  );
}

/** A disclosure-log entry naming the person, to a recipient with an email address (for GDPR 19 notices). */
export function disclosedTo(app: Client, tenantId: string, personId: string, email: string): Promise<unknown> {
  const entry = {
    personIds: [personId],
    recipient: { name: 'Kela', businessId: '0246246-0', country: 'FI', email },
    legalBasis: 'the client’s written request',
    dataSet: ['statement'],
    operation: 'test',
  };
  return inTenant(
    app,
    tenantId,
    () => app.query("select kaira.append_log('disclosure_log', $1::jsonb)", [JSON.stringify([entry])]),
    {
      commit: true,
    },
  );
}

/** Outbox messages of a purpose (GDPR 19 notices: art19-erasure, art19-restriction), as the owner. */
export function outboxOf(owner: Client, tenantId: string, purpose: string) {
  return inTenant(owner, tenantId, async () => {
    const { rows } = await owner.query<{ to_address: string; person_id: string | null; text_body: string }>(
      'select to_address, person_id, text_body from outbox_message where purpose = $1',
      [purpose],
    );
    return rows;
  });
}
