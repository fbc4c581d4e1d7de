import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { Person } from '../person/person.entity';
import { requiredText } from '../person/person.validation';
import { activeEmergencyAccess, hasActiveAssignment } from './client-access';
import { EmergencyAccess } from './client.entities';
import type {
  EmergencyAccessReviewQueueArgs,
  OpenEmergencyAccessInput,
  ReviewEmergencyAccessInput,
} from './client.inputs';
import type { Client, EmergencyAccessView } from './client.types';
import { readClient } from './client.service';

// The emergency route (DOMAIN.md §2.2): a coach without a client relationship opens a client with a stated
// reason, for a limited time. The opening is use-logged with basis EMERGENCY and the reason, and waits in
// the queue of the controller's DPO until reviewed. Each opening is one record with one reason and one
// review: while one is open, opening again is CONFLICT (never a silent extension of a reviewed period).

/** How long an emergency access lasts. */
export const EMERGENCY_ACCESS_HOURS = 4;

export async function openEmergencyAccess(
  ctx: RequestContext,
  input: OpenEmergencyAccessInput,
  fields: string[],
): Promise<Client> {
  const personId = uuidArg('personId', input.personId);
  const reason = requiredText('reason', input.reason, 1000, 20);
  const { userId } = await ctx.member();
  await ctx.tx.run(async (em) => {
    if (!(await em.count(Person, { id: personId }))) throw notFound('client');
    // One opening at a time per coach and client, so a double submit cannot queue two.
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`emergency:${userId}:${personId}`]);
    if (await hasActiveAssignment(em, userId, personId)) {
      throw conflict('you have a client relationship with this client: open it directly');
    }
    const open = await activeEmergencyAccess(em, userId, personId);
    if (open) throw conflict(`emergency access to this client is already open until ${open.expiresAt.toISOString()}`);
    const openedAt = new Date();
    em.create(EmergencyAccess, {
      id: randomUUID(),
      tenantId: ctx.requireTenant().id,
      personId,
      userId,
      reason,
      openedAt,
      expiresAt: new Date(openedAt.getTime() + EMERGENCY_ACCESS_HOURS * 3_600_000),
    });
    await em.flush();
  });
  // openClient now finds the access: the read is logged with basis EMERGENCY and the reason.
  return readClient(ctx, personId, fields, 'openEmergencyAccess');
}

/** Unreviewed emergency accesses, oldest first: who opened which client, why and when. */
export async function emergencyAccessReviewQueue(
  ctx: RequestContext,
  args: EmergencyAccessReviewQueueArgs,
  fields: string[],
): Promise<EmergencyAccessView[]> {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 200) throw badInput('first', 'must be 1–200');
  const queue = await ctx.tx.run((em) =>
    em.execute<EmergencyAccessRow[]>(
      `${SELECT_VIEW} where ea.tenant_id = ? and ea.reviewed_at is null
      order by ea.opened_at, ea.id limit ?`,
      [ctx.requireTenant().id, args.first],
    ),
  );
  await logReview(ctx, queue, fields, 'emergencyAccessReviewQueue');
  return queue.map(toView);
}

/** The controller's DPO marks an emergency access reviewed, with a note. Reviewed once. */
export async function reviewEmergencyAccess(
  ctx: RequestContext,
  input: ReviewEmergencyAccessInput,
  fields: string[],
): Promise<EmergencyAccessView> {
  const id = uuidArg('id', input.id);
  const note = requiredText('note', input.note, 2000);
  const { userId } = await ctx.member();
  const row = await ctx.tx.run(async (em) => {
    const access = await em.findOne(EmergencyAccess, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!access) throw notFound('emergency access');
    if (access.reviewedAt) throw conflict('this emergency access has already been reviewed');
    Object.assign(access, { reviewedBy: userId, reviewedAt: new Date(), reviewNote: note });
    await em.flush();
    const [reviewed] = await em.execute<EmergencyAccessRow[]>(`${SELECT_VIEW} where ea.tenant_id = ? and ea.id = ?`, [
      access.tenantId,
      id,
    ]);
    return reviewed!;
  });
  await logReview(ctx, [row], fields, 'reviewEmergencyAccess');
  return toView(row);
}

// The queue names clients and carries the coaches' reasons: reading it is controller oversight.
function logReview(ctx: RequestContext, rows: EmergencyAccessRow[], fields: string[], operation: string) {
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  return ctx.recordUse({ personIds, data: fields, operation, basis: 'CONTROLLER_OVERSIGHT' });
}

const SELECT_VIEW = `select ea.id, ea.person_id, p.first_name, p.last_name, ea.user_id, u.display_name, ea.reason,
    ea.opened_at, ea.expires_at, ea.reviewed_at, ea.reviewed_by, ea.review_note
  from emergency_access ea
  join person p on p.tenant_id = ea.tenant_id and p.id = ea.person_id
  join user_account u on u.id = ea.user_id`;

interface EmergencyAccessRow {
  id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  user_id: string;
  display_name: string;
  reason: string;
  opened_at: string;
  expires_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_note: string | null;
}

// Raw rows carry timestamps as text.
const toView = (row: EmergencyAccessRow): EmergencyAccessView => ({
  id: row.id,
  personId: row.person_id,
  clientFirstName: row.first_name,
  clientLastName: row.last_name,
  openedByUserId: row.user_id,
  openedByName: row.display_name,
  reason: row.reason,
  openedAt: new Date(row.opened_at),
  expiresAt: new Date(row.expires_at),
  reviewedAt: row.reviewed_at === null ? null : new Date(row.reviewed_at),
  reviewedByUserId: row.reviewed_by,
  reviewNote: row.review_note,
});
