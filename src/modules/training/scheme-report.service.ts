import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound, restricted } from '../../errors';
import { uuidArg } from '../../ids';
import { recordDisclosure } from '../logs/disclosure-log';
import { actorOf } from './participant-access';
import type { RejectSchemeReportInput } from './training-record.inputs';
import { SchemeReportStatus, type CompletionView, type SchemeReportView } from './training-record.types';
import { requiredText } from './training.validation';

// Reporting completions to the scheme's register (issue 3 item 8, DOMAIN.md §2.1 and §5). Issuing a card
// queues its completion for the type's scheme owner (pending). There is no scheme API here: OFFICE sends
// what completionsForScheme lists (an integration will run it as a persisted query later) and records
// the outcome: pending → sent → acknowledged | rejected (with the scheme's reason). Marking a report sent
// is the disclosure: it writes the disclosure-log entry (recipient: the scheme owner; basis; data set;
// SHA-256 of the completion as sent) in the same transaction.

const LEGAL_BASIS =
  "GDPR 6(1)(b): the participant's card is registered by the scheme owner, as the training the participant " +
  'enrolled for requires';
const DATA_SET = [
  'firstName',
  'lastName',
  'personalIdentityCodeMasked',
  'cardTypeCode',
  'cardNumber',
  'completedOn',
  'issuedOn',
  'validUntil',
];

interface ReportRow {
  id: string;
  person_id: string;
  card_id: string;
  scheme_owner: string;
  status: string;
  queued_at: string;
  sent_at: string | null;
  content_sha256: string | null;
  answered_at: string | null;
  rejection_reason: string | null;
  first_name: string;
  last_name: string;
  masked: string | null;
  card_type_code: string;
  card_number: string;
  completed_on: string;
  issued_on: string;
  valid_until: string | null;
}

const SELECT = `
select r.id, r.person_id, r.card_id, r.scheme_owner, r.status, r.queued_at, r.sent_at, r.content_sha256,
       r.answered_at, r.rejection_reason, p.first_name, p.last_name, p.identity_code_masked as masked,
       ct.code as card_type_code, c.card_number, to_char(c.completed_on, 'YYYY-MM-DD') as completed_on,
       to_char(c.issued_on, 'YYYY-MM-DD') as issued_on, to_char(c.valid_until, 'YYYY-MM-DD') as valid_until
  from scheme_report r
  join card c on c.tenant_id = r.tenant_id and c.id = r.card_id
  join card_type ct on ct.tenant_id = c.tenant_id and ct.id = c.card_type_id
  join person p on p.tenant_id = r.tenant_id and p.id = r.person_id
 where r.tenant_id = ?`;

function toView(row: ReportRow): SchemeReportView {
  return {
    id: row.id,
    schemeOwner: row.scheme_owner,
    status: row.status as SchemeReportStatus,
    cardId: row.card_id,
    completion: completionOf(row),
    queuedAt: new Date(row.queued_at),
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    contentSha256: row.content_sha256,
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    rejectionReason: row.rejection_reason,
  };
}

function completionOf(row: ReportRow): CompletionView {
  return {
    personId: row.person_id,
    firstName: row.first_name,
    lastName: row.last_name,
    personalIdentityCodeMasked: row.masked,
    cardTypeCode: row.card_type_code,
    cardNumber: row.card_number,
    completedOn: row.completed_on,
    issuedOn: row.issued_on,
    validUntil: row.valid_until,
  };
}

/** The scheme's completions in a state (PENDING: what to send next), oldest first; use-logged. */
export async function completionsForScheme(
  ctx: RequestContext,
  schemeOwner: string,
  status: SchemeReportStatus,
  fields: string[],
): Promise<SchemeReportView[]> {
  const actor = await actorOf(ctx);
  const owner = requiredText('schemeOwner', schemeOwner);
  const rows = await ctx.tx.run((em) =>
    em.execute<ReportRow[]>(`${SELECT} and r.scheme_owner = ? and r.status = ? order by r.queued_at, r.id limit 1000`, [
      actor.tenantId,
      owner,
      status,
    ]),
  );
  await ctx.recordUse({
    personIds: [...new Set(rows.map((r) => r.person_id))],
    data: fields,
    operation: 'completionsForScheme',
    basis: actor.basis,
  });
  return rows.map(toView);
}

