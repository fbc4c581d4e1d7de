import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { badInput } from '../../errors';
import { uuidArg } from '../../ids';
import { basisFor } from '../person/person.service';
import { enqueueMessage } from '../outbox/outbox.service';
import type { Tenant } from '../tenant/tenant.entity';
import { audienceRows, type Audience } from './audience';
import { unsubscribeTokens } from './link-token';
import type { ExpiringCardsArgs, MarketingAudienceInput, SendTrainingAnnouncementInput } from './marketing.inputs';
import type { ExpiringCard, MarketingAudienceSize, TrainingAnnouncementSent } from './marketing.types';

// Renewal and marketing of the card-training register (issue 3 item 9, DOMAIN.md §2.1): "target training
// marketing without disclosing data to outsiders". OFFICE sees how many an announcement would reach, never a
// list to export; sending evaluates the audience in its own transaction and queues one email per recipient
// (no recipient sees another), each with its own one-time unsubscribe link. Opting out is an upheld
// objection to direct marketing (opt-out.service.ts, unsubscribe.service.ts).

/** Cards to renew, the latest of each person and type; people whose data is restricted (GDPR 18) are left out. */
export async function expiringCards(ctx: RequestContext, args: ExpiringCardsArgs): Promise<ExpiringCard[]> {
  const days = dayCount('withinDays', args.withinDays);
  const cardTypeId = args.cardTypeId ? uuidArg('cardTypeId', args.cardTypeId) : null;
  const tenantId = ctx.requireTenant().id;
  const rows = await ctx.tx.run((em) =>
    em.execute<
      Array<{
        id: string;
        person_id: string;
        first_name: string;
        last_name: string;
        name_fi: string;
        card_number: string;
        valid_until: string;
      }>
    >(
      `select c.id, c.person_id, p.first_name, p.last_name, ct.name_fi, c.card_number,
              to_char(c.valid_until, 'YYYY-MM-DD') as valid_until
         from card c
         join person p on p.tenant_id = c.tenant_id and p.id = c.person_id
         join card_type ct on ct.tenant_id = c.tenant_id and ct.id = c.card_type_id
        where c.tenant_id = ? ${cardTypeId ? 'and c.card_type_id = ?' : ''}
          and c.valid_until between (now() at time zone 'Europe/Helsinki')::date
                                and (now() at time zone 'Europe/Helsinki')::date + ?::int
          and not exists (select 1 from card n
                           where n.tenant_id = c.tenant_id and n.person_id = c.person_id
                             and n.card_type_id = c.card_type_id and n.id <> c.id
                             and (n.valid_until is null or n.valid_until > c.valid_until))
          and not exists (select 1 from person_restriction r
                           where r.tenant_id = p.tenant_id and r.person_id = p.id and r.lifted_at is null)
        order by c.valid_until, p.last_name, p.first_name, c.id`,
      cardTypeId ? [tenantId, cardTypeId, days] : [tenantId, days],
    ),
  );
  if (rows.length > 0) {
    const { membership } = await ctx.member();
    await ctx.recordUse({
      personIds: [...new Set(rows.map((r) => r.person_id))],
      data: ['firstName', 'lastName', 'cardType', 'cardNumber', 'validUntil'],
      operation: 'expiringCards',
      basis: basisFor(membership),
    });
  }
  return rows.map((r) => ({
    cardId: r.id,
    personId: r.person_id,
    firstName: r.first_name,
    lastName: r.last_name,
    cardTypeName: r.name_fi,
    cardNumber: r.card_number,
    validUntil: r.valid_until,
  }));
}

/** How many the announcement would reach now and how many are left out; no one is named, nothing is logged. */
export async function marketingAudience(
  ctx: RequestContext,
  input: MarketingAudienceInput,
): Promise<MarketingAudienceSize> {
  const audience = await checkAudience(ctx, input);
  const rows = await ctx.tx.run(async (em) => {
    await requireCardType(em, audience);
    return audienceRows(em, audience);
  });
  const excluded = rows.filter((r) => r.excluded).length;
  return { size: rows.length - excluded, excluded };
}

