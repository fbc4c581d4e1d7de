// What the bench asks for, and a one-off GraphQL client for the set-up steps (the load has its own).

export const TENANT_SLUG = 'eduro-training';
export const USER = 'office@eduro.example';
export const PAGE = 50;
export const PEOPLE_QUERY =
  'query People { people(first: 50) { nodes { id firstName lastName email } pageInfo { hasNextPage endCursor } } }';
export const ME_QUERY = '{ me { user { email } current { roles actsFor } } }';
export const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Posts one operation to 127.0.0.1:port/graphql; throws unless HTTP 200 without errors. */
export async function gql(
  port: number,
  query: string,
  options: { token?: string; variables?: object; tenant?: boolean } = {},
): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.tenant !== false) headers['kaira-tenant'] = TENANT_SLUG;
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 200 || body.errors)
    throw new Error(`HTTP ${res.status} from port ${port}: ${JSON.stringify(body).slice(0, 400)}`);
  return body.data;
}
