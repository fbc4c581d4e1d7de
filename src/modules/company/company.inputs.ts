import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { InvoiceStatus } from './company.types';

@InputType({
  description: 'A company OFFICE adds: contact person and billing (e-invoice address and operator, or email)',
})
export class CreateCompanyInput {
  @Field(() => String, { description: '1–200 characters' })
  name!: string;

  @Field(() => String, { description: 'Y-tunnus, e.g. 1508035-7 (check digit verified)' })
  businessId!: string;

  @Field(() => String)
  contactName!: string;

  @Field(() => String)
  contactEmail!: string;

  @Field(() => String)
  contactPhone!: string;

  @Field(() => String, { nullable: true })
  eInvoiceAddress?: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceOperator?: string | null;

  @Field(() => String, { nullable: true })
  billingEmail?: string | null;
}

@InputType({ description: 'Changes to a company: an omitted field keeps its value; null clears a billing field' })
export class UpdateCompanyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Y-tunnus (check digit verified)' })
  businessId?: string | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceAddress?: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceOperator?: string | null;

  @Field(() => String, { nullable: true })
  billingEmail?: string | null;
}

@InputType()
export class SendCompanyCardLinkInput {
  @Field(() => ID)
  companyId!: string;
}

@InputType({ description: "An invoice for an enrolment, billed to the enrolment's company" })
export class CreateInvoiceInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => Int, { description: 'Euro cents, 1–10,000,000' })
  amountCents!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;
}

@InputType()
export class ChangeInvoiceStatusInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => InvoiceStatus)
  status!: InvoiceStatus;

  @Field(() => String, { nullable: true, description: 'Why, at most 500 characters (e.g. the credit note number)' })
  note?: string | null;
}

@ArgsType()
export class InvoicesArgs {
  @Field(() => InvoiceStatus, { nullable: true })
  status?: InvoiceStatus | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: "One participant's invoices (e.g. for a rights request)" })
  personId?: string | null;
}
