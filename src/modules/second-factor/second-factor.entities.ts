import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A staff user's TOTP factor. The secret is AES-256-GCM encrypted with the field key, bound to the user. */
@Entity({ tableName: 'user_second_factor' })
export class UserSecondFactor {
  [OptionalProps]?: 'createdAt' | 'confirmedAt' | 'lastUsedStep';

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text', hidden: true })
  secretEncrypted!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Null until the user proved the authenticator app works with a first code. */
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  /** The last TOTP step accepted: a code of this step or an earlier one is refused (no replay). */
  @Property({ type: 'bigint', nullable: true })
  lastUsedStep: string | null = null;
}

/** A single-use recovery code, stored only as its SHA-256. */
@Entity({ tableName: 'user_recovery_code' })
export class UserRecoveryCode {
  [OptionalProps]?: 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @PrimaryKey({ type: 'text' })
  codeHash!: string;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
