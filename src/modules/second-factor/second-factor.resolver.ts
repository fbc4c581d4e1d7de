import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import {
  beginSecondFactorEnrolment,
  confirmSecondFactorEnrolment,
  disableSecondFactor,
  mySecondFactor,
} from './second-factor.service';
import {
  SecondFactorCodeInput,
  SecondFactorConfirmation,
  SecondFactorEnrolment,
  SecondFactorStatus,
} from './second-factor.types';

@Resolver()
export class SecondFactorResolver {
  @Query(() => SecondFactorStatus, { description: "The signed-in user's second factor" })
  mySecondFactor(@Ctx() ctx: RequestContext) {
    return mySecondFactor(ctx);
  }

  @Mutation(() => SecondFactorEnrolment, { description: 'Start enrolling a TOTP authenticator app' })
  beginSecondFactorEnrolment(@Ctx() ctx: RequestContext) {
    return beginSecondFactorEnrolment(ctx);
  }

  @Mutation(() => SecondFactorConfirmation, {
    description: 'Confirm the app with its first code: the factor is on; recovery codes are shown once',
  })
  confirmSecondFactorEnrolment(
    @Arg('input', () => SecondFactorCodeInput) input: SecondFactorCodeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return confirmSecondFactorEnrolment(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Turn the second factor off with a current code or a recovery code' })
  disableSecondFactor(
    @Arg('input', () => SecondFactorCodeInput) input: SecondFactorCodeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return disableSecondFactor(ctx, input);
  }
}
