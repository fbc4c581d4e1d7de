import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { html, Html } from './html';

// The public pages a recipient opens from an email link (/survey/<token>, /unsubscribe/<token>,
// /company-cards/<token>): Finnish first with the English beside it, no script, no external resource, and
// headers that keep the token out of Referer headers, caches and other sites' frames. The path holds the
// token: it is never logged.

export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** Headers on every response, and one log line per request: what happened, never the path (the token). */
export function pageRequest(logger: Logger, page: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    // The server's request id when it gave one (src/server.ts), so the header, the log and errors agree.
    const requestId = (res.locals.requestId as string | undefined) ?? randomUUID();
    res.locals.requestId = requestId;
    res.set({ ...PAGE_HEADERS, 'X-Request-Id': requestId });
    res.on('finish', () => {
      logger.info(
        {
          requestId,
          page,
          method: req.method,
          status: res.statusCode,
          outcome: res.locals.outcome ?? null,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        },
        `${page} page`,
      );
    });
    next();
  };
}

export function sendPage(res: Response, status: number, outcome: string, page: Html): void {
  res.locals.outcome = outcome;
  res.status(status).type('html').send(page.markup);
}

/** A whole page: the title and the body's markup inside the shared frame; `css` adds a page's own rules. */
export function publicPage(title: string, body: Html, wide = false, css = ''): Html {
  return html`<!doctype html>
    <html lang="fi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        <style>
          ${new Html(CSS + css)}
        </style>
      </head>
      <body>
        <main${wide ? new Html(' class="wide"') : ''}>${body}</main>
      </body>
    </html>`;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}
main.wide{max-width:60rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
.en{font-size:.85em;color:#555}
.note{font-size:.9em}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}
th{background:#eef1f5}
button{font:inherit;font-weight:600;padding:.75rem 1.25rem;border:0;border-radius:4px;background:#1f4e8c;color:#fff}
button .en{color:#e6eefb}
:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
`;
