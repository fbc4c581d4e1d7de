import { MessageResolver } from './message.resolver';
import {
  ClientMessage,
  ClientMessageRecipient,
  Survey,
  SurveyAnswer,
  SurveyInvitation,
  SurveyQuestion,
} from './survey.entities';
import { SurveyAnswerResolver } from './survey-answer.resolver';
import { SurveyResolver } from './survey.resolver';
import { surveyRules } from './survey.rules';

export const surveyModule = {
  entities: [Survey, SurveyQuestion, SurveyInvitation, SurveyAnswer, ClientMessage, ClientMessageRecipient],
  resolvers: [SurveyResolver, SurveyAnswerResolver, MessageResolver],
  rules: surveyRules,
} as const;
