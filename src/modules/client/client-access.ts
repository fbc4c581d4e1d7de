import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInFinland } from '../../dates';
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
  /** For EMERGENCY: the reason stated when the access was opened; the use-log entry carries it. */
  reason?: string;
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
      const emergency = await activeEmergencyAccess(em, userId, personId);
      if (emergency) return { ...base, basis: 'EMERGENCY', scope: 'coaching', reason: emergency.reason };
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

/** Today's date (UTC, YYYY-MM-DD): the day against which assignments are active. */
// Assignments run by calendar days in Finland, not UTC.
export const today = (): string => todayInFinland();

export async function hasActiveAssignment(em: EntityManager, coachUserId: string, personId: string): Promise<boolean> {
  const day = today();
  return (
    (await em.count(Assignment, {
      coachUserId,
      personId,
      startsOn: { $lte: day },
      $or: [{ endsOn: null }, { endsOn: { $gte: day } }],
    })) > 0
  );
}

/** The member's latest unexpired emergency access to the client, if any. */
export async function activeEmergencyAccess(
  em: EntityManager,
  userId: string,
  personId: string,
): Promise<EmergencyAccess | null> {
  return em.findOne(
    EmergencyAccess,
    { userId, personId, expiresAt: { $gt: new Date() } },
    { orderBy: { expiresAt: 'desc' } },
  );
}

async function referredBy(em: EntityManager, organisationId: string, personId: string): Promise<boolean> {
  return (await em.count(ServicePeriod, { personId, referrerOrganisationId: organisationId })) > 0;
}
