import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { forbidden, KairaError, notFound } from '../../errors';
import { uuidArg, uuidArrayLiteral } from '../../ids';
import { openClient, type ClientAccess } from '../client/client-access';
import { logClientUse } from './client-use';
import { ANSWER_CATEGORY } from './survey-link.service';
import { QuestionKind, type AnswerView, type SurveyResponse } from './survey.types';

// Staff reading clients' answers (issue 4 item 7). Answers are guidance content: the client's coaches
// (client relationship or emergency access) and the controller's oversight read them; office staff and
// referrers do not (DOMAIN.md §3). Every read is use-logged with its basis, one entry per basis.

const ANSWER_DATA = `category:${ANSWER_CATEGORY}`;
const readable = (access: ClientAccess): boolean => access.scope === 'coaching' || access.scope === 'oversight';

/** The answers to one survey of the clients the member may read: others are left out, not refused. */
export async function surveyAnswers(
  ctx: RequestContext,
  surveyIdArg: string,
  fields: string[],
): Promise<SurveyResponse[]> {
  const tenantId = ctx.requireTenant().id;
  const surveyId = uuidArg('surveyId', surveyIdArg);
  const respondents = await ctx.tx.run(async (em) => {
    if (!(await em.execute('select 1 from survey where tenant_id = ? and id = ?', [tenantId, surveyId])).length) {
      throw notFound('survey');
    }
    const rows = await em.execute<Array<{ person_id: string }>>(
      `select distinct person_id from survey_invitation
        where tenant_id = ? and survey_id = ? and answered_at is not null order by person_id`,
      [tenantId, surveyId],
    );
    return rows.map((r) => r.person_id);
  });
  const accesses: ClientAccess[] = [];
  for (const personId of respondents) {
    const access = await openClient(ctx, personId).catch((error: unknown) => {
      // A client the coach has no relationship with: their answers are not this coach's to read.
      if (error instanceof KairaError && error.extensions.code === 'FORBIDDEN') return null;
      throw error;
    });
    if (access && readable(access)) accesses.push(access);
  }
  const responses = await ctx.tx.run((em) =>
    responseViews(em, tenantId, { surveyId, personIds: accesses.map((a) => a.personId) }),
  );
  await logClientUse(ctx, accesses, 'surveyAnswers', [...fields, ANSWER_DATA]);
  return responses;
}

/** Every survey the client has answered, newest first. */
export async function clientSurveyAnswers(
  ctx: RequestContext,
  personIdArg: string,
  fields: string[],
): Promise<SurveyResponse[]> {
  const personId = uuidArg('personId', personIdArg);
  const access = await openClient(ctx, personId);
  if (!readable(access)) throw forbidden('survey answers are guidance content: the client’s coaches read them');
  const responses = await ctx.tx.run((em) => responseViews(em, ctx.requireTenant().id, { personIds: [personId] }));
  await logClientUse(ctx, [access], 'clientSurveyAnswers', [...fields, ANSWER_DATA]);
  return responses;
}

interface AnswerRow {
  invitation_id: string;
  survey_id: string;
  survey_title: string;
  person_id: string;
  sent_at: string;
  answered_at: string;
  question_id: string;
  position: number;
  kind: string;
  prompt: string;
  text_value: string | null;
  choice_values: string[] | null;
  scale_value: number | null;
}

async function responseViews(
  em: EntityManager,
  tenantId: string,
  where: { personIds: readonly string[]; surveyId?: string },
): Promise<SurveyResponse[]> {
  if (where.personIds.length === 0) return [];
  const params: unknown[] = [tenantId, uuidArrayLiteral(where.personIds)];
  if (where.surveyId) params.push(where.surveyId);
  const rows = await em.execute<AnswerRow[]>(
    `select i.id as invitation_id, i.survey_id, s.title as survey_title, i.person_id, i.sent_at, i.answered_at,
            q.id as question_id, q.position, q.kind, q.prompt, a.text_value, a.choice_values, a.scale_value
       from survey_invitation i
       join survey s on s.tenant_id = i.tenant_id and s.id = i.survey_id
       join survey_answer a on a.tenant_id = i.tenant_id and a.invitation_id = i.id
       join survey_question q on q.tenant_id = a.tenant_id and q.id = a.question_id
      where i.tenant_id = ? and i.person_id = any(?::uuid[]) and i.answered_at is not null
        ${where.surveyId ? 'and i.survey_id = ?' : ''}
      order by i.answered_at desc, i.id, q.position`,
    params,
  );
  const responses = new Map<string, SurveyResponse>();
  for (const row of rows) {
    let response = responses.get(row.invitation_id);
    if (!response) {
      response = {
        invitationId: row.invitation_id,
        surveyId: row.survey_id,
        surveyTitle: row.survey_title,
        personId: row.person_id,
        // Raw rows carry timestamps as text.
        sentAt: new Date(row.sent_at),
        answeredAt: new Date(row.answered_at),
        answers: [],
      };
      responses.set(row.invitation_id, response);
    }
    response.answers.push(toAnswer(row));
  }
  return [...responses.values()];
}

function toAnswer(row: AnswerRow): AnswerView {
  return {
    questionId: row.question_id,
    position: row.position,
    kind: row.kind as QuestionKind,
    prompt: row.prompt,
    text: row.text_value,
    choices: row.choice_values,
    scale: row.scale_value,
  };
}
