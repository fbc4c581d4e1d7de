import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'Who a training announcement is for: holders of a card type, or with expiringWithinDays those whose ' +
    'latest card of the type expires within that many days. Everyone who opted out of marketing, objected ' +
    'to processing or profiling (pending or upheld), whose data is restricted, or who has no email is left out',
})
export class MarketingAudienceInput {
  @Field(() => ID)
  cardTypeId!: string;

  @Field(() => Int, { nullable: true, description: '1–730 days from today' })
  expiringWithinDays?: number | null;
}

@InputType({ description: 'A training announcement: each recipient gets their own email with an unsubscribe link' })
export class SendTrainingAnnouncementInput {
  @Field(() => MarketingAudienceInput)
  audience!: MarketingAudienceInput;

  @Field(() => String, { description: '1–200 characters, one line' })
  subject!: string;

  @Field(() => String, { description: 'The message, 1–20,000 characters; the unsubscribe link is added below it' })
  text!: string;
}

@InputType({ description: "The person's request to stop direct marketing (e.g. by email): effective at once" })
export class RecordMarketingOptOutInput {
  @Field(() => ID)
  personId!: string;
}

@InputType({ description: 'The one-time link from a training announcement' })
export class UnsubscribeInput {
  @Field(() => String)
  token!: string;
}

@ArgsType()
export class ExpiringCardsArgs {
  @Field(() => Int, { description: 'Cards whose validity ends within this many days from today, 1–730' })
  withinDays!: number;

  @Field(() => ID, { nullable: true })
  cardTypeId?: string | null;
}
