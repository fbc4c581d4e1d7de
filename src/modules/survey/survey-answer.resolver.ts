import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { AnswerSurveyInput } from './survey.inputs';
import * as answers from './survey-answers.service';
import * as link from './survey-link.service';
import { PublicSurvey, SurveyResponse, SurveySubmission } from './survey.types';

@Resolver()
export class SurveyAnswerResolver {
  @Query(() => PublicSurvey, {
    description: 'The survey behind a one-time link, for the client (public; TOKEN_USED or TOKEN_EXPIRED)',
  })
  surveyByToken(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext) {
    return link.surveyByToken(ctx, token);
  }

  @Mutation(() => SurveySubmission, {
    description: 'The client answers through the one-time link (public; works once; needs guidance consent)',
  })
  answerSurvey(@Arg('input', () => AnswerSurveyInput) input: AnswerSurveyInput, @Ctx() ctx: RequestContext) {
    return link.answerSurvey(ctx, input);
  }

  @Query(() => [SurveyResponse], {
    description: 'Answers to the survey of the clients the member may read (use-logged)',
  })
  surveyAnswers(
    @Arg('surveyId', () => ID) surveyId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return answers.surveyAnswers(ctx, surveyId, responseFields(info));
  }

  @Query(() => [SurveyResponse], { description: "The client's survey answers, newest first (use-logged)" })
  clientSurveyAnswers(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return answers.clientSurveyAnswers(ctx, personId, responseFields(info));
  }
}

/** The response fields read, with the answers' as `answers.<field>`: the use log's "which data". */
function responseFields(info: GraphQLResolveInfo): string[] {
  return [...selectedFields(info), ...selectedFields(info, ['answers']).map((f) => `answers.${f}`)];
}
