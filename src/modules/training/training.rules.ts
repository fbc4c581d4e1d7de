import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { actsForController, controllerIntegration, hasRole, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Every operation here belongs to the card-training register (DOMAIN.md §2.1): FORBIDDEN in both guidance
// tenants. The catalogue, authorisations and sessions name only staff (no use-log entry); participants'
// records are personal data, and their services write the use log.
const training = (rule: Parameters<typeof and>[0]) => and(registerIs(RegisterKind.CARD_TRAINING), rule);

// DOMAIN.md §3: OFFICE runs the register (catalogue, trainers, sessions).
const keepsRegister = hasRole(Role.OFFICE);

// §3: the controller's DPO reads for rights requests and oversight (Eduro is controller of eduro-training).
const controllersDpo = and(hasRole(Role.DPO), actsForController);

// §3: a TRAINER works with the sessions they teach; training-session.service.ts narrows the sessions.
const readsSessions = or(hasRole(Role.OFFICE, Role.TRAINER), controllersDpo);

// §3: TRAINER "the sessions they teach (attendance, identity check, exams, evidence)", and OFFICE;
// participant-access.ts narrows a trainer to the participants of sessions they teach.
const recordsAtTraining = hasRole(Role.OFFICE, Role.TRAINER);

// §3 and §4: the register as a whole (a person's every training, the scheme queue) is OFFICE's, and the
// controller's DPO reads it for rights requests. Never a TRAINER.
const readsRegister = or(keepsRegister, controllersDpo);

// §2.1: completions are reported to the scheme's register; Eduro's reporting system does it with an API key
// running the persisted operations in schema/operations/ (SchemeCompletions, SchemeReport*).
const reportsToScheme = or(keepsRegister, controllerIntegration);

export const trainingRules: IRules = {
  Query: {
    cardTypes: training(readsSessions),
    trainerAuthorisations: training(keepsRegister),
    trainingSessions: training(readsSessions),
    trainingSession: training(readsSessions),
    // Participants' records are personal data: every read is use-logged by the service.
    sessionParticipants: training(readsSessions),
    participant: training(readsSessions),
    examEvidence: training(readsSessions),
    personTrainingRecord: training(readsRegister),
    completionsForScheme: training(or(readsRegister, controllerIntegration)),
  },
  Mutation: {
    updateCardType: training(keepsRegister),
    grantTrainerAuthorisation: training(keepsRegister),
    createTrainingSession: training(keepsRegister),
    updateTrainingSession: training(keepsRegister),
    assignSessionTrainer: training(keepsRegister),
    recordIdentityCheck: training(recordsAtTraining),
    recordAttendance: training(recordsAtTraining),
    recordExamAttempt: training(recordsAtTraining),
    attachExamEvidence: training(recordsAtTraining),
    // Cards, certificates and the reports to the schemes (disclosures, §5) are register work: OFFICE.
    issueCard: training(keepsRegister),
    issueTemporaryCertificate: training(keepsRegister),
    markSchemeReportSent: training(reportsToScheme),
    acknowledgeSchemeReport: training(reportsToScheme),
    rejectSchemeReport: training(reportsToScheme),
  },
  // Reached only through the operations above, which decide who may see them.
  CardType: allow,
  Trainer: allow,
  TrainerAuthorisation: allow,
  TrainingSession: allow,
  Participant: allow,
  ParticipantPerson: allow,
  ParticipantCompany: allow,
  ParticipantSession: allow,
  IdentityCheck: allow,
  Attendance: allow,
  ExamAttempt: allow,
  ExamEvidence: allow,
  ExamEvidenceContent: allow,
  Card: allow,
  TemporaryCertificate: allow,
  PendingContactChange: allow,
  Completion: allow,
  SchemeReport: allow,
};
