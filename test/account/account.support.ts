import type { Client } from 'pg';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import type { GraphQLResult, Kaira, RequestOptions } from '../support/kaira';

// Named operations and small helpers shared by the account tests.

export { DEMO_PASSWORD };

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id email displayName } }
}`;

export const REFRESH = `mutation Refresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) { accessToken refreshToken user { id email } }
}`;

export const LOGOUT = 'mutation Logout { logout }';

export const ME = `query Me {
  me {
    user { id email }
    memberships { tenant { slug } roles organisation { businessId } actsFor }
    current { tenant { slug } roles organisation { businessId } actsFor }
  }
}`;

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; email: string; displayName?: string };
}

export interface MembershipView {
  tenant: { slug: string };
  roles: string[];
  organisation: { businessId: string };
  actsFor: 'CONTROLLER' | 'PROCESSOR' | 'OTHER_PARTY';
}

export interface MeView {
  user: { id: string; email: string };
  memberships: MembershipView[];
  current: MembershipView | null;
}

export function login(kaira: Kaira, email: string, password: string): Promise<GraphQLResult<{ login: AuthPayload }>> {
  return kaira.gql<{ login: AuthPayload }>(LOGIN, { input: { email, password } });
}

/** Signs in and returns the payload, failing the test with the errors if it does not work. */
export async function signIn(kaira: Kaira, email: string, password = DEMO_PASSWORD): Promise<AuthPayload> {
  const result = await login(kaira, email, password);
  if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login;
}

export function refresh(kaira: Kaira, refreshToken: string): Promise<GraphQLResult<{ refreshSession: AuthPayload }>> {
  return kaira.gql<{ refreshSession: AuthPayload }>(REFRESH, { input: { refreshToken } });
}

export function me(kaira: Kaira, options: RequestOptions): Promise<GraphQLResult<{ me: MeView }>> {
  return kaira.gql<{ me: MeView }>(ME, {}, options);
}

/** The first error's extensions.reason. */
export function reasonOf(result: GraphQLResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.reason;
}

export interface LoginState {
  failed_logins: number;
  last_failed_login_at: Date | null;
  locked_until: Date | null;
}

/** The user's sign-in throttling columns, read as the owner (no RLS on user_account, but no app code either). */
export async function loginState(owner: Client, email: string): Promise<LoginState> {
  const { rows } = await owner.query<LoginState>(
    'select failed_logins, last_failed_login_at, locked_until from user_account where lower(email) = lower($1)',
    [email],
  );
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0];
}

/** Moves the last failure back in time, so the backoff window has passed without waiting for it. */
export async function backdateLastFailure(owner: Client, email: string, seconds = 3600): Promise<void> {
  await owner.query(
    `update user_account set last_failed_login_at = last_failed_login_at - make_interval(secs => $2)
      where lower(email) = lower($1)`,
    [email, seconds],
  );
}
