import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum RegisterKind {
  CARD_TRAINING = 'card-training',
  GUIDANCE = 'guidance',
}
registerEnumType(RegisterKind, { name: 'RegisterKind', description: 'Which register a tenant runs' });

/** A tenant is one register under one controller, seeded from its file in tenants/. */
@Entity({ tableName: 'tenant' })
@ObjectType({ description: 'One register under one controller' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', unique: true })
  @Field(() => String)
  slug!: string;

  @Enum({ items: () => RegisterKind })
  @Field(() => RegisterKind)
  registerKind!: RegisterKind;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Register name as in its privacy notice (Finnish)' })
  registerName!: string;

  @Property({ type: 'uuid' })
  controllerOrganisationId!: string;

  @Property({ type: 'uuid', nullable: true })
  processorOrganisationId!: string | null;

  @Property({ type: 'json' })
  file!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt!: Date;
}
