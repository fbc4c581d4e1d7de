import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, KairaError, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { ServicePeriod } from '../client/client.entities';
import { openClient, type ClientAccess } from '../client/client-access';
import { consentGatedCategories, consentState, lockConsent } from '../consent/consent-state';
import { recordDisclosure } from '../logs/disclosure-log';
import type { UseBasis } from '../logs/use-log';
import { Organisation } from '../organisation/organisation.entity';
import type { Tenant } from '../tenant/tenant.entity';
import { GuidanceEntry, StatementRelease } from './entry.entities';
import type { ReleaseStatementInput } from './entry.inputs';
import type { ReleasedStatement } from './entry.types';

// Statements (lausunto) to the purchaser (issue 4 item 6; DOMAIN.md §2.2: disclosures only on the
// client's written consent, never automatic). A release is a disclosure: it is the controller's
// decision (DOMAIN.md §3, enforced by entry.rules.ts) and lands in the disclosure log with a hash of
// exactly the text that left the register. The referring party then reads it through releasedStatements.

const LEGAL_BASIS = 'consent: disclosure to the purchaser (GDPR 6(1)(a))';

export async function releaseStatement(
  ctx: RequestContext,
  input: ReleaseStatementInput,
  fields: string[],
): Promise<ReleasedStatement> {
  const tenant = ctx.requireTenant();
  const entryId = uuidArg('entryId', input.entryId);
  const organisationId = uuidArg('organisationId', input.organisationId);
  const entry = await ctx.tx.run((em) => em.findOne(GuidanceEntry, { id: entryId }));
  if (!entry) throw notFound('entry');
  const access = await openClient(ctx, entry.personId);
  // A coach releases on a verified client relationship, not on emergency access; the controller's
  // officers and DPO on oversight. Which of them may decide in this register is the rule's business.
  if (access.basis !== 'CLIENT_RELATIONSHIP' && access.basis !== 'CONTROLLER_OVERSIGHT') {
    throw forbidden('releasing a statement needs a client relationship or the controller’s oversight');
  }
  if (entry.kind !== 'statement') throw badInput('entryId', 'only a statement (lausunto) is released');
  const { userId } = await ctx.member();
  const { release, recipient } = await ctx.tx.run(async (em) => {
    await checkRelease(em, tenant, entry, organisationId);
    return insertRelease(em, { id: randomUUID(), tenantId: tenant.id, entryId, organisationId, releasedBy: userId });
  });
  // Last, so the disclosure log's chain is held only from here to the commit.
  await recordDisclosure(ctx, {
    personIds: [entry.personId],
    recipient: { name: recipient.name, businessId: recipient.businessId, country: 'FI' },
    legalBasis: LEGAL_BASIS,
    dataSet: ['statement'],
    content: entry.content,
    operation: 'releaseStatement',
  });
  const [view] = await ctx.tx.run((em) => releasedViews(em, tenant.id, entry.personId, { releaseId: release.id }));
  await logRead(ctx, access, access.basis, 'releaseStatement', fields);
  return view!;
}

/** Refuses the release unless the organisation referred the client, the version is the latest, it was not
 * released to the organisation yet, and the client's consent covers the category and the disclosure. */
async function checkRelease(em: EntityManager, tenant: Tenant, entry: GuidanceEntry, organisationId: string) {
  const referred = await em.count(ServicePeriod, { personId: entry.personId, referrerOrganisationId: organisationId });
  if (!referred) throw badInput('organisationId', 'not the referring party of any of this client’s service periods');
  const latest = await em.findOne(
    GuidanceEntry,
    { firstVersionId: entry.firstVersionId },
    { orderBy: { version: 'desc' } },
  );
  if (latest!.id !== entry.id) throw conflict('a later version of this statement exists: release the latest');
  if (await em.count(StatementRelease, { entryId: entry.id, organisationId })) throw alreadyReleased();
  // Under the consent lock: a withdrawal either committed before (refused here) or waits for this release.
  await lockConsent(em, entry.personId, 'share');
  const consent = await consentState(em, entry.personId);
  if (consentGatedCategories(tenant).has(entry.category) && !consent.categories.has(entry.category)) {
    throw consentRequired(`no active written consent for the category ${entry.category}`, entry.category);
  }
  if (!consent.disclosesToPurchaser) {
    throw consentRequired('the client has not consented to disclosure to the purchaser', 'disclosesToPurchaser');
  }
}

