import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as sessions from './training-session.service';
import {
  AssignSessionTrainerInput,
  CreateTrainingSessionInput,
  TrainingSessionsArgs,
  UpdateTrainingSessionInput,
} from './training.inputs';
import { TrainingSessionView } from './training.types';

@Resolver(() => TrainingSessionView)
export class TrainingSessionResolver {
  @Query(() => [TrainingSessionView], {
    description: 'Sessions overlapping the days from–to, earliest first; a trainer sees only those they teach',
  })
  trainingSessions(@Args(() => TrainingSessionsArgs) args: TrainingSessionsArgs, @Ctx() ctx: RequestContext) {
    return sessions.listTrainingSessions(ctx, args);
  }

  @Query(() => TrainingSessionView, { description: 'One session; a trainer opens only sessions they teach' })
  trainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return sessions.getTrainingSession(ctx, id);
  }

  @Mutation(() => TrainingSessionView, { description: 'Plan a training session of a card type' })
  createTrainingSession(
    @Arg('input', () => CreateTrainingSessionInput) input: CreateTrainingSessionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return sessions.createTrainingSession(ctx, input);
  }

  @Mutation(() => TrainingSessionView, { description: "Change a session's time, place, language, mode or capacity" })
  updateTrainingSession(
    @Arg('input', () => UpdateTrainingSessionInput) input: UpdateTrainingSessionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return sessions.updateTrainingSession(ctx, input);
  }

  @Mutation(() => TrainingSessionView, {
    description: 'Put a trainer on a session: a TRAINER here, authorised for the type through the session if required',
  })
  assignSessionTrainer(
    @Arg('input', () => AssignSessionTrainerInput) input: AssignSessionTrainerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return sessions.assignSessionTrainer(ctx, input);
  }
}
