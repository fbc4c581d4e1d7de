import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { basisFor } from '../person/person.service';
import type { RecordMarketingOptOutInput } from './marketing.inputs';
import type { MarketingOptOut, OptOutChannel } from './marketing.types';

// Opting out of direct marketing (DOMAIN.md §2.1: "at any time", absolute under GDPR 21(2)–(3)): an upheld
// objection of kind direct_marketing in the objection table the rights module shares. Staff record one
// received by email (or for a rights request); the person's own link is unsubscribe.service.ts. Either way
// it takes effect at once: the audience reads it, and what was still queued is withdrawn.

/** Staff record the person's opt-out (e.g. asked by email): effective at once, idempotent. */
export async function recordMarketingOptOut(
  ctx: RequestContext,
  input: RecordMarketingOptOutInput,
): Promise<MarketingOptOut> {
  const personId = uuidArg('personId', input.personId);
  const tenantId = ctx.requireTenant().id;
  const { userId } = await ctx.member();
  const optOut = await ctx.tx.run(async (em) => {
    // Locked: two requests for one person record one objection.
    const [person] = await em.execute('select id from person where tenant_id = ? and id = ? for update', [
      tenantId,
      personId,
    ]);
    if (!person) throw notFound('person');
    const existing = await optOutOf(em, tenantId, personId);
    if (existing.optedOut) return existing;
    await em.execute(
      `insert into objection (id, tenant_id, person_id, kind, channel, status, recorded_by, decided_at, decided_by)
       values (?, ?, ?, 'direct_marketing', 'staff', 'upheld', ?, now(), ?)`,
      [randomUUID(), tenantId, personId, userId, userId],
    );
    await withdrawQueuedAnnouncements(em, tenantId, personId);
    return optOutOf(em, tenantId, personId);
  });
  // The person's own objection (GDPR 21(2)–(3)): handled on that basis, so it is recorded and answered also
  // while their data is restricted (GDPR 18 stops processing; it must not stop the person stopping marketing).
  await ctx.recordUse({
    personIds: [personId],
    data: ['marketingOptOut'],
    operation: 'recordMarketingOptOut',
    basis: 'RIGHTS_REQUEST',
  });
  return optOut;
}

export async function marketingOptOut(ctx: RequestContext, personId: string): Promise<MarketingOptOut> {
  const id = uuidArg('personId', personId);
  const tenantId = ctx.requireTenant().id;
  const { membership } = await ctx.member();
  const optOut = await ctx.tx.run(async (em) => {
    const [person] = await em.execute('select id from person where tenant_id = ? and id = ?', [tenantId, id]);
    if (!person) throw notFound('person');
    return optOutOf(em, tenantId, id);
  });
  await ctx.recordUse({
    personIds: [id],
    data: ['marketingOptOut'],
    operation: 'marketingOptOut',
    basis: basisFor(membership),
  });
  return optOut;
}

export async function optOutOf(em: EntityManager, tenantId: string, personId: string): Promise<MarketingOptOut> {
  const [row] = await em.execute<Array<{ received_at: string; channel: OptOutChannel }>>(
    `select received_at, channel from objection
      where tenant_id = ? and person_id = ? and kind = 'direct_marketing' and status = 'upheld'
      order by received_at, id limit 1`,
    [tenantId, personId],
  );
  return {
    personId,
    optedOut: Boolean(row),
    since: row ? new Date(row.received_at) : null,
    channel: row?.channel ?? null,
  };
}

/**
 * Deletes the person's announcements still waiting in the outbox, in the opt-out's transaction: an opt-out
 * stops marketing at once, also what was queued before it. A message the outbox is sending right now
 * ('sending') has already left.
 */
export async function withdrawQueuedAnnouncements(
  em: EntityManager,
  tenantId: string,
  personId: string,
): Promise<void> {
  await em.execute(
    `delete from outbox_message
      where tenant_id = ? and person_id = ? and purpose = 'training-announcement' and status = 'queued'`,
    [tenantId, personId],
  );
}
