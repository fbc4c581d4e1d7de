import type { RequestContext } from '../../context';
import { badInput } from '../../errors';
import { uuidArg } from '../../ids';
import type { Role } from '../../auth/roles';
import { LogName, type LogVerification, type PersonUseLogArgs, type UseLogEntry } from './logs.types';

interface StoredUse {
  seq: string;
  occurred_at: string;
  entry: {
    personIds: string[];
    data: string[];
    operation: string;
    basis: string;
    reason: string | null;
    actor: { userId: string; organisationId: string; roles: Role[] };
  };
}

/** A person's use log for a period, for the controller's DPO. Reading it is itself logged. */
export async function personUseLog(ctx: RequestContext, args: PersonUseLogArgs): Promise<UseLogEntry[]> {
  const personId = uuidArg('personId', args.personId);
  if (!(args.from < args.to)) throw badInput('to', 'must be after from');
  const rows = await ctx.tx.run((em) =>
    em.execute<StoredUse[]>(
      `select seq, occurred_at, entry from use_log
        where tenant_id = ? and person_ids @> array[?]::uuid[] and occurred_at >= ? and occurred_at < ?
        order by seq`,
      [ctx.requireTenant().id, personId, args.from, args.to],
    ),
  );
  await ctx.recordUse({
    personIds: [personId],
    data: ['useLog'],
    operation: 'personUseLog',
    basis: 'CONTROLLER_OVERSIGHT',
  });
  return rows.map(({ seq, occurred_at, entry }) => ({
    seq: Number(seq),
    occurredAt: new Date(occurred_at), // raw rows carry timestamps as text
    actorUserId: entry.actor.userId,
    actorOrganisationId: entry.actor.organisationId,
    actorRoles: entry.actor.roles,
    personIds: entry.personIds,
    data: entry.data,
    operation: entry.operation,
    basis: entry.basis,
    reason: entry.reason,
  }));
}

/** Re-computes both hash chains of the tenant and reports the first broken link of each. */
export async function verifyLogs(ctx: RequestContext): Promise<LogVerification[]> {
  return ctx.tx.run(async (em) => {
    const results: LogVerification[] = [];
    for (const log of [LogName.USE_LOG, LogName.DISCLOSURE_LOG]) {
      const [row] = await em.execute<Array<{ checked: string; broken_seq: string | null; problem: string | null }>>(
        'select checked, broken_seq, problem from kaira.verify_log(?)',
        [log],
      );
      results.push({
        log,
        intact: row!.broken_seq === null,
        checked: Number(row!.checked),
        brokenAt: row!.broken_seq === null ? null : Number(row!.broken_seq),
        problem: row!.problem,
      });
    }
    return results;
  });
}
