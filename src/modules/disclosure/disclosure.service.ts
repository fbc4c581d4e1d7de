import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { conflict, KairaError, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import type { TenantFile } from '../../tenants/tenant-file';
import { recordDisclosure } from '../logs/disclosure-log';
import { basisFor } from '../person/person.service';
import { requiredText } from '../person/person.validation';
import { buildDisclosurePackage } from './disclosure-package';
import type {
  DecideDisclosureRequestInput,
  RecordTransferSafeguardsInput,
  RegisterDisclosureRequestInput,
} from './disclosure.inputs';
import { COLUMNS, legalBasis, periodLabel, safeguards, toView, type Row } from './disclosure.rows';
import { DisclosureStatus, type DisclosureExecution, type DisclosureRequest } from './disclosure.types';
import { checkedPastDate, checkedRequest, optionalText } from './disclosure.validation';
import { checkTransfer } from './third-country';

// Disclosures (DOMAIN.md §2.2, issue 5 item 3): never automatic, never to partners by default. Each one
// is a request naming one person's data, one recipient and one basis; staff register and prepare it, only
// the controller approves or refuses it (the rules decide who that is), and only an approved request is
// executed, once: the package is built from the person-data map, handed to the executor and its SHA-256
// written to the disclosure log in the same transaction.

const tenantFile = (ctx: RequestContext): TenantFile => ctx.requireTenant().file as TenantFile;

/** Registers a request exactly as it will be decided: recipient, basis and data set are fixed from here on. */
export async function registerDisclosureRequest(
  ctx: RequestContext,
  input: RegisterDisclosureRequestInput,
): Promise<DisclosureRequest> {
  const file = tenantFile(ctx);
  const personId = uuidArg('personId', input.personId);
  const values = checkedRequest(file, input);
  const { userId } = await ctx.member();
  const id = randomUUID();
  await ctx.tx.run(async (em) => {
    await requirePerson(em, personId);
    await em.execute(
      `insert into disclosure_request (id, tenant_id, person_id, recipient_name, recipient_business_id,
         recipient_foreign_id, recipient_country, recipient_address, basis_kind, basis_document_ref,
         basis_document_date, basis_statute, categories, period_from, period_to, registered_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)`,
      [id, file.id, personId, ...values, userId],
    );
  });
  return readOne(ctx, id, 'registerDisclosureRequest');
}

/** Records (or corrects) the third-country safeguards of a pending request; a field not given is kept. */
export async function recordTransferSafeguards(
  ctx: RequestContext,
  input: RecordTransferSafeguardsInput,
): Promise<DisclosureRequest> {
  const id = uuidArg('id', input.id);
  const mandate = optionalText('mandateDocumentRef', input.mandateDocumentRef, 300);
  const authority = optionalText('authorityAssessmentRef', input.authorityAssessmentRef, 300);
  const dpo = input.dpoAssessment;
  const dpoValues = dpo
    ? [
        requiredText('dpoAssessment.by', dpo.by, 200),
        checkedPastDate('dpoAssessment.on', dpo.on),
        requiredText('dpoAssessment.conclusion', dpo.conclusion, 2000),
      ]
    : [null, null, null];
  await ctx.tx.run(async (em) => {
    const row = await lockRow(em, id);
    if (row.status !== DisclosureStatus.PENDING) throw conflict('the request has already been decided');
    await em.execute(
      `update disclosure_request set mandate_document_ref = coalesce(?, mandate_document_ref),
         authority_assessment_ref = coalesce(?, authority_assessment_ref),
         dpo_assessment_by = coalesce(?, dpo_assessment_by), dpo_assessment_on = coalesce(?::date, dpo_assessment_on),
         dpo_assessment_conclusion = coalesce(?, dpo_assessment_conclusion)
       where id = ?`,
      [mandate, authority, ...dpoValues, id],
    );
  });
  return readOne(ctx, id, 'recordTransferSafeguards');
}

/** The controller approves or refuses, with reasons; a third-country recipient needs every safeguard first. */
export async function decideDisclosureRequest(
  ctx: RequestContext,
  input: DecideDisclosureRequestInput,
): Promise<DisclosureRequest> {
  const id = uuidArg('id', input.id);
  const reason = requiredText('reason', input.reason, 2000);
  const { userId } = await ctx.member();
  const file = tenantFile(ctx);
  await ctx.tx.run(async (em) => {
    const row = await lockRow(em, id);
    if (row.status !== DisclosureStatus.PENDING) throw conflict('the request has already been decided');
    if (input.approve) guardTransfer(file, row);
    await em.execute(
      `update disclosure_request set status = ?, decided_by = ?, decided_at = now(), decision_reason = ? where id = ?`,
      [input.approve ? DisclosureStatus.APPROVED : DisclosureStatus.REFUSED, userId, reason, id],
    );
  });
  return readOne(ctx, id, 'decideDisclosureRequest');
}

/**
 * Executes an approved request once: builds the package of exactly the named data, writes the disclosure
 * log (recipient, basis, data set, SHA-256 of the package) and returns the package to the executor. The
 * package is not stored: a second copy of the data would need its own protection and erasure, and the
 * hash in the log proves what left. Lost before delivery? The controller registers and decides anew.
 */
export async function executeDisclosure(ctx: RequestContext, rawId: string): Promise<DisclosureExecution> {
  const id = uuidArg('id', rawId);
  const { userId } = await ctx.member();
  const file = tenantFile(ctx);
  const executedAt = new Date();
  const { row, content } = await ctx.tx.run(async (em) => {
    const row = await lockRow(em, id);
    if (row.status === DisclosureStatus.EXECUTED) throw conflict('the disclosure has already been executed');
    if (row.status !== DisclosureStatus.APPROVED) throw conflict('only an approved request is executed');
    guardTransfer(file, row); // checked again: nothing reaches a third country on a stale approval
    const view = toView(file, row);
    const content = await buildDisclosurePackage(em, ctx.services.config.keys, {
      tenant: file,
      personId: row.person_id,
      requestId: row.id,
      categories: row.categories,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      recipient: view.recipient,
      basis: view.basis,
      executedAt,
    });
    return { row, content };
  });
  // Building the package read the named categories: a read like any other (use log), besides the disclosure.
  await ctx.recordUse({
    personIds: [row.person_id],
    data: row.categories,
    operation: 'executeDisclosure',
    basis: basisFor((await ctx.member()).membership),
  });
  const hash = await recordDisclosure(ctx, {
    personIds: [row.person_id],
    // The delivery address too: Art. 19 notices of later changes go to it when it is an email address.
    recipient: {
      name: row.recipient_name,
      ...(row.recipient_business_id ? { businessId: row.recipient_business_id } : {}),
      ...(row.recipient_foreign_id ? { foreignId: row.recipient_foreign_id } : {}),
      country: row.recipient_country,
      address: row.recipient_address,
    },
    legalBasis: legalBasis(row),
    dataSet: [...row.categories, ...(row.period_from || row.period_to ? [periodLabel(row)] : [])],
    content,
    operation: 'executeDisclosure',
  });
  await ctx.tx.run((em) =>
    em.execute(
      `update disclosure_request set status = 'executed', executed_by = ?, executed_at = ?, content_sha256 = ?
        where id = ?`,
      [userId, executedAt, hash, id],
    ),
  );
  return { request: await readOne(ctx, id, 'executeDisclosure'), package: content, contentSha256: hash };
}

/** Requests of the register, oldest first; by status when given. Use-logged: they name persons. */
export async function listDisclosureRequests(
  ctx: RequestContext,
  status: DisclosureStatus | null | undefined,
): Promise<DisclosureRequest[]> {
  const file = tenantFile(ctx);
  const rows = await ctx.tx.run((em) =>
    em.execute<Row[]>(
      `select ${COLUMNS} from disclosure_request where tenant_id = ? ${status ? 'and status = ?' : ''}
        order by registered_at, id limit 500`,
      [file.id, ...(status ? [status] : [])],
    ),
  );
  await recordRead(ctx, rows, 'disclosureRequests');
  return rows.map((row) => toView(file, row));
}

export async function getDisclosureRequest(ctx: RequestContext, rawId: string): Promise<DisclosureRequest> {
  return readOne(ctx, uuidArg('id', rawId), 'disclosureRequest');
}

async function readOne(ctx: RequestContext, id: string, operation: string): Promise<DisclosureRequest> {
  const file = tenantFile(ctx);
  const rows = await ctx.tx.run((em) =>
    em.execute<Row[]>(`select ${COLUMNS} from disclosure_request where tenant_id = ? and id = ?`, [file.id, id]),
  );
  if (rows.length === 0) throw notFound('disclosure request');
  await recordRead(ctx, rows, operation);
  return toView(file, rows[0]!);
}

async function recordRead(ctx: RequestContext, rows: Row[], operation: string): Promise<void> {
  const { membership } = await ctx.member();
  await ctx.recordUse({
    personIds: [...new Set(rows.map((r) => r.person_id))],
    data: ['disclosureRequest'],
    operation,
    basis: basisFor(membership),
  });
}

async function lockRow(em: EntityManager, id: string): Promise<Row> {
  const rows = await em.execute<Row[]>(`select ${COLUMNS} from disclosure_request where id = ? for update`, [id]);
  if (rows.length === 0) throw notFound('disclosure request');
  return rows[0]!;
}

async function requirePerson(em: EntityManager, personId: string): Promise<void> {
  const rows = await em.execute<unknown[]>('select 1 from person where id = ?', [personId]);
  if (rows.length === 0) throw notFound('person');
}

function guardTransfer(file: TenantFile, row: Row): void {
  const check = checkTransfer(file.thirdCountryTransfers, row.recipient_country, safeguards(row));
  if (!check.allowed) {
    throw new KairaError(
      'TRANSFER_NOT_ALLOWED',
      `a recipient outside the EEA needs on record: ${check.missing.join(', ')}`,
      { missing: check.missing },
    );
  }
}
