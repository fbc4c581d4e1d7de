import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as marketing from './marketing.service';
import * as optOuts from './opt-out.service';
import {
  ExpiringCardsArgs,
  MarketingAudienceInput,
  RecordMarketingOptOutInput,
  SendTrainingAnnouncementInput,
  UnsubscribeInput,
} from './marketing.inputs';
import {
  ExpiringCard,
  MarketingAudienceSize,
  MarketingOptOut,
  TrainingAnnouncementSent,
  Unsubscribed,
} from './marketing.types';
import { unsubscribe } from './unsubscribe.service';

@Resolver()
export class MarketingResolver {
  @Query(() => [ExpiringCard], { description: 'Cards to renew: validity ending within the days, soonest first' })
  expiringCards(@Args(() => ExpiringCardsArgs) args: ExpiringCardsArgs, @Ctx() ctx: RequestContext) {
    return marketing.expiringCards(ctx, args);
  }

  @Query(() => MarketingAudienceSize, { description: 'How many a training announcement would reach now' })
  marketingAudience(
    @Arg('input', () => MarketingAudienceInput) input: MarketingAudienceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return marketing.marketingAudience(ctx, input);
  }

  @Mutation(() => TrainingAnnouncementSent, {
    description:
      'Email a training announcement to the audience as it is now: one message each, with an unsubscribe link',
  })
  sendTrainingAnnouncement(
    @Arg('input', () => SendTrainingAnnouncementInput) input: SendTrainingAnnouncementInput,
    @Ctx() ctx: RequestContext,
  ) {
    return marketing.sendTrainingAnnouncement(ctx, input);
  }

  @Query(() => MarketingOptOut, { description: 'Whether the person has opted out of direct marketing' })
  marketingOptOut(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext) {
    return optOuts.marketingOptOut(ctx, personId);
  }

  @Mutation(() => MarketingOptOut, { description: "Record the person's opt-out from direct marketing (at once)" })
  recordMarketingOptOut(
    @Arg('input', () => RecordMarketingOptOutInput) input: RecordMarketingOptOutInput,
    @Ctx() ctx: RequestContext,
  ) {
    return optOuts.recordMarketingOptOut(ctx, input);
  }

  @Mutation(() => Unsubscribed, {
    description:
      'The person opts out through the one-time link in an announcement (public; works once: TOKEN_USED; ' +
      'RATE_LIMITED per address)',
  })
  unsubscribe(@Arg('input', () => UnsubscribeInput) input: UnsubscribeInput, @Ctx() ctx: RequestContext) {
    return unsubscribe(ctx, input.token);
  }
}
