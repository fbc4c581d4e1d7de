import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ActsFor, Role } from '../../auth/roles';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { requiredDate } from '../client/client.validation';
import { requireAuthorised, requireTrainer } from './trainer-authorisation.service';
import { TrainingSession } from './training.entities';
import type {
  AssignSessionTrainerInput,
  CreateTrainingSessionInput,
  TrainingSessionsArgs,
  UpdateTrainingSessionInput,
} from './training.inputs';
import { cardTypeRows, sessionViews } from './training.rows';
import type { TrainingSessionView } from './training.types';
import { intBetween, requiredDateTime, requiredText } from './training.validation';

// Training sessions (DOMAIN.md §2.1, §3): OFFICE plans them and puts trainers on them; a TRAINER sees only
// the sessions they teach. Sessions hold no data subject's personal data (trainers are staff), so reads
// are not use-logged; participants, who are, come with enrolment.

const MAX_RANGE_DAYS = 366;

export async function createTrainingSession(
  ctx: RequestContext,
  input: CreateTrainingSessionInput,
): Promise<TrainingSessionView> {
  const cardTypeId = uuidArg('cardTypeId', input.cardTypeId);
  const startsAt = requiredDateTime('startsAt', input.startsAt);
  const endsAt = after(requiredDateTime('endsAt', input.endsAt), startsAt);
  const place = requiredText('place', input.place);
  const capacity = intBetween('capacity', input.capacity, 1, 500);
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run(async (em) => {
    if (!(await cardTypeRows(em, tenantId, cardTypeId)).length) throw badInput('cardTypeId', 'no such card type');
    const id = randomUUID();
    em.create(TrainingSession, {
      id,
      tenantId,
      cardTypeId,
      startsAt,
      endsAt,
      place,
      language: input.language,
      deliveryMode: input.deliveryMode,
      capacity,
      createdBy: userId,
    });
    await em.flush();
    return (await sessionViews(em, tenantId, { id }))[0]!;
  });
}

/** Changes the given fields; a later end is checked against the assigned trainers' authorisations. */
export async function updateTrainingSession(
  ctx: RequestContext,
  input: UpdateTrainingSessionInput,
): Promise<TrainingSessionView> {
  const id = uuidArg('id', input.id);
  const fields = {
    startsAt: given('startsAt', input.startsAt, (v) => requiredDateTime('startsAt', v)),
    endsAt: given('endsAt', input.endsAt, (v) => requiredDateTime('endsAt', v)),
    place: given('place', input.place, (v) => requiredText('place', v)),
    language: given('language', input.language, (v) => v),
    deliveryMode: given('deliveryMode', input.deliveryMode, (v) => v),
    capacity: given('capacity', input.capacity, (v) => intBetween('capacity', v, 1, 500)),
  };
  const tenantId = ctx.requireTenant().id;
  await ctx.member();
  return ctx.tx.run(async (em) => {
    const session = await lockSession(em, id);
    const lastDayBefore = todayInFinland(session.endsAt);
    const startsAtNext = fields.startsAt ?? session.startsAt;
    const endsAtNext = fields.endsAt ?? session.endsAt;
    if (endsAtNext <= startsAtNext)
      throw badInput(fields.endsAt ? 'endsAt' : 'startsAt', 'the session must end after it starts');
    const lastDay = todayInFinland(endsAtNext);
    if (lastDay > lastDayBefore) await recheckTrainers(em, tenantId, session, lastDay);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(session, { [key]: value });
    }
    session.updatedAt = new Date();
    await em.flush();
    return (await sessionViews(em, tenantId, { id }))[0]!;
  });
}

/** Puts a trainer on a session (idempotent): a TRAINER member, authorised through the session's last day. */
export async function assignSessionTrainer(
  ctx: RequestContext,
  input: AssignSessionTrainerInput,
): Promise<TrainingSessionView> {
  const sessionId = uuidArg('sessionId', input.sessionId);
  const trainerUserId = uuidArg('trainerUserId', input.trainerUserId);
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run(async (em) => {
    // Locked: a concurrent updateTrainingSession cannot move the end past the authorisation checked here.
    const session = await lockSession(em, sessionId);
    await requireTrainer(em, tenantId, trainerUserId);
    const type = (await cardTypeRows(em, tenantId, session.cardTypeId))[0]!;
    await requireAuthorised(em, tenantId, type, trainerUserId, todayInFinland(session.endsAt));
    await em.execute(
      `insert into session_trainer (id, tenant_id, session_id, trainer_user_id, assigned_by) values (?, ?, ?, ?, ?)
       on conflict (tenant_id, session_id, trainer_user_id) do nothing`,
      [randomUUID(), tenantId, sessionId, trainerUserId, userId],
    );
    return (await sessionViews(em, tenantId, { id: sessionId }))[0]!;
  });
}

export async function listTrainingSessions(
  ctx: RequestContext,
  args: TrainingSessionsArgs,
): Promise<TrainingSessionView[]> {
  const from = requiredDate('from', args.from);
  const to = requiredDate('to', args.to);
  if (to < from) throw badInput('to', 'must not be before from');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) {
    throw badInput('to', `at most ${MAX_RANGE_DAYS} days after from`);
  }
  const trainerUserId = await onlyTaughtBy(ctx);
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run((em) => sessionViews(em, tenantId, { from, to, trainerUserId }));
}

export async function getTrainingSession(ctx: RequestContext, rawId: string): Promise<TrainingSessionView> {
  const id = uuidArg('id', rawId);
  const trainerUserId = await onlyTaughtBy(ctx);
  const tenantId = ctx.requireTenant().id;
  const found = await ctx.tx.run((em) => sessionViews(em, tenantId, { id, trainerUserId }));
  // A trainer is not told whether a session they do not teach exists.
  if (!found[0]) throw notFound('training session');
  return found[0];
}

// DOMAIN.md §3: OFFICE and the controller's DPO read every session; a TRAINER only those they teach.
async function onlyTaughtBy(ctx: RequestContext): Promise<string | undefined> {
  const { userId, membership } = await ctx.member();
  const readsAll =
    membership.roles.has(Role.OFFICE) || (membership.roles.has(Role.DPO) && membership.actsFor === ActsFor.CONTROLLER);
  return readsAll ? undefined : userId;
}

async function lockSession(em: EntityManager, id: string): Promise<TrainingSession> {
  const session = await em.findOne(TrainingSession, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!session) throw notFound('training session');
  return session;
}

async function recheckTrainers(em: EntityManager, tenantId: string, session: TrainingSession, lastDay: string) {
  const type = (await cardTypeRows(em, tenantId, session.cardTypeId))[0]!;
  const trainers = await em.execute<Array<{ trainer_user_id: string }>>(
    'select trainer_user_id from session_trainer where tenant_id = ? and session_id = ?',
    [tenantId, session.id],
  );
  for (const t of trainers) await requireAuthorised(em, tenantId, type, t.trainer_user_id, lastDay);
}

// An update field: omitted stays undefined, null is refused (none of a session's fields can be cleared).
function given<T, R>(field: string, value: T | null | undefined, check: (v: T) => R): R | undefined {
  if (value === undefined) return undefined;
  if (value === null) throw badInput(field, 'must not be null');
  return check(value);
}

function after(endsAt: Date, startsAt: Date): Date {
  if (endsAt <= startsAt) throw badInput('endsAt', 'the session must end after it starts');
  return endsAt;
}
