import { Field, ID, InputType, Int } from 'type-graphql';
import { QuestionKind } from './survey.types';

@InputType({ description: 'A question; its position is its place in the list' })
export class SurveyQuestionInput {
  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field(() => String)
  prompt!: string;

  @Field(() => [String], { nullable: true, description: 'SINGLE_CHOICE and MULTIPLE_CHOICE: 2–20 distinct choices' })
  choices?: string[] | null;

  @Field(() => Boolean, { defaultValue: false })
  required!: boolean;
}

@InputType({ description: 'A new survey, a draft until it is sent' })
export class CreateSurveyInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  intro?: string | null;

  @Field(() => [SurveyQuestionInput], { description: '1–50 questions, in order' })
  questions!: SurveyQuestionInput[];
}

@InputType({ description: 'A draft survey as a whole: title, intro and questions replace the earlier ones' })
export class UpdateSurveyInput extends CreateSurveyInput {
  @Field(() => ID)
  surveyId!: string;
}

@InputType({ description: 'Copy a survey (sent or not) into a new draft' })
export class CopySurveyInput {
  @Field(() => ID)
  surveyId!: string;
}

@InputType({ description: 'Send a survey to clients: each gets a one-time link by email' })
export class SendSurveyInput {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => [ID], { description: 'The clients, 1–200; each must have an email address' })
  personIds!: string[];
}

@InputType({ description: 'Send a message to clients by email' })
export class SendMessageInput {
  @Field(() => [ID], { description: 'The clients, 1–200; each must have an email address' })
  personIds!: string[];

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;
}

@InputType({ description: 'The answer to one question: the field of its kind only' })
export class SurveyAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT' })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'SINGLE_CHOICE (exactly one) or MULTIPLE_CHOICE' })
  choices?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE, 1–5' })
  scale?: number | null;
}

@InputType({ description: 'The client’s answers, sent with the one-time link’s token' })
export class AnswerSurveyInput {
  @Field(() => String)
  token!: string;

  @Field(() => [SurveyAnswerInput], { description: 'One per answered question; every required one' })
  answers!: SurveyAnswerInput[];
}
