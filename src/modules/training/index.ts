import { CardTypeResolver } from './card-type.resolver';
import { SchemeReportResolver } from './scheme-report.resolver';
import { TrainingRecordResolver } from './training-record.resolver';
import { TrainingSessionResolver } from './training-session.resolver';
import { CardType, SessionTrainer, TrainerAuthorisation, TrainingSession } from './training.entities';
import { trainingRules } from './training.rules';

export const trainingModule = {
  entities: [CardType, TrainerAuthorisation, TrainingSession, SessionTrainer],
  resolvers: [CardTypeResolver, TrainingSessionResolver, TrainingRecordResolver, SchemeReportResolver],
  rules: trainingRules,
} as const;
