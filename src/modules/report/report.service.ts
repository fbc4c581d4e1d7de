import type { RequestContext } from '../../context';
import { badInput } from '../../errors';
import type { ReportPeriodArgs } from './report.inputs';
import type { BillingExportRow, ServicePeriodReportRow } from './report.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

/**
 * DOMAIN.md §2.1: the card-training register keeps the company's billing details; the billing system
 * (INTEGRATION) or office staff export the enrolments to bill for sessions starting in the period.
 * A use-log entry names every participant returned (basis: administration).
 */
export async function billingExport(ctx: RequestContext, args: ReportPeriodArgs): Promise<BillingExportRow[]> {
  const { from, to } = period(args);
  const rows = await ctx.tx.run((em) =>
    em.execute<BillingExportRow[]>(
      `select e.id as "enrolmentId", e.created_at as "enrolledAt", s.id as "sessionId",
              s.starts_at as "sessionStartsAt", t.code as "cardTypeCode", t.name_fi as "cardTypeName",
              p.id as "personId", p.first_name as "participantFirstName", p.last_name as "participantLastName",
              c.name as "companyName", c.business_id as "companyBusinessId",
              c.e_invoice_address as "eInvoiceAddress", c.e_invoice_operator as "eInvoiceOperator",
              c.billing_email as "billingEmail"
         from enrolment e
         join training_session s on s.tenant_id = e.tenant_id and s.id = e.session_id
         join card_type t on t.tenant_id = s.tenant_id and t.id = s.card_type_id
         join person p on p.tenant_id = e.tenant_id and p.id = e.person_id
         join company c on c.tenant_id = e.tenant_id and c.id = e.company_id
        where e.tenant_id = kaira.current_tenant_id()
          and (s.starts_at at time zone 'Europe/Helsinki')::date between ?::date and ?::date
        order by s.starts_at, e.created_at, e.id`,
      [from, to],
    ),
  );
  await ctx.recordUse({
    personIds: [...new Set(rows.map((r) => r.personId))],
    data: ['firstName', 'lastName', 'enrolment', 'company.billing'],
    operation: 'billingExport',
    basis: 'ADMINISTRATION',
  });
  return rows.map((r) => ({ ...r, enrolledAt: new Date(r.enrolledAt), sessionStartsAt: new Date(r.sessionStartsAt) }));
}

/**
 * DOMAIN.md §1, §3: the controller (the city in rovaniemi-guidance) oversees the service it buys. Its
 * officers, DPO and its reporting system (INTEGRATION) get the service periods overlapping the period,
 * with a pseudonymous client id and no other client data. Logged as controller oversight.
 */
export async function servicePeriodReport(
  ctx: RequestContext,
  args: ReportPeriodArgs,
): Promise<ServicePeriodReportRow[]> {
  const { from, to } = period(args);
  const rows = await ctx.tx.run((em) =>
    em.execute<ServicePeriodReportRow[]>(
      `select sp.id as "servicePeriodId", sp.person_id as "clientId", sp.service, sp.status,
              sp.starts_on::text as "startsOn", sp.ends_on::text as "endsOn",
              po.name as "purchaserName", po.business_id as "purchaserBusinessId", ro.name as "referrerName"
         from service_period sp
         join organisation po on po.id = sp.purchaser_organisation_id
         join organisation ro on ro.id = sp.referrer_organisation_id
        where sp.tenant_id = kaira.current_tenant_id()
          and sp.starts_on <= ?::date and (sp.ends_on is null or sp.ends_on >= ?::date)
        order by sp.starts_on, sp.id`,
      [to, from],
    ),
  );
  await ctx.recordUse({
    personIds: [...new Set(rows.map((r) => r.clientId))],
    data: ['servicePeriod'],
    operation: 'servicePeriodReport',
    basis: 'CONTROLLER_OVERSIGHT',
  });
  return rows;
}

function period(args: ReportPeriodArgs): { from: string; to: string } {
  const from = day('from', args.from);
  const to = day('to', args.to);
  if (to < from) throw badInput('to', 'must not be before from');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS)
    throw badInput('to', `at most ${MAX_DAYS} days after from`);
  return { from, to };
}

function day(field: string, value: string): string {
  const parsed = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badInput(field, 'a date YYYY-MM-DD');
  }
  return value;
}
