import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ObjectionKind {
  DIRECT_MARKETING = 'direct_marketing',
  PROCESSING = 'processing',
  PROFILING = 'profiling',
}
registerEnumType(ObjectionKind, {
  name: 'ObjectionKind',
  description:
    'DIRECT_MARKETING: absolute and immediate (GDPR 21(2–3)); PROCESSING: on grounds of the person’s situation ' +
    '(21(1)); PROFILING: profiling and automated decisions (21(1), 22)',
});

export enum ObjectionChannel {
  STAFF = 'staff',
  UNSUBSCRIBE_LINK = 'unsubscribe_link',
  RIGHTS_REQUEST = 'rights_request',
}
registerEnumType(ObjectionChannel, { name: 'ObjectionChannel', description: 'How the objection reached the register' });

export enum ObjectionStatus {
  PENDING = 'pending',
  UPHELD = 'upheld',
  REJECTED = 'rejected',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  description: 'PENDING: awaiting the controller; UPHELD: processing stops; REJECTED: compelling grounds stated',
});

@ObjectType({ description: "A person's objection (GDPR 21, 22) and the controller's decision" })
export class Objection {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ObjectionKind)
  kind!: ObjectionKind;

  @Field(() => ObjectionChannel)
  channel!: ObjectionChannel;

  @Field(() => String, { nullable: true, description: "The person's grounds as they stated them" })
  grounds!: string | null;

  @Field(() => ObjectionStatus)
  status!: ObjectionStatus;

  @Field(() => Date)
  receivedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The decision as given to the person; a rejection states the grounds and the right to complain',
  })
  decisionReason!: string | null;
}

@InputType({ description: 'Record an objection the person made (to staff, or in a rights request)' })
export class RecordObjectionInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ObjectionKind)
  kind!: ObjectionKind;

  @Field(() => String, { nullable: true, description: "The person's grounds (needed for PROCESSING and PROFILING)" })
  grounds?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The objection request this came in; the channel is then RIGHTS_REQUEST',
  })
  rightsRequestId?: string | null;
}

@InputType({ description: "The controller's decision on an objection to processing or profiling" })
export class DecideObjectionInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => Boolean, { description: 'true: processing stops (upheld); false: rejected' })
  upheld!: boolean;

  @Field(() => String, {
    description:
      'Upheld: what stops. Rejected: the compelling legitimate grounds that override the person’s interests, ' +
      'or the legal claims (GDPR 21(1)); the right to complain is added to the notice',
  })
  reason!: string;
}
