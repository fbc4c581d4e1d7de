import type { RequestContext } from '../../context';
import { RightsRequestKind } from '../rights-request/rights-request.types';
import type { LocalisedText } from '../../tenants/tenant-file';
import type { DataLocation } from '../person-data/person-data-map';
import { caseFor, mapOf, readLocations, recordFulfilment, type Row } from './subject-data';

// GDPR 20: the data the person provided, where the processing rests on consent (6(1)(a), 9(2)(a)) or on a
// contract (6(1)(b)), in a structured, machine-readable format: JSON valid against the published schema
// schema/portability.schema.json (served at /schema/portability.schema.json). What was left out is listed
// with the reason, so the person knows the export is complete on its own terms.

export const PORTABILITY_SCHEMA_ID = 'https://kaira.eduro.fi/schema/portability.schema.json';

const CONSENT_OR_CONTRACT = /\b(6\(1\)\((a|b)\)|9\(2\)\(a\))/;

type Reason = 'not-provided-by-person' | 'basis-not-consent-or-contract' | 'not-stored';

const EXPLANATIONS: Record<Reason, LocalisedText> = {
  'not-provided-by-person': {
    fi: 'Henkilökunnan kirjaamaa tai johdettua tietoa, ei itse antamaasi (EU 2016/679 20 art. 1 kohta).',
    en: 'Recorded by staff or derived, not provided by you (GDPR Article 20(1)).',
  },
  'basis-not-consent-or-contract': {
    fi: 'Rekisterin käsittelyperuste ei ole suostumus eikä sopimus (20 art. 1 kohdan a alakohta).',
    en: "The register's legal basis is neither consent nor a contract (GDPR Article 20(1)(a)).",
  },
  'not-stored': {
    fi: 'Tätä tietoryhmää ei vielä tallenneta järjestelmään.',
    en: 'This category is not stored in the system yet.',
  },
};

export interface PortabilityExport {
  $schema: string;
  format: 'kaira-portability';
  version: 1;
  requestId: string;
  generatedAt: string;
  register: { name: LocalisedText; controller: { name: string; businessId: string } };
  legalBases: string[];
  categories: Array<{ key: string; name: LocalisedText; data: Array<{ table: string; rows: Row[] }> }>;
  leftOut: Array<{ category: string; table: string | null; reason: Reason; explanation: LocalisedText }>;
}

export async function portabilityExport(ctx: RequestContext, requestId: string): Promise<PortabilityExport> {
  const f = await caseFor(ctx, requestId, RightsRequestKind.PORTABILITY);
  const { tenant } = f;
  const bases = tenant.legalBases.map((b) => b.basis);
  const portableBasis = bases.some((b) => CONSENT_OR_CONTRACT.test(b));
  const out: PortabilityExport = {
    $schema: PORTABILITY_SCHEMA_ID,
    format: 'kaira-portability',
    version: 1,
    requestId: f.request.id,
    generatedAt: new Date().toISOString(),
    register: {
      name: tenant.register.name,
      controller: { name: tenant.controller.name, businessId: tenant.controller.businessId },
    },
    legalBases: bases,
    categories: [],
    leftOut: [],
  };
  const leaveOut = (category: string, table: string | null, reason: Reason) =>
    out.leftOut.push({ category, table, reason, explanation: EXPLANATIONS[reason] });
  // First what goes in and what stays out, then the rows of everything that goes in, in one statement.
  const portable: Array<{ key: string; location: DataLocation }> = [];
  for (const category of mapOf(f).categories) {
    if (!portableBasis) leaveOut(category.key, null, 'basis-not-consent-or-contract');
    else if (category.locations.length === 0) leaveOut(category.key, null, 'not-stored');
    else {
      for (const location of category.locations) {
        if (location.providedByPerson ?? category.providedByPerson) portable.push({ key: category.key, location });
        else leaveOut(category.key, location.table, 'not-provided-by-person');
      }
    }
  }
  const rows = await readLocations(
    ctx,
    portable.map((p) => p.location),
    f.personId,
  );
  portable.forEach(({ key, location }, i) => {
    if (rows[i]!.length === 0) return;
    let category = out.categories.find((c) => c.key === key);
    if (!category) {
      const name = tenant.dataCategories.find((c) => c.key === key)?.name ?? { fi: key, en: key };
      category = { key, name, data: [] };
      out.categories.push(category);
    }
    category.data.push({ table: location.table, rows: rows[i]! });
  });
  await recordFulfilment(
    ctx,
    f,
    out.categories.map((c) => c.key),
    'portabilityExport',
  );
  return out;
}
