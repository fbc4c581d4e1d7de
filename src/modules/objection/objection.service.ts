import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { basisFor } from '../person/person.service';
import { requiredText } from '../person/person.validation';
import {
  ObjectionChannel,
  ObjectionKind,
  type DecideObjectionInput,
  type Objection,
  type ObjectionStatus,
  type RecordObjectionInput,
} from './objection.types';

// Objections (GDPR 21, 22). To direct marketing: upheld the moment it is recorded, whatever the channel
// (21(3): absolute). To processing or profiling: pending until the controller decides (21(1)); a rejection
// states the compelling legitimate grounds and the right to complain (GDPR 12(4), 77).

interface ObjectionRow {
  id: string;
  person_id: string;
  kind: ObjectionKind;
  channel: ObjectionChannel;
  grounds: string | null;
  status: ObjectionStatus;
  received_at: string;
  decided_at: string | null;
  decision_reason: string | null;
}

const COLUMNS = 'id, person_id, kind, channel, grounds, status, received_at, decided_at, decision_reason';
const MARKETING_DECISION = 'Upheld at once: an objection to direct marketing is absolute (GDPR 21(3)).';
export const RIGHT_TO_COMPLAIN =
  'You may lodge a complaint with the Data Protection Ombudsman (tietosuojavaltuutettu, tietosuoja.fi), GDPR 77.';

/** Records an objection made to staff or in a rights request. A repeated marketing objection returns the first. */
export async function recordObjection(ctx: RequestContext, input: RecordObjectionInput): Promise<Objection> {
  const personId = uuidArg('personId', input.personId);
  const requestId = input.rightsRequestId ? uuidArg('rightsRequestId', input.rightsRequestId) : null;
  const marketing = input.kind === ObjectionKind.DIRECT_MARKETING;
  const grounds = marketing ? input.grounds?.trim() || null : requiredText('grounds', input.grounds, 2000);
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  const row = await ctx.tx.run(async (em) => {
    const [person] = await em.execute<Array<{ id: string }>>('select id from person where tenant_id = ? and id = ?', [
      tenantId,
      personId,
    ]);
    if (!person) throw notFound('person');
    if (requestId) {
      const [request] = await em.execute<Array<{ id: string }>>(
        `select id from rights_request where tenant_id = ? and id = ? and person_id = ? and kind = 'objection'`,
        [tenantId, requestId, personId],
      );
      if (!request) throw notFound('objection request of this person');
    }
    const channel = requestId ? ObjectionChannel.RIGHTS_REQUEST : ObjectionChannel.STAFF;
    return insertObjection(em, { tenantId, personId, kind: input.kind, channel, grounds, userId });
  });
  return toObjection(row);
}

/**
 * Records an objection to direct marketing from a channel without a signed-in user (the unsubscribe link of a
 * marketing email): upheld at once. For the marketing module; the caller has resolved the person from its token.
 */
export async function recordMarketingOptOut(
  em: EntityManager,
  tenantId: string,
  personId: string,
  channel: ObjectionChannel = ObjectionChannel.UNSUBSCRIBE_LINK,
): Promise<Objection> {
  return toObjection(
    await insertObjection(em, {
      tenantId,
      personId,
      kind: ObjectionKind.DIRECT_MARKETING,
      channel,
      grounds: null,
      userId: null,
    }),
  );
}

async function insertObjection(
  em: EntityManager,
  o: {
    tenantId: string;
    personId: string;
    kind: ObjectionKind;
    channel: ObjectionChannel;
    grounds: string | null;
    userId: string | null;
  },
): Promise<ObjectionRow> {
  // One open (pending or upheld) objection of a kind per person: a repeat is answered with the first.
  await em.execute('select id from person where tenant_id = ? and id = ? for update', [o.tenantId, o.personId]);
  const [open] = await em.execute<ObjectionRow[]>(
    `select ${COLUMNS} from objection where tenant_id = ? and person_id = ? and kind = ? and status <> 'rejected'
      order by received_at limit 1`,
    [o.tenantId, o.personId, o.kind],
  );
  if (open) return open;
  const marketing = o.kind === ObjectionKind.DIRECT_MARKETING;
  const [created] = await em.execute<ObjectionRow[]>(
    `insert into objection (id, tenant_id, person_id, kind, channel, grounds, status, recorded_by,
                            decided_at, decided_by, decision_reason)
     values (?, ?, ?, ?, ?, ?, ?, ?, ${marketing ? 'now()' : 'null'}, ?, ?) returning ${COLUMNS}`,
    [
      randomUUID(),
      o.tenantId,
      o.personId,
      o.kind,
      o.channel,
      o.grounds,
      marketing ? 'upheld' : 'pending',
      o.userId,
      marketing ? o.userId : null,
      marketing ? MARKETING_DECISION : null,
    ],
  );
  return created!;
}

/** The controller decides an objection to processing or profiling (DOMAIN.md §3). */
export async function decideObjection(ctx: RequestContext, input: DecideObjectionInput): Promise<Objection> {
  const objectionId = uuidArg('objectionId', input.objectionId);
  const reason = requiredText('reason', input.reason, 1800, input.upheld ? 1 : 20);
  const decision = input.upheld ? reason : `${reason}\n\n${RIGHT_TO_COMPLAIN}`;
  const { userId } = await ctx.member();
  const row = await ctx.tx.run(async (em) => {
    const [found] = await em.execute<ObjectionRow[]>(
      `select ${COLUMNS} from objection where tenant_id = ? and id = ? for update`,
      [ctx.requireTenant().id, objectionId],
    );
    if (!found) throw notFound('objection');
    if (found.kind === ObjectionKind.DIRECT_MARKETING) {
      throw badInput('objectionId', 'an objection to direct marketing is absolute: there is nothing to decide');
    }
    if (found.status !== 'pending') throw conflict('the objection has been decided');
    const [decided] = await em.execute<ObjectionRow[]>(
      `update objection set status = ?, decided_at = now(), decided_by = ?, decision_reason = ?
        where tenant_id = ? and id = ? returning ${COLUMNS}`,
      [input.upheld ? 'upheld' : 'rejected', userId, decision, ctx.requireTenant().id, objectionId],
    );
    return decided!;
  });
  return toObjection(row);
}

/** The person's objections, newest first (use-logged). */
export async function personObjections(ctx: RequestContext, personIdArg: string): Promise<Objection[]> {
  const personId = uuidArg('personId', personIdArg);
  const rows = await ctx.tx.run((em) =>
    em.execute<ObjectionRow[]>(
      `select ${COLUMNS} from objection where tenant_id = ? and person_id = ? order by received_at desc, id`,
      [ctx.requireTenant().id, personId],
    ),
  );
  const { membership } = await ctx.member();
  await ctx.recordUse({
    personIds: [personId],
    data: ['objections'],
    operation: 'personObjections',
    basis: basisFor(membership),
  });
  return rows.map(toObjection);
}

function toObjection(row: ObjectionRow): Objection {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    channel: row.channel,
    grounds: row.grounds,
    status: row.status,
    receivedAt: new Date(row.received_at),
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    decisionReason: row.decision_reason,
  };
}