/** Records that the completion was sent to the scheme: the disclosure, logged with its content hash. */
export async function markSchemeReportSent(
  ctx: RequestContext,
  rawId: string,
  fields: string[],
): Promise<SchemeReportView> {
  const actor = await actorOf(ctx);
  const id = uuidArg('id', rawId);
  const row = await ctx.tx.run((em) => lockReport(em, actor.tenantId, id));
  if (row.status !== SchemeReportStatus.PENDING) throw conflict(`the report is ${row.status}, not pending`);
  // GDPR 18: a restricted person's data is stored, not otherwise processed; disclosing it waits for the lift.
  // Checked here, before the disclosure is logged and the report row written (which the guard would refuse),
  // and answered RESTRICTED as the database answers every other write about the person.
  if (await ctx.tx.run((em) => isRestricted(em, actor.tenantId, row.person_id))) throw restricted();
  const content = JSON.stringify({ schemeOwner: row.scheme_owner, completion: completionOf(row) });
  const contentSha256 = await recordDisclosure(ctx, {
    personIds: [row.person_id],
    recipient: { name: row.scheme_owner, country: 'FI' },
    legalBasis: LEGAL_BASIS,
    dataSet: DATA_SET,
    content,
    operation: 'markSchemeReportSent',
  });
  const view = await ctx.tx.run(async (em) => {
    await em.execute(
      `update scheme_report set status = 'sent', sent_at = now(), sent_by = ?, sent_by_key = ?, content_sha256 = ?
        where tenant_id = ? and id = ?`,
      [actor.apiKeyId ? null : actor.userId, actor.apiKeyId, contentSha256, actor.tenantId, id],
    );
    return reportView(em, actor.tenantId, id);
  });
  await ctx.recordUse({
    personIds: [row.person_id],
    data: fields,
    operation: 'markSchemeReportSent',
    basis: actor.basis,
  });
  return view;
}

export async function acknowledgeSchemeReport(ctx: RequestContext, rawId: string, fields: string[]) {
  return answer(ctx, uuidArg('id', rawId), SchemeReportStatus.ACKNOWLEDGED, null, fields);
}

export async function rejectSchemeReport(ctx: RequestContext, input: RejectSchemeReportInput, fields: string[]) {
  const reason = requiredText('reason', input.reason, 2000);
  return answer(ctx, uuidArg('id', input.id), SchemeReportStatus.REJECTED, reason, fields);
}

// The scheme's answer to a sent report.
async function answer(
  ctx: RequestContext,
  id: string,
  status: SchemeReportStatus,
  reason: string | null,
  fields: string[],
): Promise<SchemeReportView> {
  const actor = await actorOf(ctx);
  const view = await ctx.tx.run(async (em) => {
    const row = await lockReport(em, actor.tenantId, id);
    if (row.status !== SchemeReportStatus.SENT) throw conflict(`the report is ${row.status}, not sent`);
    await em.execute(
      `update scheme_report set status = ?, answered_at = now(), answered_by = ?, answered_by_key = ?,
         rejection_reason = ? where tenant_id = ? and id = ?`,
      [status, actor.apiKeyId ? null : actor.userId, actor.apiKeyId, reason, actor.tenantId, id],
    );
    return reportView(em, actor.tenantId, id);
  });
  const operation = status === SchemeReportStatus.REJECTED ? 'rejectSchemeReport' : 'acknowledgeSchemeReport';
  await ctx.recordUse({ personIds: [view.completion.personId], data: fields, operation, basis: actor.basis });
  return view;
}

async function isRestricted(em: EntityManager, tenantId: string, personId: string): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    'select 1 from person_restriction where tenant_id = ? and person_id = ? and lifted_at is null',
    [tenantId, personId],
  );
  return rows.length > 0;
}

async function lockReport(em: EntityManager, tenantId: string, id: string): Promise<ReportRow> {
  const [row] = await em.execute<ReportRow[]>(`${SELECT} and r.id = ? for update of r`, [tenantId, id]);
  if (!row) throw notFound('scheme report');
  return row;
}

async function reportView(em: EntityManager, tenantId: string, id: string): Promise<SchemeReportView> {
  const [row] = await em.execute<ReportRow[]>(`${SELECT} and r.id = ?`, [tenantId, id]);
  if (!row) throw badInput('id', 'no such scheme report');
  return toView(row);
}
