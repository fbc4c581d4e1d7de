import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A written consent the client signed (DOMAIN.md §2.2)' })
export class RecordConsentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => [String], {
    description: "Consent-gated data categories of the register's tenant file, e.g. employment",
  })
  categories!: string[];

  @Field(() => Boolean, { description: 'Whether the client allows disclosing data to the purchaser of the service' })
  disclosesToPurchaser!: boolean;

  @Field(() => String, { description: 'The day the client signed, YYYY-MM-DD; not in the future' })
  signedOn!: string;

  @Field(() => String, { description: 'Reference to the signed document or its scan' })
  evidence!: string;
}

@InputType({ description: 'The client withdraws consent, whole or per category; collection stops at once' })
export class WithdrawConsentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => [String], { nullable: true, description: 'The categories withdrawn; omitted: every consent-gated one' })
  categories?: string[] | null;

  @Field(() => String, { description: 'Reference to the withdrawal (a signed form, a logged call…)' })
  evidence!: string;
}
