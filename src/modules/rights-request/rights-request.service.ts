import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { hasActiveAssignment } from '../client/client-access';
import { mailAddress } from '../outbox/outbox.service';
import { requiredText } from '../person/person.validation';
import { addDays, dueDate, isCalendarDate } from './due-date';
import type {
  MatchRightsRequestPersonInput,
  RegisterRightsRequestInput,
  RightsRequestQueueArgs,
  RightsRequestsArgs,
  StartRightsRequestInput,
  VerifyRequesterIdentityInput,
} from './rights-request.inputs';
import {
  CASE_COLUMNS,
  coachOnly,
  isOpen,
  loadCase,
  personExists,
  toRightsRequest,
  type CaseRow,
} from './rights-request.rows';
import { RightsRequestQueue, type RightsRequest } from './rights-request.types';

// Registering and preparing rights requests (DOMAIN.md §3, §4): the controller's people, and Eduro's
// staff who process the register for it, register a case, match it to the person, record the identity
// check and take it into handling. Deciding is rights-request.decision.ts, for the controller only.

export async function registerRightsRequest(
  ctx: RequestContext,
  input: RegisterRightsRequestInput,
): Promise<RightsRequest> {
  const receivedOn = receivedDay(input.receivedOn);
  const personId = input.personId ? uuidArg('personId', input.personId) : null;
  const statedIdentity = input.statedIdentity?.trim()
    ? requiredText('statedIdentity', input.statedIdentity, 500)
    : null;
  if (!personId && !statedIdentity) throw badInput('statedIdentity', 'required when no personId is given');
  const replyAddress = input.replyAddress?.trim() ? mailAddress('replyAddress', input.replyAddress) : null;
  const details = input.details?.trim() ? requiredText('details', input.details, 4000) : null;
  const { userId } = await ctx.member();
  const coach = await coachOnly(ctx);
  if (coach && !personId) throw forbidden('a coach registers requests of their own clients only: name the client');
  const id = randomUUID();
  const row = await ctx.tx.run(async (em) => {
    if (personId && !(await personExists(em, personId))) throw notFound('person');
    if (coach && personId && !(await hasActiveAssignment(em, coach, personId))) {
      throw forbidden('no client relationship with this client');
    }
    const [created] = await em.execute<CaseRow[]>(
      `insert into rights_request (id, tenant_id, kind, received_on, channel, person_id, stated_identity, reply_address,
         details, due_on, registered_by)
       values (?, kaira.current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning ${CASE_COLUMNS}`,
      [
        id,
        input.kind,
        receivedOn,
        input.channel,
        personId,
        statedIdentity,
        replyAddress,
        details,
        dueDate(receivedOn),
        userId,
      ],
    );
    return created!;
  });
  await recordCaseRead(ctx, [row], 'registerRightsRequest');
  return toRightsRequest(row);
}

/** The day of receipt: a real date, not in the future (Finnish time). */
function receivedDay(value: string): string {
  const day = value.trim();
  if (!isCalendarDate(day)) throw badInput('receivedOn', 'must be a calendar date YYYY-MM-DD');
  if (day > todayInFinland()) throw badInput('receivedOn', 'cannot be in the future');
  return day;
}

export async function matchRightsRequestPerson(
  ctx: RequestContext,
  input: MatchRightsRequestPersonInput,
): Promise<RightsRequest> {
  const personId = uuidArg('personId', input.personId);
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (!isOpen(found)) throw conflict('the request has been decided');
  if (found.person_id) throw conflict('the request is already matched to a person');
  const row = await ctx.tx.run(async (em) => {
    if (!(await personExists(em, personId))) throw notFound('person');
    const [updated] = await em.execute<CaseRow[]>(
      `update rights_request set person_id = ? where id = ? returning ${CASE_COLUMNS}`,
      [personId, found.id],
    );
    return updated!;
  });
  await recordCaseRead(ctx, [row], 'matchRightsRequestPerson');
  return toRightsRequest(row);
}

export async function verifyRequesterIdentity(
  ctx: RequestContext,
  input: VerifyRequesterIdentityInput,
): Promise<RightsRequest> {
  const { userId } = await ctx.member();
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (!isOpen(found)) throw conflict('the request has been decided');
  const row = await update(ctx, found.id, 'identity_method = ?, identity_checked_by = ?, identity_checked_at = now()', [
    input.method,
    userId,
  ]);
  await recordCaseRead(ctx, [row], 'verifyRequesterIdentity');
  return toRightsRequest(row);
}

