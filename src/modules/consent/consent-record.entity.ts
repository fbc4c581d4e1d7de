import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

/** One record of the written-consent ledger: given or withdrawn categories. Never edited. */
@Entity({ tableName: 'consent_record' })
export class ConsentRecord extends TenantOwned {
  [OptionalProps]?: 'disclosesToPurchaser' | 'signedOn' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Enum({ items: ['give', 'withdraw'] })
  action!: 'give' | 'withdraw';

  @Property({ type: 'text[]' })
  categories!: string[];

  @Property({ type: 'boolean', nullable: true, fieldName: 'disclose_to_purchaser' })
  disclosesToPurchaser: boolean | null = null;

  @Property({ type: 'date', nullable: true })
  signedOn: string | null = null;

  /** Document reference or scan id proving the written consent or its withdrawal. */
  @Property({ type: 'text' })
  evidence!: string;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  // The database's clock at the insert, taken under the person's consent lock: the ledger's order is the
  // order the changes were made in, whatever the clock of the app server that sent them.
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt!: Date;
}
