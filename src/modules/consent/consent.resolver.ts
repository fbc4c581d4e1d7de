import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RecordConsentInput, WithdrawConsentInput } from './consent.inputs';
import * as consent from './consent.service';
import { ConsentLedgerEntry, ConsentStatus } from './consent.types';

@Resolver()
export class ConsentResolver {
  @Query(() => [ConsentLedgerEntry], {
    description: "The client's consent ledger: every record, who, when (use-logged)",
  })
  consentLedger(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext) {
    return consent.consentLedger(ctx, personId);
  }

  @Query(() => ConsentStatus, { description: 'Which consent-gated categories accept data now, and why (use-logged)' })
  consentStatus(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext) {
    return consent.consentStatus(ctx, personId);
  }

  @Mutation(() => ConsentLedgerEntry, { description: "Record the client's written consent" })
  recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: RequestContext) {
    return consent.recordConsent(ctx, input);
  }

  @Mutation(() => ConsentLedgerEntry, { description: 'Record a withdrawal of consent; it takes effect at once' })
  withdrawConsent(@Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput, @Ctx() ctx: RequestContext) {
    return consent.withdrawConsent(ctx, input);
  }
}
