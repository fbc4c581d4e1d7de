import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as erasure from './erasure.service';
import { EraseOnRequestInput, ErasureCertificate, LegalHold, RecordLegalHoldInput } from './erasure.types';
import * as holds from './legal-hold.service';

@Resolver()
export class ErasureResolver {
  @Query(() => [LegalHold], { description: 'Legal holds recorded on the person, active or ended (use-logged)' })
  legalHolds(@Arg('personId', () => ID) personId: string, @Ctx() ctx: RequestContext) {
    return holds.legalHolds(ctx, personId);
  }

  @Query(() => ErasureCertificate, { description: 'What an erasure request erased and kept, and why' })
  erasureCertificate(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: RequestContext) {
    return erasure.erasureCertificate(ctx, requestId);
  }

  @Mutation(() => LegalHold, { description: "Record a legal hold that keeps categories of the person's data" })
  recordLegalHold(@Arg('input', () => RecordLegalHoldInput) input: RecordLegalHoldInput, @Ctx() ctx: RequestContext) {
    return holds.recordLegalHold(ctx, input);
  }

  @Mutation(() => ErasureCertificate, {
    description:
      'Decide an erasure request and carry it out: erases what may be erased, legal holds keep the rest; ' +
      'returns the certificate',
  })
  eraseOnRequest(@Arg('input', () => EraseOnRequestInput) input: EraseOnRequestInput, @Ctx() ctx: RequestContext) {
    return erasure.eraseOnRequest(ctx, input);
  }
}
