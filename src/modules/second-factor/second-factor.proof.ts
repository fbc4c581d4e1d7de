import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decryptField } from '../../crypto/field-encryption';
import { KairaError, unauthenticated } from '../../errors';
import { matchTotp } from '../../auth/totp';

// Proving a second factor: a TOTP code of a step not used before, or an unused recovery code. Each proof
// is consumed in one conditional UPDATE, so two requests with the same code cannot both pass.

export type Proof = 'ok' | 'wrong' | 'reused';

export const secretBinding = (userId: string): string => `user_second_factor:${userId}`;

const RECOVERY_CODES = 10;

/** New recovery codes to show once (`xxxxx-xxxxx`, 50 bits each) and their hashes to store. */
export function newRecoveryCodes(): Array<{ code: string; hash: string }> {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const raw = randomBytes(7).toString('hex').slice(0, 10);
    return { code: `${raw.slice(0, 5)}-${raw.slice(5)}`, hash: recoveryCodeHash(raw) };
  });
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('base64url');
}

/** Whether the user has a confirmed second factor. */
export async function hasSecondFactor(em: EntityManager, userId: string): Promise<boolean> {
  const rows = await em.execute('select 1 from user_second_factor where user_id = ? and confirmed_at is not null', [
    userId,
  ]);
  return rows.length > 0;
}

/** Checks and consumes a code of the user's confirmed factor (confirmed: false for the enrolment's first code). */
export async function proveSecondFactor(
  em: EntityManager,
  fieldKey: Buffer,
  userId: string,
  code: string,
  opts: { confirmed: boolean } = { confirmed: true },
): Promise<Proof> {
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const [factor] = await em.execute<Array<{ secret_encrypted: string }>>(
      `select secret_encrypted from user_second_factor
        where user_id = ? and (confirmed_at is not null) = ?`,
      [userId, opts.confirmed],
    );
    if (!factor) return 'wrong';
    const secret = Buffer.from(decryptField(fieldKey, factor.secret_encrypted, secretBinding(userId)), 'base64');
    const step = matchTotp(secret, trimmed);
    if (step === null) return 'wrong';
    const claimed = await em.execute(
      `update user_second_factor set last_used_step = ?
        where user_id = ? and (last_used_step is null or last_used_step < ?) returning user_id`,
      [step, userId, step],
    );
    return claimed.length > 0 ? 'ok' : 'reused';
  }
  if (!opts.confirmed) return 'wrong';
  const used = await em.execute(
    `update user_recovery_code set used_at = now()
      where user_id = ? and code_hash = ? and used_at is null returning user_id`,
    [userId, recoveryCodeHash(trimmed)],
  );
  return used.length > 0 ? 'ok' : 'wrong';
}

/** The error for a failed proof: a wrong code, or one whose time step was already used (a replay). */
export function proofError(proof: Exclude<Proof, 'ok'>): KairaError {
  return proof === 'reused'
    ? unauthenticated('this code was already used; wait for the next one', 'CODE_REUSED')
    : unauthenticated('wrong second-factor code', 'WRONG_SECOND_FACTOR');
}
