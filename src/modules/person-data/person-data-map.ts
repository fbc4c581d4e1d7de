import type { LocalisedText, RegisterKind } from '../../tenants/tenant-file';

// The person-data map: for each register kind and each data category of the tenant files
// (`dataCategories[].key`), where that data lives — table, columns, and how a row relates to the person.
// The access report (GDPR 15), portability (20), erasure (17) and retention all read this one map, so
// they cannot disagree about what "everything about the person" is. test/person-data/ checks it against
// the database catalogue: a table with a person_id column, or a column commented 'personal data…', that
// is neither mapped here nor in EXEMPT_TABLES fails the build, and so does a tenant-file category
// missing from the map.

/** How the rows of a table relate to the person. SQL aliases: `t` is the table, `j` the joined one. */
export type PersonLink =
  /** The `person` table itself: `t.id` is the person. */
  | { kind: 'self' }
  /** `t.person_id` is the person. */
  | { kind: 'column' }
  /** The row belongs to the person through `via` (whose `person_id` is the person), joined `on`. */
  | { kind: 'via'; via: string; on: string };

export interface DataLocation {
  table: string;
  /** The columns holding the category's data (what a report shows and an erasure clears). */
  columns: readonly string[];
  /**
   * Columns holding a file's bytes (a scanned exam sheet): mapped, so erasure and the catalogue test count
   * them, but reports and packages carry only their size (`<column>_bytes`); the file itself is handed over
   * on request, identified by the SHA-256 kept beside it.
   */
  files?: readonly string[];
  link: PersonLink;
  /** A condition on `t` narrowing the rows to this category (e.g. an entry's category), or none. */
  where?: string;
  /** Overrides the category's providedByPerson for this location (staff entries in a category of answers). */
  providedByPerson?: boolean;
}

export interface CategoryData {
  /** A `dataCategories[].key` of the register's tenant files. */
  key: string;
  locations: readonly DataLocation[];
  /** Provided by the person themselves (GDPR 20(1)): on the form, on paper, as their own answers. */
  providedByPerson: boolean;
  /** Why a category has no location yet, or what is special about it. */
  note?: string;
}

/** Records about the person that are not a category of the notice: consents, objections, corrections… */
export interface RecordData {
  key: string;
  name: LocalisedText;
  locations: readonly DataLocation[];
  providedByPerson: boolean;
}

export interface RegisterMap {
  categories: readonly CategoryData[];
  records: readonly RecordData[];
}

const own = { kind: 'column' } as const;
const self = { kind: 'self' } as const;

const entryCategory = (key: string, where?: string): CategoryData => ({
  key,
  providedByPerson: false,
  locations: [
    {
      table: 'guidance_entry',
      columns: ['kind', 'category', 'content', 'version', 'correction_reason', 'created_at'],
      link: own,
      where: where ?? `t.category = '${key}'`,
      // Entries are written by staff, whatever the category (GDPR 20 covers what the person provided).
      providedByPerson: false,
    },
  ],
});

