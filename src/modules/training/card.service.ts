import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, conflict, KairaError } from '../../errors';
import { requiredDate } from '../client/client.validation';
import { cardValidUntil } from './card-validity';
import { actorOf, lockEnrolment, readParticipant, requireEnrolment, type EnrolmentInScope } from './participant-access';
import { requireCheckedIdentity } from './training-record.service';
import type { IssueCardInput, IssueTemporaryCertificateInput } from './training-record.inputs';
import type { ParticipantView } from './training-record.types';

// Cards (issue 3 item 7, DOMAIN.md §2.1 [verify per scheme]). A card is issued on a passed exam with a
// checked identity, one per enrolment; valid until card-validity.ts says from the passed exam's day (the
// completion), or without expiry. A refresher renews the latest earlier card of the type; where the type
// allows a refresher only while valid, an expired (or missing) earlier card is REFRESHER_NOT_ALLOWED, and
// the new card counts from the refresher's completion. Issuing queues the completion for the scheme's
// register (scheme-report.service.ts). A temporary certificate lasts at most the type's maximum days.

const CARD_NUMBER = /^[A-Z0-9][A-Z0-9/-]{0,39}$/;

export async function issueCard(
  ctx: RequestContext,
  input: IssueCardInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const given = input.cardNumber?.trim().toUpperCase() || null;
  if (given !== null && !CARD_NUMBER.test(given)) throw badInput('cardNumber', '1–40 of A–Z, 0–9, - and /');
  const issuedOn = input.issuedOn ? requiredDate('issuedOn', input.issuedOn) : todayInFinland();
  const enrolment = await ctx.tx.run(async (em) => {
    const found = await requireEnrolment(em, actor, input.enrolmentId);
    await lockEnrolment(em, found.id);
    const completion = await passedCompletion(em, found);
    if (issuedOn < completion.takenOn) throw badInput('issuedOn', 'must not be before the exam was passed');
    const [existing] = await em.execute<unknown[]>('select 1 from card where tenant_id = ? and enrolment_id = ?', [
      actor.tenantId,
      found.id,
    ]);
    if (existing) throw conflict('a card has already been issued for this enrolment');
    const refresherOf = input.refresher ? await renewedCard(em, found, completion.takenOn) : null;
    const type = found.cardType;
    const validUntil = cardValidUntil(
      { validityMonths: type.validity_months, validityBasis: type.validity_basis as 'day' | 'month' },
      completion.takenOn,
    );
    const cardId = randomUUID();
    const cardNumber = given ?? (await nextCardNumber(em, found, issuedOn));
    const inserted = await em.execute<unknown[]>(
      `insert into card (id, tenant_id, person_id, card_type_id, enrolment_id, exam_attempt_id, card_number,
         completed_on, issued_on, valid_until, refresher_of_card_id, issued_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, card_type_id, card_number) do nothing returning id`,
      [
        cardId,
        actor.tenantId,
        found.personId,
        type.id,
        found.id,
        completion.attemptId,
        cardNumber,
        completion.takenOn,
        issuedOn,
        validUntil,
        refresherOf,
        actor.userId,
      ],
    );
    if (inserted.length === 0) throw conflict('this card number is already used for the card type');
    // Issuing queues the completion for the scheme's register (item 8).
    await em.execute(
      `insert into scheme_report (id, tenant_id, person_id, card_id, scheme_owner) values (?, ?, ?, ?, ?)`,
      [randomUUID(), actor.tenantId, found.personId, cardId, type.scheme_owner],
    );
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'issueCard');
}

export async function issueTemporaryCertificate(
  ctx: RequestContext,
  input: IssueTemporaryCertificateInput,
  fields: string[],
): Promise<ParticipantView> {
  const actor = await actorOf(ctx);
  const issuedOn = todayInFinland();
  const enrolment = await ctx.tx.run(async (em) => {
    const found = await requireEnrolment(em, actor, input.enrolmentId);
    const maxDays = found.cardType.temporary_certificate_max_days;
    if (maxDays === null) throw badInput('enrolmentId', 'this card type has no temporary certificate');
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > maxDays) {
      throw badInput('days', `a whole number 1–${maxDays} (the card type's maximum)`);
    }
    await lockEnrolment(em, found.id);
    await passedCompletion(em, found);
    const inserted = await em.execute<unknown[]>(
      `insert into temporary_certificate (id, tenant_id, person_id, card_type_id, enrolment_id, issued_on, valid_until,
         issued_by)
       values (?, ?, ?, ?, ?, ?::date, ?::date + ?::int - 1, ?)
       on conflict (tenant_id, enrolment_id) do nothing returning id`,
      [
        randomUUID(),
        actor.tenantId,
        found.personId,
        found.cardType.id,
        found.id,
        issuedOn,
        issuedOn,
        input.days,
        actor.userId,
      ],
    );
    if (inserted.length === 0) throw conflict('a temporary certificate has already been issued for this enrolment');
    return found;
  });
  return readParticipant(ctx, actor, enrolment.id, fields, 'issueTemporaryCertificate');
}

