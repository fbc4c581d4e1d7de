import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { Person } from './person.entity';
import {
  PeopleArgs,
  PersonConnection,
  RegisterPersonInput,
  RevealedIdentityCode,
  RevealPersonalIdentityCodeInput,
  UpdatePersonContactInput,
} from './person.inputs';
import * as people from './person.service';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: "The register's people, by name; every person returned is use-logged" })
  people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return people.listPeople(ctx, args, selectedFields(info, ['nodes']));
  }

  @Query(() => Person, { description: 'One person; the read is use-logged' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return people.getPerson(ctx, id, selectedFields(info));
  }

  @Mutation(() => Person, { description: 'Add a person to the register' })
  registerPerson(
    @Arg('input', () => RegisterPersonInput) input: RegisterPersonInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return people.registerPerson(ctx, input, selectedFields(info));
  }

  @Mutation(() => Person, { description: 'Change contact details; the earlier values are kept with the reason' })
  updatePersonContact(
    @Arg('input', () => UpdatePersonContactInput) input: UpdatePersonContactInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return people.updatePersonContact(ctx, input, selectedFields(info));
  }

  @Mutation(() => RevealedIdentityCode, {
    description: 'Show the full henkilötunnus for a stated purpose (use-logged)',
  })
  revealPersonalIdentityCode(
    @Arg('input', () => RevealPersonalIdentityCodeInput) input: RevealPersonalIdentityCodeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return people.revealPersonalIdentityCode(ctx, input);
  }
}