// Records kept in every register: they describe what was done with the person's data and on what terms.
const COMMON_RECORDS: readonly RecordData[] = [
  {
    key: 'corrections',
    name: { fi: 'korjatut tiedot (aiemmat arvot ja syy)', en: 'corrections (earlier values and the reason)' },
    providedByPerson: false,
    locations: [{ table: 'person_revision', columns: ['changed_at', 'reason', 'previous'], link: own }],
  },
  {
    key: 'objections',
    name: { fi: 'vastustamiset', en: 'objections' },
    providedByPerson: true,
    locations: [
      {
        table: 'objection',
        columns: ['kind', 'channel', 'grounds', 'status', 'received_at', 'decided_at', 'decision_reason'],
        link: own,
      },
    ],
  },
  {
    key: 'restrictions',
    name: { fi: 'käsittelyn rajoitukset', en: 'restrictions of processing' },
    providedByPerson: false,
    locations: [
      {
        table: 'person_restriction',
        columns: ['reason', 'restricted_at', 'lifted_at', 'lift_reason'],
        link: own,
      },
    ],
  },
  {
    key: 'legalHolds',
    name: { fi: 'tietoja säilyttävät oikeudelliset esteet', en: 'legal holds that keep data' },
    providedByPerson: false,
    locations: [{ table: 'legal_hold', columns: ['kind', 'reference', 'ends_on', 'categories'], link: own }],
  },
  {
    key: 'disclosureRequests',
    name: { fi: 'luovutuspyynnöt ja -päätökset', en: 'disclosure requests and decisions' },
    providedByPerson: false,
    locations: [
      {
        table: 'disclosure_request',
        columns: [
          'recipient_name',
          'recipient_country',
          'basis_kind',
          'basis_document_ref',
          'basis_statute',
          'categories',
          'mandate_document_ref',
          'status',
          'decided_at',
          'decision_reason',
          'executed_at',
        ],
        link: own,
      },
    ],
  },
];

const GUIDANCE: RegisterMap = {
  categories: [
    {
      key: 'name',
      providedByPerson: true,
      locations: [{ table: 'person', columns: ['first_name', 'last_name'], link: self }],
    },
    {
      key: 'gender',
      providedByPerson: true,
      locations: [{ table: 'client_profile', columns: ['gender'], link: own }],
    },
    {
      key: 'personalIdentityCode',
      providedByPerson: true,
      note: 'stored encrypted; reports show the masked form',
      locations: [
        {
          table: 'person',
          columns: ['identity_code_masked', 'identity_code_encrypted', 'identity_code_lookup'],
          link: self,
        },
      ],
    },
    {
      key: 'address',
      providedByPerson: true,
      locations: [{ table: 'client_profile', columns: ['street_address', 'postal_code', 'city'], link: own }],
    },
    { key: 'phone', providedByPerson: true, locations: [{ table: 'person', columns: ['phone'], link: self }] },
    { key: 'email', providedByPerson: true, locations: [{ table: 'person', columns: ['email'], link: self }] },
    {
      key: 'education',
      providedByPerson: true,
      locations: [{ table: 'client_profile', columns: ['education'], link: own }],
    },
    {
      key: 'otherServiceData',
      providedByPerson: false,
      locations: [
        { table: 'client_profile', columns: ['other_service_data'], link: own },
        {
          table: 'service_period',
          columns: [
            'service',
            'starts_on',
            'ends_on',
            'status',
            'purchaser_organisation_id',
            'referrer_organisation_id',
          ],
          link: own,
        },
        { table: 'assignment', columns: ['coach_user_id', 'starts_on', 'ends_on'], link: own },
      ],
    },
    entryCategory('assessment'),
    entryCategory('coaching'),
    {
      ...entryCategory('statement'),
      locations: [
        ...entryCategory('statement').locations,
        {
          table: 'statement_release',
          columns: ['organisation_id', 'released_at'],
          link: { kind: 'via', via: 'guidance_entry', on: 'j.id = t.entry_id' },
        },
      ],
    },
    entryCategory('employment'),
    entryCategory('rehabilitation'),
    entryCategory('everydayLifeSupport'),
    {
      key: 'guidance',
      // Entries are the coach's; survey answers are the client's own (GDPR 20: provided by the person).
      providedByPerson: true,
      note: "coaches' guidance entries and the client's own survey answers",
      locations: [
        ...entryCategory('guidance').locations,
        {
          table: 'survey_answer',
          columns: ['question_id', 'category', 'text_value', 'choice_values', 'scale_value', 'answered_at'],
          link: { kind: 'via', via: 'survey_invitation', on: 'j.id = t.invitation_id' },
        },
      ],
    },
    entryCategory('observation'),
    {
      key: 'messages',
      providedByPerson: false,
      locations: [
        {
          table: 'client_message',
          columns: ['subject', 'body', 'sent_at'],
          link: { kind: 'via', via: 'client_message_recipient', on: 'j.message_id = t.id' },
        },
        { table: 'client_message_recipient', columns: ['message_id'], link: own },
        { table: 'survey_invitation', columns: ['survey_id', 'sent_at', 'expires_at', 'answered_at'], link: own },
      ],
    },
  ],
  records: [
    {
      key: 'consents',
      name: { fi: 'kirjalliset suostumukset ja niiden peruutukset', en: 'written consents and withdrawals' },
      providedByPerson: true,
      locations: [
        {
          table: 'consent_record',
          columns: ['action', 'categories', 'disclose_to_purchaser', 'signed_on', 'evidence', 'recorded_at'],
          link: own,
        },
      ],
    },
    {
      key: 'emergencyAccess',
      name: { fi: 'hätäkäytöt perusteluineen', en: 'emergency access with its reasons' },
      providedByPerson: false,
      locations: [
        {
          table: 'emergency_access',
          columns: ['user_id', 'reason', 'opened_at', 'expires_at', 'reviewed_at', 'review_note'],
          link: own,
        },
      ],
    },
    ...COMMON_RECORDS,
  ],
};

