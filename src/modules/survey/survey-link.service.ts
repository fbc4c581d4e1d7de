import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { TenantTransaction } from '../../db/tenant-transaction';
import { KairaError, notFound } from '../../errors';
import { requireConsent } from '../consent/consent-state';
import { RegisterKind, type Tenant } from '../tenant/tenant.entity';
import { SurveyAnswer, SurveyQuestion } from './survey.entities';
import type { AnswerSurveyInput } from './survey.inputs';
import { questionViews } from './survey.service';
import { surveyTokens } from './survey-token';
import type { PublicSurvey, SurveySubmission } from './survey.types';
import { answerValues } from './survey.validation';

// The client's side of a survey (DOMAIN.md §3: the data subject answers by one-time token, without an
// account). Public operations: the token is the credential, and it names the tenant (the Kaira-Tenant
// header and any Authorization are ignored). An unknown link is NOT_FOUND; a used one TOKEN_USED; an
// expired one TOKEN_EXPIRED (by the database's clock). Answers are the client's own submission, not a read
// by staff: no use-log entry (there is no principal to name); staff reading them later are use-logged.

/** Answers are client data of this tenant-file category, which needs written consent (issue 4 item 7). */
export const ANSWER_CATEGORY = 'guidance';

interface InvitationRow {
  id: string;
  survey_id: string;
  person_id: string;
  expires_at: string;
  used: boolean;
  expired: boolean;
}

export function surveyByToken(ctx: RequestContext, token: string): Promise<PublicSurvey> {
  return withLink(ctx, token, 'read', async (em, tenant, link) => {
    const [survey] = await em.execute<Array<{ title: string; intro: string | null }>>(
      'select title, intro from survey where tenant_id = ? and id = ?',
      [tenant.id, link.survey_id],
    );
    const questions = await questionViews(em, tenant.id, [link.survey_id]);
    return {
      title: survey!.title,
      intro: survey!.intro,
      questions: questions.get(link.survey_id) ?? [],
      registerName: tenant.registerName,
      privacyNoticePath: `/privacy/${tenant.slug}`,
      controllerName: ctx.services.registry.organisation(tenant.controllerOrganisationId)?.name ?? '',
      expiresAt: new Date(link.expires_at),
    };
  });
}

/**
 * Stores the answers and uses the link up, in one transaction: nothing is stored and the link still works
 * if an answer is invalid (BAD_USER_INPUT naming the question) or the client has no active consent for the
 * category (CONSENT_REQUIRED).
 */
export function answerSurvey(ctx: RequestContext, input: AnswerSurveyInput): Promise<SurveySubmission> {
  return withLink(ctx, input.token, 'answer', async (em, tenant, link) => {
    const questions = await em.find(SurveyQuestion, { surveyId: link.survey_id }, { orderBy: { position: 'asc' } });
    const values = answerValues(questions, input.answers);
    // Under the client's consent lock: a withdrawal committed before is refused here, a later one waits.
    await requireConsent(em, tenant, link.person_id, ANSWER_CATEGORY);
    const [used] = await em.execute<Array<{ answered_at: string }>>(
      'update survey_invitation set answered_at = now() where tenant_id = ? and id = ? returning answered_at',
      [tenant.id, link.id],
    );
    for (const value of values) {
      em.create(SurveyAnswer, {
        id: randomUUID(),
        tenantId: tenant.id,
        invitationId: link.id,
        category: ANSWER_CATEGORY,
        ...value,
      });
    }
    await em.flush();
    return { answeredAt: new Date(used!.answered_at), answerCount: values.length };
  });
}

/**
 * Runs `work` on the link's invitation in a transaction of the link's own tenant (a public request names
 * none), or throws NOT_FOUND, TOKEN_USED or TOKEN_EXPIRED. Answering locks the invitation, so the same link
 * sent twice at once is answered once: the second waits and finds it used.
 */
function withLink<T>(
  ctx: RequestContext,
  token: string,
  purpose: 'read' | 'answer',
  work: (em: EntityManager, tenant: Tenant, link: InvitationRow) => Promise<T>,
): Promise<T> {
  const tenantId = surveyTokens.tenantOf(token.trim());
  const tenant = tenantId ? ctx.services.registry.byId(tenantId) : undefined;
  if (!tenant || tenant.registerKind !== RegisterKind.GUIDANCE) return Promise.reject(linkNotFound());
  return TenantTransaction.within(ctx.services.orm, { tenantId: tenant.id, userId: null }, async (em) => {
    const [link] = await em.execute<InvitationRow[]>(
      `select id, survey_id, person_id, expires_at, answered_at is not null as used, expires_at <= now() as expired
         from survey_invitation where tenant_id = ? and token_hash = ?
         ${purpose === 'answer' ? 'for update' : ''}`,
      [tenant.id, surveyTokens.hash(token.trim())],
    );
    if (!link) throw linkNotFound();
    if (link.used) throw new KairaError('TOKEN_USED', 'this survey link has already been used to answer');
    if (link.expired) throw new KairaError('TOKEN_EXPIRED', 'this survey link has expired');
    return work(em, tenant, link);
  });
}

const linkNotFound = (): KairaError => notFound('survey link');
