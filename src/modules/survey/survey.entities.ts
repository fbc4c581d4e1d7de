import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

export type QuestionKindValue = 'free-text' | 'single-choice' | 'multiple-choice' | 'scale';

/** A client survey: a draft until first sent, then frozen (a copy is the way to change it). */
@Entity({ tableName: 'survey' })
export class Survey extends TenantOwned {
  [OptionalProps]?: 'intro' | 'copiedFromId' | 'createdAt' | 'updatedAt' | 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  intro: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  copiedFromId: string | null = null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'uuid' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;

  /** When the survey was first sent; from then on it is not edited. */
  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}

/** One question of a survey, at its position. */
@Entity({ tableName: 'survey_question' })
export class SurveyQuestion extends TenantOwned {
  [OptionalProps]?: 'choices' | 'required';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: ['free-text', 'single-choice', 'multiple-choice', 'scale'] })
  kind!: QuestionKindValue;

  @Property({ type: 'text' })
  prompt!: string;

  @Property({ type: 'text[]', default: '{}' })
  choices: string[] = [];

  @Property({ type: 'boolean', default: false })
  required: boolean = false;
}

/** A survey sent to one client: its one-time link, stored as the token's SHA-256 only. */
@Entity({ tableName: 'survey_invitation' })
export class SurveyInvitation extends TenantOwned {
  [OptionalProps]?: 'sentAt' | 'answeredAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  sentBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  sentAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set once, when the client answers: the link is then used. */
  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;
}

/** The client's answer to one question: client data of a (consent-gated) category. */
@Entity({ tableName: 'survey_answer' })
export class SurveyAnswer extends TenantOwned {
  [OptionalProps]?: 'textValue' | 'choiceValues' | 'scaleValue' | 'answeredAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  invitationId!: string;

  @Property({ type: 'uuid' })
  questionId!: string;

  /** A data category of the tenant file: 'guidance'. */
  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'text', nullable: true })
  textValue: string | null = null;

  @Property({ type: 'text[]', nullable: true })
  choiceValues: string[] | null = null;

  @Property({ type: 'smallint', nullable: true })
  scaleValue: number | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  answeredAt!: Date;
}

/** A message staff sent to one or many clients (the register's copy; the outbox drops its own once sent). */
@Entity({ tableName: 'client_message' })
export class ClientMessage extends TenantOwned {
  [OptionalProps]?: 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'uuid' })
  sentBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  sentAt!: Date;
}

@Entity({ tableName: 'client_message_recipient' })
export class ClientMessageRecipient extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  messageId!: string;

  @Property({ type: 'uuid' })
  personId!: string;
}
