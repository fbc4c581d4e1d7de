import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  IdentityMethod,
  RequestChannel,
  RightsRequestKind,
  RightsRequestQueue,
  RightsRequestStatus,
} from './rights-request.types';

@InputType({ description: 'A rights request as received: the person, or their stated identity until matched' })
export class RegisterRightsRequestInput {
  @Field(() => RightsRequestKind)
  kind!: RightsRequestKind;

  @Field(() => String, { description: 'Day of receipt, YYYY-MM-DD; not in the future' })
  receivedOn!: string;

  @Field(() => RequestChannel)
  channel!: RequestChannel;

  @Field(() => ID, { nullable: true, description: 'The person in this register, if already matched' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who the requester says they are (required without personId)' })
  statedIdentity?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address for the answer' })
  replyAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'What the person asked, up to 4000 characters' })
  details?: string | null;
}

@InputType()
export class MatchRightsRequestPersonInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  personId!: string;
}

@InputType({ description: "The requester's identity, checked by the signed-in member now" })
export class VerifyRequesterIdentityInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => IdentityMethod)
  method!: IdentityMethod;
}

@InputType({ description: 'Take the case into handling; the handler defaults to the signed-in member' })
export class StartRightsRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true })
  handlerUserId?: string | null;
}

@InputType({ description: 'Extend the deadline (GDPR 12(3)): only within the first month, with the reason told' })
export class ExtendRightsRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: '1 or 2 further months' })
  months!: number;

  @Field(() => String, { description: 'The reason, as told to the person' })
  reason!: string;
}

@InputType()
export class CompleteRightsRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { description: 'The decision as given to the person' })
  decision!: string;
}

@InputType({ description: 'Refuse: the reason is given to the person with the right to complain and appeal' })
export class RefuseRightsRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'Log report (Act 703/2023 § 11): a period older than two years needs a special reason' })
export class SetLogReportPeriodInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { description: 'First day of the period, YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { nullable: true, description: 'Required when the period starts more than two years back' })
  specialReason?: string | null;
}

@InputType({ description: "Rectify the person's basic data (GDPR 16); omitted fields stay, earlier values are kept" })
export class RectifyPersonInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'Why: kept with the earlier values' })
  reason!: string;
}

@ArgsType()
export class RightsRequestsArgs {
  @Field(() => RightsRequestStatus, { nullable: true })
  status?: RightsRequestStatus | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;
}

@ArgsType()
export class RightsRequestQueueArgs {
  @Field(() => RightsRequestQueue)
  queue!: RightsRequestQueue;

  @Field(() => Int, { defaultValue: 7, description: 'DUE_SOON: open cases due within this many days (0–60)' })
  withinDays!: number;
}
