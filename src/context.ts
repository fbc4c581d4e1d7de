import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { badInput, forbidden, unauthenticated } from './errors';
import type { Logger } from './logger';
import type { Principal } from './auth/principal';
import { ActsFor, Role } from './auth/roles';
import { verifyAccessToken } from './auth/tokens';
import { TenantTransaction } from './db/tenant-transaction';
import type { Tenant } from './modules/tenant/tenant.entity';
import type { TenantRegistry } from './modules/tenant/tenant.registry';
import { UseLog, type UseActor, type UseEntry } from './modules/logs/use-log';
import { authenticateApiKey } from './modules/api-key/api-key.authenticate';
import { requireSecondFactor } from './auth/second-factor-policy';
import { assertReadable } from './modules/restriction/restriction-reads';

/** What lives for the whole process: built once in server.ts. */
export interface Services {
  orm: MikroORM;
  config: Config;
  registry: TenantRegistry;
  logger: Logger;
}

export interface RequestInput {
  requestId?: string;
  /** The Kaira-Tenant header: the tenant's slug. */
  tenantSlug?: string;
  /** The Authorization header. */
  authorization?: string;
  /** The client's address as the HTTP server saw it (Express req.ip), for per-address rate limits. */
  clientAddress?: string;
}

/**
 * Everything one GraphQL operation needs: the tenant it names, the principal (loaded lazily, in the
 * operation's transaction), the transaction itself and the use-log buffer.
 */
export class RequestContext {
  readonly requestId: string;
  readonly tenant: Tenant | null;
  readonly tx: TenantTransaction;
  readonly useLog: UseLog;
  readonly clientAddress: string | null;
  private readonly tenantSlug: string | undefined;
  private readonly token: string | undefined;
  /** `Authorization: ApiKey …`: a machine client (INTEGRATION), held to its persisted operations. */
  readonly usesApiKey: boolean;
  private readonly apiKeyText: string | undefined;
  private principalPromise: Promise<Principal | null> | undefined;
  private requestLogger: Logger | undefined;

  constructor(
    readonly services: Services,
    input: RequestInput,
  ) {
    this.requestId = input.requestId ?? randomUUID();
    this.clientAddress = input.clientAddress ?? null;
    this.tenantSlug = input.tenantSlug?.trim() || undefined;
    this.tenant = this.tenantSlug ? (services.registry.bySlug(this.tenantSlug) ?? null) : null;
    this.token = /^Bearer\s+(\S+)$/i.exec(input.authorization ?? '')?.[1];
    this.apiKeyText = /^ApiKey\s+(\S+)$/i.exec(input.authorization ?? '')?.[1];
    this.usesApiKey = this.apiKeyText !== undefined;
    this.tx = new TenantTransaction(services.orm, { tenantId: this.tenant?.id ?? null, userId: null });
    this.useLog = new UseLog(this.tx, this.requestId);
  }

  /** The process logger with this request's id on every line (a pino child, made on first use). */
  get logger(): Logger {
    this.requestLogger ??= this.services.logger.child({ requestId: this.requestId });
    return this.requestLogger;
  }

  /** The signed-in principal, or null without credentials. Throws UNAUTHENTICATED for a bad credential. */
  principal(): Promise<Principal | null> {
    this.principalPromise ??= this.loadPrincipal();
    return this.principalPromise;
  }

  /** The principal acting in the named tenant, or the error that says why not. */
  async member(): Promise<Principal & { membership: NonNullable<Principal['membership']> }> {
    const principal = await this.principal();
    if (!principal) throw unauthenticated();
    if (!this.tenantSlug) throw badInput('Kaira-Tenant', 'name the tenant in the Kaira-Tenant header');
    if (!principal.membership) throw forbidden('you have no membership in this tenant');
    requireSecondFactor(this.services.config, this.requireTenant(), principal);
    return principal as Principal & { membership: NonNullable<Principal['membership']> };
  }

  /** The tenant this operation works in; resolvers behind a member rule can rely on it. */
  requireTenant(): Tenant {
    if (!this.tenant) throw badInput('Kaira-Tenant', 'name the tenant in the Kaira-Tenant header');
    return this.tenant;
  }

  /** Records a read of personal data by the current member (see use-log.ts); RESTRICTED for a restricted person. */
  async recordUse(entry: UseEntry): Promise<void> {
    const { userId, membership } = await this.member();
    // GDPR 18(2): a restricted person's data is read only by the controller's DPO and officers.
    await assertReadable(this, membership, entry);
    const actor: UseActor = { userId, organisationId: membership.organisationId, roles: [...membership.roles] };
    this.useLog.record(actor, entry);
  }

  private async loadPrincipal(): Promise<Principal | null> {
    if (this.apiKeyText) {
      const tenant = this.requireTenant();
      return authenticateApiKey(this.tx, tenant, this.apiKeyText, (organisationId) => actsFor(tenant, organisationId));
    }
    if (!this.token) return null;
    if (this.tenantSlug && !this.tenant) throw badInput('Kaira-Tenant', 'no such tenant');
    const claims = await verifyAccessToken(this.services.config.keys.tokenSecret, this.token);
    if (typeof claims === 'string') {
      throw unauthenticated(
        claims === 'TOKEN_EXPIRED' ? 'the access token has expired' : 'invalid access token',
        claims,
      );
    }
    await this.tx.setUser(claims.userId);
    // One statement checks the session is live and reads the membership in the named tenant.
    const rows = await this.tx.run((em) =>
      em.execute<Array<{ organisation_id: string | null; roles: Role[] | null; second_factor: boolean }>>(
        `select m.organisation_id, m.roles, s.second_factor_at is not null as second_factor
           from auth_session s
           join user_account u on u.id = s.user_id
           left join membership m on m.user_id = s.user_id and m.tenant_id = kaira.current_tenant_id()
          where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > now()
            and u.disabled_at is null`,
        [claims.sessionId, claims.userId],
      ),
    );
    const row = rows[0];
    if (!row) throw unauthenticated('the session has ended; sign in again', 'SESSION_ENDED');
    const membership =
      this.tenant && row.organisation_id && row.roles
        ? {
            tenantId: this.tenant.id,
            organisationId: row.organisation_id,
            roles: new Set(row.roles),
            actsFor: actsFor(this.tenant, row.organisation_id),
          }
        : null;
    return { userId: claims.userId, sessionId: claims.sessionId, membership, secondFactor: row.second_factor };
  }
}

export function actsFor(tenant: Tenant, organisationId: string): ActsFor {
  if (organisationId === tenant.controllerOrganisationId) return ActsFor.CONTROLLER;
  if (organisationId === tenant.processorOrganisationId) return ActsFor.PROCESSOR;
  return ActsFor.OTHER_PARTY;
}
