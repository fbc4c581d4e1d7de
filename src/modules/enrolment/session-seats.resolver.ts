import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { uuidArrayLiteral } from '../../ids';
import { TrainingSessionView } from '../training/training.types';

// Seats left on a session: its capacity less the enrolments held (DOMAIN.md §2.1: office staff fill
// sessions). Counts only, no person: not use-logged. One statement per request for all sessions listed.
const loaders = new WeakMap<RequestContext, DataLoader<string, number>>();

function enrolledCounts(ctx: RequestContext): DataLoader<string, number> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (sessionIds: readonly string[]) => {
      const tenantId = ctx.requireTenant().id;
      const rows = await ctx.tx.run((em) =>
        em.execute<Array<{ session_id: string; taken: string }>>(
          `select session_id, count(*) as taken from enrolment
            where tenant_id = ? and status = 'enrolled' and session_id = any(?::uuid[])
            group by session_id`,
          [tenantId, uuidArrayLiteral(sessionIds)],
        ),
      );
      const taken = new Map(rows.map((r) => [r.session_id, Number(r.taken)]));
      return sessionIds.map((id) => taken.get(id) ?? 0);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => TrainingSessionView)
export class SessionSeatsResolver {
  @FieldResolver(() => Int, { description: 'Seats not yet taken by an enrolment' })
  async seatsLeft(@Root() session: TrainingSessionView, @Ctx() ctx: RequestContext): Promise<number> {
    return Math.max(0, session.capacity - (await enrolledCounts(ctx).load(session.id)));
  }
}
