import { allow } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { forbidden } from '../../errors';
import { hasRole, memberRule } from '../../auth/rules';
import { ActsFor, Role } from '../../auth/roles';

// DOMAIN.md §3: office staff keep the register's contact and administrative data in every
// Eduro-served tenant; the controller's DPO and officers oversee it. Coaches, trainers and referrers
// reach people only through their own registers' relationships (assignments, sessions, referrals).
const readsRegister = memberRule('person.readsRegister', ({ membership }) => {
  if (membership.roles.has(Role.OFFICE)) return true;
  const oversight = membership.roles.has(Role.DPO) || membership.roles.has(Role.CONTROLLER_OFFICER);
  if (oversight && membership.actsFor === ActsFor.CONTROLLER) return true;
  return forbidden("reading the register's people needs OFFICE, or DPO / CONTROLLER_OFFICER of the controller");
});

// Recording and maintaining people is office work.
const keepsRegister = hasRole(Role.OFFICE);

export const personRules: IRules = {
  Query: {
    people: readsRegister,
    person: readsRegister,
  },
  Mutation: {
    registerPerson: keepsRegister,
    updatePersonContact: keepsRegister,
    // Revealing the full code is a logged act with a purpose (DOMAIN.md §6).
    revealPersonalIdentityCode: readsRegister,
  },
  Person: allow,
  PersonConnection: allow,
  PageInfo: allow,
  RevealedIdentityCode: allow,
};
