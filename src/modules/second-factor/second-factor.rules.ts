import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { isAuthenticated } from '../../auth/rules';

// A user manages only their own factor (the services act on the signed-in user and nobody else). No
// membership is needed: a user must be able to enrol before a tenant that requires a factor lets them in.
export const secondFactorRules: IRules = {
  Query: {
    mySecondFactor: isAuthenticated,
  },
  Mutation: {
    beginSecondFactorEnrolment: isAuthenticated,
    confirmSecondFactorEnrolment: isAuthenticated,
    disableSecondFactor: isAuthenticated,
  },
  SecondFactorStatus: allow,
  SecondFactorEnrolment: allow,
  SecondFactorConfirmation: allow,
};
