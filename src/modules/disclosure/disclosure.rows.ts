import type { TenantFile } from '../../tenants/tenant-file';
import { DisclosureBasisKind, DisclosureStatus, type DisclosureRequest } from './disclosure.types';
import { checkTransfer, isEea, type TransferSafeguards } from './third-country';

// A disclosure_request row as read (plain SQL), and how it is shown and logged.

export interface Row {
  id: string;
  person_id: string;
  recipient_name: string;
  recipient_business_id: string | null;
  recipient_foreign_id: string | null;
  recipient_country: string;
  recipient_address: string;
  basis_kind: DisclosureBasisKind;
  basis_document_ref: string;
  basis_document_date: string;
  basis_statute: string | null;
  categories: string[];
  period_from: string | null;
  period_to: string | null;
  mandate_document_ref: string | null;
  dpo_assessment_by: string | null;
  dpo_assessment_on: string | null;
  dpo_assessment_conclusion: string | null;
  authority_assessment_ref: string | null;
  status: DisclosureStatus;
  // timestamptz columns come back from the driver as text
  registered_at: string;
  decided_at: string | null;
  decision_reason: string | null;
  executed_at: string | null;
  content_sha256: string | null;
}

export const COLUMNS = `id, person_id, recipient_name, recipient_business_id, recipient_foreign_id, recipient_country,
  recipient_address, basis_kind, basis_document_ref, basis_document_date::text, basis_statute, categories,
  period_from::text, period_to::text, mandate_document_ref, dpo_assessment_by, dpo_assessment_on::text,
  dpo_assessment_conclusion, authority_assessment_ref, status, registered_at, decided_at, decision_reason,
  executed_at, content_sha256`;

export function safeguards(row: Row): TransferSafeguards {
  return {
    mandateDocumentRef: row.mandate_document_ref,
    dpoAssessmentBy: row.dpo_assessment_by,
    dpoAssessmentOn: row.dpo_assessment_on,
    dpoAssessmentConclusion: row.dpo_assessment_conclusion,
    authorityAssessmentRef: row.authority_assessment_ref,
  };
}

export function legalBasis(row: Row): string {
  return row.basis_kind === DisclosureBasisKind.AUTHORITY_DEMAND
    ? `authority demand ${row.basis_document_ref} (${row.basis_document_date}) under ${row.basis_statute}`
    : `the data subject's written request ${row.basis_document_ref} (${row.basis_document_date})`;
}

export const periodLabel = (row: Row): string => `period:${row.period_from ?? ''}/${row.period_to ?? ''}`;

export function toView(file: TenantFile, row: Row): DisclosureRequest {
  const check = checkTransfer(file.thirdCountryTransfers, row.recipient_country, safeguards(row));
  return {
    id: row.id,
    personId: row.person_id,
    recipient: {
      name: row.recipient_name,
      businessId: row.recipient_business_id,
      foreignId: row.recipient_foreign_id,
      country: row.recipient_country,
      address: row.recipient_address,
      inEea: isEea(row.recipient_country),
    },
    basis: {
      kind: row.basis_kind,
      documentRef: row.basis_document_ref,
      documentDate: row.basis_document_date,
      statute: row.basis_statute,
    },
    categories: row.categories,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    transferSafeguards: {
      mandateDocumentRef: row.mandate_document_ref,
      dpoAssessment:
        row.dpo_assessment_by && row.dpo_assessment_on && row.dpo_assessment_conclusion
          ? { by: row.dpo_assessment_by, on: row.dpo_assessment_on, conclusion: row.dpo_assessment_conclusion }
          : null,
      authorityAssessmentRef: row.authority_assessment_ref,
      missing: check.allowed ? [] : check.missing,
    },
    status: row.status,
    registeredAt: new Date(row.registered_at),
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    decisionReason: row.decision_reason,
    executedAt: row.executed_at ? new Date(row.executed_at) : null,
    contentSha256: row.content_sha256,
  };
}
