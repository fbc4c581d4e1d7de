import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound, restricted } from '../../errors';
import { uuidArg } from '../../ids';
import { requiredText } from '../person/person.validation';
import { isRestricted } from '../restriction/restriction-reads';
import { notifyEarlierRecipients } from '../rights-request/art19';
import { isOpen, loadCase, matchedPerson, requireVerifiedIdentity } from '../rights-request/rights-request.rows';
import { update } from '../rights-request/rights-request.service';
import { erasableKeys, planErasure } from './erasure.plan';
import type {
  ErasedCategory,
  ErasureCertificate,
  EraseOnRequestInput,
  HoldReference,
  KeptCategory,
} from './erasure.types';
import { activeHolds, type ActiveHold } from './legal-hold.service';

// Erasure (GDPR 17) on an erasure request whose requester's identity was checked, decided by the controller
// (DOMAIN.md §3; erasure.rules.ts). Per data category of the person-data map; active legal holds keep what
// they name. Carried out by kaira.erase_person_data (the app role cannot delete the consent ledger, entries
// or the relationship history itself); the certificate records what went and what stayed, and why.

interface CertificateRow {
  id: string;
  rights_request_id: string;
  decided_by: string;
  decided_at: string | Date;
  decision_reason: string;
  erased: ErasedCategory[];
  kept: KeptCategory[];
  complete: boolean;
}

const COLUMNS = 'id, rights_request_id, decided_by, decided_at, decision_reason, erased, kept, complete';

/** Decides the erasure request and carries it out; returns the certificate. */
export async function eraseOnRequest(ctx: RequestContext, input: EraseOnRequestInput): Promise<ErasureCertificate> {
  const reason = requiredText('reason', input.reason, 2000);
  const tenant = ctx.requireTenant();
  const keys = erasableKeys(tenant.registerKind);
  const asked = input.categories ? [...new Set(input.categories.map((c) => c.trim()))] : keys;
  const unknown = asked.find((c) => !keys.includes(c));
  if (unknown !== undefined) throw badInput('categories', `not a data category of this register: ${unknown}`);
  if (asked.length === 0) throw badInput('categories', 'name at least one data category, or omit it for all');
  const { userId } = await ctx.member();
  const found = await loadCase(ctx, input.requestId, { lock: true });
  if (found.kind !== 'erasure') throw badInput('requestId', 'not an erasure request');
  if (!isOpen(found)) throw conflict('the request has already been decided');
  requireVerifiedIdentity(found);
  const personId = matchedPerson(found);
  // GDPR 18: nothing about a restricted person changes; the controller lifts the restriction first.
  if (await isRestricted(ctx, personId)) throw restricted();

  const holds = await activeHolds(ctx, personId);
  const keptBy = new Map<string, ActiveHold[]>();
  for (const hold of holds) {
    for (const c of hold.categories) if (asked.includes(c)) keptBy.set(c, [...(keptBy.get(c) ?? []), hold]);
  }
  // What stays at all: held categories, and what the request did not ask to erase.
  const stays = new Set([...keptBy.keys(), ...keys.filter((k) => !asked.includes(k))]);
  const erase = new Set(asked.filter((k) => !keptBy.has(k)));
  const notNull = await notNullColumns(ctx);
  // A category that cannot go without taking one that stays (a shared record) is kept too; plan again
  // without it until every planned step erases only what may go.
  const blocked = new Map<string, string>();
  let plan = planErasure(tenant.registerKind, erase, stays, (t, c) => notNull.has(`${t}.${c}`));
  while (plan.blocked.size > 0) {
    for (const [key, why] of plan.blocked) {
      blocked.set(key, why);
      erase.delete(key);
      stays.add(key);
    }
    plan = planErasure(tenant.registerKind, erase, stays, (t, c) => notNull.has(`${t}.${c}`));
  }
  const usable = plan.steps.map((s, i) => ({ ...s, i }));
  const complete = stays.size === 0;

  // GDPR 19: recipients of earlier disclosures are told (the message names no personal data); the queued
  // messages are detached from the person so they survive the erasure.
  await notifyEarlierRecipients(ctx, personId, 'erasure');
  await ctx.tx.run((em) =>
    em.execute(
      `update outbox_message set person_id = null where tenant_id = ? and person_id = ? and purpose = 'art19-erasure'`,
      [tenant.id, personId],
    ),
  );

  const kept = keptCategories(keys, asked, keptBy, blocked);
  const summary = decisionText(erase, kept);
  await update(
    ctx,
    found.id,
    "status = 'completed', decision = ?, decided_by = ?, decided_at = now(), handler_user_id = coalesce(handler_user_id, ?)",
    [summary, userId, userId],
  );
  const results = await ctx.tx.run((em) =>
    em.execute<Array<{ result: Array<{ i?: number; rows: number }> }>>(
      'select kaira.erase_person_data(?, ?, ?::jsonb, ?) as result',
      [found.id, personId, JSON.stringify(usable), complete],
    ),
  );
  // The act itself is logged against the person (the logs outlive the erasure, DOMAIN.md §5).
  await ctx.recordUse({
    personIds: [personId],
    data: [...erase],
    operation: 'eraseOnRequest',
    basis: 'RIGHTS_REQUEST',
  });
  const erased = erasedCategories(erase, plan.stepsOf, results[0]!.result, complete, tenant.registerKind);
  const row = await ctx.tx.run(async (em) => {
    const [created] = await em.execute<CertificateRow[]>(
      `insert into erasure_certificate (id, tenant_id, rights_request_id, decided_by, decision_reason, erased, kept, complete)
       values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) returning ${COLUMNS}`,
      [randomUUID(), tenant.id, found.id, userId, reason, JSON.stringify(erased), JSON.stringify(kept), complete],
    );
    return created!;
  });
  return toCertificate(row);
}

