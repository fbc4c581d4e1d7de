import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

/**
 * An assessment, coaching, statement (lausunto) or observation entry. Never edited in place: a
 * correction is a new version superseding the earlier one, with a reason; every version stays.
 */
@Entity({ tableName: 'guidance_entry' })
export class GuidanceEntry extends TenantOwned {
  [OptionalProps]?: 'supersedesId' | 'correctionReason' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Enum({ items: ['assessment', 'coaching', 'statement', 'observation'] })
  kind!: 'assessment' | 'coaching' | 'statement' | 'observation';

  /** A data category of the tenant file (e.g. employment); consent-gated ones need active consent. */
  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'uuid' })
  firstVersionId!: string;

  @Property({ type: 'uuid', nullable: true })
  supersedesId: string | null = null;

  @Property({ type: 'text', nullable: true })
  correctionReason: string | null = null;

  @Property({ type: 'uuid' })
  authorId!: string;

  // The database's clock at the insert (after any consent lock), never the app server's.
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  createdAt!: Date;
}

/** A statement released to the referring organisation: a disclosure, in the disclosure log too. */
@Entity({ tableName: 'statement_release' })
export class StatementRelease extends TenantOwned {
  [OptionalProps]?: 'releasedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  entryId!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  @Property({ type: 'uuid' })
  releasedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  releasedAt: Date = new Date();
}
