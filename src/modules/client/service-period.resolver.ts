import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RecordServicePeriodInput, SetServicePeriodStatusInput } from './client.inputs';
import { PurchaserOrganisation, ServicePeriodView } from './client.types';
import * as periods from './service-period.service';

@Resolver(() => ServicePeriodView)
export class ServicePeriodResolver {
  @Query(() => [PurchaserOrganisation], { description: 'Organisations that purchase services or refer clients' })
  purchaserOrganisations(@Ctx() ctx: RequestContext) {
    return periods.purchaserOrganisations(ctx);
  }

  @Mutation(() => ServicePeriodView, { description: 'Record a referral / service period of a client' })
  recordServicePeriod(
    @Arg('input', () => RecordServicePeriodInput) input: RecordServicePeriodInput,
    @Ctx() ctx: RequestContext,
  ) {
    return periods.recordServicePeriod(ctx, input);
  }

  @Mutation(() => ServicePeriodView, {
    description: 'Move a service period on: referred → active → closed, or cancelled',
  })
  setServicePeriodStatus(
    @Arg('input', () => SetServicePeriodStatusInput) input: SetServicePeriodStatusInput,
    @Ctx() ctx: RequestContext,
  ) {
    return periods.setServicePeriodStatus(ctx, input);
  }
}
