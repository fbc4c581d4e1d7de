import { Field, ID, InputType } from 'type-graphql';
import { DisclosureBasisKind } from './disclosure.types';

@InputType({ description: 'The recipient: an organisation, its identifier and where the data goes' })
export class DisclosureRecipientInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Y-tunnus (required for a Finnish recipient)' })
  businessId?: string | null;

  @Field(() => String, { nullable: true, description: "A foreign organisation's registration number" })
  foreignId?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. FI, SE, US' })
  country!: string;

  @Field(() => String, { description: 'Delivery address (postal or secure electronic)' })
  address!: string;
}

@InputType({ description: "The basis: the person's written request, or an authority's demand citing its statute" })
export class DisclosureBasisInput {
  @Field(() => DisclosureBasisKind)
  kind!: DisclosureBasisKind;

  @Field(() => String, { description: 'Reference to the written request or the demand (diary number, scan…)' })
  documentRef!: string;

  @Field(() => String, { description: 'Date of the document, YYYY-MM-DD; not in the future' })
  documentDate!: string;

  @Field(() => String, { nullable: true, description: 'Required for an authority demand: the statute cited' })
  statute?: string | null;
}

@InputType({ description: 'Register a disclosure request: exactly which data of which person, to whom, why' })
export class RegisterDisclosureRequestInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => DisclosureRecipientInput)
  recipient!: DisclosureRecipientInput;

  @Field(() => DisclosureBasisInput)
  basis!: DisclosureBasisInput;

  @Field(() => [String], { description: "dataCategories keys of the register's tenant file" })
  categories!: string[];

  @Field(() => String, { nullable: true, description: 'Only data from this day on, YYYY-MM-DD' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Only data up to this day, YYYY-MM-DD' })
  periodTo?: string | null;
}

@InputType({ description: "The DPO's assessment of the third country" })
export class DpoAssessmentInput {
  @Field(() => String, { description: 'Who assessed (the DPO by name)' })
  by!: string;

  @Field(() => String, { description: 'When, YYYY-MM-DD; not in the future' })
  on!: string;

  @Field(() => String)
  conclusion!: string;
}

@InputType({ description: 'Record the safeguards of a third-country transfer on a pending request' })
export class RecordTransferSafeguardsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Reference to the person's mandate for this transfer" })
  mandateDocumentRef?: string | null;

  @Field(() => DpoAssessmentInput, { nullable: true })
  dpoAssessment?: DpoAssessmentInput | null;

  @Field(() => String, { nullable: true, description: "The data protection authority's assessment, by reference" })
  authorityAssessmentRef?: string | null;
}

@InputType({ description: "The controller's decision on a pending request, with the reasons" })
export class DecideDisclosureRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => String)
  reason!: string;
}
