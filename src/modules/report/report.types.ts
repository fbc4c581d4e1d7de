import { Field, ID, ObjectType } from 'type-graphql';

// Reports machine clients pull through persisted operations (schema/operations) and office staff can read.
// Each is data-minimised: the fields its recipient needs, nothing that would only be nice to have.

@ObjectType({ description: 'One enrolment to bill: the participant, the session and the company paying for it' })
export class BillingExportRow {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => Date)
  enrolledAt!: Date;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => Date)
  sessionStartsAt!: Date;

  @Field(() => String, { description: 'Card type code, e.g. ttk' })
  cardTypeCode!: string;

  @Field(() => String)
  cardTypeName!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'Invoices name the participant' })
  participantFirstName!: string;

  @Field(() => String)
  participantLastName!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => String, { description: 'Y-tunnus' })
  companyBusinessId!: string;

  @Field(() => String, { nullable: true })
  eInvoiceAddress!: string | null;

  @Field(() => String, { nullable: true })
  eInvoiceOperator!: string | null;

  @Field(() => String, { nullable: true })
  billingEmail!: string | null;
}

@ObjectType({
  description:
    'One service period for the controller’s reporting: pseudonymous client id, service, dates, status and ' +
    'the purchasing and referring organisations; no names, contact details or identity codes',
})
export class ServicePeriodReportRow {
  @Field(() => ID)
  servicePeriodId!: string;

  @Field(() => ID, { description: 'The client’s id in Kaira, not a personal identifier outside it' })
  clientId!: string;

  @Field(() => String)
  service!: string;

  @Field(() => String)
  status!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn!: string | null;

  @Field(() => String)
  purchaserName!: string;

  @Field(() => String, { description: 'Y-tunnus' })
  purchaserBusinessId!: string;

  @Field(() => String)
  referrerName!: string;
}
