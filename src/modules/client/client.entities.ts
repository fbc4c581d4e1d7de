import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

// ARVI2 client data beyond the person (DOMAIN.md §2.2): gender is its own field, never derived from the
// henkilötunnus.
@Entity({ tableName: 'client_profile' })
export class ClientProfile extends TenantOwned {
  [OptionalProps]?: 'gender' | 'streetAddress' | 'postalCode' | 'city' | 'education' | 'otherServiceData' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  @Enum({ items: ['female', 'male', 'other', 'not-told'], nullable: true })
  gender: string | null = null;

  @Property({ type: 'text', nullable: true })
  streetAddress: string | null = null;

  @Property({ type: 'text', nullable: true })
  postalCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Property({ type: 'text', nullable: true })
  education: string | null = null;

  @Property({ type: 'text', nullable: true })
  otherServiceData: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A referral / service period: who buys the service, who referred the client, which service, when. */
@Entity({ tableName: 'service_period' })
export class ServicePeriod extends TenantOwned {
  [OptionalProps]?: 'endsOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  purchaserOrganisationId!: string;

  @Property({ type: 'uuid' })
  referrerOrganisationId!: string;

  @Enum({ items: ['work-life-participation', 'vocational-rehabilitation', 'job-coaching'] })
  service!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Enum({ items: ['referred', 'active', 'closed', 'cancelled'] })
  status!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The client relationship: a coach assigned to a client for a period. */
@Entity({ tableName: 'assignment' })
export class Assignment extends TenantOwned {
  [OptionalProps]?: 'endsOn' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  coachUserId!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Emergency access to an unassigned client: a reason, a time limit, a review by the controller's DPO. */
@Entity({ tableName: 'emergency_access' })
export class EmergencyAccess extends TenantOwned {
  [OptionalProps]?: 'openedAt' | 'reviewedBy' | 'reviewedAt' | 'reviewNote';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  openedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  reviewedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;
}
