import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantOwned } from '../../db/tenant-owned.entity';

/** A data subject in one tenant: a trainee or a client. */
@Entity({ tableName: 'person' })
@Unique({ name: 'person_tenant_id_id_unique', properties: ['tenantId', 'id'] })
@Unique({ name: 'person_tenant_identity_code_unique', properties: ['tenantId', 'identityCodeLookup'] })
@ObjectType({ description: 'A data subject: a trainee or a client' })
export class Person extends TenantOwned {
  [OptionalProps]?:
    | 'email'
    | 'phone'
    | 'identityCodeEncrypted'
    | 'identityCodeLookup'
    | 'identityCodeMasked'
    | 'identityCodeTemporary'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  firstName!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  lastName!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null = null;

  /** Henkilötunnus, AES-256-GCM bound to (tenant, person); never in the API. */
  @Property({ type: 'text', nullable: true, lazy: true })
  identityCodeEncrypted: string | null = null;

  @Property({ type: 'text', nullable: true })
  identityCodeLookup: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    name: 'personalIdentityCodeMasked',
    nullable: true,
    description: 'Henkilötunnus with the individual part hidden; revealPersonalIdentityCode shows it whole',
  })
  identityCodeMasked: string | null = null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'The henkilötunnus is a temporary code (individual number 900–999)' })
  identityCodeTemporary: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date = new Date();
}

/** The earlier content of a person's data, kept on every correction with its reason and author. */
@Entity({ tableName: 'person_revision' })
export class PersonRevision extends TenantOwned {
  [OptionalProps]?: 'changedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  changedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt: Date = new Date();

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'json' })
  previous!: Record<string, unknown>;
}
