import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../auth/roles';

export enum LogName {
  USE_LOG = 'use_log',
  DISCLOSURE_LOG = 'disclosure_log',
}
registerEnumType(LogName, { name: 'LogName', description: 'Käyttöloki (use log) or luovutusloki (disclosure log)' });

@ObjectType({ description: 'Who read which data of a person, when, and on what basis' })
export class UseLogEntry {
  @Field(() => Int)
  seq!: number;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID)
  actorUserId!: string;

  @Field(() => ID)
  actorOrganisationId!: string;

  @Field(() => [Role])
  actorRoles!: Role[];

  @Field(() => [ID], { description: 'The persons whose data the operation read' })
  personIds!: string[];

  @Field(() => [String])
  data!: string[];

  @Field(() => String)
  operation!: string;

  @Field(() => String)
  basis!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ArgsType()
export class PersonUseLogArgs {
  @Field(() => ID)
  personId!: string;

  @Field(() => Date, { description: 'From this moment (inclusive)' })
  from!: Date;

  @Field(() => Date, { description: 'Until this moment (exclusive)' })
  to!: Date;
}

@ObjectType({ description: "The result of re-computing a log's hash chain" })
export class LogVerification {
  @Field(() => LogName)
  log!: LogName;

  @Field(() => Boolean)
  intact!: boolean;

  @Field(() => Int, { description: 'Entries checked before the first broken link (all of them when intact)' })
  checked!: number;

  @Field(() => Int, { nullable: true, description: 'Sequence number of the first broken link' })
  brokenAt!: number | null;

  @Field(() => String, { nullable: true })
  problem!: string | null;
}
