import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { uuidArg, uuidArrayLiteral } from '../../ids';
import { Survey, SurveyQuestion } from './survey.entities';
import type { CopySurveyInput, CreateSurveyInput, UpdateSurveyInput } from './survey.inputs';
import { QuestionKind, SurveyStatus, type QuestionView, type SurveyView } from './survey.types';
import { surveyContent, type SurveyContent } from './survey.validation';

// Client surveys (DOMAIN.md §2.2: staff create, edit, copy and send them; issue 4 item 7). A survey is a
// template without personal data: reading one is not use-logged. It is a draft until first sent; from then
// on it is not edited (CONFLICT), because answers refer to its questions: a copy is the way to change it.

export async function createSurvey(ctx: RequestContext, input: CreateSurveyInput): Promise<SurveyView> {
  const tenantId = ctx.requireTenant().id;
  const content = surveyContent(input);
  const { userId } = await ctx.member();
  const id = randomUUID();
  return ctx.tx.run(async (em) => {
    em.create(Survey, {
      id,
      tenantId,
      title: content.title,
      intro: content.intro,
      createdBy: userId,
      updatedBy: userId,
    });
    addQuestions(em, tenantId, id, content.questions);
    await em.flush();
    return (await surveyViews(em, tenantId, { id }))[0]!;
  });
}

/** Replaces a draft's title, intro and questions; CONFLICT once the survey has been sent. */
export async function updateSurvey(ctx: RequestContext, input: UpdateSurveyInput): Promise<SurveyView> {
  const tenantId = ctx.requireTenant().id;
  const id = uuidArg('surveyId', input.surveyId);
  const content = surveyContent(input);
  const { userId } = await ctx.member();
  return ctx.tx.run(async (em) => {
    // Locked: an edit and a first send of the same survey happen one after the other, never interleaved.
    const survey = await lockSurvey(em, id);
    if (survey.sentAt) throw conflict('a sent survey is not edited: copy it and edit the copy');
    await em.nativeDelete(SurveyQuestion, { surveyId: id });
    Object.assign(survey, { title: content.title, intro: content.intro, updatedBy: userId, updatedAt: new Date() });
    addQuestions(em, tenantId, id, content.questions);
    await em.flush();
    return (await surveyViews(em, tenantId, { id }))[0]!;
  });
}

/** A new draft with the survey's title, intro and questions (sent or not), remembering where it came from. */
export async function copySurvey(ctx: RequestContext, input: CopySurveyInput): Promise<SurveyView> {
  const tenantId = ctx.requireTenant().id;
  const sourceId = uuidArg('surveyId', input.surveyId);
  const { userId } = await ctx.member();
  return ctx.tx.run(async (em) => {
    const [source] = await surveyViews(em, tenantId, { id: sourceId });
    if (!source) throw notFound('survey');
    const id = randomUUID();
    em.create(Survey, {
      id,
      tenantId,
      title: source.title,
      intro: source.intro,
      copiedFromId: source.id,
      createdBy: userId,
      updatedBy: userId,
    });
    addQuestions(
      em,
      tenantId,
      id,
      source.questions.map((q) => ({ kind: q.kind, prompt: q.prompt, choices: q.choices, required: q.required })),
    );
    await em.flush();
    return (await surveyViews(em, tenantId, { id }))[0]!;
  });
}

export function listSurveys(ctx: RequestContext, status: SurveyStatus | null | undefined): Promise<SurveyView[]> {
  const tenantId = ctx.requireTenant().id;
  return ctx.tx.run((em) => surveyViews(em, tenantId, status ? { status } : {}));
}

export async function getSurvey(ctx: RequestContext, idArg: string): Promise<SurveyView> {
  const tenantId = ctx.requireTenant().id;
  const id = uuidArg('id', idArg);
  const [survey] = await ctx.tx.run((em) => surveyViews(em, tenantId, { id }));
  if (!survey) throw notFound('survey');
  return survey;
}

/** The survey, locked for this transaction; NOT_FOUND if the tenant has no such survey. */
export async function lockSurvey(em: EntityManager, id: string): Promise<Survey> {
  const survey = await em.findOne(Survey, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!survey) throw notFound('survey');
  return survey;
}

function addQuestions(
  em: EntityManager,
  tenantId: string,
  surveyId: string,
  questions: SurveyContent['questions'],
): void {
  questions.forEach((q, i) => {
    em.create(SurveyQuestion, { id: randomUUID(), tenantId, surveyId, position: i + 1, ...q });
  });
}

interface SurveyRow {
  id: string;
  title: string;
  intro: string | null;
  copied_from_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

interface QuestionRow {
  id: string;
  survey_id: string;
  position: number;
  kind: string;
  prompt: string;
  choices: string[];
  required: boolean;
}

/** Surveys with their questions, newest first: one survey, the drafts or the sent ones, or all. */
export async function surveyViews(
  em: EntityManager,
  tenantId: string,
  where: { id?: string; status?: SurveyStatus },
): Promise<SurveyView[]> {
  const conditions = ['tenant_id = ?'];
  const params: unknown[] = [tenantId];
  if (where.id) {
    conditions.push('id = ?');
    params.push(where.id);
  }
  if (where.status) conditions.push(where.status === SurveyStatus.SENT ? 'sent_at is not null' : 'sent_at is null');
  const surveys = await em.execute<SurveyRow[]>(
    `select id, title, intro, copied_from_id, created_by, created_at, updated_at, sent_at
       from survey where ${conditions.join(' and ')} order by created_at desc, id`,
    params,
  );
  const questions = await questionViews(
    em,
    tenantId,
    surveys.map((s) => s.id),
  );
  return surveys.map((row) => ({
    id: row.id,
    title: row.title,
    intro: row.intro,
    status: row.sent_at ? SurveyStatus.SENT : SurveyStatus.DRAFT,
    questions: questions.get(row.id) ?? [],
    copiedFromId: row.copied_from_id,
    createdById: row.created_by,
    // Raw rows carry timestamps as text.
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
  }));
}

/** The questions of the surveys, in order, by survey id. */
export async function questionViews(
  em: EntityManager,
  tenantId: string,
  surveyIds: readonly string[],
): Promise<Map<string, QuestionView[]>> {
  const bySurvey = new Map<string, QuestionView[]>();
  if (surveyIds.length === 0) return bySurvey;
  const rows = await em.execute<QuestionRow[]>(
    `select id, survey_id, position, kind, prompt, choices, required
       from survey_question where tenant_id = ? and survey_id = any(?::uuid[]) order by survey_id, position`,
    [tenantId, uuidArrayLiteral(surveyIds)],
  );
  for (const row of rows) {
    const list = bySurvey.get(row.survey_id) ?? [];
    list.push({
      id: row.id,
      position: row.position,
      kind: row.kind as QuestionKind,
      prompt: row.prompt,
      choices: row.choices,
      required: row.required,
    });
    bySurvey.set(row.survey_id, list);
  }
  return bySurvey;
}
