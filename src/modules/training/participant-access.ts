import type { EntityManager } from '@mikro-orm/postgresql';
import { ActsFor, Role } from '../../auth/roles';
import type { RequestContext } from '../../context';
import { notFound } from '../../errors';
import { uuidArg } from '../../ids';
import type { UseBasis } from '../logs/use-log';
import { basisFor } from '../person/person.service';
import { participantViews, type ParticipantFilter } from './participant.rows';
import type { CardTypeRow } from './training.rows';
import type { ParticipantView } from './training-record.types';

// Who reaches which participant (DOMAIN.md §3): OFFICE and the controller's DPO every participant; a
// TRAINER only the participants of sessions they teach. The shield rules admit the roles; this narrows a
// trainer to their sessions. A trainer is not told whether an enrolment of another session exists
// (NOT_FOUND, as trainingSession does).

export interface Actor {
  /** The staff user, or for an integration its API key's id (see apiKeyId). */
  userId: string;
  /** Set when an integration acts with an API key: its id is no user_account, so rows name it separately. */
  apiKeyId: string | null;
  tenantId: string;
  /** OFFICE, or the controller's DPO: not narrowed to taught sessions. */
  readsAll: boolean;
  basis: UseBasis;
}

/** The member acting, resolved before the operation's database work (it reads through the same transaction). */
export async function actorOf(ctx: RequestContext): Promise<Actor> {
  const { userId, membership, apiKey } = await ctx.member();
  const readsAll =
    membership.roles.has(Role.OFFICE) || (membership.roles.has(Role.DPO) && membership.actsFor === ActsFor.CONTROLLER);
  return {
    userId,
    apiKeyId: apiKey?.id ?? null,
    tenantId: ctx.requireTenant().id,
    readsAll,
    basis: basisFor(membership),
  };
}

export interface EnrolmentInScope {
  id: string;
  personId: string;
  sessionId: string;
  cardType: CardTypeRow;
}

/** The enrolment, if the actor may work on it; NOT_FOUND otherwise. */
export async function requireEnrolment(
  em: EntityManager,
  actor: Actor,
  rawId: string,
  field = 'enrolmentId',
): Promise<EnrolmentInScope> {
  const id = uuidArg(field, rawId);
  const [row] = await em.execute<Array<{ id: string; person_id: string; session_id: string; card_type: CardTypeRow }>>(
    `select e.id, e.person_id, e.session_id, row_to_json(ct) as card_type
       from enrolment e
       join training_session s on s.tenant_id = e.tenant_id and s.id = e.session_id
       join card_type ct on ct.tenant_id = s.tenant_id and ct.id = s.card_type_id
      where e.tenant_id = ? and e.id = ? ${actor.readsAll ? '' : TAUGHT_BY}`,
    actor.readsAll ? [actor.tenantId, id] : [actor.tenantId, id, actor.userId],
  );
  if (!row) throw notFound('enrolment');
  return { id: row.id, personId: row.person_id, sessionId: row.session_id, cardType: row.card_type };
}

/** The session, if the actor may work on it; NOT_FOUND otherwise. `lock`: held until commit (seat counting). */
export async function requireSession(em: EntityManager, actor: Actor, rawId: string, lock = false) {
  const field = 'sessionId';
  const id = uuidArg(field, rawId);
  const [row] = await em.execute<Array<{ id: string; capacity: number; card_type: CardTypeRow }>>(
    `select s.id, s.capacity, row_to_json(ct) as card_type
       from training_session s join card_type ct on ct.tenant_id = s.tenant_id and ct.id = s.card_type_id
      where s.tenant_id = ? and s.id = ? ${actor.readsAll ? '' : TAUGHT_BY}
      ${lock ? 'for update of s' : ''}`,
    actor.readsAll ? [actor.tenantId, id] : [actor.tenantId, id, actor.userId],
  );
  if (!row) throw notFound('training session');
  return row;
}

const TAUGHT_BY = `and exists (select 1 from session_trainer t
                    where t.tenant_id = s.tenant_id and t.session_id = s.id and t.trainer_user_id = ?)`;

/**
 * Serialises writes to one enrolment's record until commit (attempt numbers, the card, certificates):
 * the app role may not lock enrolment rows, so a transaction-scoped advisory lock on its id does it.
 */
export async function lockEnrolment(em: EntityManager, enrolmentId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`enrolment:${enrolmentId}`]);
}

/** Reads participants and writes the use-log entry naming every person returned (DOMAIN.md §5). */
export async function readParticipants(
  ctx: RequestContext,
  actor: Actor,
  filter: ParticipantFilter,
  fields: string[],
  operation: string,
): Promise<ParticipantView[]> {
  const found = await ctx.tx.run((em) => participantViews(em, actor.tenantId, filter));
  await ctx.recordUse({
    personIds: [...new Set(found.map((p) => p.person.id))],
    data: fields,
    operation,
    basis: actor.basis,
  });
  return found;
}

/** One participant after a write, use-logged like any read. */
export async function readParticipant(
  ctx: RequestContext,
  actor: Actor,
  enrolmentId: string,
  fields: string[],
  operation: string,
): Promise<ParticipantView> {
  const [found] = await readParticipants(ctx, actor, { enrolmentId }, fields, operation);
  if (!found) throw notFound('enrolment');
  return found;
}
