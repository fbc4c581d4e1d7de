import { allow, or } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerOversight, hasRole } from '../../auth/rules';
import { Role } from '../../auth/roles';

// GDPR 21: a person may object to whoever they deal with, so every staff role that works with people
// records it (coach, office, a DPO, a city officer); an objection to direct marketing then takes effect at
// once. Deciding an objection to processing or profiling is the controller's (DOMAIN.md §3): Eduro's DPO in
// Eduro's registers, only the city in rovaniemi-guidance.
const recordsObjection = hasRole(Role.COACH, Role.OFFICE, Role.DPO, Role.CONTROLLER_OFFICER);

export const objectionRules: IRules = {
  Query: {
    // Office staff keep the marketing audience; the controller oversees.
    personObjections: or(hasRole(Role.OFFICE), controllerOversight),
  },
  Mutation: {
    recordObjection: recordsObjection,
    decideObjection: controllerOversight,
  },
  Objection: allow,
};
