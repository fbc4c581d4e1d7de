import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { ActsFor, Role } from '../../auth/roles';
import type { UseBasis } from '../logs/use-log';
import { Person } from '../person/person.entity';
import { Assignment, EmergencyAccess, ServicePeriod } from './client.entities';

// Who may open a client of a guidance register, and on what basis (DOMAIN.md §2.2, §3; Finnish
// social-welfare practice requires a verified client relationship before a professional opens a client).
//
//   coach      an active assignment (CLIENT_RELATIONSHIP), or their own unexpired emergency access (EMERGENCY)
//   office     contact and administrative data only, never coaching content (ADMINISTRATION)
//   referrer   clients their organisation referred; only statements released to it (REFERRAL)
//   controller the controller's officers and DPO read everything, write no coaching (CONTROLLER_OVERSIGHT)

/** What the principal may see of the client. */
export type ClientScope = 'coaching' | 'administrative' | 'referrer' | 'oversight';

export interface ClientAccess {
  personId: string;
  basis: UseBasis;
  scope: ClientScope;
  /** The principal's organisation (for a referrer: whose referrals and releases count). */
  organisationId: string;
}

/** Opens a client for the current member, or throws NOT_FOUND / FORBIDDEN saying why not. */
export async function openClient(ctx: RequestContext, personId: string): Promise<ClientAccess> {
  const { userId, membership } = await ctx.member();
  const roles = membership.roles;
  return ctx.tx.run(async (em) => {
    if (!(await em.count(Person, { id: personId }))) throw notFound('client');
    const base = { personId, organisationId: membership.organisationId };
    const oversight = roles.has(Role.CONTROLLER_OFFICER) || roles.has(Role.DPO);
    if (oversight && membership.actsFor === ActsFor.CONTROLLER) {
      return { ...base, basis: 'CONTROLLER_OVERSIGHT', scope: 'oversight' };
    }
    if (roles.has(Role.COACH)) {
      if (await hasActiveAssignment(em, userId, personId)) {
        return { ...base, basis: 'CLIENT_RELATIONSHIP', scope: 'coaching' };
      }
      if (await hasActiveEmergencyAccess(em, userId, personId))
        return { ...base, basis: 'EMERGENCY', scope: 'coaching' };
    }
    if (roles.has(Role.OFFICE)) return { ...base, basis: 'ADMINISTRATION', scope: 'administrative' };
    if (roles.has(Role.REFERRER) && (await referredBy(em, membership.organisationId, personId))) {
      return { ...base, basis: 'REFERRAL', scope: 'referrer' };
    }
    if (roles.has(Role.COACH)) {
      throw forbidden('no client relationship with this client: open it through emergency access, with a reason');
    }
    throw forbidden('you may not open this client');
  });
}

export async function hasActiveAssignment(em: EntityManager, coachUserId: string, personId: string): Promise<boolean> {
  const today = new Date().toISOString().slice(0, 10);
  return (
    (await em.count(Assignment, {
      coachUserId,
      personId,
      startsOn: { $lte: today },
      $or: [{ endsOn: null }, { endsOn: { $gte: today } }],
    })) > 0
  );
}

async function hasActiveEmergencyAccess(em: EntityManager, userId: string, personId: string): Promise<boolean> {
  return (await em.count(EmergencyAccess, { userId, personId, expiresAt: { $gt: new Date() } })) > 0;
}

async function referredBy(em: EntityManager, organisationId: string, personId: string): Promise<boolean> {
  return (await em.count(ServicePeriod, { personId, referrerOrganisationId: organisationId })) > 0;
}
