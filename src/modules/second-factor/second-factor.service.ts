import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { encryptField } from '../../crypto/field-encryption';
import { conflict, forbidden, unauthenticated } from '../../errors';
import type { Principal } from '../../auth/principal';
import { base32Encode, newTotpSecret, otpauthUri } from '../../auth/totp';
import { newRecoveryCodes, proofError, proveSecondFactor, secretBinding } from './second-factor.proof';
import type {
  SecondFactorCodeInput,
  SecondFactorConfirmation,
  SecondFactorEnrolment,
  SecondFactorStatus,
} from './second-factor.types';

// Strong staff sign-in (issue 6 item 4): a user enrols a TOTP factor, confirms it with a first code and
// gets recovery codes; from then on sign-in needs a code. Only the user themself manages their factor.

async function staffUser(ctx: RequestContext): Promise<Principal> {
  const principal = await ctx.principal();
  if (!principal) throw unauthenticated();
  if (principal.apiKey) throw forbidden('an API key has no second factor');
  return principal;
}

export async function mySecondFactor(ctx: RequestContext): Promise<SecondFactorStatus> {
  const principal = await staffUser(ctx);
  return ctx.tx.run(async (em) => {
    const [row] = await em.execute<Array<{ enabled: boolean; left: number }>>(
      `select exists (select 1 from user_second_factor where user_id = ? and confirmed_at is not null) as enabled,
              (select count(*)::int from user_recovery_code where user_id = ? and used_at is null) as left`,
      [principal.userId, principal.userId],
    );
    return { enabled: row!.enabled, recoveryCodesLeft: row!.left, sessionVerified: principal.secondFactor === true };
  });
}

/** A new secret, replacing an unconfirmed one; CONFLICT while a confirmed factor exists (disable it first). */
export async function beginSecondFactorEnrolment(ctx: RequestContext): Promise<SecondFactorEnrolment> {
  const { userId } = await staffUser(ctx);
  const secret = newTotpSecret();
  const stored = encryptField(ctx.services.config.keys.fieldKey, secret.toString('base64'), secretBinding(userId));
  const email = await ctx.tx.run(async (em) => {
    const inserted = await em.execute(
      `insert into user_second_factor (user_id, secret_encrypted) values (?, ?)
       on conflict (user_id) do update set secret_encrypted = excluded.secret_encrypted, created_at = now(),
         last_used_step = null
       where user_second_factor.confirmed_at is null
       returning user_id`,
      [userId, stored],
    );
    if (inserted.length === 0) throw conflict('a second factor is already on; disable it before enrolling another');
    const [user] = await em.execute<Array<{ email: string }>>('select email from user_account where id = ?', [userId]);
    return user!.email;
  });
  return { secret: base32Encode(secret), otpauthUri: otpauthUri(secret, email) };
}

/** The first code proves the app has the secret: the factor is on, and this session counts as verified. */
export async function confirmSecondFactorEnrolment(
  ctx: RequestContext,
  input: SecondFactorCodeInput,
): Promise<SecondFactorConfirmation> {
  const { userId, sessionId } = await staffUser(ctx);
  return ctx.tx.run(async (em) => {
    const proof = await proveSecondFactor(em, ctx.services.config.keys.fieldKey, userId, input.code, {
      confirmed: false,
    });
    if (proof !== 'ok') throw proofError(proof);
    await em.execute('update user_second_factor set confirmed_at = now() where user_id = ?', [userId]);
    const codes = await replaceRecoveryCodes(em, userId);
    await em.execute('update auth_session set second_factor_at = now() where id = ?', [sessionId]);
    return { recoveryCodes: codes };
  });
}

/** Turns the factor off with a current code or a recovery code; the recovery codes go with it. */
export async function disableSecondFactor(ctx: RequestContext, input: SecondFactorCodeInput): Promise<boolean> {
  const { userId } = await staffUser(ctx);
  return ctx.tx.run(async (em) => {
    const proof = await proveSecondFactor(em, ctx.services.config.keys.fieldKey, userId, input.code);
    if (proof !== 'ok') throw proofError(proof);
    await em.execute('delete from user_recovery_code where user_id = ?', [userId]);
    await em.execute('delete from user_second_factor where user_id = ?', [userId]);
    return true;
  });
}

async function replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await em.execute('delete from user_recovery_code where user_id = ?', [userId]);
  await em.execute(`insert into user_recovery_code (user_id, code_hash) select ?, unnest(?::text[])`, [
    userId,
    // An array literal: base64url hashes need no quoting inside it.
    `{${codes.map((c) => c.hash).join(',')}}`,
  ]);
  return codes.map((c) => c.code);
}
