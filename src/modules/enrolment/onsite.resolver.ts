import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import { ParticipantView } from '../training/training-record.types';
import { CompleteParticipantDataInput, DecideContactChangeInput, RecordParticipantInput } from './onsite.inputs';
import * as onsite from './onsite.service';

// The personal-data form at the training (OFFICE, or the session's TRAINER); answers are use-logged.
@Resolver()
export class OnsiteFormResolver {
  @Mutation(() => ParticipantView, {
    description: 'Record a walk-in participant on a session (SESSION_FULL when no seat is left)',
  })
  recordParticipant(
    @Arg('input', () => RecordParticipantInput) input: RecordParticipantInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return onsite.recordParticipant(ctx, input, selectedFields(info));
  }

  @Mutation(() => ParticipantView, { description: "Fill a participant's missing henkilötunnus, email or mobile" })
  completeParticipantData(
    @Arg('input', () => CompleteParticipantDataInput) input: CompleteParticipantDataInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return onsite.completeParticipantData(ctx, input, selectedFields(info));
  }

  @Mutation(() => ParticipantView, {
    description: 'Confirm or reject contact details the public form proposed (confirming needs the identity check)',
  })
  decideContactChange(
    @Arg('input', () => DecideContactChangeInput) input: DecideContactChangeInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return onsite.decideContactChange(ctx, input, selectedFields(info));
  }
}
