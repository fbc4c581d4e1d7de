import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LegalHoldKind {
  LAW = 'law',
  OPEN_INVOICE = 'open_invoice',
  DEBT_COLLECTION = 'debt_collection',
  AUTHORITY_PROCESS = 'authority_process',
  COURT_ORDER = 'court_order',
}
registerEnumType(LegalHoldKind, {
  name: 'LegalHoldKind',
  description:
    'What keeps data from erasure (GDPR 17(3); the notices): a statute, an open invoice, debt collection, ' +
    "an authority's process, a court protection order (turvaamistoimi)",
});

@ObjectType({ description: 'A legal hold: keeps the named data categories of a person until its end date' })
export class LegalHold {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a hold computed from another register (an open invoice)' })
  personId!: string | null;

  @Field(() => LegalHoldKind)
  kind!: LegalHoldKind;

  @Field(() => String, { description: 'The statute, invoice, case or court order number' })
  reference!: string;

  @Field(() => String, { description: 'The last day the hold keeps data (YYYY-MM-DD)' })
  endsOn!: string;

  @Field(() => [String], { description: "Data-category keys of the register's tenant file that the hold keeps" })
  categories!: string[];

  @Field(() => Boolean, { description: 'The hold keeps data today' })
  active!: boolean;
}

@InputType({ description: "Record a legal hold on a person's data (the controller's staff)" })
export class RecordLegalHoldInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => LegalHoldKind)
  kind!: LegalHoldKind;

  @Field(() => String, { description: 'The statute, invoice, case or court order number (no personal data)' })
  reference!: string;

  @Field(() => String, { description: 'The last day the hold keeps data, YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => [String], { description: 'Data-category keys (the person-data map) the hold keeps' })
  categories!: string[];
}

@InputType({ description: "The controller's decision to erase, on an erasure request with a checked identity" })
export class EraseOnRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The data-category keys to erase; omitted: everything about the person in this register',
  })
  categories?: string[] | null;

  @Field(() => String, { description: 'The decision’s reasoning (no personal data: it is kept in the certificate)' })
  reason!: string;
}

@ObjectType({ description: 'A hold named in an erasure outcome' })
export class HoldReference {
  @Field(() => LegalHoldKind)
  kind!: LegalHoldKind;

  @Field(() => String)
  reference!: string;

  @Field(() => String)
  endsOn!: string;
}

@ObjectType({ description: 'A data category erased, and how many rows went' })
export class ErasedCategory {
  @Field(() => String)
  category!: string;

  @Field(() => Int, { description: 'Rows deleted or cleared for the category (shared rows count once per category)' })
  rows!: number;
}

@ObjectType({ description: 'A data category kept, and why' })
export class KeptCategory {
  @Field(() => String)
  category!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => [HoldReference], { description: 'The holds that keep it (none when kept for another reason)' })
  holds!: HoldReference[];
}

@ObjectType({
  description:
    'The erasure certificate: what was erased and kept, when, under which request and decision — never a name, ' +
    'henkilötunnus, contact data or the person’s id',
})
export class ErasureCertificate {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  decidedBy!: string;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  decisionReason!: string;

  @Field(() => Boolean, {
    description: 'Everything about the person was erased: the person is no longer in the register',
  })
  complete!: boolean;

  @Field(() => [ErasedCategory])
  erased!: ErasedCategory[];

  @Field(() => [KeptCategory])
  kept!: KeptCategory[];
}
