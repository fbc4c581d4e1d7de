import { rule } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { forbidden, KairaError } from '../errors';
import type { RequestContext } from '../context';
import type { Principal } from './principal';
import { ActsFor, Role } from './roles';
import type { RegisterKind } from '../modules/tenant/tenant.entity';

// Shared predicates. Each is a named graphql-shield rule; module rules combine them next to the
// operations they guard. A rule returns an error (never throws) so its code reaches the client.

type Member = Awaited<ReturnType<RequestContext['member']>>;

/** A rule over the principal only: evaluated once per request (contextual cache). */
function principalRule(name: string, check: (ctx: RequestContext) => Promise<true | KairaError>): IRule {
  return rule(name, { cache: 'contextual' })(async (_parent, _args, ctx: RequestContext) => {
    try {
      return await check(ctx);
    } catch (error) {
      // A Kaira error keeps its code; anything else (database down…) is masked by the server.
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}

/** A named rule over the member acting in the named tenant. */
export function memberRule(name: string, check: (member: Member, ctx: RequestContext) => true | KairaError): IRule {
  return principalRule(name, async (ctx) => check(await ctx.member(), ctx));
}

/** Anyone, without credentials: the public web form, survey answers, privacy notices. */
export const isPublic = rule('public', { cache: 'contextual' })(() => true);

/** Signed in with a live session; if a tenant is named, a member of it. */
export const isAuthenticated = principalRule('authenticated', async (ctx) => {
  const principal: Principal | null = await ctx.principal();
  if (!principal) return new KairaError('UNAUTHENTICATED', 'sign in first');
  if (ctx.tenant && !principal.membership) return forbidden('you have no membership in this tenant');
  return true;
});

/** A member of the tenant the request names. */
export const isMember = memberRule('member', () => true);

const roleRules = new Map<string, IRule>();
/** A member holding at least one of the roles. */
export function hasRole(...roles: Role[]): IRule {
  const name = `role:${[...roles].sort().join('|')}`;
  let found = roleRules.get(name);
  if (!found) {
    found = memberRule(name, ({ membership }) =>
      roles.some((role) => membership.roles.has(role))
        ? true
        : forbidden(`this needs one of the roles ${roles.join(', ')} in this tenant`),
    );
    roleRules.set(name, found);
  }
  return found;
}

/** The member's organisation is the tenant's controller (DOMAIN.md §3: the controller decides). */
export const actsForController = memberRule('actsForController', ({ membership }) =>
  membership.actsFor === ActsFor.CONTROLLER ? true : forbidden("only the register's controller decides this"),
);

/** The controller's own officers or DPO (DOMAIN.md §3): they oversee the whole register. */
export const controllerOversight = memberRule('controllerOversight', ({ membership }) =>
  (membership.roles.has(Role.DPO) || membership.roles.has(Role.CONTROLLER_OFFICER)) &&
  membership.actsFor === ActsFor.CONTROLLER
    ? true
    : forbidden("this needs the controller's DPO or CONTROLLER_OFFICER"),
);

/**
 * The controller's own system with an API key (DOMAIN.md §3: INTEGRATION, one tenant, persisted operations on
 * its allow-list only; a key is issued for the tenant's controller). The trusted-documents plugin decides which
 * operations a key may run; this rule says which operations machines may run at all.
 */
export const controllerIntegration = memberRule('controllerIntegration', ({ membership }) =>
  membership.roles.has(Role.INTEGRATION) && membership.actsFor === ActsFor.CONTROLLER
    ? true
    : forbidden("this needs the controller's own integration"),
);

/** The member's organisation is the tenant's processor, acting on the controller's behalf. */
export const actsForProcessor = memberRule('actsForProcessor', ({ membership }) =>
  membership.actsFor === ActsFor.PROCESSOR ? true : forbidden("this is done by the register's processor"),
);

const registerRules = new Map<RegisterKind, IRule>();
/** The tenant runs the given register (card training or client guidance). */
export function registerIs(kind: RegisterKind): IRule {
  let found = registerRules.get(kind);
  if (!found) {
    found = memberRule(`register:${kind}`, (_member, ctx) =>
      ctx.requireTenant().registerKind === kind ? true : forbidden(`this operation belongs to the ${kind} register`),
    );
    registerRules.set(kind, found);
  }
  return found;
}

const publicRegisterRules = new Map<RegisterKind, IRule>();
/**
 * A public operation (no principal) in the tenant the Kaira-Tenant header names, which must run the given
 * register: BAD_USER_INPUT without a known tenant, FORBIDDEN in a register of another kind.
 */
export function publicRegisterIs(kind: RegisterKind): IRule {
  let found = publicRegisterRules.get(kind);
  if (!found) {
    found = principalRule(`publicRegister:${kind}`, async (ctx) =>
      ctx.requireTenant().registerKind === kind ? true : forbidden(`this operation belongs to the ${kind} register`),
    );
    publicRegisterRules.set(kind, found);
  }
  return found;
}
