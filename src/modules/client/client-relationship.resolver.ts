import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { assignCoach, endAssignment } from './assignment.service';
import {
  AssignCoachInput,
  EmergencyAccessReviewQueueArgs,
  EndAssignmentInput,
  OpenEmergencyAccessInput,
  ReviewEmergencyAccessInput,
} from './client.inputs';
import { AssignmentView, Client, EmergencyAccessView } from './client.types';
import * as emergency from './emergency-access.service';

// The client relationship: assignments, and the emergency route with its review.
@Resolver()
export class ClientRelationshipResolver {
  @Mutation(() => AssignmentView, { description: 'Assign a coach (a COACH of this tenant) to a client for a period' })
  assignCoach(@Arg('input', () => AssignCoachInput) input: AssignCoachInput, @Ctx() ctx: RequestContext) {
    return assignCoach(ctx, input);
  }

  @Mutation(() => AssignmentView, { description: 'End a client relationship on a given day' })
  endAssignment(@Arg('input', () => EndAssignmentInput) input: EndAssignmentInput, @Ctx() ctx: RequestContext) {
    return endAssignment(ctx, input);
  }

  @Mutation(() => Client, {
    description: `Open an unassigned client for ${emergency.EMERGENCY_ACCESS_HOURS} hours with a stated reason; logged and queued for review`,
  })
  openEmergencyAccess(
    @Arg('input', () => OpenEmergencyAccessInput) input: OpenEmergencyAccessInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return emergency.openEmergencyAccess(ctx, input, selectedFields(info));
  }

  @Query(() => [EmergencyAccessView], { description: 'Emergency accesses awaiting review, oldest first; use-logged' })
  emergencyAccessReviewQueue(
    @Args(() => EmergencyAccessReviewQueueArgs) args: EmergencyAccessReviewQueueArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return emergency.emergencyAccessReviewQueue(ctx, args, selectedFields(info));
  }

  @Mutation(() => EmergencyAccessView, { description: 'Mark an emergency access reviewed, with a note' })
  reviewEmergencyAccess(
    @Arg('input', () => ReviewEmergencyAccessInput) input: ReviewEmergencyAccessInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return emergency.reviewEmergencyAccess(ctx, input, selectedFields(info));
  }
}