export async function startRightsRequest(ctx: RequestContext, input: StartRightsRequestInput): Promise<RightsRequest> {
  const { userId } = await ctx.member();
  const handler = input.handlerUserId ? uuidArg('handlerUserId', input.handlerUserId) : userId;
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (!isOpen(found)) throw conflict('the request has been decided');
  const member = await ctx.tx.run((em) =>
    em.execute<unknown[]>('select 1 from membership where user_id = ? and tenant_id = kaira.current_tenant_id()', [
      handler,
    ]),
  );
  if (member.length === 0) throw badInput('handlerUserId', 'not a member of this register');
  const row = await update(ctx, found.id, "status = 'in_progress', handler_user_id = ?", [handler]);
  await recordCaseRead(ctx, [row], 'startRightsRequest');
  return toRightsRequest(row);
}

/** Sets columns of one case (already locked and checked by the caller) and returns it. */
export async function update(ctx: RequestContext, id: string, set: string, params: unknown[]): Promise<CaseRow> {
  return ctx.tx.run(async (em) => {
    const [row] = await em.execute<CaseRow[]>(
      `update rights_request set ${set} where id = ? returning ${CASE_COLUMNS}`,
      [...params, id],
    );
    return row!;
  });
}

export async function getRightsRequest(ctx: RequestContext, id: string): Promise<RightsRequest> {
  const row = await loadCase(ctx, id);
  await recordCaseRead(ctx, [row], 'rightsRequest');
  return toRightsRequest(row);
}

export async function listRightsRequests(ctx: RequestContext, args: RightsRequestsArgs): Promise<RightsRequest[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (args.status) {
    conditions.push('status = ?');
    params.push(args.status);
  }
  if (args.personId) {
    conditions.push('person_id = ?');
    params.push(uuidArg('personId', args.personId));
  }
  return listCases(ctx, conditions, params, 'rightsRequests');
}

/** The "due soon" and "overdue" queues: open cases by the deadline in force, earliest first. */
export async function rightsRequestQueue(ctx: RequestContext, args: RightsRequestQueueArgs): Promise<RightsRequest[]> {
  if (!Number.isInteger(args.withinDays) || args.withinDays < 0 || args.withinDays > 60) {
    throw badInput('withinDays', 'must be a whole number 0–60');
  }
  const today = todayInFinland();
  const conditions = ["status in ('received', 'in_progress')"];
  if (args.queue === RightsRequestQueue.OVERDUE) {
    conditions.push('coalesce(extended_due_on, due_on) < ?');
    return listCases(ctx, conditions, [today], 'rightsRequestQueue');
  }
  conditions.push('coalesce(extended_due_on, due_on) between ? and ?');
  return listCases(ctx, conditions, [today, addDays(today, args.withinDays)], 'rightsRequestQueue');
}

async function listCases(
  ctx: RequestContext,
  conditions: string[],
  params: unknown[],
  operation: string,
): Promise<RightsRequest[]> {
  const coach = await coachOnly(ctx);
  if (coach) {
    // A coach's own clients only, with an assignment active today (client-access.ts).
    conditions.push(`exists (select 1 from assignment a where a.tenant_id = rights_request.tenant_id
      and a.person_id = rights_request.person_id and a.coach_user_id = ? and a.starts_on <= ?
      and (a.ends_on is null or a.ends_on >= ?))`);
    const today = todayInFinland();
    params.push(coach, today, today);
  }
  const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
  const rows = await ctx.tx.run((em) =>
    em.execute<CaseRow[]>(
      `select ${CASE_COLUMNS} from rights_request ${where}
        order by coalesce(extended_due_on, due_on), received_on, id limit 500`,
      params,
    ),
  );
  await recordCaseRead(ctx, rows, operation);
  return rows.map(toRightsRequest);
}

/** A case names the person and holds what they wrote: reading it is a use of their data (RIGHTS_REQUEST). */
export async function recordCaseRead(ctx: RequestContext, rows: CaseRow[], operation: string): Promise<void> {
  const personIds = [...new Set(rows.map((r) => r.person_id).filter((p): p is string => p !== null))];
  if (personIds.length === 0) return;
  await ctx.recordUse({ personIds, data: ['rightsRequest'], operation, basis: 'RIGHTS_REQUEST' });
}
