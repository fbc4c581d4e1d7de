import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

// The API's view of surveys, answers and messages, assembled from plain rows. Enum values are the
// database's values; GraphQL shows the names.

export enum QuestionKind {
  FREE_TEXT = 'free-text',
  SINGLE_CHOICE = 'single-choice',
  MULTIPLE_CHOICE = 'multiple-choice',
  SCALE = 'scale',
}
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'Free text, one of the choices, any of the choices, or a 1–5 scale',
});

export enum SurveyStatus {
  DRAFT = 'draft',
  SENT = 'sent',
}
registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  description: 'A draft is edited; a sent survey is not (copy it instead)',
});

@ObjectType('SurveyQuestion', { description: 'A question of a survey' })
export class QuestionView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The order in the survey, from 1' })
  position!: number;

  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field(() => String)
  prompt!: string;

  @Field(() => [String], { description: 'The choices of a choice question, in order; empty for the other kinds' })
  choices!: string[];

  @Field(() => Boolean)
  required!: boolean;
}

@ObjectType('Survey', { description: 'A client survey (no personal data: who got it and the answers are elsewhere)' })
export class SurveyView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  intro!: string | null;

  @Field(() => SurveyStatus)
  status!: SurveyStatus;

  @Field(() => [QuestionView])
  questions!: QuestionView[];

  @Field(() => ID, { nullable: true, description: 'The survey this one was copied from' })
  copiedFromId!: string | null;

  @Field(() => ID)
  createdById!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was first sent' })
  sentAt!: Date | null;
}

@ObjectType({ description: 'A survey as the client sees it through the one-time link: nothing about the client' })
export class PublicSurvey {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  intro!: string | null;

  @Field(() => [QuestionView])
  questions!: QuestionView[];

  @Field(() => String, { description: 'The register that asks (rekisteri)' })
  registerName!: string;

  @Field(() => String, { description: 'Its controller (rekisterinpitäjä)' })
  controllerName!: string;

  @Field(() => String, { description: "Path of the register's privacy notice page, e.g. /privacy/eduro-guidance" })
  privacyNoticePath!: string;

  @Field(() => Date, { description: 'The link works until then, once' })
  expiresAt!: Date;
}

@ObjectType({ description: 'A survey sent: one one-time link per client, each in its own email' })
export class SurveySending {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => Int)
  recipientCount!: number;

  @Field(() => Date, { description: 'When the links expire' })
  expiresAt!: Date;
}

@ObjectType({ description: 'The client’s answers were received' })
export class SurveySubmission {
  @Field(() => Date)
  answeredAt!: Date;

  @Field(() => Int)
  answerCount!: number;
}

@ObjectType('SurveyAnswer', { description: "A client's answer to one question" })
export class AnswerView {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field(() => String)
  prompt!: string;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT' })
  text!: string | null;

  @Field(() => [String], { nullable: true, description: 'SINGLE_CHOICE (one) and MULTIPLE_CHOICE' })
  choices!: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE, 1–5' })
  scale!: number | null;
}

@ObjectType({ description: "One client's answers to a survey sent to them (guidance data, use-logged)" })
export class SurveyResponse {
  @Field(() => ID)
  invitationId!: string;

  @Field(() => ID)
  surveyId!: string;

  @Field(() => String)
  surveyTitle!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Date)
  answeredAt!: Date;

  @Field(() => [AnswerView], { description: 'In question order; an optional question left blank is absent' })
  answers!: AnswerView[];
}

@ObjectType('ClientMessage', { description: 'A message staff sent to one or many clients' })
export class MessageView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => ID)
  sentById!: string;

  @Field(() => String)
  sentByName!: string;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Int, { description: 'How many clients it was sent to' })
  recipientCount!: number;
}
