import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import {
  DecideDisclosureRequestInput,
  RecordTransferSafeguardsInput,
  RegisterDisclosureRequestInput,
} from './disclosure.inputs';
import * as disclosures from './disclosure.service';
import { DisclosureExecution, DisclosureRequest, DisclosureStatus } from './disclosure.types';

@Resolver(() => DisclosureRequest)
export class DisclosureResolver {
  @Query(() => [DisclosureRequest], { description: 'Disclosure requests of the register, oldest first; use-logged' })
  disclosureRequests(
    @Arg('status', () => DisclosureStatus, { nullable: true }) status: DisclosureStatus | null,
    @Ctx() ctx: RequestContext,
  ) {
    return disclosures.listDisclosureRequests(ctx, status);
  }

  @Query(() => DisclosureRequest, { description: 'One disclosure request; use-logged' })
  disclosureRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return disclosures.getDisclosureRequest(ctx, id);
  }

  @Mutation(() => DisclosureRequest, {
    description: 'Register a request to disclose named data; the controller decides',
  })
  registerDisclosureRequest(
    @Arg('input', () => RegisterDisclosureRequestInput) input: RegisterDisclosureRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return disclosures.registerDisclosureRequest(ctx, input);
  }

  @Mutation(() => DisclosureRequest, { description: 'Record the safeguards a third-country transfer needs' })
  recordTransferSafeguards(
    @Arg('input', () => RecordTransferSafeguardsInput) input: RecordTransferSafeguardsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return disclosures.recordTransferSafeguards(ctx, input);
  }

  @Mutation(() => DisclosureRequest, { description: "The controller's decision: approve or refuse, with reasons" })
  decideDisclosureRequest(
    @Arg('input', () => DecideDisclosureRequestInput) input: DecideDisclosureRequestInput,
    @Ctx() ctx: RequestContext,
  ) {
    return disclosures.decideDisclosureRequest(ctx, input);
  }

  @Mutation(() => DisclosureExecution, {
    description: 'Execute an approved request once: the package is returned this once and logged by its hash',
  })
  executeDisclosure(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return disclosures.executeDisclosure(ctx, id);
  }
}
