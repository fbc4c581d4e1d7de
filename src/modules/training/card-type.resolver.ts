import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as cardTypes from './card-type.service';
import * as authorisations from './trainer-authorisation.service';
import { GrantTrainerAuthorisationInput, UpdateCardTypeInput } from './training.inputs';
import { CardTypeView, TrainerAuthorisationView } from './training.types';

@Resolver(() => CardTypeView)
export class CardTypeResolver {
  @Query(() => [CardTypeView], { description: "The card-training catalogue: card types and their schemes' rules" })
  cardTypes(@Ctx() ctx: RequestContext) {
    return cardTypes.listCardTypes(ctx);
  }

  @Mutation(() => CardTypeView, { description: "Edit a card type's catalogue fields" })
  updateCardType(@Arg('input', () => UpdateCardTypeInput) input: UpdateCardTypeInput, @Ctx() ctx: RequestContext) {
    return cardTypes.updateCardType(ctx, input);
  }

  @Query(() => [TrainerAuthorisationView], { description: "Trainers' scheme authorisations and their expiry" })
  trainerAuthorisations(@Ctx() ctx: RequestContext) {
    return authorisations.listTrainerAuthorisations(ctx);
  }

  @Mutation(() => TrainerAuthorisationView, {
    description: "Grant or renew a trainer's authorisation for a card type (replaces the expiry)",
  })
  grantTrainerAuthorisation(
    @Arg('input', () => GrantTrainerAuthorisationInput) input: GrantTrainerAuthorisationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return authorisations.grantTrainerAuthorisation(ctx, input);
  }
}
