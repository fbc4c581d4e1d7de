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
import { secondFactorAtSignIn } from '../second-factor/second-factor.sign-in';

// Failed sign-ins slow down from the third attempt (1 s, 2 s, 4 s… between tries) and lock the
// account for 15 minutes at the sixth. Every attempt is counted before the password is checked, in one
// atomic statement, so parallel guesses cannot get past the limits.
const SLOW_DOWN_AFTER = 3;
const LOCK_AFTER = 6;
const LOCK_MINUTES = 15;

// Sign-in bookkeeping (attempt counts, ending a session whose refresh token was reused) must stick even
// though the operation then fails and rolls back. It runs in single autocommit statements before the
// operation's own transaction opens, so a request never waits for a second pooled connection while
// holding one (which would let a burst of requests exhaust the pool).
function outsideOperation(ctx: RequestContext, operation: string): EntityManager {
  if (ctx.tx.opened) throw badInput(operation, 'send it as an operation of its own');
  return ctx.services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
}

interface Attempt {
  id: string;
  password_hash: string;
}

export async function login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
  const email = input.email.trim();
  if (!email) throw badInput('email', 'required');
  if (!input.password) throw badInput('password', 'required');
  const em = outsideOperation(ctx, 'login');
  const [attempt] = await em.execute<Attempt[]>(
    `update user_account
        set failed_logins = failed_logins + 1,
            last_failed_login_at = now(),
            locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) end
      where lower(email) = lower(?) and disabled_at is null
        and (locked_until is null or locked_until <= now())
        and (failed_logins < ? or last_failed_login_at + make_interval(secs => power(2, failed_logins - ?)) <= now())
      returning id, password_hash`,
    [LOCK_AFTER, LOCK_MINUTES, email, SLOW_DOWN_AFTER, SLOW_DOWN_AFTER],
  );
  if (!attempt) {
    await refuseWhileThrottled(em, email);
    await verifyPassword(await dummyPasswordHash(), input.password); // same answer time as a real check
    throw wrongCredentials();
  }
  if (!(await verifyPassword(attempt.password_hash, input.password))) throw wrongCredentials();
  // A wrong or missing code leaves the failed attempt counted, so codes are throttled like passwords.
  const secondFactorAt = await secondFactorAtSignIn(
    em,
    ctx.services.config.keys.fieldKey,
    attempt.id,
    input.secondFactorCode,
  );
  return ctx.tx.run(async (tem) => {
    const user = await tem.findOneOrFail(UserAccount, { id: attempt.id });
    user.failedLogins = 0;
    user.lastFailedLoginAt = null;
    user.lockedUntil = null;
    const session = tem.create(AuthSession, {
      id: randomUUID(),
      userId: user.id,
      expiresAt: new Date(Date.now() + ctx.services.config.refreshTokenDays * 86_400_000),
      secondFactorAt,
    });
    const payload = await issueTokens(ctx, tem, user, session.id);
    await tem.flush();
    return payload;
  });
}

export async function refreshSession(ctx: RequestContext, input: RefreshSessionInput): Promise<AuthPayload> {
  const hash = hashRefreshToken(input.refreshToken);
  const em = outsideOperation(ctx, 'refreshSession');
  // Atomic: of two requests presenting the same token, exactly one claims it.
  const [claimed] = await em.execute<Array<{ session_id: string }>>(
    'update refresh_token set used_at = now() where token_hash = ? and used_at is null returning session_id',
    [hash],
  );
  if (!claimed) {
    const [used] = await em.execute<Array<{ session_id: string }>>(
      'select session_id from refresh_token where token_hash = ?',
      [hash],
    );
    if (!used) throw unauthenticated('invalid refresh token', 'TOKEN_INVALID');
    // A used refresh token presented again means it was copied: end the whole session.
    await em.execute('update auth_session set revoked_at = now() where id = ? and revoked_at is null', [
      used.session_id,
    ]);
    throw unauthenticated('this refresh token was already used; the session has been ended', 'TOKEN_REUSED');
  }
  return ctx.tx.run(async (tem) => {
    const session = await tem.findOne(AuthSession, {
      id: claimed.session_id,
      revokedAt: null,
      expiresAt: { $gt: new Date() },
    });
    const user = session && (await tem.findOne(UserAccount, { id: session.userId, disabledAt: null }));
    if (!session || !user) throw unauthenticated('the session has ended; sign in again', 'SESSION_ENDED');
    const payload = await issueTokens(ctx, tem, user, session.id);
    await tem.flush();
    return payload;
  });
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

async function refuseWhileThrottled(em: EntityManager, email: string): Promise<void> {
  const [user] = await em.execute<
    Array<{ failed_logins: number; last_failed_login_at: string | null; locked_until: string | null; now: string }>
  >(
    `select failed_logins, last_failed_login_at::text, locked_until::text, now()::text as now
       from user_account where lower(email) = lower(?) and disabled_at is null`,
    [email],
  );
  if (!user) return;
  const now = new Date(user.now).getTime();
  const lockedUntil = user.locked_until ? new Date(user.locked_until).getTime() : 0;
  if (lockedUntil > now) {
    throw new KairaError('ACCOUNT_LOCKED', 'too many failed sign-ins; the account is locked for a while', {
      retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000),
    });
  }
  if (user.failed_logins >= SLOW_DOWN_AFTER && user.last_failed_login_at) {
    const allowedAt =
      new Date(user.last_failed_login_at).getTime() + 1000 * 2 ** (user.failed_logins - SLOW_DOWN_AFTER);
    throw new KairaError('TOO_MANY_ATTEMPTS', 'too many failed sign-ins; wait before trying again', {
      retryAfterSeconds: Math.max(1, Math.ceil((allowedAt - now) / 1000)),
    });
  }
}

const wrongCredentials = (): KairaError => unauthenticated('wrong email or password', 'WRONG_CREDENTIALS');
