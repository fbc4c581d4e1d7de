import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { SendMessageInput } from './survey.inputs';
import * as messages from './message.service';
import { MessageView } from './survey.types';

@Resolver()
export class MessageResolver {
  @Mutation(() => MessageView, { description: 'Email a message to clients; the register keeps what was sent' })
  sendMessage(@Arg('input', () => SendMessageInput) input: SendMessageInput, @Ctx() ctx: RequestContext) {
    return messages.sendMessage(ctx, input);
  }

  @Query(() => [MessageView], { description: 'Messages sent to the client, newest first (use-logged)' })
  clientMessages(
    @Arg('personId', () => ID) personId: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return messages.clientMessages(ctx, personId, selectedFields(info));
  }
}
