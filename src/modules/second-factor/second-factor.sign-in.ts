import type { EntityManager } from '@mikro-orm/postgresql';
import { KairaError } from '../../errors';
import { hasSecondFactor, proofError, proveSecondFactor } from './second-factor.proof';

/**
 * The second step of signing in, after the password was right: a user with a confirmed factor must give
 * a code (TOTP or recovery) in the same login request. Returns when the session proved a second factor,
 * or null for a user without one. Runs before the operation's transaction (autocommit), so a consumed
 * code stays consumed whatever happens next.
 */
export async function secondFactorAtSignIn(
  em: EntityManager,
  fieldKey: Buffer,
  userId: string,
  code: string | null | undefined,
): Promise<Date | null> {
  if (!(await hasSecondFactor(em, userId))) return null;
  if (!code?.trim()) {
    throw new KairaError('SECOND_FACTOR_REQUIRED', 'this account signs in with a second factor: send its code', {
      reason: 'CODE_MISSING',
    });
  }
  const proof = await proveSecondFactor(em, fieldKey, userId, code);
  if (proof !== 'ok') throw proofError(proof);
  return new Date();
}
