import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as decision from './rights-request.decision';
import * as cases from './rights-request.service';
import {
  CompleteRightsRequestInput,
  ExtendRightsRequestInput,
  MatchRightsRequestPersonInput,
  RefuseRightsRequestInput,
  RegisterRightsRequestInput,
  RightsRequestQueueArgs,
  RightsRequestsArgs,
  SetLogReportPeriodInput,
  StartRightsRequestInput,
  VerifyRequesterIdentityInput,
} from './rights-request.inputs';
import { RightsRequest } from './rights-request.types';

@Resolver(() => RightsRequest)
export class RightsRequestResolver {
  @Query(() => [RightsRequest], { description: 'Rights requests of this register, by the deadline in force' })
  rightsRequests(@Args(() => RightsRequestsArgs) args: RightsRequestsArgs, @Ctx() ctx: RequestContext) {
    return cases.listRightsRequests(ctx, args);
  }

  @Query(() => [RightsRequest], { description: 'Open requests due soon, or overdue' })
  rightsRequestQueue(@Args(() => RightsRequestQueueArgs) args: RightsRequestQueueArgs, @Ctx() ctx: RequestContext) {
    return cases.rightsRequestQueue(ctx, args);
  }

  @Query(() => RightsRequest)
  rightsRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return cases.getRightsRequest(ctx, id);
  }

  @Mutation(() => RightsRequest, { description: 'Register a request as received; due one month from receipt' })
  registerRightsRequest(
    @Arg('input', () => RegisterRightsRequestInput) input: RegisterRightsRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.registerRightsRequest(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: 'Match a request registered by stated identity to the person' })
  matchRightsRequestPerson(
    @Arg('input', () => MatchRightsRequestPersonInput) input: MatchRightsRequestPersonInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.matchRightsRequestPerson(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: "Record the requester's identity check" })
  verifyRequesterIdentity(
    @Arg('input', () => VerifyRequesterIdentityInput) input: VerifyRequesterIdentityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.verifyRequesterIdentity(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: 'Take the request into handling' })
  startRightsRequest(
    @Arg('input', () => StartRightsRequestInput) input: StartRightsRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.startRightsRequest(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: 'Extend the deadline within the first month; the person is told why' })
  extendRightsRequest(
    @Arg('input', () => ExtendRightsRequestInput) input: ExtendRightsRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return decision.extendRightsRequest(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: "The controller's decision: completed" })
  completeRightsRequest(
    @Arg('input', () => CompleteRightsRequestInput) input: CompleteRightsRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return decision.completeRightsRequest(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: "The controller's decision: refused, with the right to appeal" })
  refuseRightsRequest(
    @Arg('input', () => RefuseRightsRequestInput) input: RefuseRightsRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return decision.refuseRightsRequest(ctx, input);
  }

  @Mutation(() => RightsRequest, { description: 'Log report: the period, older than two years only with a reason' })
  setLogReportPeriod(
    @Arg('input', () => SetLogReportPeriodInput) input: SetLogReportPeriodInput,
    @Ctx() ctx: RequestContext,
  ) {
    return decision.setLogReportPeriod(ctx, input);
  }
}