const viaEnrolment = { kind: 'via', via: 'enrolment', on: 'j.company_id = t.id' } as const;

const CARD_TRAINING: RegisterMap = {
  categories: [
    {
      key: 'name',
      providedByPerson: true,
      locations: [{ table: 'person', columns: ['first_name', 'last_name'], link: self }],
    },
    {
      key: 'personalIdentityCode',
      providedByPerson: true,
      note: 'stored encrypted; reports show the masked form',
      locations: [
        {
          table: 'person',
          columns: ['identity_code_masked', 'identity_code_encrypted', 'identity_code_lookup'],
          link: self,
        },
      ],
    },
    {
      key: 'email',
      providedByPerson: true,
      locations: [
        { table: 'person', columns: ['email'], link: self },
        { table: 'pending_contact_change', columns: ['proposed_email', 'created_at'], link: own },
      ],
    },
    {
      key: 'mobilePhone',
      providedByPerson: true,
      locations: [
        { table: 'person', columns: ['phone'], link: self },
        { table: 'pending_contact_change', columns: ['proposed_mobile', 'created_at'], link: own },
      ],
    },
    {
      key: 'companyAndPosition',
      providedByPerson: true,
      locations: [
        { table: 'enrolment', columns: ['position', 'company_id'], link: own },
        { table: 'company', columns: ['name', 'business_id'], link: viaEnrolment },
      ],
    },
    {
      key: 'companyContactDetails',
      providedByPerson: true,
      locations: [
        { table: 'company', columns: ['contact_name', 'contact_email', 'contact_phone'], link: viaEnrolment },
      ],
    },
    {
      key: 'companyBillingDetails',
      providedByPerson: true,
      note: "the company's billing details and the invoices for the person's enrolments",
      locations: [
        { table: 'company', columns: ['e_invoice_address', 'e_invoice_operator', 'billing_email'], link: viaEnrolment },
        {
          table: 'invoice',
          columns: ['person_id', 'amount_cents', 'due_date', 'reference', 'status', 'created_at'],
          link: own,
        },
        {
          table: 'invoice_status_change',
          columns: ['person_id', 'from_status', 'to_status', 'note', 'changed_at'],
          link: own,
        },
      ],
    },
    {
      key: 'cardTrainings',
      providedByPerson: false,
      note: 'enrolments, attendance, exam attempts, cards, temporary certificates and the reports to the schemes',
      locations: [
        { table: 'enrolment', columns: ['session_id', 'status', 'created_at'], link: own },
        { table: 'attendance', columns: ['attended', 'recorded_at'], link: own },
        { table: 'exam_attempt', columns: ['attempt_number', 'score', 'passed', 'taken_on'], link: own },
        {
          table: 'card',
          columns: ['card_type_id', 'card_number', 'completed_on', 'issued_on', 'valid_until', 'refresher_of_card_id'],
          link: own,
        },
        { table: 'temporary_certificate', columns: ['card_type_id', 'issued_on', 'valid_until'], link: own },
        {
          table: 'scheme_report',
          columns: ['scheme_owner', 'status', 'queued_at', 'sent_at', 'answered_at', 'rejection_reason'],
          link: own,
        },
      ],
    },
    {
      key: 'examEvidence',
      providedByPerson: false,
      note: 'scanned exam sheets: reports list each file (name, type, size, SHA-256); the scan itself on request',
      locations: [
        {
          table: 'exam_evidence',
          columns: ['file_name', 'media_type', 'size_bytes', 'sha256', 'uploaded_at'],
          files: ['content'],
          link: own,
        },
      ],
    },
    {
      key: 'identityCheck',
      providedByPerson: false,
      locations: [
        { table: 'identity_check', columns: ['document_type', 'photo_id', 'checked_by', 'checked_at'], link: own },
      ],
    },
    {
      key: 'marketingAudience',
      providedByPerson: false,
      note: 'the audience is derived from cards at send time; what stays is which announcements reached the person',
      locations: [
        {
          table: 'marketing_unsubscribe_link',
          columns: ['person_id', 'announcement_id', 'created_at', 'used_at'],
          link: own,
        },
      ],
    },
  ],
  records: COMMON_RECORDS,
};

