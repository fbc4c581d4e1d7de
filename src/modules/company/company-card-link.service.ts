import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { TenantTransaction } from '../../db/tenant-transaction';
import { KairaError, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { appendToLog } from '../logs/use-log';
import { linkTokens } from '../../auth/link-tokens';
import { enqueueMessage } from '../outbox/outbox.service';
import { RegisterKind, type Tenant } from '../tenant/tenant.entity';
import type { SendCompanyCardLinkInput } from './company.inputs';
import { companyRow } from './company.service';
import type { CompanyCardLinkSent, CompanyCardReport, CompanyReportEmployee } from './company.types';

// The company's view of its employees' cards (issue 3 item 10). DOMAIN.md §3 has no company role, so the
// company gets no account: OFFICE emails its contact person a link that works for LINK_DAYS, and the page
// or query behind it shows the data minimum for a company to plan renewals: names, card types, card numbers
// and valid-until (no henkilötunnus, no contact details, no exam data). Employees are the people whose card
// came from an enrolment the company made. Each view is a disclosure to the company, written to the
// disclosure log with a hash of exactly what was shown. People whose data is restricted (GDPR 18) or who
// objected to processing (GDPR 21(1), pending or upheld) are left out: disclosing is processing.

export const LINK_DAYS = 14;
export const companyCardTokens = linkTokens('kcc', 'company-cards');

const DATA_SET = ['firstName', 'lastName', 'cardType', 'cardNumber', 'validUntil'];

export async function sendCompanyCardLink(
  ctx: RequestContext,
  input: SendCompanyCardLinkInput,
): Promise<CompanyCardLinkSent> {
  const companyId = uuidArg('companyId', input.companyId);
  const tenant = ctx.requireTenant();
  const { userId } = await ctx.member();
  const controller = ctx.services.registry.organisation(tenant.controllerOrganisationId)?.name ?? tenant.registerName;
  return ctx.tx.run(async (em) => {
    const company = await companyRow(em, tenant.id, companyId);
    if (!company) throw notFound('company');
    const { token, hash } = companyCardTokens.create(tenant.id);
    const [link] = await em.execute<Array<{ expires_at: string }>>(
      `insert into company_card_link (id, tenant_id, company_id, token_hash, sent_to, sent_by, expires_at)
       values (?, ?, ?, ?, ?, ?, now() + make_interval(days => ?::int)) returning expires_at`,
      [randomUUID(), tenant.id, companyId, hash, company.contact_email, userId, LINK_DAYS],
    );
    const expiresAt = new Date(link!.expires_at);
    await enqueueMessage(em, {
      tenantId: tenant.id,
      to: company.contact_email,
      subject: `Työntekijöidenne koulutuskortit: ${company.name}`,
      text: [
        `Hei ${company.contact_name},`,
        '',
        `${controller} lähettää teille linkin, josta näette yrityksenne ${company.name} työntekijöiden`,
        'koulutuskortit ja niiden voimassaolon:',
        '',
        companyCardTokens.link(ctx.services.config.publicUrl, token),
        '',
        `Linkki toimii ${FINNISH_DATE.format(expiresAt)} asti. Se on tarkoitettu vain teille: älä välitä viestiä.`,
        'Jokainen katselu kirjataan rekisterin luovutuslokiin.',
        '',
        tenant.registerName,
        '',
      ].join('\n'),
      purpose: 'company-card-link',
    });
    return { companyId, expiresAt };
  });
}

interface LinkRow {
  id: string;
  company_id: string;
  company_name: string;
  business_id: string;
  sent_by: string;
  sender_organisation_id: string;
  expires_at: string;
  expired: boolean;
}

interface EmployeeRow {
  person_id: string;
  first_name: string;
  last_name: string;
  cards: Array<{ card_type_name: string; card_number: string; valid_until: string | null }>;
}

/**
 * The report behind a link, in a transaction of the link's own tenant (a public request names none);
 * NOT_FOUND for an unknown link, TOKEN_EXPIRED after LINK_DAYS. Writes the disclosure-log entry in the same
 * transaction: no entry, no report.
 */
export function companyCardReport(ctx: RequestContext, rawToken: string): Promise<CompanyCardReport> {
  const token = (rawToken ?? '').trim();
  const tenantId = companyCardTokens.tenantOf(token);
  const tenant = tenantId ? ctx.services.registry.byId(tenantId) : undefined;
  if (!tenant || tenant.registerKind !== RegisterKind.CARD_TRAINING) return Promise.reject(notFound('link'));
  return TenantTransaction.within(ctx.services.orm, { tenantId: tenant.id, userId: null }, async (em) => {
    const [link] = await em.execute<LinkRow[]>(
      `select l.id, l.company_id, c.name as company_name, c.business_id, l.sent_by,
              u.organisation_id as sender_organisation_id, l.expires_at, l.expires_at <= now() as expired
         from company_card_link l
         join company c on c.tenant_id = l.tenant_id and c.id = l.company_id
         join user_account u on u.id = l.sent_by
        where l.tenant_id = ? and l.token_hash = ?`,
      [tenant.id, companyCardTokens.hash(token)],
    );
    if (!link) throw notFound('link');
    if (link.expired) throw new KairaError('TOKEN_EXPIRED', 'this link has expired; ask for a new one');
    const rows = await employeeRows(em, tenant.id, link.company_id);
    const employees: CompanyReportEmployee[] = rows.map((r) => ({
      firstName: r.first_name,
      lastName: r.last_name,
      cards: r.cards.map((c) => ({
        cardTypeName: c.card_type_name,
        cardNumber: c.card_number,
        validUntil: c.valid_until,
      })),
    }));
    await logDisclosure(em, ctx.requestId, link, rows, employees);
    return {
      companyName: link.company_name,
      registerName: tenant.registerName,
      controllerName: controllerName(ctx, tenant),
      expiresAt: new Date(link.expires_at),
      employees,
    };
  });
}

function employeeRows(em: EntityManager, tenantId: string, companyId: string): Promise<EmployeeRow[]> {
  return em.execute<EmployeeRow[]>(
    `select p.id as person_id, p.first_name, p.last_name,
            json_agg(json_build_object('card_type_name', ct.name_fi, 'card_number', c.card_number,
                                       'valid_until', to_char(c.valid_until, 'YYYY-MM-DD'))
                     order by ct.name_fi, c.issued_on desc, c.id) as cards
       from card c
       join enrolment e on e.tenant_id = c.tenant_id and e.id = c.enrolment_id
       join person p on p.tenant_id = c.tenant_id and p.id = c.person_id
       join card_type ct on ct.tenant_id = c.tenant_id and ct.id = c.card_type_id
      where c.tenant_id = ? and e.company_id = ?
        and not exists (select 1 from person_restriction r
                         where r.tenant_id = p.tenant_id and r.person_id = p.id and r.lifted_at is null)
        and not exists (select 1 from objection o
                         where o.tenant_id = p.tenant_id and o.person_id = p.id and o.kind = 'processing'
                           and o.status in ('pending', 'upheld'))
      group by p.id, p.first_name, p.last_name
      order by p.last_name, p.first_name, p.id`,
    [tenantId, companyId],
  );
}

// The link's sender authorised the disclosure: the entry names them as its actor, and the link it went through.
async function logDisclosure(
  em: EntityManager,
  requestId: string,
  link: LinkRow,
  rows: EmployeeRow[],
  shown: CompanyReportEmployee[],
): Promise<void> {
  if (rows.length === 0) return;
  await appendToLog(em, 'disclosure_log', [
    {
      personIds: rows.map((r) => r.person_id),
      recipient: { name: link.company_name, businessId: link.business_id, country: 'FI' },
      legalBasis: "GDPR 6(1)(f): the employer's legitimate interest in its employees' valid training cards",
      dataSet: DATA_SET,
      contentSha256: createHash('sha256').update(JSON.stringify(shown)).digest('hex'),
      operation: 'companyCardReport',
      via: { kind: 'company-card-link', linkId: link.id },
      actor: { userId: link.sent_by, organisationId: link.sender_organisation_id, roles: ['OFFICE'] },
      requestId,
    },
  ]);
}

const controllerName = (ctx: RequestContext, tenant: Tenant): string =>
  ctx.services.registry.organisation(tenant.controllerOrganisationId)?.name ?? tenant.registerName;

const FINNISH_DATE = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});
