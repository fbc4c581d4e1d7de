import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type CardTypeView,
  type DeliveryMode,
  type SessionLanguage,
  type TrainingSessionView,
  type ValidityBasis,
} from './training.types';

// Rows of the catalogue and sessions as PostgreSQL returns them, and their API views. Sessions are read
// with their card type and trainers in one statement.

export interface CardTypeRow {
  id: string;
  code: string;
  name_fi: string;
  name_en: string;
  scheme_owner: string;
  validity_months: number | null;
  validity_basis: string;
  refresher_only_while_valid: boolean;
  exam_pass_mark: string | number | null; // numeric: a string from a column, a number from JSON
  max_retakes: number | null;
  temporary_certificate_max_days: number | null;
  trainer_authorisation_required: boolean;
  photo_id_required: boolean;
}

export const toCardType = (row: CardTypeRow): CardTypeView => ({
  id: row.id,
  code: row.code,
  nameFi: row.name_fi,
  nameEn: row.name_en,
  schemeOwner: row.scheme_owner,
  validityMonths: row.validity_months,
  validityBasis: row.validity_basis as ValidityBasis,
  refresherOnlyWhileValid: row.refresher_only_while_valid,
  examPassMark: row.exam_pass_mark === null ? null : Number(row.exam_pass_mark),
  maxRetakes: row.max_retakes,
  temporaryCertificateMaxDays: row.temporary_certificate_max_days,
  trainerAuthorisationRequired: row.trainer_authorisation_required,
  photoIdRequired: row.photo_id_required,
});

export async function cardTypeRows(em: EntityManager, tenantId: string, id?: string): Promise<CardTypeRow[]> {
  return em.execute<CardTypeRow[]>(
    `select * from card_type where tenant_id = ? ${id ? 'and id = ?' : ''} order by name_fi, id`,
    id ? [tenantId, id] : [tenantId],
  );
}

interface SessionRow {
  id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  place: string;
  language: string;
  delivery_mode: string;
  capacity: number;
  card_type: CardTypeRow;
  trainers: Array<{ user_id: string; display_name: string }>;
}

export type SessionFilter = { id: string } | { from: string; to: string; trainerUserId?: string };

/**
 * Sessions with their card type and trainers: by id, or those overlapping the Finnish calendar days
 * `from`–`to` (inclusive), optionally only those `trainerUserId` teaches. Earliest first.
 */
export async function sessionViews(
  em: EntityManager,
  tenantId: string,
  where: SessionFilter & { trainerUserId?: string },
): Promise<TrainingSessionView[]> {
  const conditions = ['s.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  if ('id' in where) {
    conditions.push('s.id = ?');
    params.push(where.id);
  } else {
    conditions.push(`s.ends_at >= (?::date)::timestamp at time zone 'Europe/Helsinki'`);
    conditions.push(`s.starts_at < (?::date + 1)::timestamp at time zone 'Europe/Helsinki'`);
    params.push(where.from, where.to);
  }
  if (where.trainerUserId) {
    conditions.push(
      'exists (select 1 from session_trainer t where t.tenant_id = s.tenant_id and t.session_id = s.id and t.trainer_user_id = ?)',
    );
    params.push(where.trainerUserId);
  }
  const rows = await em.execute<SessionRow[]>(
    `select s.id, s.starts_at, s.ends_at, s.place, s.language, s.delivery_mode, s.capacity,
            row_to_json(ct) as card_type,
            coalesce((select json_agg(json_build_object('user_id', u.id, 'display_name', u.display_name)
                                      order by u.display_name, u.id)
                        from session_trainer st join user_account u on u.id = st.trainer_user_id
                       where st.tenant_id = s.tenant_id and st.session_id = s.id), '[]') as trainers
       from training_session s
       join card_type ct on ct.tenant_id = s.tenant_id and ct.id = s.card_type_id
      where ${conditions.join(' and ')}
      order by s.starts_at, s.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    cardType: toCardType(row.card_type),
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    place: row.place,
    language: row.language as SessionLanguage,
    deliveryMode: row.delivery_mode as DeliveryMode,
    capacity: row.capacity,
    trainers: row.trainers.map((t) => ({ userId: t.user_id, displayName: t.display_name })),
  }));
}
