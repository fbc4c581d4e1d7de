import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { uuidArg } from '../../ids';
import { enqueueMessage } from '../outbox/outbox.service';
import type { Tenant } from '../tenant/tenant.entity';
import { logSend, recipients } from './client-recipients';
import { SurveyInvitation, type Survey } from './survey.entities';
import type { SendSurveyInput } from './survey.inputs';
import { lockSurvey } from './survey.service';
import { SURVEY_LINK_DAYS, surveyTokens } from './survey-token';
import type { SurveySending } from './survey.types';

// Sending a survey (issue 4 item 7): per client an invitation with a one-time link, emailed through the
// outbox in the same transaction. The token exists only in the email (which the outbox drops once sent);
// the register keeps its SHA-256. The first send freezes the survey.

export async function sendSurvey(ctx: RequestContext, input: SendSurveyInput): Promise<SurveySending> {
  const tenant = ctx.requireTenant();
  const surveyId = uuidArg('surveyId', input.surveyId);
  const sendTo = await recipients(ctx, input.personIds);
  const { userId } = await ctx.member();
  const controller = ctx.services.registry.organisation(tenant.controllerOrganisationId)?.name ?? tenant.registerName;
  const expiresAt = await ctx.tx.run(async (em) => {
    // Locked: an edit of the draft either happened before (and is sent) or waits and finds it sent.
    const survey = await lockSurvey(em, surveyId);
    const expires = await linkExpiry(em);
    for (const { personId, email } of sendTo) {
      const { token, hash } = surveyTokens.create(tenant.id);
      em.create(SurveyInvitation, {
        id: randomUUID(),
        tenantId: tenant.id,
        surveyId,
        personId,
        tokenHash: hash,
        sentBy: userId,
        expiresAt: expires,
      });
      await enqueueMessage(em, {
        tenantId: tenant.id,
        to: email,
        ...invitationMail(
          tenant,
          controller,
          survey,
          surveyTokens.link(ctx.services.config.publicUrl, token),
          expires,
          {
            privacyNotice: `${ctx.services.config.publicUrl}/privacy/${tenant.slug}`,
          },
        ),
        purpose: 'survey-invitation',
        personId,
      });
    }
    if (!survey.sentAt) {
      await em.execute('update survey set sent_at = now() where tenant_id = ? and id = ? and sent_at is null', [
        tenant.id,
        surveyId,
      ]);
    }
    return expires;
  });
  await logSend(ctx, sendTo, 'sendSurvey');
  return { surveyId, recipientCount: sendTo.length, expiresAt };
}

/** When links sent now expire, by the database's clock (which also decides whether a link has expired). */
async function linkExpiry(em: EntityManager): Promise<Date> {
  const [row] = await em.execute<Array<{ expires_at: string }>>(
    `select now() + make_interval(days => ?::int) as expires_at`,
    [SURVEY_LINK_DAYS],
  );
  return new Date(row!.expires_at);
}

const finnishDate = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});

// In Finnish, as the registers' clients are addressed. No name: the message says what it must and no more.
function invitationMail(
  tenant: Tenant,
  controller: string,
  survey: Survey,
  link: string,
  expires: Date,
  urls: { privacyNotice: string },
): { subject: string; text: string } {
  return {
    subject: `Kysely: ${survey.title}`,
    text: [
      'Hei,',
      '',
      `${controller} pyytää sinua vastaamaan kyselyyn "${survey.title}".`,
      '',
      'Vastaa tästä linkistä:',
      link,
      '',
      `Linkki on henkilökohtainen: älä välitä tätä viestiä eteenpäin. Linkki toimii kerran ja vanhenee ${finnishDate.format(expires)}.`,
      '',
      'Ystävällisin terveisin',
      tenant.registerName,
      '',
      `Tietosuojaseloste (GDPR 13): ${urls.privacyNotice}`,
      '',
    ].join('\n'),
  };
}
