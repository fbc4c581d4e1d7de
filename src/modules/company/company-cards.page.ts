import { Router, type NextFunction, type Request, type Response } from 'express';
import { RequestContext, type Services } from '../../context';
import { KairaError } from '../../errors';
import type { Logger } from '../../logger';
import { both, html, type Html } from '../../web/html';
import { pageRequest, publicPage, sendPage } from '../../web/public-page';
import { companyCardReport } from './company-card-link.service';
import type { CompanyCardReport } from './company.types';

// The page the emailed link `<publicUrl>/company-cards/<token>` opens: the company's contact person sees its
// employees' cards in a browser, without an account. It calls the same service as the public GraphQL query
// companyCardReport, which checks the link and writes the disclosure-log entry.

const FINNISH_DATE = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
});

/** Mounted at /company-cards, it serves /company-cards/:token. */
export function companyCardsPage(services: Services): Router {
  const router = Router();
  router.use(pageRequest(services.logger, 'company-cards'));
  router.get('/:token', async (req, res) => {
    const ctx = new RequestContext(services, { requestId: res.locals.requestId as string });
    sendPage(res, 200, 'report', reportPage(await companyCardReport(ctx, req.params.token)));
  });
  router.use((_req, res) => sendPage(res, 404, 'not-found', message('not-found')));
  router.use(pageError(services.logger));
  return router;
}

function pageError(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const code = error instanceof KairaError ? error.extensions.code : undefined;
    if (code === 'NOT_FOUND' || error instanceof URIError) return sendPage(res, 404, 'not-found', message('not-found'));
    if (code === 'TOKEN_EXPIRED') return sendPage(res, 410, 'expired', message('expired'));
    logger.error({ err: error, requestId: res.locals.requestId }, 'company-cards page failed');
    if (res.headersSent) return void res.end();
    sendPage(res, 500, 'error', message('error'));
  };
}

function reportPage(report: CompanyCardReport): Html {
  const rows = report.employees.flatMap((e) =>
    e.cards.map(
      (c) =>
        html`<tr>
          <td>${e.lastName} ${e.firstName}</td>
          <td>${c.cardTypeName}</td>
          <td>${c.cardNumber}</td>
          <td>
            ${c.validUntil ? FINNISH_DATE.format(new Date(`${c.validUntil}T12:00:00Z`)) : both('ei vanhene', 'no expiry')}
          </td>
        </tr>`,
    ),
  );
  return publicPage(
    `Koulutuskortit: ${report.companyName}`,
    html`<p class="note">
        ${report.registerName}<br />${both('Rekisterinpitäjä:', 'Controller:')} ${report.controllerName}
      </p>
      <h1>${both(`Työntekijöiden koulutuskortit: ${report.companyName}`, "Employees' training cards")}</h1>
      ${
        rows.length === 0
          ? html`<p>${both('Työntekijöillänne ei ole rekisterissä kortteja.', 'No cards in the register.')}</p>`
          : html`<table>
              <caption>
                ${both('Kortit ja voimassaolo', 'Cards and validity')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${both('Nimi', 'Name')}</th>
                  <th scope="col">${both('Kortti', 'Card')}</th>
                  <th scope="col">${both('Kortin numero', 'Card number')}</th>
                  <th scope="col">${both('Voimassa', 'Valid until')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`
      }
      <p class="note">
        ${both(
          `Linkki toimii ${FINNISH_DATE.format(report.expiresAt)} asti. Tiedot on luovutettu vain teille; jokainen katselu kirjataan.`,
          `The link works until ${FINNISH_DATE.format(report.expiresAt)}. The data is disclosed to you only; every view is logged.`,
        )}
      </p>`,
    true,
  );
}

const MESSAGES = {
  'not-found': [
    ['Linkkiä ei löytynyt', 'Link not found'],
    ['Tarkista, että avasit koko linkin sähköpostiviestistä.', 'Check that you opened the whole link from the email.'],
  ],
  expired: [
    ['Linkki on vanhentunut', 'The link has expired'],
    ['Pyydä uusi linkki koulutuksen järjestäjältä.', 'Ask the training provider for a new link.'],
  ],
  error: [
    ['Jotain meni vikaan', 'Something went wrong'],
    ['Yritä myöhemmin uudelleen.', 'Try again later.'],
  ],
} as const;

function message(kind: keyof typeof MESSAGES): Html {
  const [title, text] = MESSAGES[kind];
  return publicPage(
    title[0],
    html`<h1>${both(title[0], title[1])}</h1>
      <p>${both(text[0], text[1])}</p>`,
  );
}