async function insertRelease(
  em: EntityManager,
  values: { id: string; tenantId: string; entryId: string; organisationId: string; releasedBy: string },
): Promise<{ release: StatementRelease; recipient: Organisation }> {
  const release = em.create(StatementRelease, values);
  try {
    await em.flush();
  } catch (error) {
    // The same release sent twice at once: the (entry, organisation) pair is unique, the second loses.
    if (error instanceof UniqueConstraintViolationException) throw alreadyReleased();
    throw error;
  }
  return { release, recipient: (await em.findOne(Organisation, { id: values.organisationId }))! };
}

const alreadyReleased = (): KairaError => conflict('this statement has already been released to the organisation');

/** Released statements of the client: to a referrer only those released to their organisation. */
export async function releasedStatements(
  ctx: RequestContext,
  personIdArg: string,
  fields: string[],
): Promise<ReleasedStatement[]> {
  const personId = uuidArg('personId', personIdArg);
  const access = await openClient(ctx, personId);
  if (access.scope === 'administrative') throw forbidden('office staff do not read statements');
  const referrer = access.scope === 'referrer';
  const views = await ctx.tx.run((em) =>
    releasedViews(em, ctx.requireTenant().id, personId, referrer ? { organisationId: access.organisationId } : {}),
  );
  // The referring party reads on the release itself (DOMAIN.md §5), not on the referral.
  await logRead(ctx, access, referrer ? 'RELEASE' : access.basis, 'releasedStatements', fields);
  return views;
}

const consentRequired = (message: string, consent: string): KairaError =>
  new KairaError('CONSENT_REQUIRED', message, { consent });

async function logRead(
  ctx: RequestContext,
  access: ClientAccess,
  basis: UseBasis,
  operation: string,
  fields: string[],
): Promise<void> {
  await ctx.recordUse({ personIds: [access.personId], data: fields, operation, basis, reason: access.reason });
}

interface ReleaseRow {
  release_id: string;
  entry_id: string;
  person_id: string;
  category: string;
  content: string;
  version: number;
  author_name: string;
  written_at: string;
  organisation_id: string;
  organisation_name: string;
  released_at: string;
}

async function releasedViews(
  em: EntityManager,
  tenantId: string,
  personId: string,
  only: { organisationId?: string; releaseId?: string },
): Promise<ReleasedStatement[]> {
  const conditions = ['r.tenant_id = ?', 'e.person_id = ?'];
  const params: unknown[] = [tenantId, personId];
  if (only.organisationId) {
    conditions.push('r.organisation_id = ?');
    params.push(only.organisationId);
  }
  if (only.releaseId) {
    conditions.push('r.id = ?');
    params.push(only.releaseId);
  }
  const rows = await em.execute<ReleaseRow[]>(
    `select r.id as release_id, e.id as entry_id, e.person_id, e.category, e.content, e.version,
            u.display_name as author_name, e.created_at as written_at, r.organisation_id,
            o.name as organisation_name, r.released_at
       from statement_release r
       join guidance_entry e on e.tenant_id = r.tenant_id and e.id = r.entry_id
       join user_account u on u.id = e.author_id
       join organisation o on o.id = r.organisation_id
      where ${conditions.join(' and ')}
      order by r.released_at, r.id`,
    params,
  );
  return rows.map((row) => ({
    releaseId: row.release_id,
    entryId: row.entry_id,
    personId: row.person_id,
    category: row.category,
    content: row.content,
    version: row.version,
    authorName: row.author_name,
    writtenAt: new Date(row.written_at),
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    releasedAt: new Date(row.released_at),
  }));
}
