import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { PeopleArgs } from '../person/person.inputs';
import { ReferredClientsArgs, RegisterClientInput, UpdateClientProfileInput } from './client.inputs';
import * as clients from './client.service';
import { Client, ClientConnection } from './client.types';

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientConnection, { description: "A coach's clients (active assignments); use-logged" })
  myClients(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return clients.listMyClients(ctx, args, selectedFields(info, ['nodes']));
  }

  @Query(() => ClientConnection, { description: "The register's clients, by name; use-logged" })
  clients(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return clients.listClients(ctx, args, selectedFields(info, ['nodes']));
  }

  @Query(() => ClientConnection, { description: "Clients the member's organisation referred; use-logged" })
  referredClients(
    @Args(() => ReferredClientsArgs) args: ReferredClientsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return clients.listReferredClients(ctx, args, selectedFields(info, ['nodes']));
  }

  @Query(() => Client, { description: 'One client, if the member may open it; use-logged with the basis' })
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return clients.getClient(ctx, id, selectedFields(info));
  }

  @Mutation(() => Client, { description: 'Add a client: the person and the client profile' })
  registerClient(
    @Arg('input', () => RegisterClientInput) input: RegisterClientInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return clients.registerClient(ctx, input, selectedFields(info));
  }

  @Mutation(() => Client, { description: 'Change the client profile; the earlier values are kept with the reason' })
  updateClientProfile(
    @Arg('input', () => UpdateClientProfileInput) input: UpdateClientProfileInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return clients.updateClientProfile(ctx, input, selectedFields(info));
  }
}
