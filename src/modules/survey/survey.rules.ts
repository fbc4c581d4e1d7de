import { allow, and, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerOversight, hasRole, isPublic, registerIs } from '../../auth/rules';
import { Role } from '../../auth/roles';
import { RegisterKind } from '../tenant/tenant.entity';

// Messages, questions and client surveys of the guidance registers (DOMAIN.md §2.2, §3; issue 4 items 7
// and 8). The rules admit roles; sending and reading answers then open each client (client-access.ts): a
// coach needs a client relationship, office staff their administrative scope. Card training has none of
// this: FORBIDDEN in eduro-training.
const guidance = registerIs(RegisterKind.GUIDANCE);

// DOMAIN.md §2.2: staff create, edit, copy and send surveys and messages. Staff are the coaches and the
// office (client communication is office work too); Eduro's, also as the city's processor.
const writesSurveys = and(guidance, hasRole(Role.COACH, Role.OFFICE));
const sendsToClients = writesSurveys;

// Surveys are templates without personal data: staff and the controller's oversight read them.
const readsSurveys = and(guidance, or(hasRole(Role.COACH, Role.OFFICE), controllerOversight));

// DOMAIN.md §3: answers are guidance content (the 'guidance' category): the client's coaches and the
// controller's oversight read them, office staff never, the referring party never.
const readsAnswers = and(guidance, or(hasRole(Role.COACH), controllerOversight));

// What was sent to a client ('messages' category of the tenant file): those who send, and the controller.
const readsMessages = readsSurveys;

export const surveyRules: IRules = {
  Query: {
    surveys: readsSurveys,
    survey: readsSurveys,
    surveyAnswers: readsAnswers,
    clientSurveyAnswers: readsAnswers,
    clientMessages: readsMessages,
    // DOMAIN.md §3: the data subject answers by one-time token, without an account; the token decides.
    surveyByToken: isPublic,
  },
  Mutation: {
    createSurvey: writesSurveys,
    updateSurvey: writesSurveys,
    copySurvey: writesSurveys,
    sendSurvey: sendsToClients,
    sendMessage: sendsToClients,
    answerSurvey: isPublic,
  },
  // Reached only through the operations above.
  Survey: allow,
  SurveyQuestion: allow,
  SurveySending: allow,
  SurveyResponse: allow,
  SurveyAnswer: allow,
  SurveySubmission: allow,
  PublicSurvey: allow,
  ClientMessage: allow,
};
