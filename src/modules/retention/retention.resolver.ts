import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listRetentionRuns } from './retention.service';
import { RetentionRun } from './retention.types';

@Resolver(() => RetentionRun)
export class RetentionResolver {
  @Query(() => [RetentionRun], { description: "The register's retention runs, newest first (counts, no persons)" })
  retentionRuns(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: RequestContext) {
    return listRetentionRuns(ctx, first);
  }
}
