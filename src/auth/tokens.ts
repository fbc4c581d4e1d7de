import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

// Access tokens: short-lived HS256 JWTs naming the user and the session. The session is checked on
// every request that reaches the database, so logout and a detected refresh-token reuse end them at once.
const ISSUER = 'kaira';
const AUDIENCE = 'kaira-api';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export type TokenProblem = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

export async function signAccessToken(
  secret: Buffer,
  claims: AccessClaims,
  lifetimeSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(secret);
  return { token, expiresAt: new Date((now + lifetimeSeconds) * 1000) };
}

export async function verifyAccessToken(secret: Buffer, token: string): Promise<AccessClaims | TokenProblem> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return 'TOKEN_INVALID';
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    return error instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID';
  }
}

/** A refresh token: random, recognisable prefix, stored only as its SHA-256. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = `krt_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
