import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, hasRole, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Every operation here belongs to the card-training register (DOMAIN.md §2.1): FORBIDDEN in both guidance
// tenants. None of them reads a data subject's personal data (the catalogue, authorisations and sessions
// name only staff), so none writes a use-log entry.
const training = (rule: Parameters<typeof and>[0]) => and(registerIs(RegisterKind.CARD_TRAINING), rule);

// DOMAIN.md §3: OFFICE runs the register (catalogue, trainers, sessions).
const keepsRegister = hasRole(Role.OFFICE);

// §3: the controller's DPO reads for rights requests and oversight (Eduro is controller of eduro-training).
const controllersDpo = and(hasRole(Role.DPO), actsForController);

// §3: a TRAINER works with the sessions they teach; training-session.service.ts narrows the sessions.
const readsSessions = or(hasRole(Role.OFFICE, Role.TRAINER), controllersDpo);

export const trainingRules: IRules = {
  Query: {
    cardTypes: training(readsSessions),
    trainerAuthorisations: training(keepsRegister),
    trainingSessions: training(readsSessions),
    trainingSession: training(readsSessions),
  },
  Mutation: {
    updateCardType: training(keepsRegister),
    grantTrainerAuthorisation: training(keepsRegister),
    createTrainingSession: training(keepsRegister),
    updateTrainingSession: training(keepsRegister),
    assignSessionTrainer: training(keepsRegister),
  },
  // Reached only through the operations above, which decide who may see them.
  CardType: allow,
  Trainer: allow,
  TrainerAuthorisation: allow,
  TrainingSession: allow,
};
