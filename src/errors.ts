import { GraphQLError } from 'graphql';

// The closed set of errors Kaira returns. Anything else is masked as INTERNAL_SERVER_ERROR by the server.
// Messages never carry personal data: name the field, not its value.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ACCOUNT_LOCKED'
  | 'TOO_MANY_ATTEMPTS'
  | 'CONSENT_REQUIRED'
  // An API-key request that is not a persisted operation on the key's allow-list (trusted documents).
  | 'PERSISTED_QUERY_NOT_IN_LIST'
  // The tenant requires a second factor for the member's roles and the session did not prove one, or
  // the account has a second factor and sign-in did not give its code (extensions.reason says which).
  | 'SECOND_FACTOR_REQUIRED'
  // A one-time link (a survey invitation) that was already used, or has expired.
  | 'TOKEN_USED'
  | 'TOKEN_EXPIRED'
  // A training session with no seats left (the public enrolment form).
  | 'SESSION_FULL'
  // Too many requests from one address; extensions.retryAfterSeconds says when to try again.
  | 'RATE_LIMITED'
  // A document over one of the limits of src/http/limits.ts, or a request body over the size limit.
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'PAYLOAD_TOO_LARGE'
  // Card-training records: an exam result or card needs a checked identity (a photo ID for some types),
  // a card needs a passed exam, the retake limit is the scheme's, a refresher may need a valid earlier card.
  | 'IDENTITY_NOT_CHECKED'
  | 'PHOTO_ID_REQUIRED'
  | 'EXAM_NOT_PASSED'
  | 'RETAKE_LIMIT_REACHED'
  | 'REFRESHER_NOT_ALLOWED'
  // The person's data is restricted (GDPR 18): stored, not otherwise processed; nothing was changed.
  | 'RESTRICTED'
  // A disclosure outside the EEA without every safeguard the register requires; extensions.missing names them.
  | 'TRANSFER_NOT_ALLOWED'
  // A rights request whose requester's identity has not been checked: nothing is handed out (GDPR 12(6)).
  | 'IDENTITY_NOT_VERIFIED';

export class KairaError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'KairaError';
  }
}

export const badInput = (field: string, message: string): KairaError =>
  new KairaError('BAD_USER_INPUT', `${field}: ${message}`, { field });

export const unauthenticated = (message = 'sign in first', reason?: string): KairaError =>
  new KairaError('UNAUTHENTICATED', message, reason ? { reason } : {});

export const forbidden = (message = 'not allowed'): KairaError => new KairaError('FORBIDDEN', message);

export const notFound = (what: string): KairaError => new KairaError('NOT_FOUND', `${what} not found`);

export const conflict = (message: string): KairaError => new KairaError('CONFLICT', message);

export const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'CONSENT_REQUIRED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'SECOND_FACTOR_REQUIRED',
  'TOKEN_USED',
  'TOKEN_EXPIRED',
  'SESSION_FULL',
  'RATE_LIMITED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'PAYLOAD_TOO_LARGE',
  'IDENTITY_NOT_CHECKED',
  'PHOTO_ID_REQUIRED',
  'EXAM_NOT_PASSED',
  'RETAKE_LIMIT_REACHED',
  'REFRESHER_NOT_ALLOWED',
  'RESTRICTED',
  'TRANSFER_NOT_ALLOWED',
  'IDENTITY_NOT_VERIFIED',
]);

/** SQLSTATE of kaira.refuse_restricted_person() (migrations/restriction-guard.ts). */
const RESTRICTED_SQLSTATE = 'KA018';

export const restricted = (): KairaError =>
  new KairaError(
    'RESTRICTED',
    "the person's data is restricted (GDPR 18): only the controller's DPO and officers read it, and nothing about the person changes until the restriction is lifted",
  );

/** True when the error, or one it wraps, is PostgreSQL refusing a write to a restricted person. */
export function isRestrictionViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === RESTRICTED_SQLSTATE) return true;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
