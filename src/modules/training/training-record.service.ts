import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, conflict, KairaError } from '../../errors';
import { uuidArg } from '../../ids';
import { requiredDate } from '../client/client.validation';
import {
  actorOf,
  lockEnrolment,
  readParticipant,
  readParticipants,
  requireEnrolment,
  requireSession,
  type EnrolmentInScope,
} from './participant-access';
import type { RecordAttendanceInput, RecordExamAttemptInput, RecordIdentityCheckInput } from './training-record.inputs';
import { PHOTO_ID_DOCUMENTS, type ParticipantView } from './training-record.types';

// At the training (issue 3 items 5–6, DOMAIN.md §2.1): the identity check against ID papers (which
// document, who, when), attendance, and exam attempts. OFFICE, or a TRAINER of the session, records them.
// An exam result counts only with a checked identity (IDENTITY_NOT_CHECKED), and a photo ID where the
// type requires one (PHOTO_ID_REQUIRED). The retake limit is the type's: the first attempt plus
// max_retakes; the next is RETAKE_LIMIT_REACHED. A type without a pass mark (most schemes in the seed):
// the trainer records pass or fail, a score is optional.

export async function sessionParticipants(ctx: RequestContext, sessionId: string, fields: string[]) {
  const actor = await actorOf(ctx);
  const session = await ctx.tx.run((em) => requireSession(em, actor, sessionId));
  return readParticipants(ctx, actor, { sessionId: session.id }, fields, 'sessionParticipants');
}

export async function participant(ctx: RequestContext, enrolmentId: string, fields: string[]) {
  const actor = await actorOf(ctx);
  const enrolment = await ctx.tx.run((em) => requireEnrolment(em, actor, enrolmentId));
  return readParticipant(ctx, actor, enrolment.id, fields, 'participant');
}

/** Everything the register holds on a person's trainings (OFFICE, and the DPO for rights requests). */
export async function personTrainingRecord(ctx: RequestContext, personId: string, fields: string[]) {
  const actor = await actorOf(ctx);
  return readParticipants(ctx, actor, { personId: uuidArg('personId', personId) }, fields, 'personTrainingRecord');
}

export async function recordIdentityCheck(
  ctx: RequestContext,
  input: RecordIdentityCheckInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const photoId = PHOTO_ID_DOCUMENTS.has(input.documentType);
  const enrolment = await ctx.tx.run(async (em) => {
    const found = await requireEnrolment(em, actor, input.enrolmentId);
    if (found.cardType.photo_id_required && !photoId) {
      throw new KairaError('PHOTO_ID_REQUIRED', 'this card type requires a document with a photo', {
        field: 'documentType',
      });
    }
    const inserted = await em.execute<unknown[]>(
      `insert into identity_check (id, tenant_id, person_id, enrolment_id, document_type, photo_id, checked_by)
       values (?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, enrolment_id) do nothing returning id`,
      [randomUUID(), actor.tenantId, found.personId, found.id, input.documentType, photoId, actor.userId],
    );
    if (inserted.length === 0) throw conflict('identity has already been checked for this enrolment');
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'recordIdentityCheck');
}

/** Records or corrects whether the participant attended. */
export async function recordAttendance(
  ctx: RequestContext,
  input: RecordAttendanceInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const enrolment = await ctx.tx.run(async (em) => {
    const found = await requireEnrolment(em, actor, input.enrolmentId);
    await em.execute(
      `insert into attendance (id, tenant_id, person_id, enrolment_id, attended, recorded_by) values (?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, enrolment_id)
       do update set attended = excluded.attended, recorded_by = excluded.recorded_by, recorded_at = now()`,
      [randomUUID(), actor.tenantId, found.personId, found.id, input.attended, actor.userId],
    );
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'recordAttendance');
}

export async function recordExamAttempt(
  ctx: RequestContext,
  input: RecordExamAttemptInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const score = input.score === undefined || input.score === null ? null : percent('score', input.score);
  const takenOn = input.takenOn ? requiredDate('takenOn', input.takenOn) : todayInFinland();
  if (takenOn > todayInFinland()) throw badInput('takenOn', 'must not be in the future');
  const enrolment = await ctx.tx.run(async (em) => {
    const found = await requireEnrolment(em, actor, input.enrolmentId);
    const passed = passedOf(found, score, input.passed);
    await lockEnrolment(em, found.id);
    await requireCheckedIdentity(em, found);
    const attempts = await em.execute<Array<{ passed: boolean }>>(
      'select passed from exam_attempt where tenant_id = ? and enrolment_id = ?',
      [actor.tenantId, found.id],
    );
    if (attempts.some((a) => a.passed)) throw conflict('the exam has already been passed on this enrolment');
    const maxRetakes = found.cardType.max_retakes;
    if (maxRetakes !== null && attempts.length >= 1 + maxRetakes) {
      throw new KairaError(
        'RETAKE_LIMIT_REACHED',
        `the card type allows the first attempt and ${maxRetakes} retake(s); all have been used`,
        { maxRetakes },
      );
    }
    await em.execute(
      `insert into exam_attempt (id, tenant_id, person_id, enrolment_id, attempt_number, score, passed, taken_on,
         recorded_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        actor.tenantId,
        found.personId,
        found.id,
        attempts.length + 1,
        score,
        passed,
        takenOn,
        actor.userId,
      ],
    );
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'recordExamAttempt');
}

// The pass mark decides when the type has one; otherwise the trainer's pass/fail does.
function passedOf(enrolment: EnrolmentInScope, score: number | null, given: boolean | null | undefined): boolean {
  const mark = enrolment.cardType.exam_pass_mark;
  if (mark !== null) {
    if (given !== undefined && given !== null) {
      throw badInput('passed', 'computed from the pass mark of this card type; give score only');
    }
    if (score === null) throw badInput('score', 'required: this card type has a pass mark');
    return score >= Number(mark);
  }
  if (given === undefined || given === null) {
    throw badInput('passed', 'required: this card type has no pass mark, so the trainer records pass or fail');
  }
  return given;
}

function percent(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 100 || Math.round(value * 10) !== value * 10) {
    throw badInput(field, 'a percentage 0–100 with at most one decimal');
  }
  return value;
}

/**
 * An exam result or a card counts only with the identity checked at the training, against a photo ID
 * where the type requires one (the type may have changed since the check).
 */
export async function requireCheckedIdentity(em: EntityManager, enrolment: EnrolmentInScope): Promise<void> {
  const [check] = await em.execute<Array<{ photo_id: boolean }>>(
    'select photo_id from identity_check where tenant_id = kaira.current_tenant_id() and enrolment_id = ?',
    [enrolment.id],
  );
  if (!check) {
    throw new KairaError('IDENTITY_NOT_CHECKED', "check the participant's identity first (recordIdentityCheck)");
  }
  if (enrolment.cardType.photo_id_required && !check.photo_id) {
    throw new KairaError('PHOTO_ID_REQUIRED', 'this card type requires identity checked from a photo ID');
  }
}
