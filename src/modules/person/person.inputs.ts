import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Person } from './person.entity';

@InputType()
export class RegisterPersonInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'Henkilötunnus, all 11 characters as written' })
  personalIdentityCode?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class UpdatePersonContactInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { nullable: true, description: 'New email; null clears it; omitted keeps it' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New phone; null clears it; omitted keeps it' })
  phone?: string | null;

  @Field(() => String, { description: 'Why the data changes; kept with the earlier content' })
  reason!: string;
}

@InputType()
export class RevealPersonalIdentityCodeInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'Why the full code is needed; written to the use log' })
  purpose!: string;
}

@ArgsType()
export class PeopleArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–200' })
  first!: number;

  @Field(() => ID, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Beginning of a first or last name' })
  search?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => ID, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [Person])
  nodes!: Person[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class RevealedIdentityCode {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, { description: 'Henkilötunnus, all 11 characters' })
  personalIdentityCode!: string;
}
