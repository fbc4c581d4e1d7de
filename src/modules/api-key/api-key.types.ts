import { Field, ID, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';

@ObjectType('ApiKey', { description: "An INTEGRATION principal's key in this tenant; the secret is never shown again" })
export class ApiKeyView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Persisted operations (schema/operations) the key may run' })
  operations!: string[];

  @Field(() => String, { description: 'The first characters of the key, to recognise it: kaira_live_<id>' })
  prefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  rotatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation still works' })
  previousSecretValidUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Last successful use, to the minute (updated at most once a minute)',
  })
  lastUsedAt!: Date | null;

  static of(key: ApiKey): ApiKeyView {
    return Object.assign(new ApiKeyView(), {
      id: key.id,
      name: key.name,
      operations: [...key.operations],
      prefix: `kaira_live_${key.id.replace(/-/g, '')}`,
      createdAt: key.createdAt,
      rotatedAt: key.rotatedAt,
      previousSecretValidUntil: key.previousValidUntil,
      revokedAt: key.revokedAt,
      lastUsedAt: key.lastUsedAt,
    });
  }
}

@ObjectType({ description: 'A new or rotated key: `secret` is shown only in this answer' })
export class ApiKeySecret {
  @Field(() => ApiKeyView)
  apiKey!: ApiKeyView;

  @Field(() => String, { description: 'Send as `Authorization: ApiKey <secret>`; stored only as a hash' })
  secret!: string;
}
