import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReportLanguage {
  FI = 'fi',
  EN = 'en',
}
registerEnumType(ReportLanguage, { name: 'ReportLanguage' });

@ObjectType({ description: "A use of the person's data: who, when, what, on what basis (käyttöloki)" })
export class LogReportUse {
  @Field(() => Int)
  seq!: number;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'The user who used the data' })
  userName!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => [String])
  roles!: string[];

  @Field(() => String)
  operation!: string;

  @Field(() => String, { description: 'The basis of the use, e.g. CLIENT_RELATIONSHIP' })
  basis!: string;

  @Field(() => [String])
  data!: string[];

  @Field(() => String, { nullable: true, description: 'A stated reason (emergency access, a rights request…)' })
  reason!: string | null;
}

@ObjectType({ description: "A disclosure of the person's data (luovutusloki)" })
export class LogReportDisclosure {
  @Field(() => Int)
  seq!: number;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  recipientName!: string;

  @Field(() => String, { nullable: true })
  recipientBusinessId!: string | null;

  @Field(() => String, { nullable: true })
  recipientCountry!: string | null;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => [String])
  dataSet!: string[];

  @Field(() => String, { nullable: true })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: 'The user who made the disclosure' })
  userName!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;
}

@ObjectType({ description: "Log report (Act 703/2023 § 11): uses and disclosures of the person's data since `from`" })
export class LogReport {
  @Field(() => String)
  requestId!: string;

  @Field(() => String, { description: 'First day covered: two years back, or older with a recorded special reason' })
  from!: string;

  @Field(() => String, { nullable: true })
  specialReason!: string | null;

  @Field(() => Date)
  generatedAt!: Date;

  @Field(() => [LogReportUse])
  uses!: LogReportUse[];

  @Field(() => [LogReportDisclosure])
  disclosures!: LogReportDisclosure[];
}
