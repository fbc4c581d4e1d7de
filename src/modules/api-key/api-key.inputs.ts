import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. "billing system"; 1–100 characters' })
  name!: string;

  @Field(() => [String], { description: 'Names of persisted operations the key may run (1–50)' })
  operations!: string[];
}

@InputType()
export class RotateApiKeyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes the old secret keeps working, 0–1440; default 0 (retired at once)',
  })
  graceMinutes?: number | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  id!: string;
}
