import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { forbidden, KairaError, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { ActsFor, Role } from '../../auth/roles';
import { hasActiveAssignment } from '../client/client-access';
import type { RightsRequestKind } from './rights-request.types';
import {
  RightsRequest,
  type IdentityMethod,
  type RequestChannel,
  type RightsRequestStatus,
} from './rights-request.types';

// Reading cases: one row shape, one mapper, and who may see which case (DOMAIN.md §3).

export const CASE_COLUMNS = `id, kind, received_on::text as received_on, channel, person_id, stated_identity,
  reply_address, details, identity_method, identity_checked_by, identity_checked_at, due_on::text as due_on,
  extended_due_on::text as extended_due_on, extension_reason, status, handler_user_id, decision, decided_by,
  decided_at, log_period_from::text as log_period_from, log_period_reason, registered_by, registered_at`;

export interface CaseRow {
  id: string;
  kind: RightsRequestKind;
  received_on: string;
  channel: RequestChannel;
  person_id: string | null;
  stated_identity: string | null;
  reply_address: string | null;
  details: string | null;
  identity_method: IdentityMethod | null;
  identity_checked_by: string | null;
  identity_checked_at: string | Date | null;
  due_on: string;
  extended_due_on: string | null;
  extension_reason: string | null;
  status: RightsRequestStatus;
  handler_user_id: string | null;
  decision: string | null;
  decided_by: string | null;
  decided_at: string | Date | null;
  log_period_from: string | null;
  log_period_reason: string | null;
  registered_by: string;
  registered_at: string | Date;
}

const date = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

export function toRightsRequest(row: CaseRow): RightsRequest {
  return Object.assign(new RightsRequest(), {
    id: row.id,
    kind: row.kind,
    receivedOn: row.received_on,
    channel: row.channel,
    personId: row.person_id,
    statedIdentity: row.stated_identity,
    replyAddress: row.reply_address,
    details: row.details,
    identityCheck:
      row.identity_method && row.identity_checked_by
        ? { method: row.identity_method, checkedBy: row.identity_checked_by, checkedAt: date(row.identity_checked_at)! }
        : null,
    dueOn: row.due_on,
    extendedDueOn: row.extended_due_on,
    extensionReason: row.extension_reason,
    effectiveDueOn: row.extended_due_on ?? row.due_on,
    status: row.status,
    handlerUserId: row.handler_user_id,
    decision: row.decision,
    decidedBy: row.decided_by,
    decidedAt: date(row.decided_at),
    logPeriodFrom: row.log_period_from,
    logPeriodReason: row.log_period_reason,
    registeredBy: row.registered_by,
    registeredAt: date(row.registered_at)!,
  });
}

/**
 * A coach works only with the clients assigned to them (DOMAIN.md §3): a member whose only case role is
 * COACH sees and prepares the cases of those clients; everyone else the rules let in sees every case.
 */
export async function coachOnly(ctx: RequestContext): Promise<string | null> {
  const { userId, membership } = await ctx.member();
  const others = [Role.OFFICE, Role.DPO, Role.CONTROLLER_OFFICER].some((r) => membership.roles.has(r));
  return membership.roles.has(Role.COACH) && !others ? userId : null;
}

/** Whether the member decides for the controller (its DPO or officer). */
export async function decidesForController(ctx: RequestContext): Promise<boolean> {
  const { membership } = await ctx.member();
  return (
    membership.actsFor === ActsFor.CONTROLLER &&
    (membership.roles.has(Role.DPO) || membership.roles.has(Role.CONTROLLER_OFFICER))
  );
}

/** The case for this member, locked for update when `lock`; NOT_FOUND when absent or not theirs to see. */
export async function loadCase(ctx: RequestContext, id: string, opts: { lock?: boolean } = {}): Promise<CaseRow> {
  const requestId = uuidArg('requestId', id);
  const coach = await coachOnly(ctx);
  return ctx.tx.run(async (em) => {
    const [row] = await em.execute<CaseRow[]>(
      `select ${CASE_COLUMNS} from rights_request where id = ?${opts.lock ? ' for update' : ''}`,
      [requestId],
    );
    if (!row) throw notFound('rights request');
    if (coach && !(row.person_id && (await hasActiveAssignment(em, coach, row.person_id)))) {
      throw forbidden('a coach works with the requests of their own assigned clients only');
    }
    return row;
  });
}

/** The person of the case, or BAD_USER_INPUT: a case is fulfilled only once matched to a person. */
export function matchedPerson(row: CaseRow): string {
  if (!row.person_id) {
    throw new KairaError('BAD_USER_INPUT', 'requestId: match the request to a person of the register first', {
      field: 'requestId',
    });
  }
  return row.person_id;
}

/** Nothing is handed out before the requester's identity is checked (GDPR 12(2), 12(6)). */
export function requireVerifiedIdentity(row: CaseRow): void {
  if (!row.identity_method) {
    throw new KairaError(
      'IDENTITY_NOT_VERIFIED',
      "the requester's identity has not been checked: record the check (verifyRequesterIdentity) first",
    );
  }
}

export async function personExists(em: EntityManager, personId: string): Promise<boolean> {
  const rows = await em.execute<unknown[]>('select 1 from person where id = ?', [personId]);
  return rows.length > 0;
}

export const isOpen = (row: CaseRow): boolean => row.status === 'received' || row.status === 'in_progress';
