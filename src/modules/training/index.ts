import { CardTypeResolver } from './card-type.resolver';
import { TrainingSessionResolver } from './training-session.resolver';
import { CardType, SessionTrainer, TrainerAuthorisation, TrainingSession } from './training.entities';
import { trainingRules } from './training.rules';

export const trainingModule = {
  entities: [CardType, TrainerAuthorisation, TrainingSession, SessionTrainer],
  resolvers: [CardTypeResolver, TrainingSessionResolver],
  rules: trainingRules,
} as const;