/** The passed attempt of the enrolment, with a checked identity; EXAM_NOT_PASSED without one. */
async function passedCompletion(em: EntityManager, enrolment: EnrolmentInScope) {
  await requireCheckedIdentity(em, enrolment);
  const [passed] = await em.execute<Array<{ id: string; taken_on: string }>>(
    `select id, to_char(taken_on, 'YYYY-MM-DD') as taken_on from exam_attempt
      where tenant_id = kaira.current_tenant_id() and enrolment_id = ? and passed`,
    [enrolment.id],
  );
  if (!passed) throw new KairaError('EXAM_NOT_PASSED', 'a card or certificate needs a passed exam on this enrolment');
  return { attemptId: passed.id, takenOn: passed.taken_on };
}

// The latest earlier card of the type that this refresher renews.
async function renewedCard(em: EntityManager, enrolment: EnrolmentInScope, completedOn: string): Promise<string> {
  const [earlier] = await em.execute<Array<{ id: string; valid_until: string | null }>>(
    `select id, to_char(valid_until, 'YYYY-MM-DD') as valid_until from card
      where tenant_id = kaira.current_tenant_id() and person_id = ? and card_type_id = ? and enrolment_id <> ?
      order by completed_on desc, issued_at desc limit 1`,
    [enrolment.personId, enrolment.cardType.id, enrolment.id],
  );
  if (!earlier) {
    throw new KairaError('REFRESHER_NOT_ALLOWED', 'a refresher needs an earlier card of this type');
  }
  const expired = earlier.valid_until !== null && earlier.valid_until < completedOn;
  if (expired && enrolment.cardType.refresher_only_while_valid) {
    throw new KairaError(
      'REFRESHER_NOT_ALLOWED',
      'the earlier card had expired before the refresher: this card type needs the full training',
    );
  }
  return earlier.id;
}

// <TYPE>-<year>-<n>: n counts the type's cards issued that year. Serialised per type and tenant by an
// advisory lock, so two cards issued at once do not draw the same number.
async function nextCardNumber(em: EntityManager, enrolment: EnrolmentInScope, issuedOn: string): Promise<string> {
  const type = enrolment.cardType;
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`card-number:${type.id}`]);
  const prefix = `${type.code.toUpperCase()}-${issuedOn.slice(0, 4)}-`;
  const [row] = await em.execute<Array<{ n: number }>>(
    `select coalesce(max(substring(card_number from length(?) + 1)::int), 0) + 1 as n from card
      where tenant_id = kaira.current_tenant_id() and card_type_id = ? and card_number like ? || '%'
        and substring(card_number from length(?) + 1) ~ '^[0-9]{1,9}$'`,
    [prefix, type.id, prefix, prefix],
  );
  return `${prefix}${String(row!.n).padStart(5, '0')}`;
}
