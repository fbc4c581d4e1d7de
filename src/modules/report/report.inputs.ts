import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class ReportPeriodArgs {
  @Field(() => String, { description: 'YYYY-MM-DD, the first day of the period (Finnish time)' })
  from!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the last day of the period; at most 366 days after from' })
  to!: string;
}
