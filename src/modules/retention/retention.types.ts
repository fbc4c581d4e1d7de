import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many of one kind a retention run removed (or, dry, found due) or kept' })
export class RetentionCount {
  @Field(() => String, { description: 'A data category of the tenant file, a platform record, or a hold kind' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One retention run in this register (DOMAIN.md §7): what it removed, and what holds kept' })
export class RetentionRun {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The run across all registers this is part of' })
  runId!: string;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date)
  finishedAt!: Date;

  @Field(() => Boolean, { description: 'A dry run removed nothing; its counts are what was due' })
  dryRun!: boolean;

  @Field(() => String, { description: 'cli, scheduler or api' })
  trigger!: string;

  @Field(() => [RetentionCount])
  removed!: RetentionCount[];

  @Field(() => [RetentionCount], { description: 'Persons due but kept, by legal hold kind or restriction' })
  kept!: RetentionCount[];

  @Field(() => Int, { description: 'Persons removed (or due); their ids are kept 30 days, never shown here' })
  personCount!: number;
}
