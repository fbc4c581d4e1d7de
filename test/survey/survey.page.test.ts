import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { createLogger } from '../../src/logger';
import { OutboxDelivery } from '../../src/modules/outbox/outbox.delivery';
import { AnswerSurveyDocument, CreateSurveyDocument, RecordConsentDocument } from '../generated/graphql';
import { createClient } from '../guidance/factories';
import { tenantId, today } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { asOwnerIn } from '../logs/log-support';
import { capturedLogger, MAIL_FROM, startSmtpSink, type SmtpSink } from '../outbox/outbox-support';
import { connect } from '../support/database';
import { startKaira, USERS, type Kaira } from '../support/kaira';
import { as, draftSurvey, goodAnswers, send, tokenIn } from './survey.support';

// The page the client opens from the survey email (issue 4 item 7), in a browser and without an account:
// the link is taken from the real email received over loopback SMTP and followed with fetch, the form is
// filled through its labels as a person would, and what is stored is compared with the GraphQL path's.

const PUBLIC_URL = 'https://kysely.eduro.example/asiakas';
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Client;
let smtp: SmtpSink;
let tid: string;
let origin: string;
let logLines: string[];
/** Every token the tests used: none may appear in the log. */
const tokens: string[] = [];

beforeAll(async () => {
  const captured = capturedLogger();
  logLines = captured.lines;
  kaira = await startKaira({ logger: captured.logger, env: { KAIRA_PUBLIC_URL: `${PUBLIC_URL}/` } });
  origin = `http://127.0.0.1:${kaira.server.port}`;
  owner = await connect(kaira.db.ownerUrl);
  smtp = await startSmtpSink();
  tid = tenantId(kaira, tenant);
});
afterAll(async () => {
  await smtp.close();
  await owner.end();
  await kaira.close();
});

interface Emailed {
  url: string;
  token: string;
  personId: string;
}

/** Sends the survey to a new client, delivers the email over SMTP and returns the link in it. */
async function emailedLink(surveyId: string, consent = ['guidance']): Promise<Emailed> {
  const email = `asiakas.${randomUUID().slice(0, 8)}@example.fi`;
  const personId = await createClient(kaira, {
    coach: USERS.coach,
    firstName: 'Sanna',
    lastName: 'Kivelä',
    email,
    consent: { categories: consent },
  });
  await send(kaira, tenant, surveyId, [personId]);
  const delivery = new OutboxDelivery({
    orm: kaira.orm,
    registry: kaira.registry,
    logger: createLogger('silent'),
    config: { smtpUrl: smtp.url, mailFrom: MAIL_FROM },
  });
  await delivery.deliverDue();
  await delivery.stop();
  const mail = smtp.received.find((r) => r.envelopeTo.includes(email))!.mail;
  const link = mail.text!.split('\n').find((line) => line.startsWith(`${PUBLIC_URL}/survey/`))!;
  const token = tokenIn(link)!;
  tokens.push(token);
  // The proxy in front of Kaira serves PUBLIC_URL; here the test server stands in for it.
  return { url: origin + link.slice(PUBLIC_URL.length), token, personId };
}

interface Page {
  status: number;
  body: string;
}

/** Fetches a page; every page of the link, whatever it says, carries the security headers. */
async function open(url: string, form?: URLSearchParams | string): Promise<Page> {
  const response = await fetch(url, form === undefined ? {} : { method: 'POST', body: form });
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy')).toBe(CSP);
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const body = await response.text();
  expect(body).toMatch(/^<!doctype html>\s*<html lang="fi">/);
  expect(body).not.toMatch(/<script/i);
  return { status: response.status, body };
}