/** The map of one register kind. */
export function registerMap(kind: RegisterKind): RegisterMap {
  return kind === 'guidance' ? GUIDANCE : CARD_TRAINING;
}

export const PERSON_DATA_MAP: Readonly<Record<RegisterKind, RegisterMap>> = {
  guidance: GUIDANCE,
  'card-training': CARD_TRAINING,
};

/**
 * Tables that hold a person_id or personal-data columns but are deliberately not in the map, each with
 * why. The access report points to the log report for the logs.
 */
export const EXEMPT_TABLES: Readonly<Record<string, string>> = {
  use_log: 'the use log: served by the log report (Act 703/2023 § 11), append-only, kept 12 years',
  disclosure_log: 'the disclosure log: recipients in the access report, entries in the log report; append-only',
  outbox_message:
    'mail waiting for delivery: copies of register data addressed to the person, bodies cleared once sent',
  user_account: "staff accounts: the staff member's own work data, not a data subject of the register",
  company_revision:
    "a company's earlier contact details: the company's record (its contact person's), gone with the company",
  company_card_link:
    "links sent to a company's contact person: the company's record, gone with the company (on delete cascade)",
  rights_request: "the rights bookkeeping itself: the person's requests and their handling (GDPR 5(2), 12)",
};

/** Every table the map (categories and records) of any register reads. */
export function mappedTables(): Set<string> {
  const tables = new Set<string>();
  for (const map of Object.values(PERSON_DATA_MAP)) {
    for (const entry of [...map.categories, ...map.records]) {
      for (const location of entry.locations) tables.add(location.table);
    }
  }
  return tables;
}

/**
 * SQL selecting one location's columns for one person (`?` = the person id), in the transaction's tenant
 * (RLS). Names come from this file only, never from input.
 */
export function locationSql(location: DataLocation): string {
  const columns = [
    ...location.columns.map((c) => `t.${c}`),
    ...(location.files ?? []).map((c) => `octet_length(t.${c}) as ${c}_bytes`),
  ].join(', ');
  const person =
    location.link.kind === 'self'
      ? 't.id = ?'
      : location.link.kind === 'column'
        ? 't.person_id = ?'
        : `exists (select 1 from ${location.link.via} j
                    where j.tenant_id = t.tenant_id and ${location.link.on} and j.person_id = ?)`;
  const where = location.where ? ` and ${location.where}` : '';
  return `select ${columns} from ${location.table} t where ${person}${where}`;
}
