import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Organisation } from '../organisation/organisation.entity';
import { Tenant } from './tenant.entity';

@Resolver(() => Tenant)
export class TenantResolver {
  @FieldResolver(() => Organisation, { description: 'Rekisterinpitäjä: decides on the data' })
  controller(@Root() tenant: Tenant, @Ctx() ctx: RequestContext): Organisation {
    return ctx.services.registry.organisation(tenant.controllerOrganisationId)!;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Henkilötietojen käsittelijä: processes on the controller’s behalf',
  })
  processor(@Root() tenant: Tenant, @Ctx() ctx: RequestContext): Organisation | null {
    return tenant.processorOrganisationId
      ? (ctx.services.registry.organisation(tenant.processorOrganisationId) ?? null)
      : null;
  }
}
