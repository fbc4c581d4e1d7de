import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { RequestContext, type Services } from '../../context';
import { KairaError } from '../../errors';
import type { Logger } from '../../logger';
import type { SurveyAnswerInput } from './survey.inputs';
import { answerSurvey, surveyByToken } from './survey-link.service';
import {
  fieldName,
  messagePage,
  surveyForm,
  thanksPage,
  type FormErrors,
  type MessagePage,
  type TypedValues,
} from './survey-page.html';
import { both } from '../../web/html';
import { pageRequest, sendPage } from '../../web/public-page';
import { QuestionKind, type PublicSurvey } from './survey.types';

// The page the emailed link `<publicUrl>/survey/<token>` opens (issue 4 item 7): the client answers in a
// browser, without an account or JavaScript. It calls the same service functions as the public GraphQL
// operations surveyByToken and answerSurvey, which check the link and every answer; this file only turns
// the form into their input and their errors into pages. The token is the credential: it is never logged
// (express logs nothing by itself and the error handler below ends every error here), and the headers keep
// it out of Referer headers, caches and other sites' frames.

// Used and expired links are gone for good (410); missing consent is the register's state, which the
// coach can change, and the same answers then go through (409).
const STATUS: Record<MessagePage, number> = {
  'not-found': 404,
  used: 410,
  expired: 410,
  'consent-required': 409,
  'too-large': 413,
  'bad-request': 400,
  error: 500,
};

const BY_CODE: Record<string, MessagePage> = {
  NOT_FOUND: 'not-found',
  TOKEN_USED: 'used',
  TOKEN_EXPIRED: 'expired',
  CONSENT_REQUIRED: 'consent-required',
};

// 50 questions of 5,000 characters do not fit, but real answers do; the limit bounds what a stranger can
// make the server hold. Parameters: one per checkbox ticked, at most 50 questions × 20 choices.
const form = express.urlencoded({ extended: false, limit: '256kb', parameterLimit: 1100 });

/** The client's survey page; mounted at /survey, it serves /survey/:token. */
export function surveyPage(services: Services): Router {
  const router = Router();
  router.use(pageRequest(services.logger, 'survey'));

  router.get('/:token', async (req, res) => {
    const survey = await surveyByToken(context(services, res), req.params.token);
    sendPage(res, 200, 'form', surveyForm(survey));
  });

  router.post('/:token', form, async (req, res) => {
    const ctx = context(services, res);
    const token = req.params.token;
    const survey = await surveyByToken(ctx, token);
    const typed = typedValues(survey, req.body);
    try {
      await answerSurvey(ctx, { token, answers: answerInputs(survey, typed) });
    } catch (error) {
      const errors = formErrors(error);
      if (!errors) throw error;
      // Nothing was stored and the link still works: the form again, as typed, each error by its question.
      return sendPage(res, 422, 'invalid', surveyForm(survey, typed, errors));
    }
    sendPage(res, 200, 'answered', thanksPage(survey));
  });

  router.use((_req, res) => sendMessage(res, 'not-found'));
  router.use(pageError(services.logger));
  return router;
}

function context(services: Services, res: Response): RequestContext {
  return new RequestContext(services, { requestId: res.locals.requestId as string });
}

/** Errors of the link and of reading the request become pages; anything else is logged and masked. */
function pageError(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const requestId = res.locals.requestId as string;
    const code = error instanceof KairaError ? error.extensions.code : undefined;
    const kind = typeof code === 'string' ? BY_CODE[code] : undefined;
    if (kind) return sendMessage(res, kind);
    // A link that does not even decode; the error's message quotes it, so it is not logged.
    if (error instanceof URIError) return sendMessage(res, 'not-found');
    const status = (error as { status?: unknown }).status;
    if (status === 413) return sendMessage(res, 'too-large');
    if (typeof status === 'number' && status >= 400 && status < 500) return sendMessage(res, 'bad-request', status);
    logger.error({ err: error, requestId }, 'survey page failed');
    if (res.headersSent) return void res.end();
    sendMessage(res, 'error', STATUS.error, requestId);
  };
}

function sendMessage(res: Response, kind: MessagePage, status = STATUS[kind], requestId?: string): void {
  sendPage(res, status, kind, messagePage(kind, requestId));
}

/** The form's values by question: strings only, line breaks as typed (a browser sends CRLF). */
function typedValues(survey: PublicSurvey, body: unknown): TypedValues {
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return new Map(
    survey.questions.map((q) => {
      const raw = Object.hasOwn(fields, fieldName(q)) ? fields[fieldName(q)] : undefined;
      const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
      return [q.id, values.map((v) => v.replace(/\r\n?/g, '\n'))];
    }),
  );
}

/**
 * The form as answerSurvey's input: a blank field is no answer; a choice comes back by its index. Nothing
 * is checked here: answerSurvey checks kinds, choices, the scale and required questions.
 */
function answerInputs(survey: PublicSurvey, typed: TypedValues): SurveyAnswerInput[] {
  return survey.questions.flatMap((q): SurveyAnswerInput[] => {
    const values = typed.get(q.id) ?? [];
    const last = values.at(-1) ?? '';
    switch (q.kind) {
      case QuestionKind.FREE_TEXT:
        return last.trim() ? [{ questionId: q.id, text: last }] : [];
      case QuestionKind.SCALE:
        return last ? [{ questionId: q.id, scale: Number(last) }] : [];
      default:
        // An index that is not one passes as it came, and answerSurvey says it is not one of the choices.
        return values.length > 0
          ? [{ questionId: q.id, choices: values.map((v) => (/^\d+$/.test(v) ? q.choices[Number(v)] : v) ?? v) }]
          : [];
    }
  });
}

// answerSurvey's messages (survey.validation.ts) in Finnish; one not listed keeps a general Finnish line.
const FINNISH: Array<[RegExp, string]> = [
  [/^an answer is required$/, 'Vastaa tähän kysymykseen.'],
  [/^the text is empty$/, 'Kirjoita vastaus.'],
  [/^at most (\d+) characters$/, 'Vastaus on liian pitkä: enintään $1 merkkiä.'],
  [/^a scale answer is .*$/, 'Valitse yksi luvuista 1–5.'],
  [/^choose exactly one$/, 'Valitse yksi vaihtoehto.'],
  [/^choose at least one$/, 'Valitse vähintään yksi vaihtoehto.'],
  [/^not one of the choices$/, 'Valitse annetuista vaihtoehdoista.'],
  [/^answer at least one question$/, 'Vastaa ainakin yhteen kysymykseen.'],
];

/** BAD_USER_INPUT as the form's errors: by its question when it names one. Null for any other error. */
function formErrors(error: unknown): FormErrors | null {
  if (!(error instanceof KairaError) || error.extensions.code !== 'BAD_USER_INPUT') return null;
  // "answers: question 2: choose exactly one" → "choose exactly one"
  const english = error.message.replace(/^answers(\[\d+\]\.\w+)?: (question \d+: )?/, '');
  const questionId = error.extensions.questionId;
  const byQuestion = typeof questionId === 'string';
  const known = FINNISH.find(([pattern]) => pattern.test(english));
  const finnish = known ? english.replace(...known) : byQuestion ? 'Tarkista tämä vastaus.' : 'Lomakkeessa on virhe.';
  const message = both(finnish, english);
  return byQuestion
    ? { byQuestion: new Map([[questionId, message]]), general: null }
    : { byQuestion: new Map(), general: message };
}
