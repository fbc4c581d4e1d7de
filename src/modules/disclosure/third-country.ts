import type { TenantFile } from '../../tenants/tenant-file';

// Third countries (GDPR Chapter V). A recipient outside the EEA is a transfer to a third country; the
// tenant file's thirdCountryTransfers says whether that can ever happen and on what conditions
// (DOMAIN.md §2.2: the client's mandate, the DPO's assessment and the Finnish data protection
// authority's assessment, all on record).
//
// The EEA: the 27 EU member states (https://european-union.europa.eu/principles-countries-history/eu-countries_en,
// since 1 February 2020 without the United Kingdom) and Iceland, Liechtenstein and Norway under the EEA
// Agreement (https://www.efta.int/eea). An adequacy decision (GDPR 45) does not make a country EEA:
// the register's policy asks for the same safeguards for every non-EEA recipient. Review when membership
// changes.
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  // EU
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  // EEA EFTA states
  'IS', 'LI', 'NO',
]); // prettier-ignore

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 country code the platform knows (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regions.of(code) !== undefined;
}

export function isEea(country: string): boolean {
  return EEA_COUNTRIES.has(country);
}

/** The safeguards recorded on a request; null or empty means not recorded. */
export interface TransferSafeguards {
  mandateDocumentRef: string | null;
  dpoAssessmentBy: string | null;
  dpoAssessmentOn: string | null;
  dpoAssessmentConclusion: string | null;
  authorityAssessmentRef: string | null;
}

// The tenant file's condition names and what each needs on record.
const CONDITIONS: Record<string, (s: TransferSafeguards) => boolean> = {
  'data-subject-mandate': (s) => Boolean(s.mandateDocumentRef),
  'dpo-assessment': (s) => Boolean(s.dpoAssessmentBy && s.dpoAssessmentOn && s.dpoAssessmentConclusion),
  'supervisory-authority-assessment': (s) => Boolean(s.authorityAssessmentRef),
};

export type TransferCheck = { allowed: true } | { allowed: false; missing: string[] };

/**
 * Whether a disclosure to `country` may go ahead with the safeguards on record. An EEA recipient needs
 * none; a third country needs every condition the tenant file lists, and none at all if the policy is
 * 'never'. An unknown condition name can never be met, so a new condition in a file fails closed.
 */
export function checkTransfer(
  policy: TenantFile['thirdCountryTransfers'],
  country: string,
  s: TransferSafeguards,
): TransferCheck {
  if (isEea(country)) return { allowed: true };
  if (policy.allowed === 'never') return { allowed: false, missing: ['transfers-never-allowed'] };
  const missing = policy.requires.filter((condition) => !(CONDITIONS[condition]?.(s) ?? false));
  return missing.length === 0 ? { allowed: true } : { allowed: false, missing };
}
