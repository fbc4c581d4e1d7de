import { createHash, randomBytes } from 'node:crypto';

// One-time and time-limited links sent by email (a survey invitation, an unsubscribe link, a company's card
// report), made like a refresh token (tokens.ts): 256 random bits behind a recognisable prefix, stored only as
// their SHA-256. The link is opened without an account, so the token names its tenant (an id, no personal
// data): the app role reads one tenant per transaction, and the link must say which.

export interface LinkTokens {
  /** A new token for the tenant and the hash to store. */
  create(tenantId: string): { token: string; hash: string };
  hash(token: string): string;
  /** The tenant a well-formed token names, or null. */
  tenantOf(token: string): string | null;
  /** The link the recipient opens: `<publicUrl>/<path>/<token>`. */
  link(publicUrl: string, token: string): string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export function linkTokens(prefix: string, path: string): LinkTokens {
  const pattern = new RegExp(`^${prefix}_(${UUID})\\.[A-Za-z0-9_-]{43}$`);
  const hash = (token: string) => createHash('sha256').update(token).digest('base64url');
  return {
    create(tenantId) {
      const token = `${prefix}_${tenantId}.${randomBytes(32).toString('base64url')}`;
      return { token, hash: hash(token) };
    },
    hash,
    tenantOf: (token) => pattern.exec(token)?.[1] ?? null,
    link: (publicUrl, token) => `${publicUrl.replace(/\/+$/, '')}/${path}/${token}`,
  };
}
