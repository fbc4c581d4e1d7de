import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../person/person.inputs';

// The API's view of a guidance client (DOMAIN.md §2.2): the person, the client profile and the service
// periods, assembled from plain rows. Enum values are the database's values; GraphQL shows the names.

export enum Gender {
  FEMALE = 'female',
  MALE = 'male',
  OTHER = 'other',
  NOT_TOLD = 'not-told',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: "The client's gender as they state it (never derived from the henkilötunnus)",
});

export enum GuidanceService {
  WORK_LIFE_PARTICIPATION = 'work-life-participation',
  VOCATIONAL_REHABILITATION = 'vocational-rehabilitation',
  JOB_COACHING = 'job-coaching',
}
registerEnumType(GuidanceService, {
  name: 'GuidanceService',
  description: 'Työelämäosallisuus, työhönkuntoutus or työhönvalmennus',
});

export enum ServicePeriodStatus {
  REFERRED = 'referred',
  ACTIVE = 'active',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}
registerEnumType(ServicePeriodStatus, { name: 'ServicePeriodStatus' });

export enum PurchaserKind {
  MUNICIPALITY = 'municipality',
  TE_ADMINISTRATION = 'te-administration',
  KELA = 'kela',
  SCHOOL = 'school',
  PRIVATE_PROVIDER = 'private-provider',
  INSURER = 'insurer',
}
registerEnumType(PurchaserKind, { name: 'PurchaserKind', description: 'What kind of purchaser or referring party' });

@ObjectType({ description: 'An organisation that purchases guidance services or refers clients to them' })
export class PurchaserOrganisation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Y-tunnus' })
  businessId!: string;

  @Field(() => PurchaserKind, { nullable: true })
  kind!: PurchaserKind | null;
}

@ObjectType('ServicePeriod', {
  description: 'A referral / service period: purchaser, referring party, service, dates and status',
})
export class ServicePeriodView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => PurchaserOrganisation)
  purchaser!: PurchaserOrganisation;

  @Field(() => PurchaserOrganisation, { description: 'The referring party (lähettävä taho)' })
  referrer!: PurchaserOrganisation;

  @Field(() => GuidanceService)
  service!: GuidanceService;

  @Field(() => ServicePeriodStatus)
  status!: ServicePeriodStatus;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn!: string | null;
}

@ObjectType({ description: 'A client of the guidance register: the person, the client profile and service periods' })
export class Client {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Henkilötunnus with the individual part hidden' })
  personalIdentityCodeMasked!: string | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => String, { nullable: true })
  streetAddress!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  education!: string | null;

  @Field(() => String, { nullable: true, description: "Other data the client's service needs" })
  otherServiceData!: string | null;

  @Field(() => [ServicePeriodView], { description: "A referrer sees only its own organisation's referrals" })
  servicePeriods!: ServicePeriodView[];
}

@ObjectType()
export class ClientConnection {
  @Field(() => [Client])
  nodes!: Client[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('Assignment', { description: 'The client relationship: a coach assigned to a client for a period' })
export class AssignmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  coachUserId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; open-ended when null' })
  endsOn!: string | null;
}

@ObjectType('EmergencyAccess', {
  description: "A coach's emergency access to an unassigned client: who, which client, why, when; and its review",
})
export class EmergencyAccessView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  clientFirstName!: string;

  @Field(() => String)
  clientLastName!: string;

  @Field(() => ID)
  openedByUserId!: string;

  @Field(() => String)
  openedByName!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => Date)
  openedAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  reviewedByUserId!: string | null;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;
}
