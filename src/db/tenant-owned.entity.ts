import { Entity, Property } from '@mikro-orm/core';

// Every tenant-owned row carries tenant_id. The app scopes queries through the `tenant` filter
// (src/db/orm.ts); PostgreSQL's forced row-level security refuses whatever the app forgets.
@Entity({ abstract: true })
export abstract class TenantOwned {
  @Property({ type: 'uuid' })
  tenantId!: string;
}
