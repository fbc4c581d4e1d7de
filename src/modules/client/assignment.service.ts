import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { Role } from '../../auth/roles';
import { openClient, type ClientAccess } from './client-access';
import { Assignment } from './client.entities';
import type { AssignCoachInput, EndAssignmentInput } from './client.inputs';
import type { AssignmentView } from './client.types';
import { notBefore, optionalDate, requiredDate } from './client.validation';

// The client relationship (DOMAIN.md §2.2): office staff assign a coach to a client for a period; the
// coach then opens the client on the basis of the relationship (client-access.ts).

export async function assignCoach(ctx: RequestContext, input: AssignCoachInput): Promise<AssignmentView> {
  const personId = uuidArg('personId', input.personId);
  const coachUserId = uuidArg('coachUserId', input.coachUserId);
  const startsOn = requiredDate('startsOn', input.startsOn);
  const endsOn = notBefore('endsOn', optionalDate('endsOn', input.endsOn), startsOn);
  const { userId } = await ctx.member();
  const access = await openClient(ctx, personId);
  const assignment = await ctx.tx.run(async (em) => {
    const [coach] = await em.execute<Array<{ coach: boolean }>>(
      `select ? = any(roles) as coach from membership where tenant_id = ? and user_id = ?`,
      [Role.COACH, ctx.requireTenant().id, coachUserId],
    );
    if (!coach?.coach) throw badInput('coachUserId', 'the user does not hold COACH in this tenant');
    const overlapping = await em.count(Assignment, {
      personId,
      coachUserId,
      ...(endsOn ? { startsOn: { $lte: endsOn } } : {}),
      $or: [{ endsOn: null }, { endsOn: { $gte: startsOn } }],
    });
    if (overlapping) throw conflict('the coach is already assigned to this client for part of the period');
    const created = em.create(Assignment, {
      id: randomUUID(),
      tenantId: ctx.requireTenant().id,
      personId,
      coachUserId,
      startsOn,
      endsOn,
      createdBy: userId,
    });
    await em.flush();
    return created;
  });
  await logAssignment(ctx, access, 'assignCoach');
  return toView(assignment);
}

/** Ends the relationship on the given day; an assignment can be shortened, never extended (assign anew). */
export async function endAssignment(ctx: RequestContext, input: EndAssignmentInput): Promise<AssignmentView> {
  const id = uuidArg('assignmentId', input.assignmentId);
  const endsOn = requiredDate('endsOn', input.endsOn);
  const assignment = await ctx.tx.run((em) => em.findOne(Assignment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }));
  if (!assignment) throw notFound('assignment');
  const access = await openClient(ctx, assignment.personId);
  notBefore('endsOn', endsOn, assignment.startsOn);
  if (assignment.endsOn !== null && assignment.endsOn < endsOn) {
    throw conflict('the assignment already ends earlier; assign the coach again to extend it');
  }
  await ctx.tx.run(async (em) => {
    assignment.endsOn = endsOn;
    await em.flush();
  });
  await logAssignment(ctx, access, 'endAssignment');
  return toView(assignment);
}

// The assignment names the client: its answer is a use of the client's data.
function logAssignment(ctx: RequestContext, access: ClientAccess, operation: string): Promise<void> {
  return ctx.recordUse({ personIds: [access.personId], data: ['assignment'], operation, basis: access.basis });
}

const toView = (a: Assignment): AssignmentView => ({
  id: a.id,
  personId: a.personId,
  coachUserId: a.coachUserId,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
});
