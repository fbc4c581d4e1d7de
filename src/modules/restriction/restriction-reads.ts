import type { RequestContext } from '../../context';
import { restricted } from '../../errors';
import { ActsFor, Role } from '../../auth/roles';
import { uuidArrayLiteral } from '../../ids';
import type { UseEntry } from '../logs/use-log';

// GDPR 18(2) and DOMAIN.md §3: while a person's data is restricted, only the controller's DPO and officers
// read it. Every read of a person's data goes through ctx.recordUse (the use log), so the check sits there
// and cannot be forgotten by a new query: a read that names a restricted person fails with RESTRICTED for
// anyone else. Lists leave restricted people out for them instead (restrictedHiddenSql), so the people
// list and the client lists stay usable and consistent: a restricted person is not listed, and opening
// them is RESTRICTED.

type Membership = Awaited<ReturnType<RequestContext['member']>>['membership'];

/** The controller's DPO or CONTROLLER_OFFICER: the only readers of restricted data. */
export function readsRestricted(membership: Membership): boolean {
  return (
    membership.actsFor === ActsFor.CONTROLLER &&
    (membership.roles.has(Role.DPO) || membership.roles.has(Role.CONTROLLER_OFFICER))
  );
}

/**
 * RESTRICTED when any of the persons is restricted and the member may not read restricted data. Reads on the
 * basis of the person's own rights request are not refused: the case is handled during a restriction (GDPR
 * 12, 15; 18(3) tells the person before lifting), and handing the person their own data is what they asked.
 */
export async function assertReadable(ctx: RequestContext, membership: Membership, entry: UseEntry) {
  const { personIds } = entry;
  if (personIds.length === 0 || readsRestricted(membership) || entry.basis === 'RIGHTS_REQUEST') return;
  const rows = await ctx.tx.run((em) =>
    em.execute<Array<{ person_id: string }>>(
      `select person_id from person_restriction
        where tenant_id = ? and person_id = any(?::uuid[]) and lifted_at is null limit 1`,
      [ctx.requireTenant().id, uuidArrayLiteral(personIds)],
    ),
  );
  if (rows.length > 0) throw restricted();
}

/** A condition leaving restricted people (the person table qualified as `alias`, e.g. 'p.') out of a list, or null for the controller. */
export function restrictedHiddenSql(membership: Membership, alias: string): string | null {
  if (readsRestricted(membership)) return null;
  return `not exists (select 1 from person_restriction pr where pr.tenant_id = ${alias}tenant_id
            and pr.person_id = ${alias}id and pr.lifted_at is null)`;
}

/** Whether the person's data is restricted now (for services that must refuse before writing). */
export async function isRestricted(ctx: RequestContext, personId: string): Promise<boolean> {
  const rows = await ctx.tx.run((em) =>
    em.execute<Array<{ id: string }>>(
      'select id from person_restriction where tenant_id = ? and person_id = ? and lifted_at is null',
      [ctx.requireTenant().id, personId],
    ),
  );
  return rows.length > 0;
}
