import { createHash, randomBytes } from 'node:crypto';

// The one-time link of a survey invitation (issue 4 item 7), made like a refresh token (auth/tokens.ts):
// 256 random bits behind a recognisable prefix, stored only as its SHA-256. The link is opened without an
// account, so the token also names its tenant (an id, no personal data): the app role reads one tenant
// per transaction, and the link must say which.

/** How long a link works (issue 4 item 7: links expire). */
export const SURVEY_LINK_DAYS = 14;

const TOKEN = /^ksv_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{43}$/;

export function newSurveyToken(tenantId: string): { token: string; hash: string } {
  const token = `ksv_${tenantId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** The tenant a well-formed token names, or null. */
export function surveyTokenTenant(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

/** The link the client opens. */
export function surveyLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/survey/${token}`;
}
