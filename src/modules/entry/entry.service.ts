import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import type { TenantFile } from '../../tenants/tenant-file';
import { openClient, type ClientAccess } from '../client/client-access';
import { requireConsent } from '../consent/consent-state';
import { requiredText } from '../person/person.validation';
import type { Tenant } from '../tenant/tenant.entity';
import { GuidanceEntry } from './entry.entities';
import type { AddEntryInput, CorrectEntryInput } from './entry.inputs';
import type { EntryKind, EntryVersion, EntryView } from './entry.types';

// Assessment, coaching, statement and observation entries (DOMAIN.md §2.2, issue 4 item 5). Written
// by coaches with a client relationship; never edited in place: a correction is a new version with a
// reason, and the earlier versions stay readable to those entitled (integrity: author and time of each).

/** The tenant-file categories an entry may carry: the service's own data and the consent-gated ones. */
const ENTRY_CATEGORIES: ReadonlySet<string> = new Set([
  'assessment',
  'coaching',
  'statement',
  'employment',
  'rehabilitation',
  'everydayLifeSupport',
  'guidance',
  'observation',
]);
const MAX_CONTENT = 10_000;

export async function addEntry(ctx: RequestContext, input: AddEntryInput, fields: string[]): Promise<EntryView> {
  const tenant = ctx.requireTenant();
  const personId = uuidArg('personId', input.personId);
  const category = entryCategory(tenant, input.category);
  const content = requiredText('content', input.content, MAX_CONTENT);
  const access = writerAccess(await openClient(ctx, personId));
  const { userId } = await ctx.member();
  const view = await ctx.tx.run(async (em) => {
    // Consent-gated: CONSENT_REQUIRED unless consent is active, under the person's consent lock.
    await requireConsent(em, tenant, personId, category);
    const id = randomUUID();
    em.create(GuidanceEntry, {
      id,
      tenantId: tenant.id,
      personId,
      kind: input.kind,
      category,
      content,
      version: 1,
      firstVersionId: id,
      authorId: userId,
    });
    await em.flush();
    return (await entryViews(em, tenant.id, { firstVersionId: id }))[0]!;
  });
  await logRead(ctx, access, 'addEntry', [view], fields);
  return view;
}

export async function correctEntry(
  ctx: RequestContext,
  input: CorrectEntryInput,
  fields: string[],
): Promise<EntryView> {
  const tenant = ctx.requireTenant();
  const entryId = uuidArg('entryId', input.entryId);
  const content = requiredText('content', input.content, MAX_CONTENT);
  const reason = requiredText('reason', input.reason, 500);
  const corrected = await ctx.tx.run((em) => em.findOne(GuidanceEntry, { id: entryId }));
  if (!corrected) throw notFound('entry');
  const access = writerAccess(await openClient(ctx, corrected.personId));
  const { userId } = await ctx.member();
  const view = await ctx.tx.run(async (em) => {
    // The category's consent is checked again: a correction is new data of the category.
    await requireConsent(em, tenant, corrected.personId, corrected.category);
    const latest = await em.findOne(
      GuidanceEntry,
      { firstVersionId: corrected.firstVersionId },
      { orderBy: { version: 'desc' } },
    );
    if (latest!.id !== corrected.id) throw conflict('a later version of this entry exists: correct the latest');
    if (content === corrected.content) throw badInput('content', 'the correction changes nothing');
    await insertCorrection(em, corrected, { content, reason, authorId: userId });
    return (await entryViews(em, tenant.id, { firstVersionId: corrected.firstVersionId }))[0]!;
  });
  await logRead(ctx, access, 'correctEntry', [view], fields);
  return view;
}

/** The next version of the entry, superseding `corrected`; CONFLICT if another correction took the number. */
async function insertCorrection(
  em: EntityManager,
  corrected: GuidanceEntry,
  change: { content: string; reason: string; authorId: string },
): Promise<void> {
  em.create(GuidanceEntry, {
    id: randomUUID(),
    tenantId: corrected.tenantId,
    personId: corrected.personId,
    kind: corrected.kind,
    category: corrected.category,
    content: change.content,
    version: corrected.version + 1,
    firstVersionId: corrected.firstVersionId,
    supersedesId: corrected.id,
    correctionReason: change.reason,
    authorId: change.authorId,
  });
  try {
    await em.flush();
  } catch (error) {
    // Two corrections of the same version at once: the version number is unique, the second loses.
    if (error instanceof UniqueConstraintViolationException)
      throw conflict('the entry was corrected at the same time: reload it');
    throw error;
  }
}

