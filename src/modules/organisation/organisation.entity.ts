import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A controller, processor or purchaser. Global: one organisation serves many tenants. */
@Entity({ tableName: 'organisation' })
@ObjectType({ description: 'An organisation: controller, processor or purchaser' })
export class Organisation {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Y-tunnus' })
  businessId!: string;

  /** For purchasers and referring parties of guidance services. */
  @Enum({
    items: ['municipality', 'te-administration', 'kela', 'school', 'private-provider', 'insurer'],
    nullable: true,
  })
  purchaserKind!: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
