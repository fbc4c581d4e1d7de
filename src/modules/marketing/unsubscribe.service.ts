import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { TenantTransaction } from '../../db/tenant-transaction';
import { KairaError, notFound } from '../../errors';
import { RegisterKind, type Tenant } from '../tenant/tenant.entity';
import { unsubscribeTokens } from './link-token';
import { withdrawQueuedAnnouncements } from './opt-out.service';
import type { Unsubscribed } from './marketing.types';

// The person's own opt-out through the one-time link in a training announcement (DOMAIN.md §3: the data
// subject opts out by one-time token, no account). Public: the token is the credential and names its tenant
// (the Kaira-Tenant header and any Authorization are ignored). It works once: an unknown link is NOT_FOUND,
// a used one TOKEN_USED. It does not expire: refusing marketing must stay easy (GDPR 21(2), 12(2)), and the
// link can do nothing but opt its own person out. The answer names the register, never the person.

interface LinkRow {
  id: string;
  person_id: string;
  used: boolean;
}

/** Records the opt-out and uses the link up, in one transaction: effective for every later send at once. */
export function unsubscribe(ctx: RequestContext, token: string): Promise<Unsubscribed> {
  return withLink(ctx, token, true, async (em, tenant, link) => {
    await em.execute('update marketing_unsubscribe_link set used_at = now() where tenant_id = ? and id = ?', [
      tenant.id,
      link.id,
    ]);
    // Already opted out another way: the link is used up all the same, and nothing more is recorded.
    const [existing] = await em.execute(
      `select 1 from objection where tenant_id = ? and person_id = ? and kind = 'direct_marketing' and status = 'upheld'`,
      [tenant.id, link.person_id],
    );
    if (!existing) {
      await em.execute(
        `insert into objection (id, tenant_id, person_id, kind, channel, status, decided_at)
         values (?, ?, ?, 'direct_marketing', 'unsubscribe_link', 'upheld', now())`,
        [randomUUID(), tenant.id, link.person_id],
      );
    }
    await withdrawQueuedAnnouncements(em, tenant.id, link.person_id);
    return answer(ctx, tenant);
  });
}

/** Whether the link can still be used (the page's first view, which changes nothing). */
export function checkUnsubscribeLink(ctx: RequestContext, token: string): Promise<Unsubscribed> {
  return withLink(ctx, token, false, async (_em, tenant) => answer(ctx, tenant));
}

function withLink<T>(
  ctx: RequestContext,
  rawToken: string,
  lock: boolean,
  work: (em: EntityManager, tenant: Tenant, link: LinkRow) => Promise<T>,
): Promise<T> {
  const token = (rawToken ?? '').trim();
  const tenantId = unsubscribeTokens.tenantOf(token);
  const tenant = tenantId ? ctx.services.registry.byId(tenantId) : undefined;
  if (!tenant || tenant.registerKind !== RegisterKind.CARD_TRAINING)
    return Promise.reject(notFound('unsubscribe link'));
  return TenantTransaction.within(ctx.services.orm, { tenantId: tenant.id, userId: null }, async (em) => {
    // Locked when used: the same link sent twice at once opts out once; the second finds it used.
    const [link] = await em.execute<LinkRow[]>(
      `select id, person_id, used_at is not null as used from marketing_unsubscribe_link
        where tenant_id = ? and token_hash = ? ${lock ? 'for update' : ''}`,
      [tenant.id, unsubscribeTokens.hash(token)],
    );
    if (!link) throw notFound('unsubscribe link');
    if (link.used) throw new KairaError('TOKEN_USED', 'this unsubscribe link has already been used');
    return work(em, tenant, link);
  });
}

const answer = (ctx: RequestContext, tenant: Tenant): Unsubscribed => ({
  registerName: tenant.registerName,
  controllerName: ctx.services.registry.organisation(tenant.controllerOrganisationId)?.name ?? '',
});
