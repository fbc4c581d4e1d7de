import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// An API key is `kaira_live_<key id, 32 hex>_<secret, 43 base64url>`: the prefix makes a leaked key
// greppable (secret scanners, logs), the id finds the row without a scan, and the 256-bit secret is
// stored only as its SHA-256 (a slow hash adds nothing for a random secret of this length).
const PREFIX = 'kaira_live_';
const KEY_PATTERN = /^kaira_live_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface ParsedKey {
  keyId: string;
  secret: string;
}

/** A new secret for a key, with the full key text to show once and the hash to store. */
export function newApiKeySecret(keyId: string): { key: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { key: `${PREFIX}${keyId.replace(/-/g, '')}_${secret}`, hash: hashSecret(secret) };
}

/** The key id and secret of a well-formed key, or null. */
export function parseApiKey(text: string): ParsedKey | null {
  const match = KEY_PATTERN.exec(text);
  if (!match) return null;
  const hex = match[1]!;
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { keyId, secret: match[2]! };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const presented = Buffer.from(hashSecret(secret));
  const stored = Buffer.from(storedHash);
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
