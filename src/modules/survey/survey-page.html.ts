import { both, html, Html } from '../../web/html';
import { publicPage } from '../../web/public-page';
import { QuestionKind, type PublicSurvey, type QuestionView } from './survey.types';

// The HTML of the client's survey page (survey.page.ts): Finnish first, the English smaller beside it, made
// with the escaping `html` tag of src/web/html.ts.

/** What the client typed, by question id: the form's raw values (text, choice indexes, scale). */
export type TypedValues = ReadonlyMap<string, readonly string[]>;

export interface FormErrors {
  /** Beside the question, by question id. */
  byQuestion: ReadonlyMap<string, Html>;
  /** Above the form: what is not about one question. */
  general: Html | null;
}

const finnishDate = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});

/** The survey as a form, with the typed values and the errors when it is shown again. */
export function surveyForm(survey: PublicSurvey, typed: TypedValues = new Map(), errors?: FormErrors): Html {
  const failed = Boolean(errors?.general || (errors?.byQuestion.size ?? 0) > 0);
  const invalid = survey.questions.filter((q) => errors?.byQuestion.has(q.id));
  return page(
    `${failed ? 'Virhe: ' : ''}${survey.title}`,
    html`
      ${asker(survey)}
      <h1>${survey.title}</h1>
      ${survey.intro && html`<p class="intro">${survey.intro}</p>`}
      <p class="note">
        ${both('Pakolliset kysymykset on merkitty sanalla ”pakollinen”.', 'Required questions are marked “pakollinen”.')}
        <br />${both(
          `Linkki on henkilökohtainen ja toimii kerran, ${finnishDate.format(survey.expiresAt)} asti.`,
          `The link is personal and works once, until ${finnishDate.format(survey.expiresAt)}.`,
        )}
      </p>
      ${
        failed &&
        html`<div class="summary" role="alert">
          <h2>${both('Tarkista vastauksesi', 'Please check your answers')}</h2>
          ${errors?.general && html`<p>${errors.general}</p>`}
          ${
            invalid.length > 0 &&
            html`<ul>
              ${invalid.map((q) => html`<li><a href="#q${q.position}">${q.position}. ${q.prompt}</a></li>`)}
            </ul>`
          }
        </div>`
      }
      <form method="post">
        ${survey.questions.map((q) => question(q, typed.get(q.id) ?? [], errors?.byQuestion.get(q.id)))}
        <button type="submit">${both('Lähetä vastaukset', 'Send answers')}</button>
      </form>
    `,
  );
}

