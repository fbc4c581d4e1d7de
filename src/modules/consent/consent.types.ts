import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ConsentAction {
  GIVE = 'give',
  WITHDRAW = 'withdraw',
}
registerEnumType(ConsentAction, { name: 'ConsentAction', description: 'Consent given or withdrawn' });

/** Why a consent-gated category is or is not available for new data. */
export enum ConsentAvailability {
  GIVEN = 'GIVEN',
  NEVER_GIVEN = 'NEVER_GIVEN',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ConsentAvailability, {
  name: 'ConsentAvailability',
  description: 'GIVEN: written consent is active; NEVER_GIVEN: none recorded; WITHDRAWN: withdrawn since',
});

@ObjectType({ description: 'One record of the written-consent ledger; never edited, a change is a new record' })
export class ConsentLedgerEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ConsentAction)
  action!: ConsentAction;

  @Field(() => [String])
  categories!: string[];

  @Field(() => Boolean, { nullable: true, description: 'Given with the record; null on a withdrawal' })
  disclosesToPurchaser!: boolean | null;

  @Field(() => String, { nullable: true, description: 'The day the client signed (YYYY-MM-DD); null on a withdrawal' })
  signedOn!: string | null;

  @Field(() => String, { description: 'Reference to the signed document, its scan or the withdrawal' })
  evidence!: string;

  @Field(() => ID)
  recordedById!: string;

  @Field(() => String, { description: 'Who recorded it' })
  recordedByName!: string;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType({ description: "A data category's name as the register's privacy notice gives it" })
export class CategoryName {
  @Field(() => String)
  fi!: string;

  @Field(() => String)
  en!: string;
}

@ObjectType({ description: 'Whether new data of a consent-gated category is accepted now, and why' })
export class ConsentCategoryStatus {
  @Field(() => String)
  category!: string;

  @Field(() => CategoryName)
  name!: CategoryName;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => ConsentAvailability)
  reason!: ConsentAvailability;

  @Field(() => Date, { nullable: true, description: 'When the record deciding it was made; null if never given' })
  since!: Date | null;
}

@ObjectType({ description: "The client's consent as of now" })
export class ConsentStatus {
  @Field(() => ID)
  personId!: string;

  @Field(() => [String], { description: 'Categories with active written consent' })
  activeCategories!: string[];

  @Field(() => Boolean, { description: 'Data may be disclosed to the purchaser of the service' })
  disclosesToPurchaser!: boolean;

  @Field(() => [ConsentCategoryStatus], { description: 'Every consent-gated category of the register' })
  categories!: ConsentCategoryStatus[];
}
