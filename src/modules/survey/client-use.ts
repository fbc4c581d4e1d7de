import type { RequestContext } from '../../context';
import type { ClientAccess } from '../client/client-access';
import type { UseBasis } from '../logs/use-log';

/**
 * Use-logs the clients' data read in one operation: one entry per basis (and emergency reason), naming
 * every client read on it, as list reads do (use-log.ts).
 */
export async function logClientUse(
  ctx: RequestContext,
  accesses: readonly ClientAccess[],
  operation: string,
  data: readonly string[],
): Promise<void> {
  const groups = new Map<string, { basis: UseBasis; reason?: string; personIds: string[] }>();
  for (const access of accesses) {
    const key = `${access.basis}\u0000${access.reason ?? ''}`;
    const group = groups.get(key) ?? { basis: access.basis, reason: access.reason, personIds: [] };
    group.personIds.push(access.personId);
    groups.set(key, group);
  }
  for (const { personIds, basis, reason } of groups.values()) {
    await ctx.recordUse({ personIds, data, operation, basis, reason });
  }
}
