import { Router, type Request, type Response } from 'express';
import type { Services } from '../../context';
import type { NoticeLanguage, TenantFile } from '../../tenants/tenant-file';
import { escapeHtml } from '../../web/html';
import { renderNotice, type RenderedNotice } from './privacy-notice.render';

// The privacy notice as a page, /privacy/<tenant-slug>?lang=fi|en: public, readable without JavaScript,
// every value escaped, one heading per section, the language in <html lang> and a link to the other one.

const HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'public, max-age=300',
};

const OTHER: Record<NoticeLanguage, { lang: NoticeLanguage; label: string }> = {
  fi: { lang: 'en', label: 'In English' },
  en: { lang: 'fi', label: 'Suomeksi' },
};

/** Mounted at /privacy: serves /privacy/:slug. */
export function privacyNoticePage(services: Services): Router {
  const router = Router();
  router.get('/:slug', (req: Request, res: Response) => {
    res.set(HEADERS);
    const lang: NoticeLanguage = req.query.lang === 'en' ? 'en' : 'fi';
    const tenant = services.registry.bySlug(String(req.params.slug));
    if (!tenant) {
      res.status(404).type('html').send(notFoundPage(lang));
      return;
    }
    res
      .status(200)
      .type('html')
      .send(noticePage(renderNotice(tenant.file as TenantFile, lang)));
  });
  return router;
}

/** The whole page of one notice. */
export function noticePage(notice: RenderedNotice): string {
  const e = escapeHtml;
  const other = OTHER[notice.language];
  const sections = notice.sections
    .map(
      (s, i) => `<section aria-labelledby="s-${e(s.key)}">
<h2 id="s-${e(s.key)}">${i + 1} ${e(s.heading)}</h2>
${s.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${notice.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(notice.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<p class="lang"><a href="?lang=${other.lang}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a></p>
<h1>${e(notice.title)}</h1>
${sections}
</main>
</body>
</html>`;
}

function notFoundPage(lang: NoticeLanguage): string {
  const text = lang === 'en' ? 'No such register.' : 'Rekisteriä ei löydy.';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text}</title></head><body><main><h1>${text}</h1></main></body></html>`;
}

const CSS = `
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem;background:#fff;min-height:100vh}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
a{color:#0b57a4}a:focus{outline:3px solid #f2a900;outline-offset:2px}.lang{text-align:right;margin:0}
`;
