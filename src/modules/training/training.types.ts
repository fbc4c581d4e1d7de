import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

// The API's view of the card-training catalogue and sessions (DOMAIN.md §2.1), assembled from plain rows.
// Enum values are the database's values; GraphQL shows the names.

export enum ValidityBasis {
  DAY = 'day',
  MONTH = 'month',
}
registerEnumType(ValidityBasis, {
  name: 'ValidityBasis',
  description:
    'DAY: valid to the same day validityMonths after completion (the month end when that day does not exist); ' +
    'MONTH: valid to the end of the month validityMonths after the completion month',
});

export enum SessionLanguage {
  FI = 'fi',
  SV = 'sv',
  EN = 'en',
}
registerEnumType(SessionLanguage, { name: 'SessionLanguage', description: 'The language a session is taught in' });

export enum DeliveryMode {
  CLASSROOM = 'classroom',
  ONLINE = 'online',
  BLENDED = 'blended',
}
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });

@ObjectType('CardType', { description: "A card type and its scheme's rules [verify per scheme]" })
export class CardTypeView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable key, e.g. ttk, tieturva-1' })
  code!: string;

  @Field(() => String)
  nameFi!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: 'The scheme owner, e.g. Työturvallisuuskeskus TTK' })
  schemeOwner!: string;

  @Field(() => Int, { nullable: true, description: 'How long a card is valid; null: it does not expire' })
  validityMonths!: number | null;

  @Field(() => ValidityBasis)
  validityBasis!: ValidityBasis;

  @Field(() => Boolean, { description: 'A refresher course counts only while the earlier card is still valid' })
  refresherOnlyWhileValid!: boolean;

  @Field(() => Float, { nullable: true, description: 'Exam pass mark in percent; null: no exam' })
  examPassMark!: number | null;

  @Field(() => Int, { nullable: true, description: 'Exam retakes allowed; null: unlimited' })
  maxRetakes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest temporary certificate in days; null: none' })
  temporaryCertificateMaxDays!: number | null;

  @Field(() => Boolean, { description: "Only trainers with the scheme's authorisation may teach it" })
  trainerAuthorisationRequired!: boolean;

  @Field(() => Boolean, { description: 'Identity must be checked from a photo ID' })
  photoIdRequired!: boolean;
}

@ObjectType('Trainer', { description: 'A staff member teaching card training (staff data, not a data subject)' })
export class TrainerView {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType('TrainerAuthorisation', { description: "A trainer's scheme authorisation for a card type" })
export class TrainerAuthorisationView {
  @Field(() => ID)
  id!: string;

  @Field(() => TrainerView)
  trainer!: TrainerView;

  @Field(() => CardTypeView)
  cardType!: CardTypeView;

  @Field(() => String, { description: 'YYYY-MM-DD: the last day the authorisation is valid' })
  validUntil!: string;

  @Field(() => ID)
  grantedBy!: string;

  @Field(() => Date)
  grantedAt!: Date;
}

@ObjectType('TrainingSession', { description: 'One training of a card type' })
export class TrainingSessionView {
  @Field(() => ID)
  id!: string;

  @Field(() => CardTypeView)
  cardType!: CardTypeView;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String)
  place!: string;

  @Field(() => SessionLanguage)
  language!: SessionLanguage;

  @Field(() => DeliveryMode)
  deliveryMode!: DeliveryMode;

  @Field(() => Int, { description: 'Seats, 1–500' })
  capacity!: number;

  @Field(() => [TrainerView])
  trainers!: TrainerView[];
}
