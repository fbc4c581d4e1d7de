import type { RequestContext } from '../../context';
import { badInput } from '../../errors';
import type { RetentionCount, RetentionRun } from './retention.types';

interface RunRow {
  id: string;
  run_id: string;
  started_at: string;
  finished_at: string;
  dry_run: boolean;
  trigger: string;
  counts: Record<string, number>;
  held: Record<string, number>;
  person_count: number | null;
}

/** The register's latest retention runs, newest first: counts only, no person. */
export async function listRetentionRuns(ctx: RequestContext, first: number): Promise<RetentionRun[]> {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'between 1 and 100');
  const rows = await ctx.tx.run((em) =>
    em.execute<RunRow[]>(
      `select id, run_id, started_at, finished_at, dry_run, trigger, counts, held,
              cardinality(person_ids) as person_count
         from retention_run where tenant_id = ? order by started_at desc, id limit ?`,
      [ctx.requireTenant().id, first],
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    startedAt: new Date(r.started_at),
    finishedAt: new Date(r.finished_at),
    dryRun: r.dry_run,
    trigger: r.trigger,
    removed: counts(r.counts),
    kept: counts(r.held),
    personCount: r.person_count ?? 0,
  }));
}

const counts = (map: Record<string, number>): RetentionCount[] =>
  Object.entries(map).map(([key, count]) => ({ key, count }));