/** The client's timeline: the latest version of every entry, newest first, each with its history. */
export async function clientEntries(ctx: RequestContext, personIdArg: string, fields: string[]): Promise<EntryView[]> {
  const personId = uuidArg('personId', personIdArg);
  const access = await openClient(ctx, personId);
  // DOMAIN.md §3: office staff never see coaching content; the referring party sees released statements only.
  if (access.scope !== 'coaching' && access.scope !== 'oversight') {
    throw forbidden('entries are read by the client’s coaches and the controller’s oversight');
  }
  const views = await ctx.tx.run((em) => entryViews(em, ctx.requireTenant().id, { personId }));
  await logRead(ctx, access, 'clientEntries', views, fields);
  return views;
}

// Only a coach with a client relationship (assignment or emergency access) writes entries; the
// controller's officers and DPO oversee but do not write coaching (issue 4 item 3).
function writerAccess(access: ClientAccess): ClientAccess {
  if (access.scope === 'coaching') return access;
  throw forbidden('entries are written by a coach with a client relationship');
}

function entryCategory(tenant: Tenant, value: string): string {
  const keys = (tenant.file as TenantFile).dataCategories.map((c) => c.key).filter((k) => ENTRY_CATEGORIES.has(k));
  if (!keys.includes(value)) throw badInput('category', `must be one of ${keys.join(', ')}`);
  return value;
}

/** One use-log entry for the operation, naming the client, with the fields and categories it read. */
async function logRead(
  ctx: RequestContext,
  access: ClientAccess,
  operation: string,
  views: readonly EntryView[],
  fields: string[],
): Promise<void> {
  const categories = [...new Set(views.map((v) => v.category))].sort().map((c) => `category:${c}`);
  await ctx.recordUse({
    personIds: [access.personId],
    data: [...fields, ...categories],
    operation,
    basis: access.basis,
    reason: access.reason,
  });
}

interface VersionRow {
  id: string;
  person_id: string;
  kind: string;
  category: string;
  content: string;
  version: number;
  first_version_id: string;
  correction_reason: string | null;
  author_id: string;
  author_name: string;
  created_at: string;
}

/** Entries with every version, one statement (entries of a person, or one entry), grouped into views. */
export async function entryViews(
  em: EntityManager,
  tenantId: string,
  where: { personId: string } | { firstVersionId: string },
): Promise<EntryView[]> {
  const [column, value] =
    'personId' in where ? ['person_id', where.personId] : ['first_version_id', where.firstVersionId];
  const rows = await em.execute<VersionRow[]>(
    `select e.id, e.person_id, e.kind, e.category, e.content, e.version, e.first_version_id, e.correction_reason,
            e.author_id, u.display_name as author_name, e.created_at
       from guidance_entry e join user_account u on u.id = e.author_id
      where e.tenant_id = ? and e.${column} = ?
      order by e.first_version_id, e.version`,
    [tenantId, value],
  );
  const byEntry = new Map<string, EntryVersion[]>();
  const latest = new Map<string, VersionRow>();
  for (const row of rows) {
    const versions = byEntry.get(row.first_version_id) ?? [];
    versions.push(toVersion(row));
    byEntry.set(row.first_version_id, versions);
    latest.set(row.first_version_id, row);
  }
  const views = [...latest.values()].map((row): EntryView => {
    const versions = byEntry.get(row.first_version_id)!;
    return {
      ...versions.at(-1)!,
      entryId: row.first_version_id,
      personId: row.person_id,
      kind: row.kind as EntryKind,
      category: row.category,
      versionCount: versions.length,
      history: versions.slice(0, -1),
    };
  });
  // Newest first by when the entry was first written.
  const firstWritten = (v: EntryView) => (v.history[0] ?? v).createdAt.getTime();
  return views.sort((a, b) => firstWritten(b) - firstWritten(a) || a.entryId.localeCompare(b.entryId));
}

function toVersion(row: VersionRow): EntryVersion {
  return {
    id: row.id,
    version: row.version,
    content: row.content,
    correctionReason: row.correction_reason,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: new Date(row.created_at), // raw rows carry timestamps as text
  };
}
