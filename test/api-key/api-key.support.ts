import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GraphQLResult, Kaira } from '../support/kaira';

// Raw requests the way a machine client sends them: a document id or an APQ hash instead of query text.

const manifest = JSON.parse(readFileSync('schema/persisted-operations.json', 'utf8')) as Record<string, string>;

/** The manifest id (`sha256:<hex>`) of a persisted operation, by its name. */
export function documentIdOf(operationName: string): string {
  const entry = Object.entries(manifest).find(([, doc]) =>
    new RegExp(`^(query|mutation) ${operationName}\\b`).test(doc),
  );
  if (!entry) throw new Error(`${operationName} is not in schema/persisted-operations.json`);
  return entry[0];
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export async function post(
  kaira: Kaira,
  body: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLResult> {
  const response = await fetch(kaira.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: Record<string, unknown> | null; errors?: GraphQLResult['errors'] };
  return { status: response.status, data: json.data, errors: json.errors, headers: response.headers };
}

/** Headers of a request with an API key in a tenant. */
export const withKey = (secret: string, tenant: string): Record<string, string> => ({
  authorization: `ApiKey ${secret}`,
  'kaira-tenant': tenant,
});
