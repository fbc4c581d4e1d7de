import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: "A restriction of processing of a person's data (GDPR 18): active until lifted" })
export class PersonRestriction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'Why the person asked for restriction (GDPR 18(1) a–d)' })
  reason!: string;

  @Field(() => Date)
  restrictedAt!: Date;

  @Field(() => ID)
  restrictedBy!: string;

  @Field(() => Date, { nullable: true, description: 'Null while the restriction is on' })
  liftedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  liftedBy!: string | null;

  @Field(() => String, { nullable: true })
  liftReason!: string | null;

  @Field(() => Boolean)
  active!: boolean;
}

@InputType({ description: "Freeze a person's data: stored, not otherwise processed (GDPR 18)" })
export class RestrictPersonInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, {
    description: 'Why: contested accuracy, unlawful processing, legal claims, a pending objection…',
  })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The restriction request this answers, if any' })
  rightsRequestId?: string | null;
}

@InputType({ description: 'Lift an active restriction; the person is told by email (GDPR 18(3))' })
export class LiftRestrictionInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'Why the restriction ends' })
  reason!: string;
}
