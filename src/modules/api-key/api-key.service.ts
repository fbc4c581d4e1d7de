import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { ApiKey } from './api-key.entity';
import type { CreateApiKeyInput, RevokeApiKeyInput, RotateApiKeyInput } from './api-key.inputs';
import { newApiKeySecret } from './api-key.secret';
import { ApiKeySecret, ApiKeyView } from './api-key.types';
import { servedOperations } from './persisted-operations';

// ADMIN manages the tenant's integration keys (DOMAIN.md §3: "memberships and keys; no client content").
// A key acts for the tenant's controller: the register's own systems (billing, the city's reporting).

const MAX_GRACE_MINUTES = 1440;

export async function apiKeys(ctx: RequestContext): Promise<ApiKeyView[]> {
  await ctx.member();
  const keys = await ctx.tx.run((em) => em.find(ApiKey, {}, { orderBy: { createdAt: 'asc', id: 'asc' } }));
  return keys.map((k) => ApiKeyView.of(k));
}

export async function createApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<ApiKeySecret> {
  const { userId } = await ctx.member();
  const tenant = ctx.requireTenant();
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name', '1–100 characters');
  const operations = checkOperations(input.operations);
  const id = randomUUID();
  const { key, hash } = newApiKeySecret(id);
  const created = await ctx.tx.run(async (em) => {
    const row = em.create(ApiKey, {
      id,
      tenantId: tenant.id,
      name,
      organisationId: tenant.controllerOrganisationId,
      operations,
      secretHash: hash,
      createdBy: userId,
    });
    await em.flush();
    return row;
  });
  return { apiKey: ApiKeyView.of(created), secret: key };
}

/** A new secret; the old one stops at once, or after graceMinutes so a deployment can switch over. */
export async function rotateApiKey(ctx: RequestContext, input: RotateApiKeyInput): Promise<ApiKeySecret> {
  await ctx.member();
  const grace = input.graceMinutes ?? 0;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_MINUTES) {
    throw badInput('graceMinutes', `0–${MAX_GRACE_MINUTES}`);
  }
  const rotated = await ctx.tx.run(async (em) => {
    const key = await findKey(em, input.id);
    if (key.revokedAt) throw conflict('the key is revoked; create a new one');
    const { key: text, hash } = newApiKeySecret(key.id);
    const now = new Date();
    key.previousSecretHash = grace > 0 ? key.secretHash : null;
    key.previousValidUntil = grace > 0 ? new Date(now.getTime() + grace * 60_000) : null;
    key.secretHash = hash;
    key.rotatedAt = now;
    await em.flush();
    return { key, text };
  });
  return { apiKey: ApiKeyView.of(rotated.key), secret: rotated.text };
}

export async function revokeApiKey(ctx: RequestContext, input: RevokeApiKeyInput): Promise<ApiKeyView> {
  const { userId } = await ctx.member();
  return ctx.tx.run(async (em) => {
    const key = await findKey(em, input.id);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      key.revokedBy = userId;
      key.previousSecretHash = null;
      key.previousValidUntil = null;
      await em.flush();
    }
    return ApiKeyView.of(key);
  });
}

async function findKey(em: EntityManager, id: string): Promise<ApiKey> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw badInput('id', 'not an API key id');
  const key = await em.findOne(ApiKey, { id });
  if (!key) throw notFound('API key');
  return key;
}

function checkOperations(names: readonly string[]): string[] {
  const distinct = [...new Set(names.map((n) => n.trim()))];
  if (distinct.length < 1 || distinct.length > 50) throw badInput('operations', 'name 1–50 persisted operations');
  const manifest = servedOperations();
  const unknown = distinct.find((n) => !manifest.hasOperation(n));
  if (unknown !== undefined) {
    throw badInput('operations', `not a persisted operation; known: ${manifest.operationNames().join(', ')}`);
  }
  return distinct.sort();
}
