import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum DisclosureBasisKind {
  /** The person's own written request (DOMAIN.md §2.2). */
  DATA_SUBJECT_REQUEST = 'data_subject_request',
  /** A legally empowered authority demands specifically named data, citing the statute. */
  AUTHORITY_DEMAND = 'authority_demand',
}
registerEnumType(DisclosureBasisKind, {
  name: 'DisclosureBasisKind',
  description: "Why data may leave the register: the person's written request or an authority's demand",
});

export enum DisclosureStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  REFUSED = 'refused',
  EXECUTED = 'executed',
}
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus', description: 'Where a disclosure request stands' });

@ObjectType({ description: 'Who receives the data' })
export class DisclosureRecipient {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Y-tunnus of a Finnish organisation' })
  businessId!: string | null;

  @Field(() => String, { nullable: true, description: "A foreign organisation's registration number" })
  foreignId!: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code' })
  country!: string;

  @Field(() => String, { description: 'Where the data is delivered' })
  address!: string;

  @Field(() => Boolean, { description: 'In the EEA: false makes the disclosure a third-country transfer' })
  inEea!: boolean;
}

@ObjectType({ description: 'The basis of a disclosure' })
export class DisclosureBasis {
  @Field(() => DisclosureBasisKind)
  kind!: DisclosureBasisKind;

  @Field(() => String, { description: "Reference to the person's written request or the authority's demand" })
  documentRef!: string;

  @Field(() => String, { description: 'Date of that document, YYYY-MM-DD' })
  documentDate!: string;

  @Field(() => String, { nullable: true, description: "The statute an authority's demand cites" })
  statute!: string | null;
}

@ObjectType({ description: "The DPO's assessment of a third country's actual level of protection" })
export class DpoAssessment {
  @Field(() => String)
  by!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  on!: string;

  @Field(() => String)
  conclusion!: string;
}

@ObjectType({ description: 'What a transfer outside the EEA needs on record (DOMAIN.md §2.2)' })
export class TransferSafeguardsView {
  @Field(() => String, { nullable: true, description: "Reference to the person's mandate for the transfer" })
  mandateDocumentRef!: string | null;

  @Field(() => DpoAssessment, { nullable: true })
  dpoAssessment!: DpoAssessment | null;

  @Field(() => String, { nullable: true, description: "The data protection authority's assessment, by reference" })
  authorityAssessmentRef!: string | null;

  @Field(() => [String], { description: 'Conditions of the tenant file still missing; empty when none are' })
  missing!: string[];
}

@ObjectType({ description: "A request to disclose one person's named data to one recipient; the controller decides" })
export class DisclosureRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The person whose data would be disclosed' })
  personId!: string;

  @Field(() => DisclosureRecipient)
  recipient!: DisclosureRecipient;

  @Field(() => DisclosureBasis)
  basis!: DisclosureBasis;

  @Field(() => [String], { description: "Data categories (dataCategories keys of the register's tenant file)" })
  categories!: string[];

  @Field(() => String, { nullable: true, description: 'Only data from this day on, YYYY-MM-DD' })
  periodFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Only data up to this day, YYYY-MM-DD' })
  periodTo!: string | null;

  @Field(() => TransferSafeguardsView)
  transferSafeguards!: TransferSafeguardsView;

  @Field(() => DisclosureStatus)
  status!: DisclosureStatus;

  @Field(() => Date)
  registeredAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The controller's reasons for approving or refusing" })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true })
  executedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the package, as in the disclosure log' })
  contentSha256!: string | null;
}

@ObjectType({ description: 'An executed disclosure: the package, handed over this once, and its hash' })
export class DisclosureExecution {
  @Field(() => DisclosureRequest)
  request!: DisclosureRequest;

  @Field(() => String, {
    description:
      'The package (JSON) exactly as logged: deliver it to the recipient. It is not stored; only its hash is kept.',
  })
  package!: string;

  @Field(() => String)
  contentSha256!: string;
}
