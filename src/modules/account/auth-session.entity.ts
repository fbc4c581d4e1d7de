import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A signed-in session: access tokens name it, so revoking it ends them at once. */
@Entity({ tableName: 'auth_session' })
export class AuthSession {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'secondFactorAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', index: 'auth_session_user_id_index' })
  userId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** When the session proved a second factor (TOTP or a recovery code); null: password only. */
  @Property({ type: 'timestamptz', nullable: true })
  secondFactorAt: Date | null = null;
}

/** Refresh tokens rotate: each is used once; presenting a used one revokes the whole session. */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @Property({ type: 'uuid', index: 'refresh_token_session_id_index' })
  sessionId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
}
