import type { RequestContext } from '../../context';
import { RightsRequestKind } from '../rights-request/rights-request.types';
import { defaultLogPeriodFrom } from '../rights-request/rights-request.decision';
import { caseFor, recordFulfilment } from './subject-data';
import type { LogReport } from './subject-report.types';

// Act 703/2023 § 11: the client's right to know who used or received their data and on what basis.
// Two years back by default; an older period only when the controller recorded a special reason on the
// case (setLogReportPeriod). A refusal is refuseRightsRequest, whose decision states the right to appeal to
// the Data Protection Ombudsman. Reading the logs for the report is itself logged (DOMAIN.md §5).

interface UseRow {
  seq: string;
  occurred_at: string | Date;
  entry: { operation: string; basis: string; data: string[]; reason: string | null; actor: { roles: string[] } };
  user_name: string | null;
  organisation_name: string | null;
}

interface DisclosureRow {
  seq: string;
  occurred_at: string | Date;
  entry: {
    recipient?: { name?: string; businessId?: string; country?: string };
    legalBasis?: string;
    dataSet?: string[];
    operation?: string;
  };
  user_name: string | null;
  organisation_name: string | null;
}

const ACTOR = `left join user_account ua on ua.id = (l.entry -> 'actor' ->> 'userId')::uuid
  left join organisation o on o.id = (l.entry -> 'actor' ->> 'organisationId')::uuid`;
// The period starts at midnight in Finland on its first day.
const SINCE = `l.person_ids @> array[?]::uuid[] and l.occurred_at >= (?::date)::timestamp at time zone 'Europe/Helsinki'`;

export async function logReport(ctx: RequestContext, requestId: string): Promise<LogReport> {
  const f = await caseFor(ctx, requestId, RightsRequestKind.LOG_REPORT);
  const from = f.request.log_period_from ?? defaultLogPeriodFrom();
  const [uses, disclosures] = await ctx.tx.run(async (em) => [
    await em.execute<UseRow[]>(
      `select l.seq::text as seq, l.occurred_at, l.entry, ua.display_name as user_name, o.name as organisation_name
         from use_log l ${ACTOR} where ${SINCE} order by l.seq`,
      [f.personId, from],
    ),
    await em.execute<DisclosureRow[]>(
      `select l.seq::text as seq, l.occurred_at, l.entry, ua.display_name as user_name, o.name as organisation_name
         from disclosure_log l ${ACTOR} where ${SINCE} order by l.seq`,
      [f.personId, from],
    ),
  ]);
  await recordFulfilment(ctx, f, ['useLog', 'disclosureLog'], 'logReport');
  return {
    requestId: f.request.id,
    from,
    specialReason: f.request.log_period_reason,
    generatedAt: new Date(),
    uses: (uses as UseRow[]).map((r) => ({
      seq: Number(r.seq),
      occurredAt: new Date(r.occurred_at),
      userName: r.user_name,
      organisationName: r.organisation_name,
      roles: r.entry.actor?.roles ?? [],
      operation: r.entry.operation,
      basis: r.entry.basis,
      data: r.entry.data ?? [],
      reason: r.entry.reason ?? null,
    })),
    disclosures: (disclosures as DisclosureRow[]).map((r) => ({
      seq: Number(r.seq),
      occurredAt: new Date(r.occurred_at),
      recipientName: r.entry.recipient?.name ?? '',
      recipientBusinessId: r.entry.recipient?.businessId ?? null,
      recipientCountry: r.entry.recipient?.country ?? null,
      legalBasis: r.entry.legalBasis ?? null,
      dataSet: r.entry.dataSet ?? [],
      operation: r.entry.operation ?? null,
      userName: r.user_name,
      organisationName: r.organisation_name,
    })),
  };
}
