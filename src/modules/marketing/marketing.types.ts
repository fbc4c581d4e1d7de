import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OptOutChannel {
  STAFF = 'staff',
  UNSUBSCRIBE_LINK = 'unsubscribe_link',
  RIGHTS_REQUEST = 'rights_request',
}
registerEnumType(OptOutChannel, { name: 'OptOutChannel', description: 'How the person opted out' });

@ObjectType({ description: 'A card whose validity ends soon: for renewal (the latest card of its type only)' })
export class ExpiringCard {
  @Field(() => ID)
  cardId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  cardTypeName!: string;

  @Field(() => String)
  cardNumber!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  validUntil!: string;
}

@ObjectType({ description: 'How many an announcement would reach now; never who (the audience is not disclosed)' })
export class MarketingAudienceSize {
  @Field(() => Int, { description: 'People who would get the announcement' })
  size!: number;

  @Field(() => Int, {
    description: 'People matching the criteria but left out (opt-out, objection, restriction, no email)',
  })
  excluded!: number;
}

@ObjectType()
export class TrainingAnnouncementSent {
  @Field(() => ID)
  announcementId!: string;

  @Field(() => Int, { description: 'Emails queued, one per recipient' })
  recipientCount!: number;
}

@ObjectType({
  description: "A person's direct-marketing opt-out (an upheld objection to direct marketing, GDPR 21(2))",
})
export class MarketingOptOut {
  @Field(() => ID)
  personId!: string;

  @Field(() => Boolean)
  optedOut!: boolean;

  @Field(() => Date, { nullable: true })
  since!: Date | null;

  @Field(() => OptOutChannel, { nullable: true })
  channel!: OptOutChannel | null;
}

@ObjectType({ description: 'The unsubscribe took effect; nothing about the person is returned' })
export class Unsubscribed {
  @Field(() => String)
  registerName!: string;

  @Field(() => String)
  controllerName!: string;
}
