import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { DeliveryMode, SessionLanguage, ValidityBasis } from './training.types';

@InputType({
  description:
    'Catalogue fields of a card type: an omitted field keeps its value; null clears the optional ones ' +
    '(validityMonths: no expiry, examPassMark: no exam, maxRetakes: unlimited, temporaryCertificateMaxDays: none)',
})
export class UpdateCardTypeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: '1–200 characters' })
  nameFi?: string | null;

  @Field(() => String, { nullable: true, description: '1–200 characters' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: '1–200 characters' })
  schemeOwner?: string | null;

  @Field(() => Int, { nullable: true, description: '1–600 months; null: the card does not expire' })
  validityMonths?: number | null;

  @Field(() => ValidityBasis, { nullable: true })
  validityBasis?: ValidityBasis | null;

  @Field(() => Boolean, { nullable: true })
  refresherOnlyWhileValid?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Percent, above 0 and at most 100, one decimal; null: no exam' })
  examPassMark?: number | null;

  @Field(() => Int, { nullable: true, description: '0–100; null: unlimited' })
  maxRetakes?: number | null;

  @Field(() => Int, { nullable: true, description: '1–366 days; null: no temporary certificate' })
  temporaryCertificateMaxDays?: number | null;

  @Field(() => Boolean, { nullable: true })
  trainerAuthorisationRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  photoIdRequired?: boolean | null;
}

@InputType({ description: "Grant or renew a trainer's scheme authorisation for a card type" })
export class GrantTrainerAuthorisationInput {
  @Field(() => ID, { description: 'A user holding TRAINER in this tenant' })
  trainerUserId!: string;

  @Field(() => ID)
  cardTypeId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the past: the last day the authorisation is valid' })
  validUntil!: string;
}

@InputType()
export class CreateTrainingSessionInput {
  @Field(() => ID)
  cardTypeId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time with offset, e.g. 2026-12-01T08:00:00+02:00' })
  startsAt!: string;

  @Field(() => String, { description: 'ISO 8601 date-time with offset, after startsAt' })
  endsAt!: string;

  @Field(() => String, { description: '1–200 characters' })
  place!: string;

  @Field(() => SessionLanguage)
  language!: SessionLanguage;

  @Field(() => DeliveryMode)
  deliveryMode!: DeliveryMode;

  @Field(() => Int, { description: '1–500 seats' })
  capacity!: number;
}

@InputType({ description: 'Session fields: an omitted field keeps its value. The card type is not changed.' })
export class UpdateTrainingSessionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  endsAt?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => SessionLanguage, { nullable: true })
  language?: SessionLanguage | null;

  @Field(() => DeliveryMode, { nullable: true })
  deliveryMode?: DeliveryMode | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;
}

@InputType()
export class AssignSessionTrainerInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, {
    description: 'A user holding TRAINER here, authorised for the type until the session ends if the type requires',
  })
  trainerUserId!: string;
}

@ArgsType()
export class TrainingSessionsArgs {
  @Field(() => String, { description: 'YYYY-MM-DD (Finnish time): sessions ending on or after this day' })
  from!: string;

  @Field(() => String, {
    description: 'YYYY-MM-DD (Finnish time): sessions starting on or before this day; ≤ 366 days on',
  })
  to!: string;
}
