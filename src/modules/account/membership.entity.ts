import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';
import { Role } from '../../auth/roles';

/** A user's roles in one tenant, and the organisation the user acts for there. */
@Entity({ tableName: 'membership' })
@Unique({ name: 'membership_tenant_user_unique', properties: ['tenantId', 'userId'] })
export class Membership extends TenantOwned {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', index: 'membership_user_id_index' })
  userId!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  @Property({ type: 'text[]' })
  roles!: Role[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
