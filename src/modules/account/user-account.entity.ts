import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A staff user (coach, office, DPO, city officer…). Global: one account, memberships per tenant. */
@Entity({ tableName: 'user_account' })
@ObjectType('User', { description: 'A staff user' })
export class UserAccount {
  [OptionalProps]?: 'failedLogins' | 'lastFailedLoginAt' | 'lockedUntil' | 'disabledAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  email!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  displayName!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  // Never loaded with the entity: sign-in reads it in its own statement.
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'integer', default: 0 })
  failedLogins: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lastFailedLoginAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