/** The certificate of an erasure request (the controller's proof, GDPR 5(2)). */
export async function erasureCertificate(ctx: RequestContext, requestIdArg: string): Promise<ErasureCertificate> {
  const requestId = uuidArg('requestId', requestIdArg);
  const [row] = await ctx.tx.run((em) =>
    em.execute<CertificateRow[]>(
      `select ${COLUMNS} from erasure_certificate where tenant_id = ? and rights_request_id = ?`,
      [ctx.requireTenant().id, requestId],
    ),
  );
  if (!row) throw notFound('erasure certificate');
  return toCertificate(row);
}

// Columns that cannot be cleared (NOT NULL), read from the catalogue once per process.
let notNullCache: Promise<Set<string>> | undefined;
function notNullColumns(ctx: RequestContext): Promise<Set<string>> {
  notNullCache ??= ctx.tx
    .run((em) =>
      em.execute<Array<{ name: string }>>(
        `select c.relname || '.' || a.attname as name from pg_attribute a join pg_class c on c.oid = a.attrelid
          where c.relnamespace = 'public'::regnamespace and a.attnotnull and a.attnum > 0 and not a.attisdropped`,
      ),
    )
    .then((rows) => new Set(rows.map((r) => r.name)));
  return notNullCache;
}

function keptCategories(
  keys: string[],
  asked: string[],
  keptBy: Map<string, ActiveHold[]>,
  blocked: Map<string, string>,
): KeptCategory[] {
  const kept: KeptCategory[] = [];
  for (const key of keys) {
    const holds = keptBy.get(key);
    if (holds) {
      kept.push({
        category: key,
        reason: `kept by legal hold: ${holds.map((h) => `${h.kind} ${h.reference} until ${h.endsOn}`).join('; ')}`,
        holds: holds.map((h): HoldReference => ({ kind: h.kind, reference: h.reference, endsOn: h.endsOn })),
      });
    } else if (blocked.has(key)) {
      kept.push({ category: key, reason: blocked.get(key)!, holds: [] });
    } else if (!asked.includes(key)) {
      kept.push({ category: key, reason: 'not asked to be erased', holds: [] });
    }
  }
  return kept;
}

function erasedCategories(
  erase: Set<string>,
  stepsOf: Map<string, number[]>,
  results: Array<{ i?: number; rows: number }>,
  complete: boolean,
  kind: Parameters<typeof erasableKeys>[0],
): ErasedCategory[] {
  const rowsOf = new Map(results.filter((r) => r.i !== undefined).map((r) => [r.i!, r.rows]));
  const personRow = results.find((r) => r.i === undefined)?.rows ?? 0;
  return erasableKeys(kind)
    .filter((k) => erase.has(k))
    .map((category) => {
      const rows = (stepsOf.get(category) ?? []).reduce((n, i) => n + (rowsOf.get(i) ?? 0), 0);
      return { category, rows: rows === 0 && complete ? personRow : rows };
    });
}

function decisionText(erase: Set<string>, kept: KeptCategory[]): string {
  const erased = [...erase].join(', ') || 'nothing';
  const stays = kept.length ? kept.map((k) => `${k.category} (${k.reason})`).join('; ') : 'nothing';
  return `Erased (GDPR 17): ${erased}. Kept: ${stays}.`;
}

function toCertificate(row: CertificateRow): ErasureCertificate {
  return {
    id: row.id,
    requestId: row.rights_request_id,
    decidedBy: row.decided_by,
    decidedAt: new Date(row.decided_at),
    decisionReason: row.decision_reason,
    complete: row.complete,
    erased: row.erased,
    kept: row.kept,
  };
}
