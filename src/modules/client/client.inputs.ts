import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { RegisterPersonInput } from '../person/person.inputs';
import { Gender, GuidanceService, ServicePeriodStatus } from './client.types';

@ArgsType()
export class ReferredClientsArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–200' })
  first!: number;

  @Field(() => ID, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

@ArgsType()
export class EmergencyAccessReviewQueueArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many, oldest first, 1–200' })
  first!: number;
}

@InputType({ description: 'A new client: the person (as registerPerson) and the client profile' })
export class RegisterClientInput extends RegisterPersonInput {
  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Finnish postal code, five digits' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  education?: string | null;

  @Field(() => String, { nullable: true })
  otherServiceData?: string | null;
}

@InputType({ description: 'Profile fields: null clears a field, an omitted field keeps its value' })
export class UpdateClientProfileInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true })
  streetAddress?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  education?: string | null;

  @Field(() => String, { nullable: true })
  otherServiceData?: string | null;

  @Field(() => String, { description: 'Why the data changes; kept with the earlier content' })
  reason!: string;
}

@InputType()
export class RecordServicePeriodInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { description: 'An organisation listed by purchaserOrganisations' })
  purchaserOrganisationId!: string;

  @Field(() => ID, { description: 'The referring party; an organisation listed by purchaserOrganisations' })
  referrerOrganisationId!: string;

  @Field(() => GuidanceService)
  service!: GuidanceService;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before startsOn' })
  endsOn?: string | null;

  @Field(() => ServicePeriodStatus, { defaultValue: ServicePeriodStatus.REFERRED })
  status!: ServicePeriodStatus;
}

@InputType({ description: 'referred → active → closed; referred or active → cancelled' })
export class SetServicePeriodStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ServicePeriodStatus)
  status!: ServicePeriodStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: sets the end date too; omitted keeps it' })
  endsOn?: string | null;
}

@InputType()
export class AssignCoachInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { description: 'A user holding COACH in this tenant' })
  coachUserId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; open-ended when null' })
  endsOn?: string | null;
}

@InputType()
export class EndAssignmentInput {
  @Field(() => ID)
  assignmentId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the last day of the relationship' })
  endsOn!: string;
}

@InputType()
export class OpenEmergencyAccessInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'Why the client must be opened now, at least 20 characters; use-logged' })
  reason!: string;
}

@InputType()
export class ReviewEmergencyAccessInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The reviewer's finding" })
  note!: string;
}
