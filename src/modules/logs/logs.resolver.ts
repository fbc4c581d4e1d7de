import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { personUseLog, verifyLogs } from './logs.service';
import { LogVerification, PersonUseLogArgs, UseLogEntry } from './logs.types';

@Resolver()
export class LogsResolver {
  @Query(() => [UseLogEntry], {
    description: "Who used a person's data in a period (käyttöloki); this read is logged too",
  })
  personUseLog(@Args(() => PersonUseLogArgs) args: PersonUseLogArgs, @Ctx() ctx: RequestContext) {
    return personUseLog(ctx, args);
  }

  @Query(() => [LogVerification], { description: "Re-computes the tenant's log hash chains" })
  verifyLogs(@Ctx() ctx: RequestContext) {
    return verifyLogs(ctx);
  }
}
