import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { controllerOversight } from '../../auth/rules';

// GDPR 18 and DOMAIN.md §3: restricting and lifting complete a restriction request, a controller's
// decision: Eduro's DPO in Eduro's registers, the city's officers or DPO in rovaniemi-guidance (Eduro,
// the processor, prepares but never decides). The restricted data is read by the same people only.
export const restrictionRules: IRules = {
  Query: {
    personRestrictions: controllerOversight,
  },
  Mutation: {
    restrictPerson: controllerOversight,
    liftRestriction: controllerOversight,
  },
  PersonRestriction: allow,
};