const unescape = (s: string): string =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
/** What a reader sees of a piece of markup. */
const textOf = (markup: string): string =>
  unescape(markup.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

interface Control {
  tag: 'input' | 'textarea';
  attrs: Record<string, string>;
  /** The text of the <label for> this control's id. */
  label: string;
  /** A textarea's content. */
  content: string;
}

/** The form's controls with their labels, read from the markup as a browser would associate them. */
function controls(page: string): Control[] {
  const labels = new Map(
    [...page.matchAll(/<label for="([^"]+)">([\s\S]*?)<\/label>/g)].map((m) => [m[1]!, textOf(m[2]!)]),
  );
  const attrsOf = (s: string) =>
    Object.fromEntries([...s.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, unescape(m[2] ?? '')]));
  const found: Control[] = [];
  for (const m of page.matchAll(/<input\s([^>]*?)\/?>/g)) {
    const attrs = attrsOf(m[1]!);
    found.push({ tag: 'input', attrs, label: labels.get(attrs.id!) ?? '', content: '' });
  }
  for (const m of page.matchAll(/<textarea\s([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const attrs = attrsOf(m[1]!);
    // As a browser parses it: a line break right after the start tag is not content.
    const content = unescape(m[2]!).replace(/^\r?\n/, '');
    found.push({ tag: 'textarea', attrs, label: labels.get(attrs.id!) ?? '', content });
  }
  return found;
}

const legends = (page: string): string[] =>
  [...page.matchAll(/<legend>([\s\S]*?)<\/legend>/g)].map((m) => textOf(m[1]!));

/** The block of the question at this position: its fieldset or div. */
function questionBlock(page: string, position: number): string {
  const start = page.indexOf(`id="q${position}"`);
  const end = page.indexOf(`id="q${position + 1}"`, start);
  return page.slice(start, end === -1 ? page.indexOf('</form>') : end);
}

/** The form filled as a person would: text by the question's label, choices by theirs. */
function fill(page: string, texts: Record<string, string>, picked: string[]): URLSearchParams {
  const all = controls(page);
  const one = (what: string, match: (c: Control) => boolean) => {
    const hits = all.filter(match);
    expect({ what, count: hits.length }).toEqual({ what, count: 1 });
    return hits[0]!;
  };
  const form = new URLSearchParams();
  for (const [prompt, text] of Object.entries(texts)) {
    form.append(one(prompt, (c) => c.tag === 'textarea' && c.label.includes(prompt)).attrs.name!, text);
  }
  for (const label of picked) {
    const control = one(label, (c) => c.tag === 'input' && c.label === label);
    form.append(control.attrs.name!, control.attrs.value!);
  }
  return form;
}

/** The good answers of survey.support.ts, given through the form. */
const goodForm = (page: string) =>
  fill(page, { 'Mitä toivot valmennukselta?': 'Työpaikan kaupan alalta.' }, ['Sähköposti', 'Toimisto', 'Kauppa', '4']);

/** The client's stored answers, read as the owner. */
async function stored(personId: string) {
  return inTenant(owner, tid, async () => {
    const { rows } = await owner.query(
      `select q.position, a.category, a.text_value, a.choice_values, a.scale_value
         from survey_answer a
         join survey_invitation i on i.tenant_id = a.tenant_id and i.id = a.invitation_id
         join survey_question q on q.tenant_id = a.tenant_id and q.id = a.question_id
        where i.person_id = $1 order by q.position`,
      [personId],
    );
    return rows;
  });
}

async function answeredAt(personId: string): Promise<unknown> {
  return inTenant(owner, tid, async () => {
    const { rows } = await owner.query('select answered_at from survey_invitation where person_id = $1', [personId]);
    return rows[0]?.answered_at;
  });
}

test('the emailed link opens the form; a valid form is thanked for and stored as the GraphQL path stores it', async () => {
  const survey = await draftSurvey(kaira, tenant, 'Palautekysely');
  const link = await emailedLink(survey.id);

  const form = await open(link.url);
  expect(form.status).toBe(200);
  expect(form.body).toContain('<form method="post">');
  expect(textOf(form.body)).toContain('Palautekysely');
  expect(textOf(form.body)).toContain('Kerro lähtötilanteestasi.');
  // Who asks: the register and its controller (PublicSurvey); nothing about the client.
  expect(textOf(form.body)).toContain(kaira.registry.bySlug(tenant)!.registerName);
  expect(textOf(form.body)).toContain('Rekisterinpitäjä: Controller: Eduro-säätiö');
  for (const trace of ['Sanna', 'Kivel', 'example.fi', link.personId]) expect(form.body).not.toContain(trace);

  // Every question, each control with its label; a choice question is a fieldset whose legend is the prompt.
  const all = controls(form.body);
  const [text, single, multiple, scale] = survey.questions;
  const named = (q: { id: string }) => all.filter((c) => c.attrs.name === `q-${q.id}`);
  expect(named(text!)).toEqual([
    expect.objectContaining({ tag: 'textarea', label: '1. Mitä toivot valmennukselta? pakollinen' }),
  ]);
  expect(named(text!)[0]!.attrs).toHaveProperty('required');
  expect(named(single!).map((c) => [c.attrs.type, c.label])).toEqual([
    ['radio', 'Puhelin'],
    ['radio', 'Sähköposti'],
  ]);
  expect(named(multiple!).map((c) => [c.attrs.type, c.label])).toEqual([
    ['checkbox', 'Kauppa'],
    ['checkbox', 'Hoiva'],
    ['checkbox', 'Toimisto'],
  ]);
  expect(named(scale!).map((c) => [c.attrs.type, c.label])).toEqual(['1', '2', '3', '4', '5'].map((n) => ['radio', n]));
  expect(all.every((c) => c.label !== '')).toBe(true);
  expect(legends(form.body)).toEqual([
    '2. Miten tavoitamme sinut? pakollinen',
    '3. Kiinnostavat alat', // optional: not marked
    '4. Jaksaminen nyt (1–5) pakollinen',
  ]);

  const thanks = await open(link.url, goodForm(form.body));
  expect(thanks.status).toBe(200);
  expect(textOf(thanks.body)).toContain('Kiitos vastauksistasi!');
  expect(textOf(thanks.body)).toContain('Vastauksesi kyselyyn ”Palautekysely” on vastaanotettu.');

  // The same answers through answerSurvey by GraphQL, for another client: stored alike, row for row.
  const other = await emailedLink(survey.id);
  const answered = await kaira.gql(AnswerSurveyDocument, {
    input: { token: other.token, answers: goodAnswers(survey.questions) },
  });
  expect(answered.errors).toBeUndefined();
  const rows = await stored(link.personId);
  expect(rows).toEqual([
    {
      position: 1,
      category: 'guidance',
      text_value: 'Työpaikan kaupan alalta.',
      choice_values: null,
      scale_value: null,
    },
    { position: 2, category: 'guidance', text_value: null, choice_values: ['Sähköposti'], scale_value: null },
    { position: 3, category: 'guidance', text_value: null, choice_values: ['Kauppa', 'Toimisto'], scale_value: null },
    { position: 4, category: 'guidance', text_value: null, choice_values: null, scale_value: 4 },
  ]);
  expect(rows).toEqual(await stored(other.personId));

  // The link works once: opened or sent again, it says so, and nothing more is stored.
  for (const again of [await open(link.url), await open(link.url, goodForm(form.body))]) {
    expect(again.status).toBe(410);
    expect(textOf(again.body)).toContain('Kyselyyn on jo vastattu');
    expect(again.body).not.toContain('<form');
  }
  expect(await stored(link.personId)).toHaveLength(4);
});

test('a required answer missing: the form again, the error by that question, the rest as typed; nothing stored', async () => {
  const survey = await draftSurvey(kaira, tenant, 'Puuttuva vastaus');
  const link = await emailedLink(survey.id);
  const form = await open(link.url);
  // A browser sends a textarea's line breaks as CRLF; the scale (required) is left unanswered.
  const typed = fill(form.body, { 'Mitä toivot valmennukselta?': 'Rivi yksi\r\nRivi kaksi' }, ['Puhelin', 'Hoiva']);

  const again = await open(link.url, typed);
  expect(again.status).toBe(422);
  expect(again.body).toContain('<title>Virhe: Puuttuva vastaus</title>');
  const scale = questionBlock(again.body, 4);
  expect(scale).toContain('aria-describedby="q4-error"');
  expect(textOf(scale)).toContain('Vastaa tähän kysymykseen. an answer is required');
  for (const position of [1, 2, 3]) expect(questionBlock(again.body, position)).not.toContain('class="error"');
  // The summary above the form links to the question.
  expect(again.body).toContain('<a href="#q4">4. Jaksaminen nyt (1–5)</a>');
  const kept = controls(again.body);
  expect(kept.find((c) => c.tag === 'textarea')!.content).toBe('Rivi yksi\nRivi kaksi');
  expect(kept.filter((c) => 'checked' in c.attrs).map((c) => c.label)).toEqual(['Puhelin', 'Hoiva']);
  expect(await stored(link.personId)).toEqual([]);
  expect(await answeredAt(link.personId)).toBeNull();

  // The free text left blank: its own error, beside it; and the link still takes the whole form.
  const blank = await open(link.url, fill(form.body, { 'Mitä toivot valmennukselta?': '  ' }, ['Puhelin', '3']));
  expect(blank.status).toBe(422);
  expect(textOf(questionBlock(blank.body, 1))).toContain('Vastaa tähän kysymykseen.');
  expect(questionBlock(blank.body, 1)).toContain('aria-invalid="true"');
  expect(await stored(link.personId)).toEqual([]);

  expect((await open(link.url, goodForm(form.body))).status).toBe(200);
  expect(await stored(link.personId)).toHaveLength(4);
});

test('a tampered form is refused by answerSurvey’s own checks, shown beside the question', async () => {
  const survey = await draftSurvey(kaira, tenant);
  const link = await emailedLink(survey.id);
  const form = await open(link.url);
  const tampered = goodForm(form.body);
  tampered.append(`q-${survey.questions[1]!.id}`, '0'); // two radios of one group
  const refused = await open(link.url, tampered);
  expect(refused.status).toBe(422);
  expect(textOf(questionBlock(refused.body, 2))).toContain('Valitse yksi vaihtoehto. choose exactly one');
  expect(await stored(link.personId)).toEqual([]);
});

test('an expired link: the expired page to open and to answer, and nothing is stored', async () => {
  const survey = await draftSurvey(kaira, tenant);
  const link = await emailedLink(survey.id);
  const form = await open(link.url);
  await asOwnerIn(
    owner,
    tid,
    `update survey_invitation set sent_at = now() - interval '15 days', expires_at = now() - interval '1 day'
      where person_id = $1`,
    [link.personId],
  );
  for (const expired of [await open(link.url), await open(link.url, goodForm(form.body))]) {
    expect(expired.status).toBe(410);
    expect(textOf(expired.body)).toContain('Kyselylinkki on vanhentunut');
    expect(textOf(expired.body)).toContain('ota yhteyttä valmentajaasi');
  }
  expect(await stored(link.personId)).toEqual([]);
});

test('a link that does not exist, is malformed or names another register: 404', async () => {
  const training = kaira.registry.bySlug('eduro-training')!.id;
  for (const path of [
    `/survey/ksv_${tid}.${'A'.repeat(43)}`,
    `/survey/ksv_${training}.${'A'.repeat(43)}`,
    '/survey/ksv_nonsense',
    '/survey/%27%3B%20drop%20table%20survey%3B%20--',
    '/survey/%E0%A4%A', // does not even decode
    '/survey/ksv_nonsense/more',
  ]) {
    const page = await open(origin + path);
    expect({ path, status: page.status }).toEqual({ path, status: 404 });
    expect(textOf(page.body)).toContain('Kyselyä ei löytynyt');
    expect(page.body).not.toContain('ksv_');
  }
  const posted = await open(`${origin}/survey/ksv_${tid}.${'A'.repeat(43)}`, 'x=1');
  expect(posted.status).toBe(404);
});

test('without guidance consent: the consent page, nothing stored, the link unused; after consent it works', async () => {
  const survey = await draftSurvey(kaira, tenant);
  const link = await emailedLink(survey.id, ['employment']);
  const form = await open(link.url);

  const refused = await open(link.url, goodForm(form.body));
  expect(refused.status).toBe(409);
  expect(textOf(refused.body)).toContain('Vastauksia ei voida vastaanottaa juuri nyt');
  expect(textOf(refused.body)).toContain('Ota yhteyttä valmentajaasi.');
  expect(await stored(link.personId)).toEqual([]);
  expect(await answeredAt(link.personId)).toBeNull();
  expect((await open(link.url)).status).toBe(200);

  const consent = await kaira.gql(
    RecordConsentDocument,
    {
      input: {
        personId: link.personId,
        categories: ['guidance'],
        disclosesToPurchaser: false,
        signedOn: today(),
        evidence: 'signed consent form, archive ref S-2',
      },
    },
    await as(kaira, 'office', tenant),
  );
  expect(consent.errors).toBeUndefined();
  expect((await open(link.url, goodForm(form.body))).status).toBe(200);
  expect(await stored(link.personId)).toHaveLength(4);
});

test('every value is escaped: markup in the survey and in what the client typed stays text', async () => {
  const evil = '<script>alert(1)</script>';
  const created = await kaira.gql(
    CreateSurveyDocument,
    {
      input: {
        title: `Kysely ${evil}`,
        intro: `Johdanto ${evil}`,
        questions: [
          { kind: 'FREE_TEXT', prompt: `Kerro ${evil}`, required: true },
          {
            kind: 'SINGLE_CHOICE',
            prompt: 'Valitse',
            choices: [`"><img src=x onerror=alert(1)>`, evil],
            required: true,
          },
        ],
      },
    },
    await as(kaira, 'coach', tenant),
  );
  expect(created.errors).toBeUndefined();
  const link = await emailedLink(created.data!.createSurvey.id);
  const form = await open(link.url);
  expect(form.status).toBe(200);
  expect(form.body).not.toContain('<img');
  expect(form.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(form.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  expect(textOf(form.body)).toContain(`Kysely ${evil}`);
  expect(controls(form.body).map((c) => c.label)).toEqual([
    `"><img src=x onerror=alert(1)>`,
    evil,
    `1. Kerro ${evil} pakollinen`,
  ]);

  // Shown again after an error (no choice made): the typed text comes back as text, not markup.
  const typed = `</textarea>${evil}<b>"'&`;
  const again = await open(link.url, fill(form.body, { Kerro: typed }, []));
  expect(again.status).toBe(422);
  expect(again.body).not.toContain('</textarea><script>');
  expect(controls(again.body).find((c) => c.tag === 'textarea')!.content).toBe(typed);
  expect(await stored(link.personId)).toEqual([]);
});

test('a form too large to read: 413 page, nothing stored', async () => {
  const survey = await draftSurvey(kaira, tenant);
  const link = await emailedLink(survey.id);
  const form = await open(link.url);
  const huge = goodForm(form.body);
  huge.set(`q-${survey.questions[0]!.id}`, 'ä'.repeat(150_000));
  const page = await open(link.url, huge);
  expect(page.status).toBe(413);
  expect(textOf(page.body)).toContain('Vastaukset olivat liian pitkiä');
  expect(await stored(link.personId)).toEqual([]);
});

test('the log has a line per page request and never the token', async () => {
  const pageLines = logLines.filter((line) => line.includes('"survey page"'));
  expect(pageLines.length).toBeGreaterThan(20);
  expect(pageLines.map((line) => JSON.parse(line).outcome)).toEqual(
    expect.arrayContaining(['form', 'answered', 'invalid', 'used', 'expired', 'not-found', 'consent-required']),
  );
  expect(tokens.length).toBeGreaterThan(5);
  const log = logLines.join('\n');
  for (const token of tokens) {
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.split('.')[1]); // the secret part alone
  }
  expect(log).not.toContain('/survey/');
});
