import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as objections from './objection.service';
import { DecideObjectionInput, Objection, RecordObjectionInput } from './objection.types';

@Resolver()
export class ObjectionResolver {
  @Query(() => [Objection], { description: "The person's objections and their decisions, newest first (use-logged)" })
  personObjections(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext) {
    return objections.personObjections(ctx, personId);
  }

  @Mutation(() => Objection, {
    description:
      'Record an objection: to direct marketing it is upheld at once (absolute); to processing or profiling it ' +
      'waits for the controller',
  })
  recordObjection(@Arg('input', () => RecordObjectionInput) input: RecordObjectionInput, @Ctx() ctx: RequestContext) {
    return objections.recordObjection(ctx, input);
  }

  @Mutation(() => Objection, {
    description: 'The controller upholds or rejects an objection to processing or profiling',
  })
  decideObjection(@Arg('input', () => DecideObjectionInput) input: DecideObjectionInput, @Ctx() ctx: RequestContext) {
    return objections.decideObjection(ctx, input);
  }
}
