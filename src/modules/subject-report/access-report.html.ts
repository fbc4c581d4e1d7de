import type { LocalisedText } from '../../tenants/tenant-file';
import type { AccessReport, ReportSection } from './access-report';
import type { Row, Value } from './subject-data';

// The access report as a readable, self-contained HTML page (GDPR 12(1): concise, intelligible, plain
// language), in Finnish or English. Every value comes from the register or the tenant file and is escaped;
// the page has no scripts and no external resources.

export type Language = 'fi' | 'en';

const LABELS = {
  title: { fi: 'Tarkastusoikeusraportti', en: 'Access report' },
  intro: {
    fi: 'Tämä raportti sisältää kaikki sinusta rekisteriin tallennetut tiedot (EU 2016/679 15 artikla).',
    en: 'This report contains all data about you stored in the register (GDPR Article 15).',
  },
  generated: { fi: 'Laadittu', en: 'Generated' },
  request: { fi: 'Pyyntö', en: 'Request' },
  controller: { fi: 'Rekisterinpitäjä', en: 'Controller' },
  processor: { fi: 'Henkilötietojen käsittelijä', en: 'Processor' },
  dpo: { fi: 'Tietosuojavastaava', en: 'Data protection officer' },
  purposes: { fi: 'Käsittelyn tarkoitukset', en: 'Purposes of processing' },
  bases: { fi: 'Käsittelyn oikeusperuste', en: 'Legal basis' },
  sources: { fi: 'Tietolähteet', en: 'Sources of the data' },
  categories: { fi: 'Tietosi tietoryhmittäin', en: 'Your data by category' },
  none: { fi: 'Ei tallennettuja tietoja.', en: 'No data stored.' },
  retention: { fi: 'Säilytys', en: 'Retention' },
  untilEvent: { fi: 'kunnes', en: 'until' },
  from: { fi: 'alkaen', en: 'from' },
  consent: { fi: 'Kerätään vain kirjallisella suostumuksella.', en: 'Collected only with written consent.' },
  records: { fi: 'Muut sinua koskevat merkinnät', en: 'Other records about you' },
  recipients: { fi: 'Tietojesi vastaanottajat', en: 'Recipients of your data' },
  noRecipients: { fi: 'Tietojasi ei ole luovutettu.', en: 'Your data has not been disclosed.' },
  transfers: { fi: 'Siirrot EU:n ja ETA:n ulkopuolelle', en: 'Transfers outside the EU and EEA' },
  logs: { fi: 'Lokitiedot', en: 'Logs' },
  rights: { fi: 'Oikeutesi', en: 'Your rights' },
} satisfies Record<string, LocalisedText>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** HTML-escapes text for element content and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function value(v: Value): string {
  if (v === null) return '–';
  if (Array.isArray(v)) return v.map(value).join(', ');
  if (typeof v === 'object') return escapeHtml(JSON.stringify(v));
  return escapeHtml(String(v));
}

function table(rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => `<td>${value(r[c] ?? null)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function section(s: ReportSection, lang: Language, extra = ''): string {
  const data = s.data.length ? s.data.map((d) => table(d.rows)).join('') : `<p>${escapeHtml(LABELS.none[lang])}</p>`;
  return `<section><h3>${escapeHtml(s.name[lang])}</h3>${extra}${data}</section>`;
}

const list = (items: LocalisedText[], lang: Language) =>
  `<ul>${items.map((i) => `<li>${escapeHtml(i[lang])}</li>`).join('')}</ul>`;

export function renderAccessReportHtml(report: AccessReport, lang: Language): string {
  const t = (key: keyof typeof LABELS) => escapeHtml(LABELS[key][lang]);
  const { register } = report;
  const categories = report.categories.map((c) => {
    const r = c.retention;
    const retention = r
      ? `<p>${t('retention')}: ${r.period ? `${escapeHtml(r.period)} ${t('from')} ` : `${t('untilEvent')} `}` +
        `${escapeHtml(r.from)} – ${escapeHtml(r.basis[lang])}</p>`
      : '';
    return section(c, lang, `${c.consentRequired ? `<p>${t('consent')}</p>` : ''}${retention}`);
  });
  const recipients = report.recipients.length
    ? table(
        report.recipients.map((r) => ({
          ...r.recipient,
          legalBasis: r.legalBasis,
          dataSet: r.dataSet,
          disclosedAt: r.disclosedAt,
        })),
      )
    : `<p>${t('noRecipients')}</p>`;
  const dpos = register.dataProtectionOfficers.map((d) => `${escapeHtml(d.name)} (${escapeHtml(d.email)})`).join(', ');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${t('title')}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head>
<body><main>
<h1>${t('title')}: ${escapeHtml(register.name[lang])}</h1>
<p>${t('intro')}</p>
<p>${t('generated')}: ${escapeHtml(report.generatedAt)} · ${t('request')}: ${escapeHtml(report.requestId)}</p>
<p>${t('controller')}: ${escapeHtml(register.controller.name)} (${escapeHtml(register.controller.businessId)})${
    register.processor
      ? `<br>${t('processor')}: ${escapeHtml(register.processor.name)} (${escapeHtml(register.processor.businessId)})`
      : ''
  }<br>${t('dpo')}: ${dpos}</p>
<h2>${t('purposes')}</h2>${list(report.purposes, lang)}
<h2>${t('bases')}</h2><ul>${report.legalBases.map((b) => `<li>${escapeHtml(b.basis)}: ${escapeHtml(b.description[lang])}</li>`).join('')}</ul>${list(report.statutes, lang)}
<h2>${t('sources')}</h2>${list(report.sources, lang)}
<h2>${t('categories')}</h2>${categories.join('\n')}
<h2>${t('records')}</h2>${report.records.map((r) => section(r, lang)).join('\n')}
<h2>${t('recipients')}</h2><p>${escapeHtml(report.disclosurePolicy[lang])}</p>${recipients}
<h2>${t('transfers')}</h2><p>${escapeHtml(report.thirdCountryTransfers[lang])}</p>
<h2>${t('logs')}</h2><p>${escapeHtml(report.logs.note[lang])}</p>
<h2>${t('rights')}</h2>${list(report.rights, lang)}
</main></body></html>
`;
}
