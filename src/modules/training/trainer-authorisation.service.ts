import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../auth/roles';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, conflict } from '../../errors';
import { uuidArg } from '../../ids';
import { requiredDate } from '../client/client.validation';
import type { GrantTrainerAuthorisationInput } from './training.inputs';
import { cardTypeRows, toCardType, type CardTypeRow } from './training.rows';
import type { TrainerAuthorisationView } from './training.types';

// Trainers' scheme authorisations (DOMAIN.md §2.1: "an unauthorised or expired trainer cannot be put on a
// session of a type that requires it"). Kept by OFFICE. Names only staff, so no use-log entry.

/** Grants, or renews (replaces the expiry of), a trainer's authorisation for a card type. */
export async function grantTrainerAuthorisation(
  ctx: RequestContext,
  input: GrantTrainerAuthorisationInput,
): Promise<TrainerAuthorisationView> {
  const trainerUserId = uuidArg('trainerUserId', input.trainerUserId);
  const cardTypeId = uuidArg('cardTypeId', input.cardTypeId);
  const validUntil = requiredDate('validUntil', input.validUntil);
  if (validUntil < todayInFinland()) throw badInput('validUntil', 'must not be in the past');
  const { userId } = await ctx.member();
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run(async (em) => {
    await requireTrainer(em, tenantId, trainerUserId);
    if (!(await cardTypeRows(em, tenantId, cardTypeId)).length) throw badInput('cardTypeId', 'no such card type');
    await em.execute(
      `insert into trainer_authorisation (id, tenant_id, user_id, card_type_id, valid_until, granted_by)
       values (?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, user_id, card_type_id)
       do update set valid_until = excluded.valid_until, granted_by = excluded.granted_by, granted_at = now()`,
      [randomUUID(), tenantId, trainerUserId, cardTypeId, validUntil, userId],
    );
    return (await authorisationViews(em, tenantId, { trainerUserId, cardTypeId }))[0]!;
  });
}

export async function listTrainerAuthorisations(ctx: RequestContext): Promise<TrainerAuthorisationView[]> {
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run((em) => authorisationViews(em, tenantId, {}));
}

/** The user holds TRAINER in the tenant, or BAD_USER_INPUT naming `trainerUserId`. */
export async function requireTrainer(em: EntityManager, tenantId: string, trainerUserId: string): Promise<void> {
  const rows = await em.execute<Array<{ ok: boolean }>>(
    `select true as ok from membership where tenant_id = ? and user_id = ? and ? = any(roles)`,
    [tenantId, trainerUserId, Role.TRAINER],
  );
  if (!rows.length) throw badInput('trainerUserId', 'not a user holding TRAINER in this tenant');
}

/**
 * CONFLICT unless the trainer may teach a session of the type ending on `lastDay` (a Finnish calendar
 * date): types that require it need an authorisation valid through that day.
 */
export async function requireAuthorised(
  em: EntityManager,
  tenantId: string,
  type: Pick<CardTypeRow, 'id' | 'trainer_authorisation_required'>,
  trainerUserId: string,
  lastDay: string,
): Promise<void> {
  if (!type.trainer_authorisation_required) return;
  const rows = await em.execute<Array<{ valid_until: string }>>(
    `select valid_until::text as valid_until from trainer_authorisation
      where tenant_id = ? and user_id = ? and card_type_id = ?`,
    [tenantId, trainerUserId, type.id],
  );
  const validUntil = rows[0]?.valid_until;
  if (!validUntil) throw conflict('the trainer has no authorisation for this card type, which requires one');
  if (validUntil < lastDay) {
    throw conflict("the trainer's authorisation for this card type expires before the session ends");
  }
}

interface AuthorisationRow {
  id: string;
  user_id: string;
  display_name: string;
  valid_until: string;
  granted_by: string;
  granted_at: Date | string;
  card_type: CardTypeRow;
}

async function authorisationViews(
  em: EntityManager,
  tenantId: string,
  where: { trainerUserId?: string; cardTypeId?: string },
): Promise<TrainerAuthorisationView[]> {
  const conditions = ['a.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  if (where.trainerUserId) {
    conditions.push('a.user_id = ?');
    params.push(where.trainerUserId);
  }
  if (where.cardTypeId) {
    conditions.push('a.card_type_id = ?');
    params.push(where.cardTypeId);
  }
  const rows = await em.execute<AuthorisationRow[]>(
    `select a.id, a.user_id, u.display_name, a.valid_until::text as valid_until, a.granted_by, a.granted_at,
            row_to_json(ct) as card_type
       from trainer_authorisation a
       join user_account u on u.id = a.user_id
       join card_type ct on ct.tenant_id = a.tenant_id and ct.id = a.card_type_id
      where ${conditions.join(' and ')}
      order by u.display_name, ct.name_fi, a.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    trainer: { userId: row.user_id, displayName: row.display_name },
    cardType: toCardType(row.card_type),
    validUntil: row.valid_until,
    grantedBy: row.granted_by,
    grantedAt: new Date(row.granted_at),
  }));
}
