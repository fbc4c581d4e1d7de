import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { actsFor } from '../../context';
import { badInput, KairaError, unauthenticated } from '../../errors';
import { dummyPasswordHash, verifyPassword } from '../../auth/passwords';
import { hashRefreshToken, newRefreshToken, signAccessToken } from '../../auth/tokens';
import { Organisation } from '../organisation/organisation.entity';
import type { AuthPayload, LoginInput, Me, MembershipView, RefreshSessionInput } from './account.types';
import { AuthSession, RefreshToken } from './auth-session.entity';
import { Membership } from './membership.entity';
import { UserAccount } from './user-account.entity';

// Failed sign-ins slow down from the third attempt (1 s, 2 s, 4 s… between tries) and lock the
// account for 15 minutes at the sixth.
const SLOW_DOWN_AFTER = 3;
const LOCK_AFTER = 6;
const LOCK_MINUTES = 15;

export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const email = input.email.trim();
  if (!email) throw badInput('email', 'required');
  if (!input.password) throw badInput('password', 'required');
  const user = await ctx.tx.run((em) =>
    em.findOne(UserAccount, { email: { $ilike: email.replace(/[\\%_]/g, '\\$&') }, disabledAt: null }),
  );
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw wrongCredentials();
  }
  refuseWhileThrottled(user);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(ctx, user.id);
    throw wrongCredentials();
  }
  return ctx.tx.run(async (em) => {
    user.failedLogins = 0;
    user.lastFailedLoginAt = null;
    user.lockedUntil = null;
    const session = em.create(AuthSession, {
      id: randomUUID(),
      userId: user.id,
      expiresAt: new Date(Date.now() + ctx.services.config.refreshTokenDays * 86_400_000),
    });
    const payload = await issueTokens(ctx, em, user, session.id);
    await em.flush();
    return payload;
  });
}

export async function refreshSession(ctx: RequestContext, input: RefreshSessionInput): Promise<AuthPayload> {
  const hash = hashRefreshToken(input.refreshToken);
  const outcome = await ctx.tx.run(async (em) => {
    const token = await em.findOne(RefreshToken, { tokenHash: hash });
    if (!token) return { error: unauthenticated('invalid refresh token', 'TOKEN_INVALID') };
    const session = await em.findOne(AuthSession, {
      id: token.sessionId,
      revokedAt: null,
      expiresAt: { $gt: new Date() },
    });
    if (!session) return { error: unauthenticated('the session has ended; sign in again', 'SESSION_ENDED') };
    // Atomic: of two requests presenting the same token, exactly one rotates it.
    const used = await em.nativeUpdate(RefreshToken, { tokenHash: hash, usedAt: null }, { usedAt: new Date() });
    if (used === 0) return { reused: session.id };
    const user = await em.findOneOrFail(UserAccount, { id: session.userId });
    const payload = await issueTokens(ctx, em, user, session.id);
    await em.flush();
    return { payload };
  });
  if ('payload' in outcome) return outcome.payload!;
  if ('reused' in outcome) {
    // A used refresh token presented again means it was copied: end the whole session. This write
    // must stick although the operation fails, so it runs outside the operation's transaction.
    await outsideOperation(ctx).nativeUpdate(AuthSession, { id: outcome.reused }, { revokedAt: new Date() });
    throw unauthenticated('this refresh token was already used; the session has been ended', 'TOKEN_REUSED');
  }
  throw outcome.error;
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  const principal = await ctx.principal();
  if (!principal) throw unauthenticated();
  await ctx.tx.run((em) => em.nativeUpdate(AuthSession, { id: principal.sessionId }, { revokedAt: new Date() }));
  return true;
}

export async function me(ctx: RequestContext): Promise<Me> {
  const principal = await ctx.principal();
  if (!principal) throw unauthenticated();
  return ctx.tx.run(async (em) => {
    const user = await em.findOneOrFail(UserAccount, { id: principal.userId });
    // The own-memberships policy lets a user read their memberships in every tenant; the app's tenant
    // filter is lifted for exactly this read, which is restricted to the user's own rows.
    const memberships = await em.find(
      Membership,
      { userId: principal.userId },
      { filters: { tenant: false }, orderBy: { createdAt: 'asc' } },
    );
    const organisations = await em.find(Organisation, {
      id: { $in: [...new Set([user.organisationId, ...memberships.map((m) => m.organisationId)])] },
    });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    const views = memberships.flatMap((m): MembershipView[] => {
      const tenant = ctx.services.registry.byId(m.tenantId);
      const organisation = byId.get(m.organisationId);
      if (!tenant || !organisation) return [];
      return [{ tenant, roles: m.roles, organisation, actsFor: actsFor(tenant, m.organisationId) }];
    });
    return { user, memberships: views, current: views.find((v) => v.tenant.id === ctx.tenant?.id) ?? null };
  });
}

async function issueTokens(
  ctx: RequestContext,
  em: EntityManager,
  user: UserAccount,
  sessionId: string,
): Promise<AuthPayload> {
  const refresh = newRefreshToken();
  em.create(RefreshToken, { tokenHash: refresh.hash, sessionId });
  const { config } = ctx.services;
  const access = await signAccessToken(
    config.keys.tokenSecret,
    { userId: user.id, sessionId },
    config.accessTokenSeconds,
  );
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
}

function refuseWhileThrottled(user: UserAccount): void {
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    const retryAfterSeconds = Math.ceil((user.lockedUntil.getTime() - now) / 1000);
    throw new KairaError('ACCOUNT_LOCKED', 'too many failed sign-ins; the account is locked for a while', {
      retryAfterSeconds,
    });
  }
  if (user.failedLogins >= SLOW_DOWN_AFTER && user.lastFailedLoginAt) {
    const waitMs = 1000 * 2 ** (user.failedLogins - SLOW_DOWN_AFTER);
    const allowedAt = user.lastFailedLoginAt.getTime() + waitMs;
    if (allowedAt > now) {
      throw new KairaError('TOO_MANY_ATTEMPTS', 'too many failed sign-ins; wait before trying again', {
        retryAfterSeconds: Math.ceil((allowedAt - now) / 1000),
      });
    }
  }
}

// The failure count must survive the failed operation's rollback, so it is written outside it.
async function recordFailure(ctx: RequestContext, userId: string): Promise<void> {
  await outsideOperation(ctx).execute(
    `update user_account
        set failed_logins = failed_logins + 1,
            last_failed_login_at = now(),
            locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) end
      where id = ?`,
    [LOCK_AFTER, LOCK_MINUTES, userId],
  );
}

function outsideOperation(ctx: RequestContext): EntityManager {
  return ctx.services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
}

const wrongCredentials = (): KairaError => unauthenticated('wrong email or password', 'WRONG_CREDENTIALS');
