import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

// A data subject's rights request as the API shows it (DOMAIN.md §4; GDPR 12, 15–22; Act 703/2023 § 11).

export enum RightsRequestKind {
  ACCESS = 'access', // GDPR 15
  LOG_REPORT = 'log_report', // Act 703/2023 § 11
  RECTIFICATION = 'rectification', // GDPR 16
  ERASURE = 'erasure', // GDPR 17
  RESTRICTION = 'restriction', // GDPR 18
  PORTABILITY = 'portability', // GDPR 20
  OBJECTION = 'objection', // GDPR 21, 22
}
registerEnumType(RightsRequestKind, { name: 'RightsRequestKind', description: 'Which right the person exercises' });

export enum RequestChannel {
  SIGNED_LETTER = 'signed_letter',
  EMAIL = 'email',
  IN_PERSON = 'in_person',
  WEB = 'web',
}
registerEnumType(RequestChannel, { name: 'RequestChannel', description: 'How the request was received' });

export enum IdentityMethod {
  ID_DOCUMENT = 'id_document',
  STRONG_ELECTRONIC_IDENTIFICATION = 'strong_electronic_identification',
  VERIFIED_SIGNATURE = 'verified_signature',
  KNOWN_IN_PERSON = 'known_in_person',
}
registerEnumType(IdentityMethod, {
  name: 'IdentityMethod',
  description: "How the requester's identity was checked before anything is handed out (GDPR 12(6))",
});

export enum RightsRequestStatus {
  RECEIVED = 'received',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  REFUSED = 'refused',
}
registerEnumType(RightsRequestStatus, { name: 'RightsRequestStatus' });

export enum RightsRequestQueue {
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(RightsRequestQueue, {
  name: 'RightsRequestQueue',
  description: 'Open cases due within the window (DUE_SOON) or past their deadline (OVERDUE)',
});

@ObjectType({ description: "The requester's identity check: required before anything is handed out" })
export class RequesterIdentityCheck {
  @Field(() => IdentityMethod)
  method!: IdentityMethod;

  @Field(() => ID)
  checkedBy!: string;

  @Field(() => Date)
  checkedAt!: Date;
}

@ObjectType({ description: 'A data subject rights request: a case of the controller' })
export class RightsRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => RightsRequestKind)
  kind!: RightsRequestKind;

  @Field(() => String, { description: 'Day of receipt (YYYY-MM-DD, Finnish time)' })
  receivedOn!: string;

  @Field(() => RequestChannel)
  channel!: RequestChannel;

  @Field(() => ID, { nullable: true, description: 'The person in this register, once matched' })
  personId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who the requester says they are, until matched' })
  statedIdentity!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the answer is sent' })
  replyAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'What the person asked, in their words' })
  details!: string | null;

  @Field(() => RequesterIdentityCheck, { nullable: true })
  identityCheck!: RequesterIdentityCheck | null;

  @Field(() => String, { description: 'One month from receipt (GDPR 12(3), months as Regulation 1182/71)' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'The extended deadline, if extended' })
  extendedDueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason for the extension, as told to the person' })
  extensionReason!: string | null;

  @Field(() => String, { description: 'The deadline in force: the extended one, or the first' })
  effectiveDueOn!: string;

  @Field(() => RightsRequestStatus)
  status!: RightsRequestStatus;

  @Field(() => ID, { nullable: true })
  handlerUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'The decision as given to the person' })
  decision!: string | null;

  @Field(() => ID, { nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Log report: start of an older period than two years, recorded with its special reason',
  })
  logPeriodFrom!: string | null;

  @Field(() => String, { nullable: true })
  logPeriodReason!: string | null;

  @Field(() => ID)
  registeredBy!: string;

  @Field(() => Date)
  registeredAt!: Date;
}

@ObjectType({ description: "A rectification applied to the person's basic data (GDPR 16)" })
export class Rectification {
  @Field(() => RightsRequest)
  request!: RightsRequest;

  @Field(() => [String], { description: 'The fields changed; their earlier values are kept with the reason' })
  changedFields!: string[];

  @Field(() => Int, { description: 'Earlier recipients told of the rectification (GDPR 19), through the outbox' })
  notifiedRecipients!: number;
}
