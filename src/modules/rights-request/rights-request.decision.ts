import type { RequestContext } from '../../context';
import { todayInFinland } from '../../dates';
import { badInput, conflict } from '../../errors';
import { enqueueMessage } from '../outbox/outbox.service';
import { requiredText } from '../person/person.validation';
import { addMonths, extendedDueDate, extensionStillPossible, isCalendarDate } from './due-date';
import type {
  CompleteRightsRequestInput,
  ExtendRightsRequestInput,
  RefuseRightsRequestInput,
  SetLogReportPeriodInput,
} from './rights-request.inputs';
import { recordCaseRead, update } from './rights-request.service';
import { isOpen, loadCase, requireVerifiedIdentity, toRightsRequest, type CaseRow } from './rights-request.rows';
import { RightsRequestKind, type RightsRequest } from './rights-request.types';

// The controller's decisions on a case (DOMAIN.md §3: Eduro's DPO in Eduro's registers, the city's
// officers and DPO in rovaniemi-guidance; rights-request.rules.ts lets no one else in).

/** How far back a log report reaches without a special reason (Act 703/2023 § 11: two years). */
export const LOG_REPORT_YEARS = 2;

// GDPR 12(4), 77, 79; Act 703/2023 § 11: every refusal tells the person where to turn.
const APPEAL = {
  fi:
    'Sinulla on oikeus tehdä asiasta valitus tietosuojavaltuutetulle (Tietosuojavaltuutetun toimisto, ' +
    'PL 800, 00531 Helsinki, tietosuoja.fi) sekä oikeus hakea muutosta tuomioistuimelta.',
  en:
    'You have the right to lodge a complaint and appeal to the Data Protection Ombudsman (Office of the Data ' +
    'Protection Ombudsman, P.O. Box 800, 00531 Helsinki, Finland, tietosuoja.fi), and to seek a remedy in court.',
};

export async function extendRightsRequest(
  ctx: RequestContext,
  input: ExtendRightsRequestInput,
): Promise<RightsRequest> {
  if (input.months !== 1 && input.months !== 2) throw badInput('months', 'an extension is 1 or 2 further months');
  const reason = requiredText('reason', input.reason, 2000, 10);
  const { userId } = await ctx.member();
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (!isOpen(found)) throw conflict('the request has been decided');
  if (found.extended_due_on) throw conflict('the deadline has already been extended');
  if (!extensionStillPossible(found.due_on, todayInFinland())) {
    throw conflict('the first month has ended: the deadline can no longer be extended (GDPR 12(3))');
  }
  const extended = extendedDueDate(found.received_on, input.months);
  const row = await update(
    ctx,
    found.id,
    'extended_due_on = ?, extension_reason = ?, extended_by = ?, extended_at = now()',
    [extended, reason, userId],
  );
  await tellPerson(ctx, row, 'rights-request-extended', {
    subject: 'Pyyntösi käsittelyaikaa on jatkettu / The time to answer your request has been extended',
    text:
      `Vastaamme pyyntöösi viimeistään ${extended}. Syy: ${reason}\n\n` +
      `We will answer your request by ${extended}. Reason: ${reason}\n`,
  });
  await recordCaseRead(ctx, [row], 'extendRightsRequest');
  return toRightsRequest(row);
}

/** Sends the person a message about their case through the outbox, if an address is known. */
async function tellPerson(
  ctx: RequestContext,
  row: CaseRow,
  purpose: string,
  message: { subject: string; text: string },
): Promise<boolean> {
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run(async (em) => {
    let to = row.reply_address;
    if (!to && row.person_id) {
      const [person] = await em.execute<Array<{ email: string | null }>>('select email from person where id = ?', [
        row.person_id,
      ]);
      to = person?.email ?? null;
    }
    if (!to) return false;
    await enqueueMessage(em, { tenantId, to, ...message, purpose, personId: row.person_id, toField: 'replyAddress' });
    return true;
  });
}

export async function completeRightsRequest(
  ctx: RequestContext,
  input: CompleteRightsRequestInput,
): Promise<RightsRequest> {
  const decision = requiredText('decision', input.decision, 8000);
  const { userId } = await ctx.member();
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (!isOpen(found)) throw conflict('the request has already been decided');
  // An erasure request is completed by eraseOnRequest, which erases and keeps the certificate; completing it
  // here would close the case with the data still in place.
  if (found.kind === RightsRequestKind.ERASURE) {
    throw conflict('an erasure request is completed by eraseOnRequest (or refused with refuseRightsRequest)');
  }
  // Completing hands the answer out: only to a requester whose identity was checked.
  requireVerifiedIdentity(found);
  const row = await update(
    ctx,
    found.id,
    "status = 'completed', decision = ?, decided_by = ?, decided_at = now(), handler_user_id = coalesce(handler_user_id, ?)",
    [decision, userId, userId],
  );
  await recordCaseRead(ctx, [row], 'completeRightsRequest');
  return toRightsRequest(row);
}

/** The written refusal: the reason, then the right to complain and appeal, in Finnish and English. */
export function refusalText(reason: string): string {
  return `${reason}\n\n${APPEAL.fi}\n\n${APPEAL.en}`;
}

export async function refuseRightsRequest(
  ctx: RequestContext,
  input: RefuseRightsRequestInput,
): Promise<RightsRequest> {
  const reason = requiredText('reason', input.reason, 4000, 10);
  const { userId } = await ctx.member();
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (!isOpen(found)) throw conflict('the request has already been decided');
  // A refusal may be exactly because the identity could not be checked: it needs no identity check.
  const row = await update(
    ctx,
    found.id,
    "status = 'refused', decision = ?, decided_by = ?, decided_at = now(), handler_user_id = coalesce(handler_user_id, ?)",
    [refusalText(reason), userId, userId],
  );
  await recordCaseRead(ctx, [row], 'refuseRightsRequest');
  return toRightsRequest(row);
}

/** The first day a log report covers by default: two years back from today. */
export function defaultLogPeriodFrom(today = todayInFinland()): string {
  return addMonths(today, -12 * LOG_REPORT_YEARS);
}

export async function setLogReportPeriod(ctx: RequestContext, input: SetLogReportPeriodInput): Promise<RightsRequest> {
  const from = input.from.trim();
  if (!isCalendarDate(from)) throw badInput('from', 'must be a calendar date YYYY-MM-DD');
  if (from > todayInFinland()) throw badInput('from', 'cannot be in the future');
  const older = from < defaultLogPeriodFrom();
  // Act 703/2023 § 11: more than two years back only for a special reason, which is recorded.
  const reason = older ? requiredText('specialReason', input.specialReason, 2000, 10) : null;
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (found.kind !== 'log_report') throw badInput('requestId', 'not a log report request');
  if (!isOpen(found)) throw conflict('the request has been decided');
  const row = await update(ctx, found.id, 'log_period_from = ?, log_period_reason = ?', [from, reason]);
  await recordCaseRead(ctx, [row], 'setLogReportPeriod');
  return toRightsRequest(row);
}
