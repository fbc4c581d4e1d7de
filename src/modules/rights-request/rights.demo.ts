import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { TenantTransaction } from '../../db/tenant-transaction';
import { todayInFinland } from '../../dates';
import type { TenantFile } from '../../tenants/tenant-file';
import { addDays, addMonths, dueDate } from './due-date';

// Demo rights requests (local use only, like src/cli/demo-data.ts): per tenant one overdue, one due soon,
// one just received with the identity not yet checked, and one completed, dated relative to today so the
// queues always have something in them. Registered by the office user (a member of every tenant). Runs as
// the owner once per tenant: a tenant with cases is left as it is.

const OFFICE = 'office@eduro.example';

interface DemoCase {
  kind: string;
  channel: string;
  receivedOn: string;
  status: string;
  verified: boolean;
  details: string;
  decision?: string;
}

function demoCases(today: string): DemoCase[] {
  return [
    {
      kind: 'access',
      channel: 'signed_letter',
      receivedOn: addDays(today, -40),
      status: 'in_progress',
      verified: true,
      details: 'Pyydän kopion kaikista minua koskevista tiedoista.',
    },
    {
      kind: 'rectification',
      channel: 'email',
      // Due in three days: the "due soon" queue.
      receivedOn: addDays(addMonths(today, -1), 3),
      status: 'received',
      verified: true,
      details: 'Sähköpostiosoitteeni on vaihtunut.',
    },
    {
      kind: 'log_report',
      channel: 'web',
      receivedOn: addDays(today, -2),
      status: 'received',
      verified: false,
      details: 'Kuka on katsonut tietojani?',
    },
    {
      kind: 'access',
      channel: 'in_person',
      receivedOn: addDays(today, -60),
      status: 'completed',
      verified: true,
      details: 'Tarkastuspyyntö.',
      decision: 'Raportti luovutettiin henkilökohtaisesti.',
    },
  ];
}

export async function seedRightsDemo(orm: MikroORM, tenants: TenantFile[]): Promise<void> {
  const [office] = await orm.em
    .fork()
    .execute<Array<{ id: string }>>('select id from user_account where lower(email) = ?', [OFFICE]);
  if (!office) return;
  const today = todayInFinland();
  for (const tenant of tenants) {
    await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, async (em) => {
      const [existing] = await em.execute<Array<{ n: string }>>('select count(*) as n from rights_request');
      if (Number(existing?.n) > 0) return;
      // People from the end of the name order, away from those other demos and tests pick first.
      const people = await em.execute<Array<{ id: string }>>(
        'select id from person order by last_name desc, first_name desc, id limit 4',
      );
      // The completed case was decided by the controller's own DPO (DOMAIN.md §3).
      const [dpo] = await em.execute<Array<{ user_id: string }>>(
        `select m.user_id from membership m join tenant t on t.id = m.tenant_id
          where m.organisation_id = t.controller_organisation_id and 'DPO' = any(m.roles) limit 1`,
      );
      for (const [i, c] of demoCases(today).entries()) {
        const person = people[i % people.length]?.id ?? null;
        const decided = c.status === 'completed';
        await em.execute(
          `insert into rights_request (id, tenant_id, kind, received_on, channel, person_id, stated_identity, details,
             identity_method, identity_checked_by, identity_checked_at, due_on, status, handler_user_id, decision,
             decided_by, decided_at, registered_by)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            randomUUID(),
            tenant.id,
            c.kind,
            c.receivedOn,
            c.channel,
            person,
            person ? null : 'Demo Requester',
            c.details,
            c.verified ? 'id_document' : null,
            c.verified ? office.id : null,
            c.verified ? new Date() : null,
            dueDate(c.receivedOn),
            c.status,
            c.status === 'received' ? null : office.id,
            decided ? c.decision : null,
            decided ? (dpo?.user_id ?? office.id) : null,
            decided ? new Date() : null,
            office.id,
          ],
        );
      }
    });
  }
}
