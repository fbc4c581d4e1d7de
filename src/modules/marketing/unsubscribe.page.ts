import { Router, type NextFunction, type Request, type Response } from 'express';
import { RequestContext, type Services } from '../../context';
import { KairaError } from '../../errors';
import type { Logger } from '../../logger';
import { both, html, type Html } from '../../web/html';
import { pageRequest, publicPage, sendPage } from '../../web/public-page';
import type { Unsubscribed } from './marketing.types';
import { checkUnsubscribeLink, unsubscribe } from './unsubscribe.service';

// The page the link in a training announcement opens, `<publicUrl>/unsubscribe/<token>`. Opening it
// changes nothing (mail scanners fetch links): it shows one button, and the POST opts the person out. Both
// call the same services as the public GraphQL mutation unsubscribe.

/** Mounted at /unsubscribe, it serves /unsubscribe/:token. */
export function unsubscribePage(services: Services): Router {
  const router = Router();
  router.use(pageRequest(services.logger, 'unsubscribe'));
  router.get('/:token', async (req, res) => {
    const register = await checkUnsubscribeLink(context(services, req, res), req.params.token);
    sendPage(res, 200, 'form', confirmPage(register));
  });
  router.post('/:token', async (req, res) => {
    const register = await unsubscribe(context(services, req, res), req.params.token);
    sendPage(res, 200, 'unsubscribed', donePage(register));
  });
  router.use((_req, res) => sendPage(res, 404, 'not-found', message('not-found')));
  router.use(pageError(services.logger));
  return router;
}

function context(services: Services, req: Request, res: Response): RequestContext {
  return new RequestContext(services, {
    requestId: res.locals.requestId as string,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? undefined,
  });
}

function pageError(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const code = error instanceof KairaError ? error.extensions.code : undefined;
    if (code === 'NOT_FOUND' || error instanceof URIError) return sendPage(res, 404, 'not-found', message('not-found'));
    if (code === 'TOKEN_USED') return sendPage(res, 410, 'used', message('used'));
    if (code === 'RATE_LIMITED') return sendPage(res, 429, 'rate-limited', message('rate-limited'));
    logger.error({ err: error, requestId: res.locals.requestId }, 'unsubscribe page failed');
    if (res.headersSent) return void res.end();
    sendPage(res, 500, 'error', message('error'));
  };
}

const sender = (r: Unsubscribed): Html =>
  html`<p class="note">${r.registerName}<br />${both('Rekisterinpitäjä:', 'Controller:')} ${r.controllerName}</p>`;

function confirmPage(register: Unsubscribed): Html {
  return publicPage(
    'Koulutustiedotteiden peruminen',
    html`${sender(register)}
      <h1>${both('Peru koulutustiedotteet', 'Stop training announcements')}</h1>
      <p>
        ${both(
          'Et saa tämän jälkeen koulutusmarkkinointia sähköpostiisi. Korttitietosi pysyvät rekisterissä.',
          'You will no longer get training marketing by email. Your card records stay in the register.',
        )}
      </p>
      <form method="post">
        <button type="submit">${both('Peru tiedotteet', 'Unsubscribe')}</button>
      </form>`,
  );
}

function donePage(register: Unsubscribed): Html {
  return publicPage(
    'Tiedotteet peruttu',
    html`${sender(register)}
      <h1>${both('Tiedotteet on peruttu', 'You have unsubscribed')}</h1>
      <p>
        ${both('Peruminen tuli voimaan heti. Voit sulkea tämän sivun.', 'This took effect at once. You can close this page.')}
      </p>`,
  );
}

const MESSAGES = {
  'not-found': [
    ['Linkkiä ei löytynyt', 'Link not found'],
    ['Tarkista, että avasit koko linkin sähköpostiviestistä.', 'Check that you opened the whole link from the email.'],
  ],
  used: [
    ['Linkki on jo käytetty', 'This link has already been used'],
    ['Tiedotteet on jo peruttu tällä linkillä.', 'Announcements were already stopped with this link.'],
  ],
  'rate-limited': [
    ['Liian monta pyyntöä', 'Too many requests'],
    ['Yritä hetken kuluttua uudelleen.', 'Try again in a minute.'],
  ],
  error: [
    ['Jotain meni vikaan', 'Something went wrong'],
    ['Yritä myöhemmin uudelleen; linkki toimii edelleen.', 'Try again later; the link still works.'],
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
