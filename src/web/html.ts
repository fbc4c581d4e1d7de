// HTML for Kaira's few server-rendered pages (the survey, unsubscribe, company-card and privacy-notice pages).
// Every value goes through escapeHtml: the `html` tag escapes whatever it interpolates unless it is already
// Html built by the tag. No script, no external resource: the pages work under `default-src 'none'`.

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Markup made by `html`: interpolated as is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

/** A template whose interpolated values are escaped (Html as is, arrays joined, null/undefined/false dropped). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}

function render(value: Value): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Finnish with the English beside it, smaller. */
export const both = (fi: string, en: string): Html => html`${fi} <span class="en" lang="en">${en}</span>`;
