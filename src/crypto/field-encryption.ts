import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

// Field encryption for identifiers such as the henkilötunnus: AES-256-GCM with the row's identity as
// additional data, so a ciphertext copied onto another row (or tenant) fails to decrypt.
const VERSION = 'v1';

export function encryptField(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decryptField(key: Buffer, stored: string, boundTo: string): string {
  const [version, payload] = stored.split(':');
  if (version !== VERSION || !payload) throw new Error('unknown field-encryption format');
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** Keyed hash for exact lookup of an encrypted value within one tenant. */
export function lookupHash(key: Buffer, tenantId: string, value: string): string {
  return createHmac('sha256', key).update(`${tenantId}\u0000${value}`).digest('base64url');
}
