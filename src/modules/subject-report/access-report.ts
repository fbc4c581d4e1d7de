import type { RequestContext } from '../../context';
import { uuidArrayLiteral } from '../../ids';
import { RightsRequestKind } from '../rights-request/rights-request.types';
import type { LocalisedText, TenantFile } from '../../tenants/tenant-file';
import type { DataLocation } from '../person-data/person-data-map';
import { caseFor, mapOf, readLocations, recordFulfilment, type Fulfilment, type Row } from './subject-data';

// GDPR 15: everything about the person in this register — the data per category with the purposes,
// legal bases, recipients (from the disclosure log), retention (tenant file) and sources — built from the
// person-data map, so it reads exactly the tables erasure and retention act on.

export interface ReportSection {
  key: string;
  name: LocalisedText;
  /** The person's rows, per table of the map. */
  data: Array<{ table: string; rows: Row[] }>;
  note?: string;
}

export interface CategorySection extends ReportSection {
  consentRequired: boolean;
  providedByPerson: boolean;
  retention: { period: string | null; from: string; basis: LocalisedText } | null;
}

export interface Recipient {
  disclosedAt: string;
  recipient: Row;
  legalBasis: string | null;
  dataSet: string[];
}

export interface AccessReport {
  kind: 'gdpr-15-access-report';
  requestId: string;
  personId: string;
  generatedAt: string;
  register: {
    name: LocalisedText;
    controller: TenantFile['controller'];
    processor: TenantFile['processor'];
    dataProtectionOfficers: Array<{ name: string; email: string; phone: string }>;
  };
  purposes: LocalisedText[];
  legalBases: TenantFile['legalBases'];
  statutes: LocalisedText[];
  sources: LocalisedText[];
  categories: CategorySection[];
  records: ReportSection[];
  recipients: Recipient[];
  disclosurePolicy: LocalisedText;
  regularRecipients: LocalisedText[];
  thirdCountryTransfers: LocalisedText;
  logs: { retention: CategorySection['retention']; note: LocalisedText };
  rights: LocalisedText[];
}

export async function accessReport(ctx: RequestContext, requestId: string, operation = 'accessReport') {
  const f = await caseFor(ctx, requestId, RightsRequestKind.ACCESS);
  const report = await buildAccessReport(ctx, f);
  await recordFulfilment(
    ctx,
    f,
    report.categories.map((c) => c.key),
    operation,
  );
  return report;
}

/** The person's rows per location of each entry, read in one statement; empty tables left out. */
async function sections(ctx: RequestContext, f: Fulfilment, entries: Array<{ locations: readonly DataLocation[] }>) {
  const all = entries.flatMap((e) => e.locations);
  const rows = await readLocations(ctx, all, f.personId);
  let next = 0;
  return entries.map((e) =>
    e.locations.map((location) => ({ table: location.table, rows: rows[next++]! })).filter((d) => d.rows.length > 0),
  );
}

async function buildAccessReport(ctx: RequestContext, f: Fulfilment): Promise<AccessReport> {
  const { tenant } = f;
  const map = mapOf(f);
  const retention = (key: string) => {
    const rule = tenant.retention.find((r) => r.category === key);
    return rule ? { period: rule.period, from: rule.from, basis: rule.basis } : null;
  };
  const data = await sections(ctx, f, [...map.categories, ...map.records]);
  const categories: CategorySection[] = map.categories.map((category, i) => {
    const declared = tenant.dataCategories.find((c) => c.key === category.key);
    return {
      key: category.key,
      name: declared?.name ?? { fi: category.key, en: category.key },
      consentRequired: declared?.consentRequired ?? false,
      providedByPerson: category.providedByPerson,
      retention: retention(category.key),
      data: data[i]!,
      ...(category.note ? { note: category.note } : {}),
    };
  });
  const records: ReportSection[] = map.records.map((record, i) => ({
    key: record.key,
    name: record.name,
    data: data[map.categories.length + i]!,
  }));
  await nameReferences(ctx, [...categories, ...records]);
  return {
    kind: 'gdpr-15-access-report',
    requestId: f.request.id,
    personId: f.personId,
    generatedAt: new Date().toISOString(),
    register: {
      name: tenant.register.name,
      controller: tenant.controller,
      processor: tenant.processor,
      dataProtectionOfficers: tenant.dataProtectionOfficers.map(({ name, email, phone }) => ({ name, email, phone })),
    },
    purposes: tenant.purposes,
    legalBases: tenant.legalBases,
    statutes: tenant.statutes,
    sources: tenant.sources,
    categories,
    records,
    recipients: await recipients(ctx, f.personId),
    disclosurePolicy: tenant.disclosures.policy,
    regularRecipients: tenant.disclosures.regularRecipients,
    thirdCountryTransfers: tenant.thirdCountryTransfers.policy,
    logs: {
      retention: retention('logs'),
      note: {
        fi: 'Tietojesi käyttö ja luovutukset näkyvät käyttö- ja luovutuslokeissa; niistä saat lokiraportin (laki 703/2023 11 §).',
        en: 'Uses and disclosures of your data are in the use and disclosure logs; ask for a log report (Act 703/2023 § 11).',
      },
    },
    rights: tenant.rightsRequests.notes,
  };
}

/** Everyone the person's data was disclosed to, from the disclosure log (GDPR 15(1)(c)). */
async function recipients(ctx: RequestContext, personId: string): Promise<Recipient[]> {
  const rows = await ctx.tx.run((em) =>
    em.execute<
      Array<{ occurred_at: string | Date; entry: { recipient?: Row; legalBasis?: string; dataSet?: string[] } }>
    >('select occurred_at, entry from disclosure_log where person_ids @> array[?]::uuid[] order by seq', [personId]),
  );
  return rows.map(({ occurred_at, entry }) => ({
    disclosedAt: new Date(occurred_at).toISOString(),
    recipient: entry.recipient ?? {},
    legalBasis: entry.legalBasis ?? null,
    dataSet: entry.dataSet ?? [],
  }));
}

const USER = /(^|_)user_id$/;
const ORGANISATION = /(^|_)organisation_id$/;

/**
 * Staff and organisations appear in the rows by id; the person is told who they are (GDPR 15(1)(c), 12(1):
 * intelligible). Each `…user_id` / `…organisation_id` column gets a `…user_name` / `…organisation_name`.
 */
async function nameReferences(ctx: RequestContext, sections: ReportSection[]): Promise<void> {
  const rows = sections.flatMap((s) => s.data.flatMap((d) => d.rows));
  const ids = (pattern: RegExp) => [
    ...new Set(
      rows.flatMap((r) =>
        Object.entries(r)
          .filter(([column, value]) => pattern.test(column) && typeof value === 'string')
          .map(([, value]) => value as string),
      ),
    ),
  ];
  const [users, organisations] = await ctx.tx.run(async (em) => [
    await em.execute<Array<{ id: string; name: string }>>(
      'select id, display_name as name from user_account where id = any(?::uuid[])',
      [uuidArrayLiteral(ids(USER))],
    ),
    await em.execute<Array<{ id: string; name: string }>>(
      'select id, name from organisation where id = any(?::uuid[])',
      [uuidArrayLiteral(ids(ORGANISATION))],
    ),
  ]);
  const names = new Map([...users, ...organisations].map((n) => [n.id, n.name]));
  for (const row of rows) {
    for (const [column, value] of Object.entries(row)) {
      if ((USER.test(column) || ORGANISATION.test(column)) && typeof value === 'string') {
        row[column.replace(/_id$/, '_name')] = names.get(value) ?? null;
      }
    }
  }
}