function question(q: QuestionView, typed: readonly string[], error: Html | undefined): Html {
  const id = `q${q.position}`;
  const errorId = `${id}-error`;
  const prompt = html`${q.position}. ${q.prompt}${q.required && html` <span class="req">pakollinen</span>`}`;
  const message = error && html`<p class="error" id="${errorId}">${error}</p>`;
  if (q.kind === QuestionKind.FREE_TEXT) {
    return html`<div class="question${error ? ' invalid' : ''}" id="${id}">
      <label for="${id}-text">${prompt}</label>
      ${message}
      <textarea
        id="${id}-text"
        name="${fieldName(q)}"
        rows="5"
        ${q.required && html` required`}${error && html` aria-invalid="true" aria-describedby="${errorId}"`}
      >
${typed[0] ?? ''}</textarea>
    </div>`;
  }
  const multiple = q.kind === QuestionKind.MULTIPLE_CHOICE;
  // Choices are sent by index: a choice's text comes back exactly, whatever characters it holds.
  const options =
    q.kind === QuestionKind.SCALE
      ? [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
      : q.choices.map((choice, i) => ({ value: String(i), label: choice }));
  const hint =
    q.kind === QuestionKind.SCALE
      ? both('Valitse yksi luvuista 1–5.', 'Choose one of 1–5.')
      : multiple
        ? both('Valitse yksi tai useampi.', 'Choose one or more.')
        : both('Valitse yksi.', 'Choose one.');
  return html`<fieldset
    class="question${error ? ' invalid' : ''}${q.kind === QuestionKind.SCALE ? ' scale' : ''}"
    id="${id}"
    ${error && html` aria-describedby="${errorId}"`}
  >
    <legend>${prompt}</legend>
    <p class="hint">${hint}</p>
    ${message}
    <div class="options">
      ${options.map(
        (o) =>
          html`<div class="option">
            <input
              type="${multiple ? 'checkbox' : 'radio'}"
              id="${id}-${o.value}"
              name="${fieldName(q)}"
              value="${o.value}"
              ${typed.includes(o.value) && html` checked`}${q.required && !multiple && html` required`}
            />
            <label for="${id}-${o.value}">${o.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** The form field of a question. */
export const fieldName = (q: Pick<QuestionView, 'id'>): string => `q-${q.id}`;

export function thanksPage(survey: PublicSurvey): Html {
  return page(
    'Kiitos vastauksistasi',
    html`${asker(survey)}
      <h1>${both('Kiitos vastauksistasi!', 'Thank you for your answers!')}</h1>
      <p>${both(`Vastauksesi kyselyyn ”${survey.title}” on vastaanotettu.`, 'Your answers have been received.')}</p>
      <p>${both('Voit sulkea tämän sivun.', 'You can close this page.')}</p>`,
  );
}

export type MessagePage = 'not-found' | 'used' | 'expired' | 'consent-required' | 'too-large' | 'bad-request' | 'error';

const MESSAGES: Record<MessagePage, { title: [string, string]; text: Array<[string, string]> }> = {
  'not-found': {
    title: ['Kyselyä ei löytynyt', 'Survey not found'],
    text: [
      [
        'Linkki ei ole voimassa. Tarkista, että avasit koko linkin sähköpostiviestistä.',
        'The link is not valid. Check that you opened the whole link from the email.',
      ],
    ],
  },
  used: {
    title: ['Kyselyyn on jo vastattu', 'This survey has already been answered'],
    text: [
      [
        'Tällä linkillä on jo lähetetty vastaukset. Linkki toimii vain kerran.',
        'Answers have already been sent with this link. The link works only once.',
      ],
    ],
  },
  expired: {
    title: ['Kyselylinkki on vanhentunut', 'The survey link has expired'],
    text: [
      [
        'Vastausaika on päättynyt. Jos haluat vielä vastata, ota yhteyttä valmentajaasi.',
        'The time to answer has ended. If you still want to answer, contact your coach.',
      ],
    ],
  },
  'consent-required': {
    title: ['Vastauksia ei voida vastaanottaa juuri nyt', 'Your answers cannot be received right now'],
    text: [
      [
        'Vastauksiasi ei tallennettu. Ota yhteyttä valmentajaasi.',
        'Your answers were not saved. Please contact your coach.',
      ],
      [
        'Linkki toimii edelleen: voit vastata sillä myöhemmin, kun asia on hoidettu.',
        'The link still works: you can answer with it later, once this is sorted out.',
      ],
    ],
  },
  'too-large': {
    title: ['Vastaukset olivat liian pitkiä', 'The answers were too long'],
    text: [
      [
        'Vastauksiasi ei tallennettu. Palaa takaisin, lyhennä vastauksia ja lähetä ne uudelleen.',
        'Your answers were not saved. Go back, shorten them and send them again.',
      ],
    ],
  },
  'bad-request': {
    title: ['Lomaketta ei voitu lukea', 'The form could not be read'],
    text: [
      [
        'Vastauksiasi ei tallennettu. Avaa linkki uudelleen sähköpostiviestistä.',
        'Your answers were not saved. Open the link from the email again.',
      ],
    ],
  },
  error: {
    title: ['Jotain meni vikaan', 'Something went wrong'],
    text: [
      [
        'Vastauksiasi ei tallennettu. Yritä myöhemmin uudelleen; linkki toimii edelleen.',
        'Your answers were not saved. Try again later; the link still works.',
      ],
    ],
  },
};

/** A page that says why the survey cannot be shown or answered; the request id lets staff find the log line. */
export function messagePage(kind: MessagePage, requestId?: string): Html {
  const { title, text } = MESSAGES[kind];
  return page(
    title[0],
    html`<h1>${both(...title)}</h1>
      ${text.map((t) => html`<p>${both(...t)}</p>`)}
      ${requestId && html`<p class="note">${both('Virhetunnus:', 'Error id:')} <code>${requestId}</code></p>`}`,
  );
}

function asker(survey: PublicSurvey): Html {
  return html`<p class="asker">
    ${survey.registerName}<br /><span class="controller"
      >${both('Rekisterinpitäjä:', 'Controller:')} ${survey.controllerName}</span
    ><br /><a href="..${survey.privacyNoticePath}?lang=fi">${both('Tietosuojaseloste', 'Privacy notice')}</a>
  </p>`;
}

function page(title: string, body: Html): Html {
  return publicPage(title, body, false, SURVEY_CSS);
}

// The survey form's own rules, on top of the public-page frame's (src/web/public-page.ts).
const SURVEY_CSS = `
h2{font-size:1.125rem;margin:0 0 .5rem}
.asker{margin:0;color:#333}.controller{font-size:.9em}
.intro{white-space:pre-line}
.question{border:0;margin:0 0 1.5rem;padding:0}
legend,.question>label{display:block;font-weight:600;padding:0;margin-bottom:.25rem}
.req{font-weight:400;font-size:.85em;color:#555}
.hint{margin:0 0 .25rem;font-size:.9em}
textarea{width:100%;font:inherit;padding:.5rem;border:2px solid #555;border-radius:4px}
.option{display:flex;align-items:center;gap:.5rem;padding:.25rem 0}
.option input{width:1.5rem;height:1.5rem;margin:0;flex:none}
.option label{flex:1;padding:.25rem 0}
.scale .options{display:flex;flex-wrap:wrap;gap:0 1.25rem}
.scale .option label{flex:none}
.invalid{border-left:4px solid #b00020;padding-left:.75rem}
.error{color:#b00020;font-weight:600;margin:.25rem 0}
.summary{border:3px solid #b00020;padding:.75rem 1rem;margin:0 0 1.5rem}
.summary a{color:#b00020}
button{font:inherit;font-weight:600;padding:.75rem 1.25rem;border:0;border-radius:4px;background:#1f4e8c;color:#fff;width:100%}
@media (min-width:30rem){button{width:auto}}
`;
