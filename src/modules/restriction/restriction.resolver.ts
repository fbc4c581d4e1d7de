import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as restriction from './restriction.service';
import { LiftRestrictionInput, PersonRestriction, RestrictPersonInput } from './restriction.types';

@Resolver()
export class RestrictionResolver {
  @Query(() => [PersonRestriction], { description: "The person's restrictions of processing, newest first" })
  personRestrictions(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext) {
    return restriction.personRestrictions(ctx, personId);
  }

  @Mutation(() => PersonRestriction, {
    description: "Restrict the person's data (GDPR 18): every write touching them fails with RESTRICTED until lifted",
  })
  restrictPerson(@Arg('input', () => RestrictPersonInput) input: RestrictPersonInput, @Ctx() ctx: RequestContext) {
    return restriction.restrictPerson(ctx, input);
  }

  @Mutation(() => PersonRestriction, { description: 'Lift the active restriction (the controller only)' })
  liftRestriction(@Arg('input', () => LiftRestrictionInput) input: LiftRestrictionInput, @Ctx() ctx: RequestContext) {
    return restriction.liftRestriction(ctx, input);
  }
}
