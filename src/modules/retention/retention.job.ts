import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext, type Services } from '../../context';
import { uuidArrayLiteral } from '../../ids';
import type { TenantFile } from '../../tenants/tenant-file';
import { activeHolds } from '../erasure/legal-hold.service';
import { OUTBOX_KEEP, personRetention, RUN_PERSON_IDS_KEEP } from './retention-rules';

// The retention job (DOMAIN.md §7, issue 5 item 4): finds what has no basis left in each tenant, keeps
// what a legal hold or a restriction keeps, removes the rest through kaira.retention_remove_person (the
// database checks the period and the holds again) and records each run per tenant in retention_run. A dry
// run finds and records exactly the same and removes nothing. One runner at a time across processes: a
// PostgreSQL advisory lock, held by a transaction for the whole run; a run that finds it taken is skipped.

export type RetentionTrigger = 'cli' | 'scheduler' | 'api';

export interface TenantRetention {
  tenant: string;
  /** Removed (or, in a dry run, due) per data category, plus platform records (outboxMessages). */
  counts: Record<string, number>;
  /** Persons due but kept, by what keeps them (a legal hold's kind, or 'restriction'). */
  held: Record<string, number>;
  /** The persons removed (or due), for this report and 30 days in the run record. */
  personIds: string[];
}

export type RetentionReport =
  | { ran: false; reason: 'another run holds the lock' }
  | { ran: true; runId: string; dryRun: boolean; tenants: TenantRetention[] };

export interface RetentionOptions {
  apply: boolean;
  trigger: RetentionTrigger;
  /** Called while the lock is held, before any tenant is processed (tests make runs overlap with it). */
  whileLocked?: () => Promise<void>;
}

// One key for the job across every Kaira process on this database.
const LOCK = "hashtext('kaira.retention')";

/** Runs the job over every tenant, or skips it when another run holds the lock. */
export async function runRetention(services: Services, options: RetentionOptions): Promise<RetentionReport> {
  const lock = services.orm.em.fork({ clear: true, useContext: false });
  await lock.begin();
  try {
    const [row] = await lock.execute<Array<{ locked: boolean }>>(`select pg_try_advisory_xact_lock(${LOCK}) as locked`);
    if (!row?.locked) return { ran: false, reason: 'another run holds the lock' };
    await options.whileLocked?.();
    const runId = randomUUID();
    const startedAt = new Date();
    const tenants: TenantRetention[] = [];
    for (const tenant of services.registry.all()) {
      // A context without a principal, in the tenant's own transaction: the holds' sources (activeHolds)
      // read through it exactly as they do for an erasure; committed only if the whole tenant succeeds.
      const ctx = new RequestContext(services, { requestId: `retention-${runId}`, tenantSlug: tenant.slug });
      try {
        tenants.push(await retainTenant(ctx, tenant.file as TenantFile, { ...options, runId, startedAt }));
      } catch (error) {
        await ctx.tx.finish(false);
        throw error;
      }
      await ctx.tx.finish(true);
    }
    return { ran: true, runId, dryRun: !options.apply, tenants };
  } finally {
    // Ends the transaction and with it the lock (committing nothing: the lock transaction writes nothing).
    await lock.rollback();
  }
}

async function retainTenant(
  ctx: RequestContext,
  file: TenantFile,
  run: RetentionOptions & { runId: string; startedAt: Date },
): Promise<TenantRetention> {
  const counts: Record<string, number> = {};
  const held: Record<string, number> = {};
  const rule = personRetention(file);
  let personIds: string[] = [];
  if (rule) {
    const due = await ctx.tx.run((em) => duePersons(em, file.id, rule.period));
    const keeps = await whatKeeps(ctx, file.id, due);
    for (const reason of keeps.values()) held[reason] = (held[reason] ?? 0) + 1;
    personIds = due.filter((id) => !keeps.has(id));
    for (const category of rule.categories) counts[category] = personIds.length;
    if (run.apply) {
      for (const id of personIds) await ctx.tx.run((em) => em.execute('select kaira.retention_remove_person(?)', [id]));
    }
  }
  await ctx.tx.run((em) => recordRun(em, file, run, counts, held, personIds));
  return { tenant: file.slug, counts, held, personIds };
}

async function recordRun(
  em: EntityManager,
  file: TenantFile,
  run: RetentionOptions & { runId: string; startedAt: Date },
  counts: Record<string, number>,
  held: Record<string, number>,
  personIds: string[],
): Promise<void> {
  counts.outboxMessages = await oldOutbox(em, file.id, run.apply);
  if (run.apply) {
    await em.execute(
      `update retention_run set person_ids = null, person_ids_cleared_at = now()
        where tenant_id = ? and person_ids is not null and finished_at < now() - interval '${RUN_PERSON_IDS_KEEP}'`,
      [file.id],
    );
  }
  await em.execute(
    `insert into retention_run (id, tenant_id, run_id, started_at, dry_run, trigger, counts, held, person_ids)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::uuid[])`,
    [
      randomUUID(),
      file.id,
      run.runId,
      run.startedAt,
      !run.apply,
      run.trigger,
      JSON.stringify(counts),
      JSON.stringify(held),
      uuidArrayLiteral(personIds),
    ],
  );
}

/** Persons whose service periods have all ended, the last longer ago than the period. */
async function duePersons(em: EntityManager, tenantId: string, period: string): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>(
    `select sp.person_id as id from service_period sp
      where sp.tenant_id = ?
      group by sp.person_id
     having bool_and(sp.status in ('closed', 'cancelled') and sp.ends_on is not null)
        and max(sp.ends_on) + ?::interval < current_date
      order by sp.person_id`,
    [tenantId, period],
  );
  return rows.map((r) => r.id);
}

/**
 * What keeps each due person: an active legal hold, from every source activeHolds knows (recorded holds and
 * computed ones such as open invoices), by its kind; else a restriction (GDPR 18: stored, not otherwise
 * processed, so not removed either). A hold keeps the whole person: retention removes persons whole.
 */
async function whatKeeps(ctx: RequestContext, tenantId: string, personIds: string[]): Promise<Map<string, string>> {
  const keeps = new Map<string, string>();
  if (personIds.length === 0) return keeps;
  for (const id of personIds) {
    const [hold] = await activeHolds(ctx, id);
    if (hold) keeps.set(id, hold.kind);
  }
  const restricted = await ctx.tx.run((em) =>
    em.execute<Array<{ person_id: string }>>(
      `select person_id from person_restriction where tenant_id = ? and person_id = any(?::uuid[]) and lifted_at is null`,
      [tenantId, uuidArrayLiteral(personIds)],
    ),
  );
  for (const { person_id } of restricted) if (!keeps.has(person_id)) keeps.set(person_id, 'restriction');
  return keeps;
}

async function oldOutbox(em: EntityManager, tenantId: string, apply: boolean): Promise<number> {
  const where = `tenant_id = ? and status in ('sent', 'failed')
    and coalesce(sent_at, created_at) < now() - interval '${OUTBOX_KEEP}'`;
  const rows = await em.execute<Array<{ n: number }>>(
    apply
      ? `with gone as (delete from outbox_message where ${where} returning 1) select count(*)::int as n from gone`
      : `select count(*)::int as n from outbox_message where ${where}`,
    [tenantId],
  );
  return rows[0]!.n;
}
