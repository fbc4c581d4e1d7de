import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { CopySurveyInput, CreateSurveyInput, SendSurveyInput, UpdateSurveyInput } from './survey.inputs';
import * as sending from './survey-sending.service';
import * as surveys from './survey.service';
import { SurveySending, SurveyStatus, SurveyView } from './survey.types';

@Resolver()
export class SurveyResolver {
  @Query(() => [SurveyView], { description: "The register's surveys, newest first" })
  surveys(
    @Arg('status', () => SurveyStatus, { nullable: true }) status: SurveyStatus | null,
    @Ctx() ctx: RequestContext,
  ) {
    return surveys.listSurveys(ctx, status);
  }

  @Query(() => SurveyView)
  survey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return surveys.getSurvey(ctx, id);
  }

  @Mutation(() => SurveyView, { description: 'A new draft survey' })
  createSurvey(@Arg('input', () => CreateSurveyInput) input: CreateSurveyInput, @Ctx() ctx: RequestContext) {
    return surveys.createSurvey(ctx, input);
  }

  @Mutation(() => SurveyView, { description: 'Edit a draft; a sent survey is not edited (CONFLICT: copy it)' })
  updateSurvey(@Arg('input', () => UpdateSurveyInput) input: UpdateSurveyInput, @Ctx() ctx: RequestContext) {
    return surveys.updateSurvey(ctx, input);
  }

  @Mutation(() => SurveyView, { description: 'Copy a survey into a new draft' })
  copySurvey(@Arg('input', () => CopySurveyInput) input: CopySurveyInput, @Ctx() ctx: RequestContext) {
    return surveys.copySurvey(ctx, input);
  }

  @Mutation(() => SurveySending, {
    description: 'Email the survey to clients, each with a one-time link; the survey is then no longer edited',
  })
  sendSurvey(@Arg('input', () => SendSurveyInput) input: SendSurveyInput, @Ctx() ctx: RequestContext) {
    return sending.sendSurvey(ctx, input);
  }
}