export async function sendTrainingAnnouncement(
  ctx: RequestContext,
  input: SendTrainingAnnouncementInput,
): Promise<TrainingAnnouncementSent> {
  const audience = await checkAudience(ctx, input.audience);
  const subject = oneLine('subject', input.subject, 200);
  const text = (input.text ?? '').trim();
  if (!text) throw badInput('text', 'required');
  if (text.length > 20_000) throw badInput('text', 'at most 20000 characters');
  const tenant = ctx.requireTenant();
  const { userId } = await ctx.member();
  const controller = ctx.services.registry.organisation(tenant.controllerOrganisationId)?.name ?? tenant.registerName;
  const { announcementId, recipients } = await ctx.tx.run(async (em) => {
    await requireCardType(em, audience);
    // Evaluated here, in the transaction that queues the emails: an opt-out committed before is honoured.
    const recipients = (await audienceRows(em, audience)).filter((r) => !r.excluded);
    const announcementId = randomUUID();
    await em.execute(
      `insert into marketing_announcement (id, tenant_id, card_type_id, expiring_within_days, subject, text_body,
                                           recipient_count, sent_by)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        announcementId,
        tenant.id,
        audience.cardTypeId,
        audience.expiringWithinDays,
        subject,
        text,
        recipients.length,
        userId,
      ],
    );
    const links = recipients.map((r) => ({ ...r, ...unsubscribeTokens.create(tenant.id) }));
    // One statement for every link (base64url hashes and uuids need no quoting in an array literal).
    await em.execute(
      `insert into marketing_unsubscribe_link (id, tenant_id, person_id, announcement_id, token_hash)
       select gen_random_uuid(), ?, person_id, ?, token_hash
         from unnest(?::uuid[], ?::text[]) as l(person_id, token_hash)`,
      [
        tenant.id,
        announcementId,
        `{${links.map((l) => l.person_id).join(',')}}`,
        `{${links.map((l) => l.hash).join(',')}}`,
      ],
    );
    for (const link of links) {
      // One message per recipient: no address ever appears in another's headers.
      await enqueueMessage(em, {
        tenantId: tenant.id,
        to: link.email!,
        subject,
        text: announcementText(
          text,
          tenant,
          controller,
          unsubscribeTokens.link(ctx.services.config.publicUrl, link.token),
        ),
        purpose: 'training-announcement',
        personId: link.person_id,
      });
      // The queued message is written; keeping it managed would make every later flush walk all of them.
      em.clear();
    }
    return { announcementId, recipients };
  });
  if (recipients.length > 0) {
    await ctx.recordUse({
      personIds: recipients.map((r) => r.person_id),
      data: ['email', 'cards'],
      operation: 'sendTrainingAnnouncement',
      basis: 'ADMINISTRATION',
      reason: `direct marketing: training announcement ${announcementId}`,
    });
  }
  return { announcementId, recipientCount: recipients.length };
}

async function checkAudience(ctx: RequestContext, input: MarketingAudienceInput): Promise<Audience> {
  return {
    tenantId: ctx.requireTenant().id,
    cardTypeId: uuidArg('audience.cardTypeId', input.cardTypeId),
    expiringWithinDays:
      input.expiringWithinDays === null || input.expiringWithinDays === undefined
        ? null
        : dayCount('audience.expiringWithinDays', input.expiringWithinDays),
  };
}

async function requireCardType(em: EntityManager, audience: Audience): Promise<void> {
  const [type] = await em.execute('select 1 from card_type where tenant_id = ? and id = ?', [
    audience.tenantId,
    audience.cardTypeId,
  ]);
  if (!type) throw badInput('audience.cardTypeId', 'no such card type');
}

function dayCount(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 730) throw badInput(field, 'a whole number of days, 1–730');
  return value;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
function oneLine(field: string, value: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'required');
  if (text.length > max) throw badInput(field, `at most ${max} characters`);
  if (CONTROL.test(text)) throw badInput(field, 'must be one line of text');
  return text;
}

// The announcement, then who sends it and why the person gets it, and the personal opt-out link (Finnish
// first, as the register's notices; the law on electronic communications 917/2014 § 200 requires an easy,
// free way to refuse in every message).
function announcementText(text: string, tenant: Tenant, controller: string, link: string): string {
  return [
    text,
    '',
    '--',
    `${controller}, ${tenant.registerName}`,
    'Saat tämän viestin, koska olet suorittanut koulutuksen meillä.',
    'Jos et halua enää koulutustiedotteita, peru ne tästä henkilökohtaisesta linkistä:',
    link,
    '',
    'You receive this because you completed a training with us. To stop training announcements, open the link above.',
    '',
  ].join('\n');
}
