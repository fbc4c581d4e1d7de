import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

// The card-training catalogue and sessions (DOMAIN.md §2.1). None of these rows holds a data subject's
// personal data: the only person they name is staff (a trainer, who granted or created what).

/** A card type and the scheme's rules for it, kept as data (seeded from card-type.seed.ts, edited by OFFICE). */
@Entity({ tableName: 'card_type' })
export class CardType extends TenantOwned {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stable key, unique per tenant; the seed finds its rows by it, so it is not edited. */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameFi!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  schemeOwner!: string;

  @Property({ type: 'integer', nullable: true })
  validityMonths: number | null = null;

  @Enum({ items: ['day', 'month'] })
  validityBasis!: 'day' | 'month';

  @Property({ type: 'boolean' })
  refresherOnlyWhileValid!: boolean;

  // numeric(4,1): the driver returns a string; card-type.view.ts turns it into a number.
  @Property({ type: 'decimal', precision: 4, scale: 1, nullable: true })
  examPassMark: string | null = null;

  @Property({ type: 'integer', nullable: true })
  maxRetakes: number | null = null;

  @Property({ type: 'integer', nullable: true })
  temporaryCertificateMaxDays: number | null = null;

  @Property({ type: 'boolean' })
  trainerAuthorisationRequired!: boolean;

  @Property({ type: 'boolean' })
  photoIdRequired!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}

/** A trainer's authorisation by the scheme to teach a card type, until a date. One row per trainer and type. */
@Entity({ tableName: 'trainer_authorisation' })
export class TrainerAuthorisation extends TenantOwned {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  cardTypeId!: string;

  @Property({ type: 'date' })
  validUntil!: string;

  @Property({ type: 'uuid' })
  grantedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  grantedAt!: Date;
}

/** One training of a card type: when, where, in which language and mode, for how many. */
@Entity({ tableName: 'training_session' })
export class TrainingSession extends TenantOwned {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  cardTypeId!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Property({ type: 'text' })
  place!: string;

  @Enum({ items: ['fi', 'sv', 'en'] })
  language!: 'fi' | 'sv' | 'en';

  @Enum({ items: ['classroom', 'online', 'blended'] })
  deliveryMode!: 'classroom' | 'online' | 'blended';

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;
}

/** A trainer teaching a session. */
@Entity({ tableName: 'session_trainer' })
export class SessionTrainer extends TenantOwned {
  [OptionalProps]?: 'assignedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  trainerUserId!: string;

  @Property({ type: 'uuid' })
  assignedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  assignedAt!: Date;
}
