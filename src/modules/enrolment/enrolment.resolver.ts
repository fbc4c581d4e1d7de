import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { enrol } from './enrolment.service';
import { EnrolInput } from './enrolment.inputs';
import { EnrolmentReceipt } from './enrolment.types';

@Resolver()
export class EnrolmentResolver {
  @Mutation(() => EnrolmentReceipt, {
    description:
      'The public enrolment form (no login; the Kaira-Tenant header names the register). Resubmitting the same ' +
      'idempotencyKey, or the same person and session, returns the first enrolment. SESSION_FULL when no seat is ' +
      'left; RATE_LIMITED (extensions.retryAfterSeconds) after too many submissions from one address',
  })
  enrol(@Arg('input', () => EnrolInput) input: EnrolInput, @Ctx() ctx: RequestContext) {
    return enrol(ctx, input);
  }
}
