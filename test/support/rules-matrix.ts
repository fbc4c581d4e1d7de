import { codeOf, TENANTS, USERS, type Kaira } from './kaira';

// The operation × principal × tenant matrix every module's rules test walks: each demo user in each
// tenant is either allowed (data, no errors) or refused with FORBIDDEN (no data).

export type User = keyof typeof USERS;
export type Tenant = (typeof TENANTS)[number];

export interface MatrixCase {
  operation: string;
  tenant: Tenant;
  user: User;
  allowed: boolean;
}

/** One case per operation, tenant and demo user; `allowed` lists who may, per tenant. */
export function matrixCases(
  operations: Record<string, { allowed: (tenant: Tenant) => readonly User[] }>,
): MatrixCase[] {
  return Object.entries(operations).flatMap(([operation, spec]) =>
    TENANTS.flatMap((tenant) =>
      (Object.keys(USERS) as User[]).map((user) => ({
        operation,
        tenant,
        user,
        allowed: spec.allowed(tenant).includes(user),
      })),
    ),
  );
}

/** Sends the operation as the case's user in its tenant and checks the decision. */
export async function expectDecision(kaira: Kaira, c: MatrixCase, doc: unknown, vars: unknown): Promise<void> {
  const result = await kaira.gql(doc as never, vars as never, {
    token: await kaira.tokenFor(USERS[c.user]),
    tenant: c.tenant,
  });
  if (c.allowed) {
    expect(result.errors).toBeUndefined();
    expect(result.data?.[c.operation as never]).toBeTruthy();
  } else {
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  }
}
