import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

/** An INTEGRATION principal's key in one tenant. Only the SHA-256 of its secret is stored. */
@Entity({ tableName: 'api_key' })
export class ApiKey extends TenantOwned {
  [OptionalProps]?:
    'createdAt' | 'previousSecretHash' | 'previousValidUntil' | 'rotatedAt' | 'revokedAt' | 'revokedBy' | 'lastUsedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The organisation the integration acts for: the tenant's controller. */
  @Property({ type: 'uuid' })
  organisationId!: string;

  /** Names of the persisted operations (schema/operations) the key may run. */
  @Property({ type: 'text[]' })
  operations!: string[];

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  /** The secret before the last rotation, accepted until previousValidUntil (a grace period). */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecretHash: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  previousValidUntil: Date | null = null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}
