import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

// The API's view of companies, their invoices and the company card report (DOMAIN.md §2.1), assembled
// from plain rows. Billing details are OFFICE's and the controller's DPO's only (company.rules.ts).

@ObjectType('Company', { description: "A participant's employer: contact and billing details" })
export class CompanyView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Y-tunnus' })
  businessId!: string;

  @Field(() => String, { description: "The company's contact person" })
  contactName!: string;

  @Field(() => String)
  contactEmail!: string;

  @Field(() => String)
  contactPhone!: string;

  @Field(() => String, { nullable: true })
  eInvoiceAddress!: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceOperator!: string | null;

  @Field(() => String, { nullable: true })
  billingEmail!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: "A link to the company's card report, emailed to its contact person" })
export class CompanyCardLinkSent {
  @Field(() => ID)
  companyId!: string;

  @Field(() => Date, { description: 'The link works until then; each view is written to the disclosure log' })
  expiresAt!: Date;
}

@ObjectType({ description: 'A card as the company report shows it' })
export class CompanyReportCard {
  @Field(() => String)
  cardTypeName!: string;

  @Field(() => String)
  cardNumber!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: the card does not expire' })
  validUntil!: string | null;
}

@ObjectType({ description: "An employee's cards: the name and cards only (no henkilötunnus, no contact details)" })
export class CompanyReportEmployee {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => [CompanyReportCard])
  cards!: CompanyReportCard[];
}

@ObjectType({ description: "The company's employees' cards and their expiry, as disclosed to its contact person" })
export class CompanyCardReport {
  @Field(() => String)
  companyName!: string;

  @Field(() => String)
  registerName!: string;

  @Field(() => String)
  controllerName!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => [CompanyReportEmployee])
  employees!: CompanyReportEmployee[];
}

export enum InvoiceStatus {
  OPEN = 'open',
  IN_COLLECTION = 'in_collection',
  PAID = 'paid',
  CREDITED = 'credited',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'OPEN → PAID | IN_COLLECTION | CREDITED; IN_COLLECTION → PAID | CREDITED; PAID and CREDITED are final',
});

@ObjectType('InvoiceStatusChange', { description: 'One status an invoice took: by whom, when, why' })
export class InvoiceStatusChangeView {
  @Field(() => InvoiceStatus, { nullable: true, description: 'Null when the invoice was created' })
  from!: InvoiceStatus | null;

  @Field(() => InvoiceStatus)
  to!: InvoiceStatus;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date)
  changedAt!: Date;

  @Field(() => ID)
  changedBy!: string;
}

@ObjectType('Invoice', { description: 'An invoice for one enrolment, billed to the company' })
export class InvoiceView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => ID)
  companyId!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => ID, { description: 'The participant the invoice is for' })
  personId!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => String, { description: 'Finnish reference number (viitenumero)' })
  reference!: string;

  @Field(() => InvoiceStatus)
  status!: InvoiceStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => [InvoiceStatusChangeView], { description: 'Oldest first, from the creation' })
  history!: InvoiceStatusChangeView[];
}
