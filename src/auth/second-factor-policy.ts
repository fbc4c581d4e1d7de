import type { Config } from '../config';
import { KairaError } from '../errors';
import type { Tenant } from '../modules/tenant/tenant.entity';
import type { TenantFile } from '../tenants/tenant-file';
import type { Principal } from './principal';

/**
 * A tenant's file can require a second factor for the roles that read client content (the guidance
 * registers do: social-welfare data needs strong authentication). A member holding such a role acts
 * there only in a session that proved a second factor at sign-in; otherwise SECOND_FACTOR_REQUIRED.
 * KAIRA_DEMO_ALLOW_SINGLE_FACTOR (local demo and tests, never production) lifts the requirement.
 */
export function requireSecondFactor(config: Config, tenant: Tenant, principal: Principal): void {
  if (config.allowSingleFactor || principal.apiKey || principal.secondFactor) return;
  const required = (tenant.file as Partial<TenantFile> | null)?.signIn?.secondFactorRequiredFor ?? [];
  const roles = principal.membership?.roles;
  if (!roles || !required.some((role) => roles.has(role as never))) return;
  throw new KairaError(
    'SECOND_FACTOR_REQUIRED',
    'this register requires a second factor for your role: enrol one (beginSecondFactorEnrolment) and sign in with its code',
    { reason: 'SESSION_SINGLE_FACTOR' },
  );
}
