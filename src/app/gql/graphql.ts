/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any };
};

/** Whether the principal's organisation is the tenant's controller, its processor, or another party */
export type ActsFor = 'CONTROLLER' | 'OTHER_PARTY' | 'PROCESSOR';

export type AddEntryInput = {
  /** assessment, coaching, statement, or a consent-gated category (employment, rehabilitation, …) */
  category: Scalars['String']['input'];
  content: Scalars['String']['input'];
  kind: EntryKind;
  personId: Scalars['ID']['input'];
};

/** The client’s answers, sent with the one-time link’s token */
export type AnswerSurveyInput = {
  /** One per answered question; every required one */
  answers: Array<SurveyAnswerInput>;
  token: Scalars['String']['input'];
};

/** An INTEGRATION principal's key in this tenant; the secret is never shown again */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Last successful use, to the minute (updated at most once a minute) */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** Persisted operations (schema/operations) the key may run */
  operations: Array<Scalars['String']['output']>;
  /** The first characters of the key, to recognise it: kaira_live_<id> */
  prefix: Scalars['String']['output'];
  /** Until when the secret before the last rotation still works */
  previousSecretValidUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  rotatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A new or rotated key: `secret` is shown only in this answer */
export type ApiKeySecret = {
  __typename?: 'ApiKeySecret';
  apiKey: ApiKey;
  /** Send as `Authorization: ApiKey <secret>`; stored only as a hash */
  secret: Scalars['String']['output'];
};

export type AssignCoachInput = {
  /** A user holding COACH in this tenant */
  coachUserId: Scalars['ID']['input'];
  /** YYYY-MM-DD; open-ended when null */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
};

export type AssignSessionTrainerInput = {
  sessionId: Scalars['ID']['input'];
  /** A user holding TRAINER here, authorised for the type until the session ends if the type requires */
  trainerUserId: Scalars['ID']['input'];
};

/** The client relationship: a coach assigned to a client for a period */
export type Assignment = {
  __typename?: 'Assignment';
  coachUserId: Scalars['ID']['output'];
  /** YYYY-MM-DD; open-ended when null */
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
};

/** An exam sheet scan (PDF, JPEG or PNG, checked from the content), base64 */
export type AttachExamEvidenceInput = {
  attemptId: Scalars['ID']['input'];
  /** The file, base64; at most KAIRA_EVIDENCE_MAX_BYTES decoded (10 MiB) */
  contentBase64: Scalars['String']['input'];
  /** 1–200 characters */
  fileName: Scalars['String']['input'];
};

export type Attendance = {
  __typename?: 'Attendance';
  attended: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedBy: Scalars['ID']['output'];
};

/** A signed-in session: a short-lived access token and a single-use refresh token */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer …` */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  /** Use once with refreshSession; a reused token ends the session */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** One enrolment to bill: the participant, the session and the company paying for it */
export type BillingExportRow = {
  __typename?: 'BillingExportRow';
  billingEmail?: Maybe<Scalars['String']['output']>;
  /** Card type code, e.g. ttk */
  cardTypeCode: Scalars['String']['output'];
  cardTypeName: Scalars['String']['output'];
  /** Y-tunnus */
  companyBusinessId: Scalars['String']['output'];
  companyName: Scalars['String']['output'];
  eInvoiceAddress?: Maybe<Scalars['String']['output']>;
  eInvoiceOperator?: Maybe<Scalars['String']['output']>;
  enrolledAt: Scalars['DateTimeISO']['output'];
  enrolmentId: Scalars['ID']['output'];
  /** Invoices name the participant */
  participantFirstName: Scalars['String']['output'];
  participantLastName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  sessionId: Scalars['ID']['output'];
  sessionStartsAt: Scalars['DateTimeISO']['output'];
};

/** A card issued on a passed exam with a checked identity */
export type Card = {
  __typename?: 'Card';
  /** Unique per card type */
  cardNumber: Scalars['String']['output'];
  cardType: CardType;
  /** YYYY-MM-DD: the passed exam; validity counts from it */
  completedOn: Scalars['String']['output'];
  enrolmentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** The earlier card this refresher renews */
  refresherOfCardId?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD, the last valid day; null: does not expire */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** A card type and its scheme's rules [verify per scheme] */
export type CardType = {
  __typename?: 'CardType';
  /** Stable key, e.g. ttk, tieturva-1 */
  code: Scalars['String']['output'];
  /** Exam pass mark in percent; null: no exam */
  examPassMark?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Exam retakes allowed; null: unlimited */
  maxRetakes?: Maybe<Scalars['Int']['output']>;
  nameEn: Scalars['String']['output'];
  nameFi: Scalars['String']['output'];
  /** Identity must be checked from a photo ID */
  photoIdRequired: Scalars['Boolean']['output'];
  /** A refresher course counts only while the earlier card is still valid */
  refresherOnlyWhileValid: Scalars['Boolean']['output'];
  /** The scheme owner, e.g. Työturvallisuuskeskus TTK */
  schemeOwner: Scalars['String']['output'];
  /** Longest temporary certificate in days; null: none */
  temporaryCertificateMaxDays?: Maybe<Scalars['Int']['output']>;
  /** Only trainers with the scheme's authorisation may teach it */
  trainerAuthorisationRequired: Scalars['Boolean']['output'];
  validityBasis: ValidityBasis;
  /** How long a card is valid; null: it does not expire */
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** A data category's name as the register's privacy notice gives it */
export type CategoryName = {
  __typename?: 'CategoryName';
  en: Scalars['String']['output'];
  fi: Scalars['String']['output'];
};

export type ChangeInvoiceStatusInput = {
  invoiceId: Scalars['ID']['input'];
  /** Why, at most 500 characters (e.g. the credit note number) */
  note?: InputMaybe<Scalars['String']['input']>;
  status: InvoiceStatus;
};

/** A client of the guidance register: the person, the client profile and service periods */
export type Client = {
  __typename?: 'Client';
  city?: Maybe<Scalars['String']['output']>;
  education?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** Other data the client's service needs */
  otherServiceData?: Maybe<Scalars['String']['output']>;
  /** Henkilötunnus with the individual part hidden */
  personalIdentityCodeMasked?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** A referrer sees only its own organisation's referrals */
  servicePeriods: Array<ServicePeriod>;
  streetAddress?: Maybe<Scalars['String']['output']>;
};

export type ClientConnection = {
  __typename?: 'ClientConnection';
  nodes: Array<Client>;
  pageInfo: PageInfo;
};

/** A message staff sent to one or many clients */
export type ClientMessage = {
  __typename?: 'ClientMessage';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** How many clients it was sent to */
  recipientCount: Scalars['Int']['output'];
  sentAt: Scalars['DateTimeISO']['output'];
  sentById: Scalars['ID']['output'];
  sentByName: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/** A participant's employer: contact and billing details */
export type Company = {
  __typename?: 'Company';
  billingEmail?: Maybe<Scalars['String']['output']>;
  /** Y-tunnus */
  businessId: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  /** The company's contact person */
  contactName: Scalars['String']['output'];
  contactPhone: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  eInvoiceAddress?: Maybe<Scalars['String']['output']>;
  eInvoiceOperator?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A link to the company's card report, emailed to its contact person */
export type CompanyCardLinkSent = {
  __typename?: 'CompanyCardLinkSent';
  companyId: Scalars['ID']['output'];
  /** The link works until then; each view is written to the disclosure log */
  expiresAt: Scalars['DateTimeISO']['output'];
};

/** The company's employees' cards and their expiry, as disclosed to its contact person */
export type CompanyCardReport = {
  __typename?: 'CompanyCardReport';
  companyName: Scalars['String']['output'];
  controllerName: Scalars['String']['output'];
  employees: Array<CompanyReportEmployee>;
  expiresAt: Scalars['DateTimeISO']['output'];
  registerName: Scalars['String']['output'];
};

/** A card as the company report shows it */
export type CompanyReportCard = {
  __typename?: 'CompanyReportCard';
  cardNumber: Scalars['String']['output'];
  cardTypeName: Scalars['String']['output'];
  /** YYYY-MM-DD; null: the card does not expire */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** An employee's cards: the name and cards only (no henkilötunnus, no contact details) */
export type CompanyReportEmployee = {
  __typename?: 'CompanyReportEmployee';
  cards: Array<CompanyReportCard>;
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
};

/** Completes a participant's missing data at the training: only empty fields are filled; a field already recorded with another value is refused (a correction is updatePersonContact, with a reason) */
export type CompleteParticipantDataInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  enrolmentId: Scalars['ID']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
  personalIdentityCode?: InputMaybe<Scalars['String']['input']>;
};

export type CompleteRightsRequestInput = {
  /** The decision as given to the person */
  decision: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

/** What a scheme report tells the scheme register (the henkilötunnus masked) */
export type Completion = {
  __typename?: 'Completion';
  cardNumber: Scalars['String']['output'];
  cardTypeCode: Scalars['String']['output'];
  completedOn: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  issuedOn: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  personalIdentityCodeMasked?: Maybe<Scalars['String']['output']>;
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** Consent given or withdrawn */
export type ConsentAction = 'GIVE' | 'WITHDRAW';

/** GIVEN: written consent is active; NEVER_GIVEN: none recorded; WITHDRAWN: withdrawn since */
export type ConsentAvailability = 'GIVEN' | 'NEVER_GIVEN' | 'WITHDRAWN';

/** Whether new data of a consent-gated category is accepted now, and why */
export type ConsentCategoryStatus = {
  __typename?: 'ConsentCategoryStatus';
  available: Scalars['Boolean']['output'];
  category: Scalars['String']['output'];
  name: CategoryName;
  reason: ConsentAvailability;
  /** When the record deciding it was made; null if never given */
  since?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** One record of the written-consent ledger; never edited, a change is a new record */
export type ConsentLedgerEntry = {
  __typename?: 'ConsentLedgerEntry';
  action: ConsentAction;
  categories: Array<Scalars['String']['output']>;
  /** Given with the record; null on a withdrawal */
  disclosesToPurchaser?: Maybe<Scalars['Boolean']['output']>;
  /** Reference to the signed document, its scan or the withdrawal */
  evidence: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedById: Scalars['ID']['output'];
  /** Who recorded it */
  recordedByName: Scalars['String']['output'];
  /** The day the client signed (YYYY-MM-DD); null on a withdrawal */
  signedOn?: Maybe<Scalars['String']['output']>;
};

/** The client's consent as of now */
export type ConsentStatus = {
  __typename?: 'ConsentStatus';
  /** Categories with active written consent */
  activeCategories: Array<Scalars['String']['output']>;
  /** Every consent-gated category of the register */
  categories: Array<ConsentCategoryStatus>;
  /** Data may be disclosed to the purchaser of the service */
  disclosesToPurchaser: Scalars['Boolean']['output'];
  personId: Scalars['ID']['output'];
};

export type ContactChangeDecision = 'CONFIRMED' | 'REJECTED';

/** Copy a survey (sent or not) into a new draft */
export type CopySurveyInput = {
  surveyId: Scalars['ID']['input'];
};

/** A correction: a new version of the entry; the earlier one stays with the reason */
export type CorrectEntryInput = {
  content: Scalars['String']['input'];
  /** The latest version of the entry (GuidanceEntry.id) */
  entryId: Scalars['ID']['input'];
  /** Why the entry is corrected; kept with the new version */
  reason: Scalars['String']['input'];
};

export type CreateApiKeyInput = {
  /** What the key is for, e.g. "billing system"; 1–100 characters */
  name: Scalars['String']['input'];
  /** Names of persisted operations the key may run (1–50) */
  operations: Array<Scalars['String']['input']>;
};

/** A company OFFICE adds: contact person and billing (e-invoice address and operator, or email) */
export type CreateCompanyInput = {
  billingEmail?: InputMaybe<Scalars['String']['input']>;
  /** Y-tunnus, e.g. 1508035-7 (check digit verified) */
  businessId: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  eInvoiceAddress?: InputMaybe<Scalars['String']['input']>;
  eInvoiceOperator?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters */
  name: Scalars['String']['input'];
};

/** An invoice for an enrolment, billed to the enrolment's company */
export type CreateInvoiceInput = {
  /** Euro cents, 1–10,000,000 */
  amountCents: Scalars['Int']['input'];
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['input'];
  enrolmentId: Scalars['ID']['input'];
};

/** A new survey, a draft until it is sent */
export type CreateSurveyInput = {
  intro?: InputMaybe<Scalars['String']['input']>;
  /** 1–50 questions, in order */
  questions: Array<SurveyQuestionInput>;
  title: Scalars['String']['input'];
};

export type CreateTrainingSessionInput = {
  /** 1–500 seats */
  capacity: Scalars['Int']['input'];
  cardTypeId: Scalars['ID']['input'];
  deliveryMode: DeliveryMode;
  /** ISO 8601 date-time with offset, after startsAt */
  endsAt: Scalars['String']['input'];
  language: SessionLanguage;
  /** 1–200 characters */
  place: Scalars['String']['input'];
  /** ISO 8601 date-time with offset, e.g. 2026-12-01T08:00:00+02:00 */
  startsAt: Scalars['String']['input'];
};

/** Confirm (apply) or reject contact details proposed on the public form */
export type DecideContactChangeInput = {
  decision: ContactChangeDecision;
  id: Scalars['ID']['input'];
};

/** The controller's decision on a pending request, with the reasons */
export type DecideDisclosureRequestInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** The controller's decision on an objection to processing or profiling */
export type DecideObjectionInput = {
  objectionId: Scalars['ID']['input'];
  /** Upheld: what stops. Rejected: the compelling legitimate grounds that override the person’s interests, or the legal claims (GDPR 21(1)); the right to complain is added to the notice */
  reason: Scalars['String']['input'];
  /** true: processing stops (upheld); false: rejected */
  upheld: Scalars['Boolean']['input'];
};

export type DeliveryMode = 'BLENDED' | 'CLASSROOM' | 'ONLINE';

/** The basis of a disclosure */
export type DisclosureBasis = {
  __typename?: 'DisclosureBasis';
  /** Date of that document, YYYY-MM-DD */
  documentDate: Scalars['String']['output'];
  /** Reference to the person's written request or the authority's demand */
  documentRef: Scalars['String']['output'];
  kind: DisclosureBasisKind;
  /** The statute an authority's demand cites */
  statute?: Maybe<Scalars['String']['output']>;
};

/** The basis: the person's written request, or an authority's demand citing its statute */
export type DisclosureBasisInput = {
  /** Date of the document, YYYY-MM-DD; not in the future */
  documentDate: Scalars['String']['input'];
  /** Reference to the written request or the demand (diary number, scan…) */
  documentRef: Scalars['String']['input'];
  kind: DisclosureBasisKind;
  /** Required for an authority demand: the statute cited */
  statute?: InputMaybe<Scalars['String']['input']>;
};

/** Why data may leave the register: the person's written request or an authority's demand */
export type DisclosureBasisKind = 'AUTHORITY_DEMAND' | 'DATA_SUBJECT_REQUEST';

/** An executed disclosure: the package, handed over this once, and its hash */
export type DisclosureExecution = {
  __typename?: 'DisclosureExecution';
  contentSha256: Scalars['String']['output'];
  /** The package (JSON) exactly as logged: deliver it to the recipient. It is not stored; only its hash is kept. */
  package: Scalars['String']['output'];
  request: DisclosureRequest;
};

/** Who receives the data */
export type DisclosureRecipient = {
  __typename?: 'DisclosureRecipient';
  /** Where the data is delivered */
  address: Scalars['String']['output'];
  /** Y-tunnus of a Finnish organisation */
  businessId?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code */
  country: Scalars['String']['output'];
  /** A foreign organisation's registration number */
  foreignId?: Maybe<Scalars['String']['output']>;
  /** In the EEA: false makes the disclosure a third-country transfer */
  inEea: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** The recipient: an organisation, its identifier and where the data goes */
export type DisclosureRecipientInput = {
  /** Delivery address (postal or secure electronic) */
  address: Scalars['String']['input'];
  /** Y-tunnus (required for a Finnish recipient) */
  businessId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. FI, SE, US */
  country: Scalars['String']['input'];
  /** A foreign organisation's registration number */
  foreignId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** A request to disclose one person's named data to one recipient; the controller decides */
export type DisclosureRequest = {
  __typename?: 'DisclosureRequest';
  basis: DisclosureBasis;
  /** Data categories (dataCategories keys of the register's tenant file) */
  categories: Array<Scalars['String']['output']>;
  /** SHA-256 of the package, as in the disclosure log */
  contentSha256?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The controller's reasons for approving or refusing */
  decisionReason?: Maybe<Scalars['String']['output']>;
  executedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Only data from this day on, YYYY-MM-DD */
  periodFrom?: Maybe<Scalars['String']['output']>;
  /** Only data up to this day, YYYY-MM-DD */
  periodTo?: Maybe<Scalars['String']['output']>;
  /** The person whose data would be disclosed */
  personId: Scalars['ID']['output'];
  recipient: DisclosureRecipient;
  registeredAt: Scalars['DateTimeISO']['output'];
  status: DisclosureStatus;
  transferSafeguards: TransferSafeguardsView;
};

/** Where a disclosure request stands */
export type DisclosureStatus = 'APPROVED' | 'EXECUTED' | 'PENDING' | 'REFUSED';

/** The DPO's assessment of a third country's actual level of protection */
export type DpoAssessment = {
  __typename?: 'DpoAssessment';
  by: Scalars['String']['output'];
  conclusion: Scalars['String']['output'];
  /** YYYY-MM-DD */
  on: Scalars['String']['output'];
};

/** The DPO's assessment of the third country */
export type DpoAssessmentInput = {
  /** Who assessed (the DPO by name) */
  by: Scalars['String']['input'];
  conclusion: Scalars['String']['input'];
  /** When, YYYY-MM-DD; not in the future */
  on: Scalars['String']['input'];
};

/** A coach's emergency access to an unassigned client: who, which client, why, when; and its review */
export type EmergencyAccess = {
  __typename?: 'EmergencyAccess';
  clientFirstName: Scalars['String']['output'];
  clientLastName: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTimeISO']['output'];
  openedByName: Scalars['String']['output'];
  openedByUserId: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  reviewedByUserId?: Maybe<Scalars['ID']['output']>;
};

export type EndAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  /** YYYY-MM-DD: the last day of the relationship */
  endsOn: Scalars['String']['input'];
};

/** The public enrolment form */
export type EnrolInput = {
  company: EnrolmentCompanyInput;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** Generated by the client once per form, 8–100 characters [A-Za-z0-9._:-]; resubmitting it is safe */
  idempotencyKey: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  mobile: Scalars['String']['input'];
  /** Henkilötunnus, all 11 characters */
  personalIdentityCode: Scalars['String']['input'];
  /** The participant's position at the company */
  position: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

/** The participant's employer: contact and billing details */
export type EnrolmentCompanyInput = {
  /** Where invoices go when there is no e-invoice address */
  billingEmail?: InputMaybe<Scalars['String']['input']>;
  /** Y-tunnus, e.g. 1508035-7 (check digit verified) */
  businessId: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone: Scalars['String']['input'];
  /** With eInvoiceOperator; or give billingEmail */
  eInvoiceAddress?: InputMaybe<Scalars['String']['input']>;
  /** The e-invoice operator's code, e.g. E204503 */
  eInvoiceOperator?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters */
  name: Scalars['String']['input'];
};

/** The form's receipt: never any stored personal data (the form must not reveal a person's data) */
export type EnrolmentReceipt = {
  __typename?: 'EnrolmentReceipt';
  enrolmentId: Scalars['ID']['output'];
  session: EnrolmentSession;
  status: EnrolmentStatus;
};

/** When and where the enrolled session is */
export type EnrolmentSession = {
  __typename?: 'EnrolmentSession';
  place: Scalars['String']['output'];
  starts: Scalars['DateTimeISO']['output'];
};

export type EnrolmentStatus = 'ENROLLED';

/** Assessment (arviointi), coaching (valmennus), statement (lausunto) or observation (havainnointi) */
export type EntryKind = 'ASSESSMENT' | 'COACHING' | 'OBSERVATION' | 'STATEMENT';

/** A version of an entry; corrections keep the earlier ones */
export type EntryVersion = {
  __typename?: 'EntryVersion';
  authorId: Scalars['ID']['output'];
  authorName: Scalars['String']['output'];
  content: Scalars['String']['output'];
  /** Why this version corrected the one before; null on the first */
  correctionReason?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** This version: pass the latest to correctEntry or releaseStatement */
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** The controller's decision to erase, on an erasure request with a checked identity */
export type EraseOnRequestInput = {
  /** The data-category keys to erase; omitted: everything about the person in this register */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The decision’s reasoning (no personal data: it is kept in the certificate) */
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

/** A data category erased, and how many rows went */
export type ErasedCategory = {
  __typename?: 'ErasedCategory';
  category: Scalars['String']['output'];
  /** Rows deleted or cleared for the category (shared rows count once per category) */
  rows: Scalars['Int']['output'];
};

/** The erasure certificate: what was erased and kept, when, under which request and decision — never a name, henkilötunnus, contact data or the person’s id */
export type ErasureCertificate = {
  __typename?: 'ErasureCertificate';
  /** Everything about the person was erased: the person is no longer in the register */
  complete: Scalars['Boolean']['output'];
  decidedAt: Scalars['DateTimeISO']['output'];
  decidedBy: Scalars['ID']['output'];
  decisionReason: Scalars['String']['output'];
  erased: Array<ErasedCategory>;
  id: Scalars['ID']['output'];
  kept: Array<KeptCategory>;
  requestId: Scalars['ID']['output'];
};

export type ExamAttempt = {
  __typename?: 'ExamAttempt';
  /** 1 for the first attempt, then each retake */
  attemptNumber: Scalars['Int']['output'];
  evidence: Array<ExamEvidence>;
  id: Scalars['ID']['output'];
  passed: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedBy: Scalars['ID']['output'];
  /** Percent; null when the type has no pass mark and none was given */
  score?: Maybe<Scalars['Float']['output']>;
  /** YYYY-MM-DD */
  takenOn: Scalars['String']['output'];
};

/** A scanned exam sheet: its metadata (examEvidence downloads the content) */
export type ExamEvidence = {
  __typename?: 'ExamEvidence';
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** From the content: application/pdf, image/jpeg or image/png */
  mediaType: Scalars['String']['output'];
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTimeISO']['output'];
  uploadedBy: Scalars['ID']['output'];
};

/** A scan with its content; every download is use-logged */
export type ExamEvidenceContent = {
  __typename?: 'ExamEvidenceContent';
  /** The content, base64 */
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** From the content: application/pdf, image/jpeg or image/png */
  mediaType: Scalars['String']['output'];
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTimeISO']['output'];
  uploadedBy: Scalars['ID']['output'];
};

/** A card whose validity ends soon: for renewal (the latest card of its type only) */
export type ExpiringCard = {
  __typename?: 'ExpiringCard';
  cardId: Scalars['ID']['output'];
  cardNumber: Scalars['String']['output'];
  cardTypeName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  validUntil: Scalars['String']['output'];
};

/** Extend the deadline (GDPR 12(3)): only within the first month, with the reason told */
export type ExtendRightsRequestInput = {
  /** 1 or 2 further months */
  months: Scalars['Int']['input'];
  /** The reason, as told to the person */
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

/** The client's gender as they state it (never derived from the henkilötunnus) */
export type Gender = 'FEMALE' | 'MALE' | 'NOT_TOLD' | 'OTHER';

/** Grant or renew a trainer's scheme authorisation for a card type */
export type GrantTrainerAuthorisationInput = {
  cardTypeId: Scalars['ID']['input'];
  /** A user holding TRAINER in this tenant */
  trainerUserId: Scalars['ID']['input'];
  /** YYYY-MM-DD, not in the past: the last day the authorisation is valid */
  validUntil: Scalars['String']['input'];
};

/** An entry of the client timeline, as its latest version */
export type GuidanceEntry = {
  __typename?: 'GuidanceEntry';
  authorId: Scalars['ID']['output'];
  authorName: Scalars['String']['output'];
  /** A data category of the register's tenant file */
  category: Scalars['String']['output'];
  content: Scalars['String']['output'];
  /** Why this version corrected the one before; null on the first */
  correctionReason?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The entry across its versions (the id of its first version) */
  entryId: Scalars['ID']['output'];
  /** The earlier versions, oldest first, with their reasons */
  history: Array<EntryVersion>;
  /** This version: pass the latest to correctEntry or releaseStatement */
  id: Scalars['ID']['output'];
  kind: EntryKind;
  personId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  versionCount: Scalars['Int']['output'];
};

/** Työelämäosallisuus, työhönkuntoutus or työhönvalmennus */
export type GuidanceService = 'JOB_COACHING' | 'VOCATIONAL_REHABILITATION' | 'WORK_LIFE_PARTICIPATION';

/** A hold named in an erasure outcome */
export type HoldReference = {
  __typename?: 'HoldReference';
  endsOn: Scalars['String']['output'];
  kind: LegalHoldKind;
  reference: Scalars['String']['output'];
};

/** Identity checked against a document at the training: what, who, when */
export type IdentityCheck = {
  __typename?: 'IdentityCheck';
  checkedAt: Scalars['DateTimeISO']['output'];
  /** The staff member who checked */
  checkedBy: Trainer;
  documentType: IdentityDocumentType;
  /** The document carries a photo */
  photoId: Scalars['Boolean']['output'];
};

/** The document identity was checked against; KELA_CARD carries no photo (not enough for a photo-ID type) */
export type IdentityDocumentType =
  'DRIVING_LICENCE' | 'FOREIGNERS_PASSPORT' | 'IDENTITY_CARD' | 'KELA_CARD' | 'PASSPORT' | 'RESIDENCE_PERMIT';

/** How the requester's identity was checked before anything is handed out (GDPR 12(6)) */
export type IdentityMethod =
  'ID_DOCUMENT' | 'KNOWN_IN_PERSON' | 'STRONG_ELECTRONIC_IDENTIFICATION' | 'VERIFIED_SIGNATURE';

/** An invoice for one enrolment, billed to the company */
export type Invoice = {
  __typename?: 'Invoice';
  amountCents: Scalars['Int']['output'];
  companyId: Scalars['ID']['output'];
  companyName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  enrolmentId: Scalars['ID']['output'];
  /** Oldest first, from the creation */
  history: Array<InvoiceStatusChange>;
  id: Scalars['ID']['output'];
  /** The participant the invoice is for */
  personId: Scalars['ID']['output'];
  /** Finnish reference number (viitenumero) */
  reference: Scalars['String']['output'];
  status: InvoiceStatus;
};

/** OPEN → PAID | IN_COLLECTION | CREDITED; IN_COLLECTION → PAID | CREDITED; PAID and CREDITED are final */
export type InvoiceStatus = 'CREDITED' | 'IN_COLLECTION' | 'OPEN' | 'PAID';

/** One status an invoice took: by whom, when, why */
export type InvoiceStatusChange = {
  __typename?: 'InvoiceStatusChange';
  changedAt: Scalars['DateTimeISO']['output'];
  changedBy: Scalars['ID']['output'];
  /** Null when the invoice was created */
  from?: Maybe<InvoiceStatus>;
  note?: Maybe<Scalars['String']['output']>;
  to: InvoiceStatus;
};

/** Issue the card of a passed exam with a checked identity */
export type IssueCardInput = {
  /** The scheme's card number, 1–40 of A–Z 0–9 - /; default a generated <TYPE>-<year>-<n> */
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  enrolmentId: Scalars['ID']['input'];
  /** YYYY-MM-DD, not before completion; default today */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  /** A refresher: renews the latest earlier card of the type (only while valid if the type says so) */
  refresher?: Scalars['Boolean']['input'];
};

export type IssueTemporaryCertificateInput = {
  /** Days valid, 1 to the type's temporaryCertificateMaxDays */
  days: Scalars['Int']['input'];
  enrolmentId: Scalars['ID']['input'];
};

/** A data category kept, and why */
export type KeptCategory = {
  __typename?: 'KeptCategory';
  category: Scalars['String']['output'];
  /** The holds that keep it (none when kept for another reason) */
  holds: Array<HoldReference>;
  reason: Scalars['String']['output'];
};

/** A legal hold: keeps the named data categories of a person until its end date */
export type LegalHold = {
  __typename?: 'LegalHold';
  /** The hold keeps data today */
  active: Scalars['Boolean']['output'];
  /** Data-category keys of the register's tenant file that the hold keeps */
  categories: Array<Scalars['String']['output']>;
  /** The last day the hold keeps data (YYYY-MM-DD) */
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: LegalHoldKind;
  /** Null for a hold computed from another register (an open invoice) */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The statute, invoice, case or court order number */
  reference: Scalars['String']['output'];
};

/** What keeps data from erasure (GDPR 17(3); the notices): a statute, an open invoice, debt collection, an authority's process, a court protection order (turvaamistoimi) */
export type LegalHoldKind = 'AUTHORITY_PROCESS' | 'COURT_ORDER' | 'DEBT_COLLECTION' | 'LAW' | 'OPEN_INVOICE';

/** Lift an active restriction; the person is told by email (GDPR 18(3)) */
export type LiftRestrictionInput = {
  personId: Scalars['ID']['input'];
  /** Why the restriction ends */
  reason: Scalars['String']['input'];
};

/** Käyttöloki (use log) or luovutusloki (disclosure log) */
export type LogName = 'DISCLOSURE_LOG' | 'USE_LOG';

/** Log report (Act 703/2023 § 11): uses and disclosures of the person's data since `from` */
export type LogReport = {
  __typename?: 'LogReport';
  disclosures: Array<LogReportDisclosure>;
  /** First day covered: two years back, or older with a recorded special reason */
  from: Scalars['String']['output'];
  generatedAt: Scalars['DateTimeISO']['output'];
  requestId: Scalars['String']['output'];
  specialReason?: Maybe<Scalars['String']['output']>;
  uses: Array<LogReportUse>;
};

/** A disclosure of the person's data (luovutusloki) */
export type LogReportDisclosure = {
  __typename?: 'LogReportDisclosure';
  dataSet: Array<Scalars['String']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  operation?: Maybe<Scalars['String']['output']>;
  organisationName?: Maybe<Scalars['String']['output']>;
  recipientBusinessId?: Maybe<Scalars['String']['output']>;
  recipientCountry?: Maybe<Scalars['String']['output']>;
  recipientName: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
  /** The user who made the disclosure */
  userName?: Maybe<Scalars['String']['output']>;
};

/** A use of the person's data: who, when, what, on what basis (käyttöloki) */
export type LogReportUse = {
  __typename?: 'LogReportUse';
  /** The basis of the use, e.g. CLIENT_RELATIONSHIP */
  basis: Scalars['String']['output'];
  data: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  operation: Scalars['String']['output'];
  organisationName?: Maybe<Scalars['String']['output']>;
  /** A stated reason (emergency access, a rights request…) */
  reason?: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  seq: Scalars['Int']['output'];
  /** The user who used the data */
  userName?: Maybe<Scalars['String']['output']>;
};

/** The result of re-computing a log's hash chain */
export type LogVerification = {
  __typename?: 'LogVerification';
  /** Sequence number of the first broken link */
  brokenAt?: Maybe<Scalars['Int']['output']>;
  /** Entries checked before the first broken link (all of them when intact) */
  checked: Scalars['Int']['output'];
  intact: Scalars['Boolean']['output'];
  log: LogName;
  problem?: Maybe<Scalars['String']['output']>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** For an account with a second factor: a 6-digit code from the authenticator app, or a recovery code. Without it such an account gets SECOND_FACTOR_REQUIRED (reason CODE_MISSING) */
  secondFactorCode?: InputMaybe<Scalars['String']['input']>;
};

/** Who a training announcement is for: holders of a card type, or with expiringWithinDays those whose latest card of the type expires within that many days. Everyone who opted out of marketing, objected to processing or profiling (pending or upheld), whose data is restricted, or who has no email is left out */
export type MarketingAudienceInput = {
  cardTypeId: Scalars['ID']['input'];
  /** 1–730 days from today */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** How many an announcement would reach now; never who (the audience is not disclosed) */
export type MarketingAudienceSize = {
  __typename?: 'MarketingAudienceSize';
  /** People matching the criteria but left out (opt-out, objection, restriction, no email) */
  excluded: Scalars['Int']['output'];
  /** People who would get the announcement */
  size: Scalars['Int']['output'];
};

/** A person's direct-marketing opt-out (an upheld objection to direct marketing, GDPR 21(2)) */
export type MarketingOptOut = {
  __typename?: 'MarketingOptOut';
  channel?: Maybe<OptOutChannel>;
  optedOut: Scalars['Boolean']['output'];
  personId: Scalars['ID']['output'];
  since?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type MatchRightsRequestPersonInput = {
  personId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
};

/** The signed-in principal */
export type Me = {
  __typename?: 'Me';
  /** The membership in the tenant this request names */
  current?: Maybe<TenantMembership>;
  memberships: Array<TenantMembership>;
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The scheme acknowledged a sent report */
  acknowledgeSchemeReport: SchemeReport;
  /** Write an entry; a consent-gated category needs active consent */
  addEntry: GuidanceEntry;
  /** The client answers through the one-time link (public; works once; needs guidance consent) */
  answerSurvey: SurveySubmission;
  /** Assign a coach (a COACH of this tenant) to a client for a period */
  assignCoach: Assignment;
  /** Put a trainer on a session: a TRAINER here, authorised for the type through the session if required */
  assignSessionTrainer: TrainingSession;
  /** Attach an exam sheet scan (PDF, JPEG, PNG by content) to an attempt */
  attachExamEvidence: ExamEvidence;
  /** Start enrolling a TOTP authenticator app */
  beginSecondFactorEnrolment: SecondFactorEnrolment;
  /** Move an invoice along its states; CONFLICT for a transition not allowed */
  changeInvoiceStatus: Invoice;
  /** Fill a participant's missing henkilötunnus, email or mobile */
  completeParticipantData: Participant;
  /** The controller's decision: completed */
  completeRightsRequest: RightsRequest;
  /** Confirm the app with its first code: the factor is on; recovery codes are shown once */
  confirmSecondFactorEnrolment: SecondFactorConfirmation;
  /** Copy a survey into a new draft */
  copySurvey: Survey;
  /** Correct the latest version of an entry; the earlier one stays */
  correctEntry: GuidanceEntry;
  /** A key for an INTEGRATION principal acting for the tenant’s controller; the secret is shown only here */
  createApiKey: ApiKeySecret;
  /** Add a company (CONFLICT when its Y-tunnus is already registered) */
  createCompany: Company;
  /** Invoice an enrolment to its company (OPEN, with a new reference number); CONFLICT while one isn't credited */
  createInvoice: Invoice;
  /** A new draft survey */
  createSurvey: Survey;
  /** Plan a training session of a card type */
  createTrainingSession: TrainingSession;
  /** Confirm or reject contact details the public form proposed (confirming needs the identity check) */
  decideContactChange: Participant;
  /** The controller's decision: approve or refuse, with reasons */
  decideDisclosureRequest: DisclosureRequest;
  /** The controller upholds or rejects an objection to processing or profiling */
  decideObjection: Objection;
  /** Turn the second factor off with a current code or a recovery code */
  disableSecondFactor: Scalars['Boolean']['output'];
  /** End a client relationship on a given day */
  endAssignment: Assignment;
  /** The public enrolment form (no login; the Kaira-Tenant header names the register). Resubmitting the same idempotencyKey, or the same person and session, returns the first enrolment. SESSION_FULL when no seat is left; RATE_LIMITED (extensions.retryAfterSeconds) after too many submissions from one address */
  enrol: EnrolmentReceipt;
  /** Decide an erasure request and carry it out: erases what may be erased, legal holds keep the rest; returns the certificate */
  eraseOnRequest: ErasureCertificate;
  /** Execute an approved request once: the package is returned this once and logged by its hash */
  executeDisclosure: DisclosureExecution;
  /** Extend the deadline within the first month; the person is told why */
  extendRightsRequest: RightsRequest;
  /** Grant or renew a trainer's authorisation for a card type (replaces the expiry) */
  grantTrainerAuthorisation: TrainerAuthorisation;
  /** Issue the card of a passed exam (EXAM_NOT_PASSED, IDENTITY_NOT_CHECKED otherwise); valid until from the type's rules; a refresher renews the earlier card (REFRESHER_NOT_ALLOWED when the type needs it valid). Queues the completion for the scheme's register */
  issueCard: Participant;
  /** A temporary certificate of a passed exam, at most the type's maximum */
  issueTemporaryCertificate: Participant;
  /** Lift the active restriction (the controller only) */
  liftRestriction: PersonRestriction;
  /** Sign in with email and password */
  login: AuthPayload;
  /** End the current session: its access and refresh tokens stop working */
  logout: Scalars['Boolean']['output'];
  /** The completion was sent to the scheme: a disclosure, written to the disclosure log */
  markSchemeReportSent: SchemeReport;
  /** Match a request registered by stated identity to the person */
  matchRightsRequestPerson: RightsRequest;
  /** Open an unassigned client for 4 hours with a stated reason; logged and queued for review */
  openEmergencyAccess: Client;
  /** Record or correct attendance */
  recordAttendance: Participant;
  /** Record the client's written consent */
  recordConsent: ConsentLedgerEntry;
  /** Record an exam attempt. IDENTITY_NOT_CHECKED / PHOTO_ID_REQUIRED without a suitable identity check; RETAKE_LIMIT_REACHED after the first attempt and maxRetakes retakes */
  recordExamAttempt: Participant;
  /** Record the identity check: the document; who and when are recorded */
  recordIdentityCheck: Participant;
  /** Record a legal hold that keeps categories of the person's data */
  recordLegalHold: LegalHold;
  /** Record the person's opt-out from direct marketing (at once) */
  recordMarketingOptOut: MarketingOptOut;
  /** Record an objection: to direct marketing it is upheld at once (absolute); to processing or profiling it waits for the controller */
  recordObjection: Objection;
  /** Record a walk-in participant on a session (SESSION_FULL when no seat is left) */
  recordParticipant: Participant;
  /** Record a referral / service period of a client */
  recordServicePeriod: ServicePeriod;
  /** Record the safeguards a third-country transfer needs */
  recordTransferSafeguards: DisclosureRequest;
  /** Rectify the person's basic data (GDPR 16); recipients are told */
  rectifyPerson: Rectification;
  /** Exchange a refresh token (once) for new tokens */
  refreshSession: AuthPayload;
  /** The controller's decision: refused, with the right to appeal */
  refuseRightsRequest: RightsRequest;
  /** Add a client: the person and the client profile */
  registerClient: Client;
  /** Register a request to disclose named data; the controller decides */
  registerDisclosureRequest: DisclosureRequest;
  /** Add a person to the register */
  registerPerson: Person;
  /** Register a request as received; due one month from receipt */
  registerRightsRequest: RightsRequest;
  /** The scheme rejected a sent report, with its reason */
  rejectSchemeReport: SchemeReport;
  /** Release a statement to the referring organisation (a disclosure, with the client’s consent) */
  releaseStatement: ReleasedStatement;
  /** Restrict the person's data (GDPR 18): every write touching them fails with RESTRICTED until lifted */
  restrictPerson: PersonRestriction;
  /** Show the full henkilötunnus for a stated purpose (use-logged) */
  revealPersonalIdentityCode: RevealedIdentityCode;
  /** Mark an emergency access reviewed, with a note */
  reviewEmergencyAccess: EmergencyAccess;
  /** Stop the key at once, for good */
  revokeApiKey: ApiKey;
  /** A new secret for the key; the old one stops (after graceMinutes) */
  rotateApiKey: ApiKeySecret;
  /** Email the company's contact person a link to its employees' cards (works 14 days; every view is a logged disclosure to the company) */
  sendCompanyCardLink: CompanyCardLinkSent;
  /** Email a message to clients; the register keeps what was sent */
  sendMessage: ClientMessage;
  /** Email the survey to clients, each with a one-time link; the survey is then no longer edited */
  sendSurvey: SurveySending;
  /** Email a training announcement to the audience as it is now: one message each, with an unsubscribe link */
  sendTrainingAnnouncement: TrainingAnnouncementSent;
  /** Log report: the period, older than two years only with a reason */
  setLogReportPeriod: RightsRequest;
  /** Move a service period on: referred → active → closed, or cancelled */
  setServicePeriodStatus: ServicePeriod;
  /** Take the request into handling */
  startRightsRequest: RightsRequest;
  /** The person opts out through the one-time link in an announcement (public; works once: TOKEN_USED; RATE_LIMITED per address) */
  unsubscribe: Unsubscribed;
  /** Edit a card type's catalogue fields */
  updateCardType: CardType;
  /** Change the client profile; the earlier values are kept with the reason */
  updateClientProfile: Client;
  /** Change a company's name, Y-tunnus, contact or billing details */
  updateCompany: Company;
  /** Change contact details; the earlier values are kept with the reason */
  updatePersonContact: Person;
  /** Edit a draft; a sent survey is not edited (CONFLICT: copy it) */
  updateSurvey: Survey;
  /** Change a session's time, place, language, mode or capacity */
  updateTrainingSession: TrainingSession;
  /** Record the requester's identity check */
  verifyRequesterIdentity: RightsRequest;
  /** Record a withdrawal of consent; it takes effect at once */
  withdrawConsent: ConsentLedgerEntry;
};

export type MutationAcknowledgeSchemeReportArgs = {
  id: Scalars['ID']['input'];
};

export type MutationAddEntryArgs = {
  input: AddEntryInput;
};

export type MutationAnswerSurveyArgs = {
  input: AnswerSurveyInput;
};

export type MutationAssignCoachArgs = {
  input: AssignCoachInput;
};

export type MutationAssignSessionTrainerArgs = {
  input: AssignSessionTrainerInput;
};

export type MutationAttachExamEvidenceArgs = {
  input: AttachExamEvidenceInput;
};

export type MutationChangeInvoiceStatusArgs = {
  input: ChangeInvoiceStatusInput;
};

export type MutationCompleteParticipantDataArgs = {
  input: CompleteParticipantDataInput;
};

export type MutationCompleteRightsRequestArgs = {
  input: CompleteRightsRequestInput;
};

export type MutationConfirmSecondFactorEnrolmentArgs = {
  input: SecondFactorCodeInput;
};

export type MutationCopySurveyArgs = {
  input: CopySurveyInput;
};

export type MutationCorrectEntryArgs = {
  input: CorrectEntryInput;
};

export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};

export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};

export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};

export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};

export type MutationCreateTrainingSessionArgs = {
  input: CreateTrainingSessionInput;
};

export type MutationDecideContactChangeArgs = {
  input: DecideContactChangeInput;
};

export type MutationDecideDisclosureRequestArgs = {
  input: DecideDisclosureRequestInput;
};

export type MutationDecideObjectionArgs = {
  input: DecideObjectionInput;
};

export type MutationDisableSecondFactorArgs = {
  input: SecondFactorCodeInput;
};

export type MutationEndAssignmentArgs = {
  input: EndAssignmentInput;
};

export type MutationEnrolArgs = {
  input: EnrolInput;
};

export type MutationEraseOnRequestArgs = {
  input: EraseOnRequestInput;
};

export type MutationExecuteDisclosureArgs = {
  id: Scalars['ID']['input'];
};

export type MutationExtendRightsRequestArgs = {
  input: ExtendRightsRequestInput;
};

export type MutationGrantTrainerAuthorisationArgs = {
  input: GrantTrainerAuthorisationInput;
};

export type MutationIssueCardArgs = {
  input: IssueCardInput;
};

export type MutationIssueTemporaryCertificateArgs = {
  input: IssueTemporaryCertificateInput;
};

export type MutationLiftRestrictionArgs = {
  input: LiftRestrictionInput;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationMarkSchemeReportSentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationMatchRightsRequestPersonArgs = {
  input: MatchRightsRequestPersonInput;
};

export type MutationOpenEmergencyAccessArgs = {
  input: OpenEmergencyAccessInput;
};

export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};

export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};

export type MutationRecordExamAttemptArgs = {
  input: RecordExamAttemptInput;
};

export type MutationRecordIdentityCheckArgs = {
  input: RecordIdentityCheckInput;
};

export type MutationRecordLegalHoldArgs = {
  input: RecordLegalHoldInput;
};

export type MutationRecordMarketingOptOutArgs = {
  input: RecordMarketingOptOutInput;
};

export type MutationRecordObjectionArgs = {
  input: RecordObjectionInput;
};

export type MutationRecordParticipantArgs = {
  input: RecordParticipantInput;
};

export type MutationRecordServicePeriodArgs = {
  input: RecordServicePeriodInput;
};

export type MutationRecordTransferSafeguardsArgs = {
  input: RecordTransferSafeguardsInput;
};

export type MutationRectifyPersonArgs = {
  input: RectifyPersonInput;
};

export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};

export type MutationRefuseRightsRequestArgs = {
  input: RefuseRightsRequestInput;
};

export type MutationRegisterClientArgs = {
  input: RegisterClientInput;
};

export type MutationRegisterDisclosureRequestArgs = {
  input: RegisterDisclosureRequestInput;
};

export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};

export type MutationRegisterRightsRequestArgs = {
  input: RegisterRightsRequestInput;
};

export type MutationRejectSchemeReportArgs = {
  input: RejectSchemeReportInput;
};

export type MutationReleaseStatementArgs = {
  input: ReleaseStatementInput;
};

export type MutationRestrictPersonArgs = {
  input: RestrictPersonInput;
};

export type MutationRevealPersonalIdentityCodeArgs = {
  input: RevealPersonalIdentityCodeInput;
};

export type MutationReviewEmergencyAccessArgs = {
  input: ReviewEmergencyAccessInput;
};

export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};

export type MutationRotateApiKeyArgs = {
  input: RotateApiKeyInput;
};

export type MutationSendCompanyCardLinkArgs = {
  input: SendCompanyCardLinkInput;
};

export type MutationSendMessageArgs = {
  input: SendMessageInput;
};

export type MutationSendSurveyArgs = {
  input: SendSurveyInput;
};

export type MutationSendTrainingAnnouncementArgs = {
  input: SendTrainingAnnouncementInput;
};

export type MutationSetLogReportPeriodArgs = {
  input: SetLogReportPeriodInput;
};

export type MutationSetServicePeriodStatusArgs = {
  input: SetServicePeriodStatusInput;
};

export type MutationStartRightsRequestArgs = {
  input: StartRightsRequestInput;
};

export type MutationUnsubscribeArgs = {
  input: UnsubscribeInput;
};

export type MutationUpdateCardTypeArgs = {
  input: UpdateCardTypeInput;
};

export type MutationUpdateClientProfileArgs = {
  input: UpdateClientProfileInput;
};

export type MutationUpdateCompanyArgs = {
  input: UpdateCompanyInput;
};

export type MutationUpdatePersonContactArgs = {
  input: UpdatePersonContactInput;
};

export type MutationUpdateSurveyArgs = {
  input: UpdateSurveyInput;
};

export type MutationUpdateTrainingSessionArgs = {
  input: UpdateTrainingSessionInput;
};

export type MutationVerifyRequesterIdentityArgs = {
  input: VerifyRequesterIdentityInput;
};

export type MutationWithdrawConsentArgs = {
  input: WithdrawConsentInput;
};

/** A language the notices are published in */
export type NoticeLanguage = 'EN' | 'FI';

/** One section of a privacy notice */
export type NoticeSection = {
  __typename?: 'NoticeSection';
  heading: Scalars['String']['output'];
  /** Stable key, the same in every language (e.g. purposes, retention) */
  key: Scalars['String']['output'];
  paragraphs: Array<Scalars['String']['output']>;
};

/** A person's objection (GDPR 21, 22) and the controller's decision */
export type Objection = {
  __typename?: 'Objection';
  channel: ObjectionChannel;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The decision as given to the person; a rejection states the grounds and the right to complain */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The person's grounds as they stated them */
  grounds?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ObjectionKind;
  personId: Scalars['ID']['output'];
  receivedAt: Scalars['DateTimeISO']['output'];
  status: ObjectionStatus;
};

/** How the objection reached the register */
export type ObjectionChannel = 'RIGHTS_REQUEST' | 'STAFF' | 'UNSUBSCRIBE_LINK';

/** DIRECT_MARKETING: absolute and immediate (GDPR 21(2–3)); PROCESSING: on grounds of the person’s situation (21(1)); PROFILING: profiling and automated decisions (21(1), 22) */
export type ObjectionKind = 'DIRECT_MARKETING' | 'PROCESSING' | 'PROFILING';

/** PENDING: awaiting the controller; UPHELD: processing stops; REJECTED: compelling grounds stated */
export type ObjectionStatus = 'PENDING' | 'REJECTED' | 'UPHELD';

export type OpenEmergencyAccessInput = {
  personId: Scalars['ID']['input'];
  /** Why the client must be opened now, at least 20 characters; use-logged */
  reason: Scalars['String']['input'];
};

/** How the person opted out */
export type OptOutChannel = 'RIGHTS_REQUEST' | 'STAFF' | 'UNSUBSCRIBE_LINK';

/** An organisation: controller, processor or purchaser */
export type Organisation = {
  __typename?: 'Organisation';
  /** Y-tunnus */
  businessId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['ID']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A participant's card-training record on one session (an enrolment) */
export type Participant = {
  __typename?: 'Participant';
  /** Attempts still allowed (first attempt + maxRetakes); null: unlimited */
  attemptsLeft?: Maybe<Scalars['Int']['output']>;
  attendance?: Maybe<Attendance>;
  card?: Maybe<Card>;
  cardType: CardType;
  company: ParticipantCompany;
  enrolledAt: Scalars['DateTimeISO']['output'];
  enrolmentId: Scalars['ID']['output'];
  examAttempts: Array<ExamAttempt>;
  identityCheck?: Maybe<IdentityCheck>;
  pendingContactChanges: Array<PendingContactChange>;
  person: ParticipantPerson;
  position: Scalars['String']['output'];
  session: ParticipantSession;
  temporaryCertificate?: Maybe<TemporaryCertificate>;
};

/** The participant's employer: its name only (no billing details) */
export type ParticipantCompany = {
  __typename?: 'ParticipantCompany';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The participant; the henkilötunnus only masked */
export type ParticipantPerson = {
  __typename?: 'ParticipantPerson';
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  mobile?: Maybe<Scalars['String']['output']>;
  personalIdentityCodeMasked?: Maybe<Scalars['String']['output']>;
};

export type ParticipantSession = {
  __typename?: 'ParticipantSession';
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  place: Scalars['String']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
};

/** Contact details the public form proposed for a person already in the register */
export type PendingContactChange = {
  __typename?: 'PendingContactChange';
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** null: waiting for staff */
  decision?: Maybe<ContactChangeDecision>;
  id: Scalars['ID']['output'];
  proposedEmail?: Maybe<Scalars['String']['output']>;
  proposedMobile?: Maybe<Scalars['String']['output']>;
};

/** A data subject: a trainee or a client */
export type Person = {
  __typename?: 'Person';
  createdAt: Scalars['DateTimeISO']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The henkilötunnus is a temporary code (individual number 900–999) */
  identityCodeTemporary: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** Henkilötunnus with the individual part hidden; revealPersonalIdentityCode shows it whole */
  personalIdentityCodeMasked?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
};

/** A restriction of processing of a person's data (GDPR 18): active until lifted */
export type PersonRestriction = {
  __typename?: 'PersonRestriction';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  liftReason?: Maybe<Scalars['String']['output']>;
  /** Null while the restriction is on */
  liftedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  liftedBy?: Maybe<Scalars['ID']['output']>;
  personId: Scalars['ID']['output'];
  /** Why the person asked for restriction (GDPR 18(1) a–d) */
  reason: Scalars['String']['output'];
  restrictedAt: Scalars['DateTimeISO']['output'];
  restrictedBy: Scalars['ID']['output'];
};

/** A register's privacy notice (tietosuojaseloste), rendered from its tenant file */
export type PrivacyNotice = {
  __typename?: 'PrivacyNotice';
  language: NoticeLanguage;
  /** Path of the readable page, e.g. /privacy/eduro-training?lang=fi */
  pagePath: Scalars['String']['output'];
  registerName: Scalars['String']['output'];
  /** YYYY-MM-DD */
  reviewedOn: Scalars['String']['output'];
  sections: Array<NoticeSection>;
  /** The tenant's slug */
  tenant: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A record of processing activities (GDPR Art. 30) */
export type ProcessingRecord = {
  __typename?: 'ProcessingRecord';
  items: Array<ProcessingRecordItem>;
  /** The organisation that keeps this record */
  keptBy: Scalars['String']['output'];
  kind: ProcessingRecordKind;
  language: NoticeLanguage;
  tenant: Scalars['String']['output'];
};

/** One point of an Art. 30 record */
export type ProcessingRecordItem = {
  __typename?: 'ProcessingRecordItem';
  /** e.g. 30(1)(b) */
  article: Scalars['String']['output'];
  label: Scalars['String']['output'];
  values: Array<Scalars['String']['output']>;
};

/** GDPR 30(1) controller's or 30(2) processor's record */
export type ProcessingRecordKind = 'CONTROLLER' | 'PROCESSOR';

/** A survey as the client sees it through the one-time link: nothing about the client */
export type PublicSurvey = {
  __typename?: 'PublicSurvey';
  /** Its controller (rekisterinpitäjä) */
  controllerName: Scalars['String']['output'];
  /** The link works until then, once */
  expiresAt: Scalars['DateTimeISO']['output'];
  intro?: Maybe<Scalars['String']['output']>;
  /** Path of the register's privacy notice page, e.g. /privacy/eduro-guidance */
  privacyNoticePath: Scalars['String']['output'];
  questions: Array<SurveyQuestion>;
  /** The register that asks (rekisteri) */
  registerName: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** What kind of purchaser or referring party */
export type PurchaserKind = 'INSURER' | 'KELA' | 'MUNICIPALITY' | 'PRIVATE_PROVIDER' | 'SCHOOL' | 'TE_ADMINISTRATION';

/** An organisation that purchases guidance services or refers clients to them */
export type PurchaserOrganisation = {
  __typename?: 'PurchaserOrganisation';
  /** Y-tunnus */
  businessId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind?: Maybe<PurchaserKind>;
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** GDPR 15: everything about the person in this register, as JSON */
  accessReport: Scalars['JSONObject']['output'];
  /** GDPR 15: the access report as a self-contained, escaped HTML page in Finnish or English */
  accessReportHtml: Scalars['String']['output'];
  /** The tenant's integration keys (ADMIN) */
  apiKeys: Array<ApiKey>;
  /** Enrolments to sessions starting in the period, with the billing details of the company (OFFICE, INTEGRATION) */
  billingExport: Array<BillingExportRow>;
  /** The card-training catalogue: card types and their schemes' rules */
  cardTypes: Array<CardType>;
  /** One client, if the member may open it; use-logged with the basis */
  client: Client;
  /** The client's entries, latest versions with their history (use-logged) */
  clientEntries: Array<GuidanceEntry>;
  /** Messages sent to the client, newest first (use-logged) */
  clientMessages: Array<ClientMessage>;
  /** The client's survey answers, newest first (use-logged) */
  clientSurveyAnswers: Array<SurveyResponse>;
  /** The register's clients, by name; use-logged */
  clients: ClientConnection;
  /** Companies with their contact and billing details, by name */
  companies: Array<Company>;
  /** One company with its contact and billing details */
  company: Company;
  /** The company's employees' cards behind an emailed link (public; the token decides; NOT_FOUND or TOKEN_EXPIRED). Each view is written to the disclosure log */
  companyCardReport: CompanyCardReport;
  /** The scheme's completions in a state, oldest first (PENDING: what to send next); use-logged */
  completionsForScheme: Array<SchemeReport>;
  /** The client's consent ledger: every record, who, when (use-logged) */
  consentLedger: Array<ConsentLedgerEntry>;
  /** Which consent-gated categories accept data now, and why (use-logged) */
  consentStatus: ConsentStatus;
  /** The controller's record of processing activities (GDPR 30(1)) */
  controllerProcessingRecord: ProcessingRecord;
  /** One disclosure request; use-logged */
  disclosureRequest: DisclosureRequest;
  /** Disclosure requests of the register, oldest first; use-logged */
  disclosureRequests: Array<DisclosureRequest>;
  /** Emergency accesses awaiting review, oldest first; use-logged */
  emergencyAccessReviewQueue: Array<EmergencyAccess>;
  /** What an erasure request erased and kept, and why */
  erasureCertificate: ErasureCertificate;
  /** Download a scan; every download is use-logged */
  examEvidence: ExamEvidenceContent;
  /** Cards to renew: validity ending within the days, soonest first */
  expiringCards: Array<ExpiringCard>;
  /** One invoice with its status history */
  invoice: Invoice;
  /** Invoices, newest first, optionally by status, company or person */
  invoices: Array<Invoice>;
  /** Legal holds recorded on the person, active or ended (use-logged) */
  legalHolds: Array<LegalHold>;
  /** Act 703/2023 § 11: who used or received the person's data */
  logReport: LogReport;
  /** How many a training announcement would reach now */
  marketingAudience: MarketingAudienceSize;
  /** Whether the person has opted out of direct marketing */
  marketingOptOut: MarketingOptOut;
  /** The signed-in user, their memberships, and the membership in the named tenant */
  me: Me;
  /** A coach's clients (active assignments); use-logged */
  myClients: ClientConnection;
  /** The signed-in user's second factor */
  mySecondFactor: SecondFactorStatus;
  /** One participant (enrolment) with the record */
  participant: Participant;
  /** The register's people, by name; every person returned is use-logged */
  people: PersonConnection;
  /** One person; the read is use-logged */
  person: Person;
  /** The person's objections and their decisions, newest first (use-logged) */
  personObjections: Array<Objection>;
  /** The person's restrictions of processing, newest first */
  personRestrictions: Array<PersonRestriction>;
  /** All of a person's trainings, for office work and rights requests */
  personTrainingRecord: Array<Participant>;
  /** Who used a person's data in a period (käyttöloki); this read is logged too */
  personUseLog: Array<UseLogEntry>;
  /** GDPR 20: what the person provided, as JSON valid against /schema/portability.schema.json */
  portabilityExport: Scalars['JSONObject']['output'];
  /** A register's privacy notice, public: the tenant by argument or the Kaira-Tenant header */
  privacyNotice: PrivacyNotice;
  /** The processor's record (GDPR 30(2)); NOT_FOUND in a register without a processor */
  processorProcessingRecord: ProcessingRecord;
  /** Organisations that purchase services or refer clients */
  purchaserOrganisations: Array<PurchaserOrganisation>;
  /** Clients the member's organisation referred; use-logged */
  referredClients: ClientConnection;
  /** The client's released statements; a referrer sees those released to their organisation (use-logged) */
  releasedStatements: Array<ReleasedStatement>;
  /** The register's retention runs, newest first (counts, no persons) */
  retentionRuns: Array<RetentionRun>;
  rightsRequest: RightsRequest;
  /** Open requests due soon, or overdue */
  rightsRequestQueue: Array<RightsRequest>;
  /** Rights requests of this register, by the deadline in force */
  rightsRequests: Array<RightsRequest>;
  /** Service periods overlapping the period, data-minimised for the controller's reporting */
  servicePeriodReport: Array<ServicePeriodReportRow>;
  /** A session's participants with their records; a trainer: own sessions */
  sessionParticipants: Array<Participant>;
  survey: Survey;
  /** Answers to the survey of the clients the member may read (use-logged) */
  surveyAnswers: Array<SurveyResponse>;
  /** The survey behind a one-time link, for the client (public; TOKEN_USED or TOKEN_EXPIRED) */
  surveyByToken: PublicSurvey;
  /** The register's surveys, newest first */
  surveys: Array<Survey>;
  /** Trainers' scheme authorisations and their expiry */
  trainerAuthorisations: Array<TrainerAuthorisation>;
  /** One session; a trainer opens only sessions they teach */
  trainingSession: TrainingSession;
  /** Sessions overlapping the days from–to, earliest first; a trainer sees only those they teach */
  trainingSessions: Array<TrainingSession>;
  /** Re-computes the tenant's log hash chains */
  verifyLogs: Array<LogVerification>;
};

export type QueryAccessReportArgs = {
  requestId: Scalars['ID']['input'];
};

export type QueryAccessReportHtmlArgs = {
  language?: ReportLanguage;
  requestId: Scalars['ID']['input'];
};

export type QueryBillingExportArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};

export type QueryClientEntriesArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryClientMessagesArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryClientSurveyAnswersArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCompanyCardReportArgs = {
  token: Scalars['String']['input'];
};

export type QueryCompletionsForSchemeArgs = {
  schemeOwner: Scalars['String']['input'];
  status?: SchemeReportStatus;
};

export type QueryConsentLedgerArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryConsentStatusArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryControllerProcessingRecordArgs = {
  language?: NoticeLanguage;
};

export type QueryDisclosureRequestArgs = {
  id: Scalars['ID']['input'];
};

export type QueryDisclosureRequestsArgs = {
  status?: InputMaybe<DisclosureStatus>;
};

export type QueryEmergencyAccessReviewQueueArgs = {
  first?: Scalars['Int']['input'];
};

export type QueryErasureCertificateArgs = {
  requestId: Scalars['ID']['input'];
};

export type QueryExamEvidenceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryExpiringCardsArgs = {
  cardTypeId?: InputMaybe<Scalars['ID']['input']>;
  withinDays: Scalars['Int']['input'];
};

export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInvoicesArgs = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};

export type QueryLegalHoldsArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryLogReportArgs = {
  requestId: Scalars['ID']['input'];
};

export type QueryMarketingAudienceArgs = {
  input: MarketingAudienceInput;
};

export type QueryMarketingOptOutArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryMyClientsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryParticipantArgs = {
  enrolmentId: Scalars['ID']['input'];
};

export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPersonObjectionsArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryPersonRestrictionsArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryPersonTrainingRecordArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryPersonUseLogArgs = {
  from: Scalars['DateTimeISO']['input'];
  personId: Scalars['ID']['input'];
  to: Scalars['DateTimeISO']['input'];
};

export type QueryPortabilityExportArgs = {
  requestId: Scalars['ID']['input'];
};

export type QueryPrivacyNoticeArgs = {
  language?: NoticeLanguage;
  tenant?: InputMaybe<Scalars['String']['input']>;
};

export type QueryProcessorProcessingRecordArgs = {
  language?: NoticeLanguage;
};

export type QueryReferredClientsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryReleasedStatementsArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryRetentionRunsArgs = {
  first?: Scalars['Int']['input'];
};

export type QueryRightsRequestArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRightsRequestQueueArgs = {
  queue: RightsRequestQueue;
  withinDays?: Scalars['Int']['input'];
};

export type QueryRightsRequestsArgs = {
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RightsRequestStatus>;
};

export type QueryServicePeriodReportArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type QuerySessionParticipantsArgs = {
  sessionId: Scalars['ID']['input'];
};

export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};

export type QuerySurveyAnswersArgs = {
  surveyId: Scalars['ID']['input'];
};

export type QuerySurveyByTokenArgs = {
  token: Scalars['String']['input'];
};

export type QuerySurveysArgs = {
  status?: InputMaybe<SurveyStatus>;
};

export type QueryTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};

export type QueryTrainingSessionsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** Free text, one of the choices, any of the choices, or a 1–5 scale */
export type QuestionKind = 'FREE_TEXT' | 'MULTIPLE_CHOICE' | 'SCALE' | 'SINGLE_CHOICE';

export type RecordAttendanceInput = {
  attended: Scalars['Boolean']['input'];
  enrolmentId: Scalars['ID']['input'];
};

/** A written consent the client signed (DOMAIN.md §2.2) */
export type RecordConsentInput = {
  /** Consent-gated data categories of the register's tenant file, e.g. employment */
  categories: Array<Scalars['String']['input']>;
  /** Whether the client allows disclosing data to the purchaser of the service */
  disclosesToPurchaser: Scalars['Boolean']['input'];
  /** Reference to the signed document or its scan */
  evidence: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  /** The day the client signed, YYYY-MM-DD; not in the future */
  signedOn: Scalars['String']['input'];
};

/** An exam attempt. With a pass mark on the type give score (pass is computed); without one the trainer gives passed (score optional) */
export type RecordExamAttemptInput = {
  enrolmentId: Scalars['ID']['input'];
  /** Only for a type without a pass mark */
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Percent 0–100, at most one decimal */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** YYYY-MM-DD, not in the future; default today */
  takenOn?: InputMaybe<Scalars['String']['input']>;
};

/** The identity check at the training: the document shown (who and when are recorded) */
export type RecordIdentityCheckInput = {
  documentType: IdentityDocumentType;
  enrolmentId: Scalars['ID']['input'];
};

/** Record a legal hold on a person's data (the controller's staff) */
export type RecordLegalHoldInput = {
  /** Data-category keys (the person-data map) the hold keeps */
  categories: Array<Scalars['String']['input']>;
  /** The last day the hold keeps data, YYYY-MM-DD */
  endsOn: Scalars['String']['input'];
  kind: LegalHoldKind;
  personId: Scalars['ID']['input'];
  /** The statute, invoice, case or court order number (no personal data) */
  reference: Scalars['String']['input'];
};

/** The person's request to stop direct marketing (e.g. by email): effective at once */
export type RecordMarketingOptOutInput = {
  personId: Scalars['ID']['input'];
};

/** Record an objection the person made (to staff, or in a rights request) */
export type RecordObjectionInput = {
  /** The person's grounds (needed for PROCESSING and PROFILING) */
  grounds?: InputMaybe<Scalars['String']['input']>;
  kind: ObjectionKind;
  personId: Scalars['ID']['input'];
  /** The objection request this came in; the channel is then RIGHTS_REQUEST */
  rightsRequestId?: InputMaybe<Scalars['ID']['input']>;
};

/** The personal-data form filled in at the training: a walk-in participant (a known henkilötunnus attaches the person already in the register; their missing contact fields are completed, differing ones wait for confirmation). Give companyId or company */
export type RecordParticipantInput = {
  /** Or a company (found by its Y-tunnus) */
  company?: InputMaybe<EnrolmentCompanyInput>;
  /** A company already in the register */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Henkilötunnus, all 11 characters; none for a person without one */
  personalIdentityCode?: InputMaybe<Scalars['String']['input']>;
  /** The participant's position at the company */
  position: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

export type RecordServicePeriodInput = {
  /** YYYY-MM-DD, not before startsOn */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** An organisation listed by purchaserOrganisations */
  purchaserOrganisationId: Scalars['ID']['input'];
  /** The referring party; an organisation listed by purchaserOrganisations */
  referrerOrganisationId: Scalars['ID']['input'];
  service: GuidanceService;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['input'];
  status?: ServicePeriodStatus;
};

/** Record the safeguards of a third-country transfer on a pending request */
export type RecordTransferSafeguardsInput = {
  /** The data protection authority's assessment, by reference */
  authorityAssessmentRef?: InputMaybe<Scalars['String']['input']>;
  dpoAssessment?: InputMaybe<DpoAssessmentInput>;
  id: Scalars['ID']['input'];
  /** Reference to the person's mandate for this transfer */
  mandateDocumentRef?: InputMaybe<Scalars['String']['input']>;
};

/** A rectification applied to the person's basic data (GDPR 16) */
export type Rectification = {
  __typename?: 'Rectification';
  /** The fields changed; their earlier values are kept with the reason */
  changedFields: Array<Scalars['String']['output']>;
  /** Earlier recipients told of the rectification (GDPR 19), through the outbox */
  notifiedRecipients: Scalars['Int']['output'];
  request: RightsRequest;
};

/** Rectify the person's basic data (GDPR 16); omitted fields stay, earlier values are kept */
export type RectifyPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Why: kept with the earlier values */
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

/** Refuse: the reason is given to the person with the right to complain and appeal */
export type RefuseRightsRequestInput = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

/** A new client: the person (as registerPerson) and the client profile */
export type RegisterClientInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  gender?: InputMaybe<Gender>;
  lastName: Scalars['String']['input'];
  otherServiceData?: InputMaybe<Scalars['String']['input']>;
  /** Henkilötunnus, all 11 characters as written */
  personalIdentityCode?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Finnish postal code, five digits */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  streetAddress?: InputMaybe<Scalars['String']['input']>;
};

/** Register a disclosure request: exactly which data of which person, to whom, why */
export type RegisterDisclosureRequestInput = {
  basis: DisclosureBasisInput;
  /** dataCategories keys of the register's tenant file */
  categories: Array<Scalars['String']['input']>;
  /** Only data from this day on, YYYY-MM-DD */
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only data up to this day, YYYY-MM-DD */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  recipient: DisclosureRecipientInput;
};

/** Which register a tenant runs */
export type RegisterKind = 'CARD_TRAINING' | 'GUIDANCE';

export type RegisterPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** Henkilötunnus, all 11 characters as written */
  personalIdentityCode?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A rights request as received: the person, or their stated identity until matched */
export type RegisterRightsRequestInput = {
  channel: RequestChannel;
  /** What the person asked, up to 4000 characters */
  details?: InputMaybe<Scalars['String']['input']>;
  kind: RightsRequestKind;
  /** The person in this register, if already matched */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of receipt, YYYY-MM-DD; not in the future */
  receivedOn: Scalars['String']['input'];
  /** Email address for the answer */
  replyAddress?: InputMaybe<Scalars['String']['input']>;
  /** Who the requester says they are (required without personId) */
  statedIdentity?: InputMaybe<Scalars['String']['input']>;
};

export type RejectSchemeReportInput = {
  id: Scalars['ID']['input'];
  /** The scheme's reason, 1–2000 characters */
  reason: Scalars['String']['input'];
};

/** Release a statement to the organisation that referred the client */
export type ReleaseStatementInput = {
  /** The latest version of a statement entry (GuidanceEntry.id) */
  entryId: Scalars['ID']['input'];
  /** The referring organisation of one of the client's service periods */
  organisationId: Scalars['ID']['input'];
};

/** A statement (lausunto) released to the referring organisation */
export type ReleasedStatement = {
  __typename?: 'ReleasedStatement';
  authorName: Scalars['String']['output'];
  category: Scalars['String']['output'];
  content: Scalars['String']['output'];
  /** The version of the statement that was released */
  entryId: Scalars['ID']['output'];
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  releaseId: Scalars['ID']['output'];
  releasedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** When the released version was written */
  writtenAt: Scalars['DateTimeISO']['output'];
};

export type ReportLanguage = 'EN' | 'FI';

/** How the request was received */
export type RequestChannel = 'EMAIL' | 'IN_PERSON' | 'SIGNED_LETTER' | 'WEB';

/** The requester's identity check: required before anything is handed out */
export type RequesterIdentityCheck = {
  __typename?: 'RequesterIdentityCheck';
  checkedAt: Scalars['DateTimeISO']['output'];
  checkedBy: Scalars['ID']['output'];
  method: IdentityMethod;
};

/** Freeze a person's data: stored, not otherwise processed (GDPR 18) */
export type RestrictPersonInput = {
  personId: Scalars['ID']['input'];
  /** Why: contested accuracy, unlawful processing, legal claims, a pending objection… */
  reason: Scalars['String']['input'];
  /** The restriction request this answers, if any */
  rightsRequestId?: InputMaybe<Scalars['ID']['input']>;
};

/** How many of one kind a retention run removed (or, dry, found due) or kept */
export type RetentionCount = {
  __typename?: 'RetentionCount';
  count: Scalars['Int']['output'];
  /** A data category of the tenant file, a platform record, or a hold kind */
  key: Scalars['String']['output'];
};

/** One retention run in this register (DOMAIN.md §7): what it removed, and what holds kept */
export type RetentionRun = {
  __typename?: 'RetentionRun';
  /** A dry run removed nothing; its counts are what was due */
  dryRun: Scalars['Boolean']['output'];
  finishedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Persons due but kept, by legal hold kind or restriction */
  kept: Array<RetentionCount>;
  /** Persons removed (or due); their ids are kept 30 days, never shown here */
  personCount: Scalars['Int']['output'];
  removed: Array<RetentionCount>;
  /** The run across all registers this is part of */
  runId: Scalars['ID']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
  /** cli, scheduler or api */
  trigger: Scalars['String']['output'];
};

export type RevealPersonalIdentityCodeInput = {
  personId: Scalars['ID']['input'];
  /** Why the full code is needed; written to the use log */
  purpose: Scalars['String']['input'];
};

export type RevealedIdentityCode = {
  __typename?: 'RevealedIdentityCode';
  personId: Scalars['ID']['output'];
  /** Henkilötunnus, all 11 characters */
  personalIdentityCode: Scalars['String']['output'];
};

export type ReviewEmergencyAccessInput = {
  id: Scalars['ID']['input'];
  /** The reviewer's finding */
  note: Scalars['String']['input'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

/** A data subject rights request: a case of the controller */
export type RightsRequest = {
  __typename?: 'RightsRequest';
  channel: RequestChannel;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy?: Maybe<Scalars['ID']['output']>;
  /** The decision as given to the person */
  decision?: Maybe<Scalars['String']['output']>;
  /** What the person asked, in their words */
  details?: Maybe<Scalars['String']['output']>;
  /** One month from receipt (GDPR 12(3), months as Regulation 1182/71) */
  dueOn: Scalars['String']['output'];
  /** The deadline in force: the extended one, or the first */
  effectiveDueOn: Scalars['String']['output'];
  /** The extended deadline, if extended */
  extendedDueOn?: Maybe<Scalars['String']['output']>;
  /** The reason for the extension, as told to the person */
  extensionReason?: Maybe<Scalars['String']['output']>;
  handlerUserId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  identityCheck?: Maybe<RequesterIdentityCheck>;
  kind: RightsRequestKind;
  /** Log report: start of an older period than two years, recorded with its special reason */
  logPeriodFrom?: Maybe<Scalars['String']['output']>;
  logPeriodReason?: Maybe<Scalars['String']['output']>;
  /** The person in this register, once matched */
  personId?: Maybe<Scalars['ID']['output']>;
  /** Day of receipt (YYYY-MM-DD, Finnish time) */
  receivedOn: Scalars['String']['output'];
  registeredAt: Scalars['DateTimeISO']['output'];
  registeredBy: Scalars['ID']['output'];
  /** Where the answer is sent */
  replyAddress?: Maybe<Scalars['String']['output']>;
  /** Who the requester says they are, until matched */
  statedIdentity?: Maybe<Scalars['String']['output']>;
  status: RightsRequestStatus;
};

/** Which right the person exercises */
export type RightsRequestKind =
  'ACCESS' | 'ERASURE' | 'LOG_REPORT' | 'OBJECTION' | 'PORTABILITY' | 'RECTIFICATION' | 'RESTRICTION';

/** Open cases due within the window (DUE_SOON) or past their deadline (OVERDUE) */
export type RightsRequestQueue = 'DUE_SOON' | 'OVERDUE';

export type RightsRequestStatus = 'COMPLETED' | 'IN_PROGRESS' | 'RECEIVED' | 'REFUSED';

/** What a member may do in a tenant (DOMAIN.md §3) */
export type Role = 'ADMIN' | 'COACH' | 'CONTROLLER_OFFICER' | 'DPO' | 'INTEGRATION' | 'OFFICE' | 'REFERRER' | 'TRAINER';

export type RotateApiKeyInput = {
  /** Minutes the old secret keeps working, 0–1440; default 0 (retired at once) */
  graceMinutes?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** A completion queued for, or reported to, the scheme's register */
export type SchemeReport = {
  __typename?: 'SchemeReport';
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  cardId: Scalars['ID']['output'];
  completion: Completion;
  /** SHA-256 of the content sent, as in the disclosure log */
  contentSha256?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  queuedAt: Scalars['DateTimeISO']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  schemeOwner: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SchemeReportStatus;
};

/** PENDING → SENT (a disclosure, logged) → ACKNOWLEDGED or REJECTED by the scheme */
export type SchemeReportStatus = 'ACKNOWLEDGED' | 'PENDING' | 'REJECTED' | 'SENT';

export type SecondFactorCodeInput = {
  /** A 6-digit code from the app (or, to disable, a recovery code) */
  code: Scalars['String']['input'];
};

/** The factor is on. The recovery codes are shown only here; each works once */
export type SecondFactorConfirmation = {
  __typename?: 'SecondFactorConfirmation';
  recoveryCodes: Array<Scalars['String']['output']>;
};

/** A TOTP secret to add to an authenticator app; confirm it with a first code */
export type SecondFactorEnrolment = {
  __typename?: 'SecondFactorEnrolment';
  /** otpauth://totp/… (SHA1, 6 digits, 30 s), for a QR code */
  otpauthUri: Scalars['String']['output'];
  /** Base32, for typing into the app */
  secret: Scalars['String']['output'];
};

/** The signed-in user's second factor */
export type SecondFactorStatus = {
  __typename?: 'SecondFactorStatus';
  /** A confirmed TOTP factor: sign-in asks for its code */
  enabled: Scalars['Boolean']['output'];
  /** Unused recovery codes */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** This session proved a second factor at sign-in */
  sessionVerified: Scalars['Boolean']['output'];
};

export type SendCompanyCardLinkInput = {
  companyId: Scalars['ID']['input'];
};

/** Send a message to clients by email */
export type SendMessageInput = {
  body: Scalars['String']['input'];
  /** The clients, 1–200; each must have an email address */
  personIds: Array<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
};

/** Send a survey to clients: each gets a one-time link by email */
export type SendSurveyInput = {
  /** The clients, 1–200; each must have an email address */
  personIds: Array<Scalars['ID']['input']>;
  surveyId: Scalars['ID']['input'];
};

/** A training announcement: each recipient gets their own email with an unsubscribe link */
export type SendTrainingAnnouncementInput = {
  audience: MarketingAudienceInput;
  /** 1–200 characters, one line */
  subject: Scalars['String']['input'];
  /** The message, 1–20,000 characters; the unsubscribe link is added below it */
  text: Scalars['String']['input'];
};

/** A referral / service period: purchaser, referring party, service, dates and status */
export type ServicePeriod = {
  __typename?: 'ServicePeriod';
  /** YYYY-MM-DD */
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  purchaser: PurchaserOrganisation;
  /** The referring party (lähettävä taho) */
  referrer: PurchaserOrganisation;
  service: GuidanceService;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
  status: ServicePeriodStatus;
};

/** One service period for the controller’s reporting: pseudonymous client id, service, dates, status and the purchasing and referring organisations; no names, contact details or identity codes */
export type ServicePeriodReportRow = {
  __typename?: 'ServicePeriodReportRow';
  /** The client’s id in Kaira, not a personal identifier outside it */
  clientId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  endsOn?: Maybe<Scalars['String']['output']>;
  /** Y-tunnus */
  purchaserBusinessId: Scalars['String']['output'];
  purchaserName: Scalars['String']['output'];
  referrerName: Scalars['String']['output'];
  service: Scalars['String']['output'];
  servicePeriodId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type ServicePeriodStatus = 'ACTIVE' | 'CANCELLED' | 'CLOSED' | 'REFERRED';

/** The language a session is taught in */
export type SessionLanguage = 'EN' | 'FI' | 'SV';

/** Log report (Act 703/2023 § 11): a period older than two years needs a special reason */
export type SetLogReportPeriodInput = {
  /** First day of the period, YYYY-MM-DD */
  from: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  /** Required when the period starts more than two years back */
  specialReason?: InputMaybe<Scalars['String']['input']>;
};

/** referred → active → closed; referred or active → cancelled */
export type SetServicePeriodStatusInput = {
  /** YYYY-MM-DD: sets the end date too; omitted keeps it */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status: ServicePeriodStatus;
};

/** Take the case into handling; the handler defaults to the signed-in member */
export type StartRightsRequestInput = {
  handlerUserId?: InputMaybe<Scalars['ID']['input']>;
  requestId: Scalars['ID']['input'];
};

/** A client survey (no personal data: who got it and the answers are elsewhere) */
export type Survey = {
  __typename?: 'Survey';
  /** The survey this one was copied from */
  copiedFromId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdById: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  intro?: Maybe<Scalars['String']['output']>;
  questions: Array<SurveyQuestion>;
  /** When it was first sent */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SurveyStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A client's answer to one question */
export type SurveyAnswer = {
  __typename?: 'SurveyAnswer';
  /** SINGLE_CHOICE (one) and MULTIPLE_CHOICE */
  choices?: Maybe<Array<Scalars['String']['output']>>;
  kind: QuestionKind;
  position: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
  questionId: Scalars['ID']['output'];
  /** SCALE, 1–5 */
  scale?: Maybe<Scalars['Int']['output']>;
  /** FREE_TEXT */
  text?: Maybe<Scalars['String']['output']>;
};

/** The answer to one question: the field of its kind only */
export type SurveyAnswerInput = {
  /** SINGLE_CHOICE (exactly one) or MULTIPLE_CHOICE */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  questionId: Scalars['ID']['input'];
  /** SCALE, 1–5 */
  scale?: InputMaybe<Scalars['Int']['input']>;
  /** FREE_TEXT */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A question of a survey */
export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** The choices of a choice question, in order; empty for the other kinds */
  choices: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: QuestionKind;
  /** The order in the survey, from 1 */
  position: Scalars['Int']['output'];
  prompt: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

/** A question; its position is its place in the list */
export type SurveyQuestionInput = {
  /** SINGLE_CHOICE and MULTIPLE_CHOICE: 2–20 distinct choices */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: QuestionKind;
  prompt: Scalars['String']['input'];
  required?: Scalars['Boolean']['input'];
};

/** One client's answers to a survey sent to them (guidance data, use-logged) */
export type SurveyResponse = {
  __typename?: 'SurveyResponse';
  answeredAt: Scalars['DateTimeISO']['output'];
  /** In question order; an optional question left blank is absent */
  answers: Array<SurveyAnswer>;
  invitationId: Scalars['ID']['output'];
  personId: Scalars['ID']['output'];
  sentAt: Scalars['DateTimeISO']['output'];
  surveyId: Scalars['ID']['output'];
  surveyTitle: Scalars['String']['output'];
};

/** A survey sent: one one-time link per client, each in its own email */
export type SurveySending = {
  __typename?: 'SurveySending';
  /** When the links expire */
  expiresAt: Scalars['DateTimeISO']['output'];
  recipientCount: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
};

/** A draft is edited; a sent survey is not (copy it instead) */
export type SurveyStatus = 'DRAFT' | 'SENT';

/** The client’s answers were received */
export type SurveySubmission = {
  __typename?: 'SurveySubmission';
  answerCount: Scalars['Int']['output'];
  answeredAt: Scalars['DateTimeISO']['output'];
};

/** Proof of a passed training until the card arrives (the type's maximum) */
export type TemporaryCertificate = {
  __typename?: 'TemporaryCertificate';
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  /** YYYY-MM-DD, the last valid day */
  validUntil: Scalars['String']['output'];
};

/** One register under one controller */
export type Tenant = {
  __typename?: 'Tenant';
  /** Rekisterinpitäjä: decides on the data */
  controller: Organisation;
  /** Henkilötietojen käsittelijä: processes on the controller’s behalf */
  processor?: Maybe<Organisation>;
  registerKind: RegisterKind;
  /** Register name as in its privacy notice (Finnish) */
  registerName: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** A user's roles in one tenant */
export type TenantMembership = {
  __typename?: 'TenantMembership';
  /** Whether that organisation is the tenant's controller or its processor */
  actsFor: ActsFor;
  /** The organisation the user acts for in this tenant */
  organisation: Organisation;
  roles: Array<Role>;
  tenant: Tenant;
};

/** A staff member teaching card training (staff data, not a data subject) */
export type Trainer = {
  __typename?: 'Trainer';
  displayName: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** A trainer's scheme authorisation for a card type */
export type TrainerAuthorisation = {
  __typename?: 'TrainerAuthorisation';
  cardType: CardType;
  grantedAt: Scalars['DateTimeISO']['output'];
  grantedBy: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  trainer: Trainer;
  /** YYYY-MM-DD: the last day the authorisation is valid */
  validUntil: Scalars['String']['output'];
};

export type TrainingAnnouncementSent = {
  __typename?: 'TrainingAnnouncementSent';
  announcementId: Scalars['ID']['output'];
  /** Emails queued, one per recipient */
  recipientCount: Scalars['Int']['output'];
};

/** One training of a card type */
export type TrainingSession = {
  __typename?: 'TrainingSession';
  /** Seats, 1–500 */
  capacity: Scalars['Int']['output'];
  cardType: CardType;
  deliveryMode: DeliveryMode;
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  language: SessionLanguage;
  place: Scalars['String']['output'];
  /** Seats not yet taken by an enrolment */
  seatsLeft: Scalars['Int']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
  trainers: Array<Trainer>;
};

/** What a transfer outside the EEA needs on record (DOMAIN.md §2.2) */
export type TransferSafeguardsView = {
  __typename?: 'TransferSafeguardsView';
  /** The data protection authority's assessment, by reference */
  authorityAssessmentRef?: Maybe<Scalars['String']['output']>;
  dpoAssessment?: Maybe<DpoAssessment>;
  /** Reference to the person's mandate for the transfer */
  mandateDocumentRef?: Maybe<Scalars['String']['output']>;
  /** Conditions of the tenant file still missing; empty when none are */
  missing: Array<Scalars['String']['output']>;
};

/** The one-time link from a training announcement */
export type UnsubscribeInput = {
  token: Scalars['String']['input'];
};

/** The unsubscribe took effect; nothing about the person is returned */
export type Unsubscribed = {
  __typename?: 'Unsubscribed';
  controllerName: Scalars['String']['output'];
  registerName: Scalars['String']['output'];
};

/** Catalogue fields of a card type: an omitted field keeps its value; null clears the optional ones (validityMonths: no expiry, examPassMark: no exam, maxRetakes: unlimited, temporaryCertificateMaxDays: none) */
export type UpdateCardTypeInput = {
  /** Percent, above 0 and at most 100, one decimal; null: no exam */
  examPassMark?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  /** 0–100; null: unlimited */
  maxRetakes?: InputMaybe<Scalars['Int']['input']>;
  /** 1–200 characters */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters */
  nameFi?: InputMaybe<Scalars['String']['input']>;
  photoIdRequired?: InputMaybe<Scalars['Boolean']['input']>;
  refresherOnlyWhileValid?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1–200 characters */
  schemeOwner?: InputMaybe<Scalars['String']['input']>;
  /** 1–366 days; null: no temporary certificate */
  temporaryCertificateMaxDays?: InputMaybe<Scalars['Int']['input']>;
  trainerAuthorisationRequired?: InputMaybe<Scalars['Boolean']['input']>;
  validityBasis?: InputMaybe<ValidityBasis>;
  /** 1–600 months; null: the card does not expire */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** Profile fields: null clears a field, an omitted field keeps its value */
export type UpdateClientProfileInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  otherServiceData?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Why the data changes; kept with the earlier content */
  reason: Scalars['String']['input'];
  streetAddress?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a company: an omitted field keeps its value; null clears a billing field */
export type UpdateCompanyInput = {
  billingEmail?: InputMaybe<Scalars['String']['input']>;
  /** Y-tunnus (check digit verified) */
  businessId?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  eInvoiceAddress?: InputMaybe<Scalars['String']['input']>;
  eInvoiceOperator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePersonContactInput = {
  /** New email; null clears it; omitted keeps it */
  email?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** New phone; null clears it; omitted keeps it */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Why the data changes; kept with the earlier content */
  reason: Scalars['String']['input'];
};

/** A draft survey as a whole: title, intro and questions replace the earlier ones */
export type UpdateSurveyInput = {
  intro?: InputMaybe<Scalars['String']['input']>;
  /** 1–50 questions, in order */
  questions: Array<SurveyQuestionInput>;
  surveyId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** Session fields: an omitted field keeps its value. The card type is not changed. */
export type UpdateTrainingSessionInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  deliveryMode?: InputMaybe<DeliveryMode>;
  endsAt?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  language?: InputMaybe<SessionLanguage>;
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['String']['input']>;
};

/** Who read which data of a person, when, and on what basis */
export type UseLogEntry = {
  __typename?: 'UseLogEntry';
  actorOrganisationId: Scalars['ID']['output'];
  actorRoles: Array<Role>;
  actorUserId: Scalars['ID']['output'];
  basis: Scalars['String']['output'];
  data: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  operation: Scalars['String']['output'];
  /** The persons whose data the operation read */
  personIds: Array<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  seq: Scalars['Int']['output'];
};

/** A staff user */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** DAY: valid to the same day validityMonths after completion (the month end when that day does not exist); MONTH: valid to the end of the month validityMonths after the completion month */
export type ValidityBasis = 'DAY' | 'MONTH';

/** The requester's identity, checked by the signed-in member now */
export type VerifyRequesterIdentityInput = {
  method: IdentityMethod;
  requestId: Scalars['ID']['input'];
};

/** The client withdraws consent, whole or per category; collection stops at once */
export type WithdrawConsentInput = {
  /** The categories withdrawn; omitted: every consent-gated one */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reference to the withdrawal (a signed form, a logged call…) */
  evidence: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};

export type AppMyClientsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;

export type AppMyClientsQuery = {
  __typename?: 'Query';
  myClients: {
    __typename?: 'ClientConnection';
    nodes: Array<{
      __typename?: 'Client';
      id: string;
      firstName: string;
      lastName: string;
      personalIdentityCodeMasked?: string | null;
      email?: string | null;
      city?: string | null;
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type AppRegisterClientsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;

export type AppRegisterClientsQuery = {
  __typename?: 'Query';
  clients: {
    __typename?: 'ClientConnection';
    nodes: Array<{
      __typename?: 'Client';
      id: string;
      firstName: string;
      lastName: string;
      personalIdentityCodeMasked?: string | null;
      email?: string | null;
      city?: string | null;
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type AppClientRowFragment = {
  __typename?: 'Client';
  id: string;
  firstName: string;
  lastName: string;
  personalIdentityCodeMasked?: string | null;
  email?: string | null;
  city?: string | null;
};

export type AppClientQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AppClientQuery = {
  __typename?: 'Query';
  client: {
    __typename?: 'Client';
    id: string;
    firstName: string;
    lastName: string;
    gender?: Gender | null;
    personalIdentityCodeMasked?: string | null;
    email?: string | null;
    phone?: string | null;
    streetAddress?: string | null;
    postalCode?: string | null;
    city?: string | null;
    education?: string | null;
    otherServiceData?: string | null;
    servicePeriods: Array<{
      __typename?: 'ServicePeriod';
      id: string;
      service: GuidanceService;
      status: ServicePeriodStatus;
      startsOn: string;
      endsOn?: string | null;
      purchaser: { __typename?: 'PurchaserOrganisation'; id: string; name: string };
      referrer: { __typename?: 'PurchaserOrganisation'; id: string; name: string };
    }>;
  };
};

export type AppClientConsentQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;

export type AppClientConsentQuery = {
  __typename?: 'Query';
  consentStatus: {
    __typename?: 'ConsentStatus';
    personId: string;
    disclosesToPurchaser: boolean;
    categories: Array<{
      __typename?: 'ConsentCategoryStatus';
      category: string;
      available: boolean;
      reason: ConsentAvailability;
      since?: string | null;
      name: { __typename?: 'CategoryName'; fi: string; en: string };
    }>;
  };
  consentLedger: Array<{
    __typename?: 'ConsentLedgerEntry';
    id: string;
    action: ConsentAction;
    categories: Array<string>;
    evidence: string;
    signedOn?: string | null;
    recordedAt: string;
    recordedByName: string;
  }>;
};

export type AppClientEntriesQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;

export type AppClientEntriesQuery = {
  __typename?: 'Query';
  clientEntries: Array<{
    __typename?: 'GuidanceEntry';
    id: string;
    entryId: string;
    kind: EntryKind;
    category: string;
    content: string;
    authorName: string;
    createdAt: string;
    version: number;
    versionCount: number;
    correctionReason?: string | null;
    history: Array<{
      __typename?: 'EntryVersion';
      id: string;
      version: number;
      content: string;
      authorName: string;
      createdAt: string;
      correctionReason?: string | null;
    }>;
  }>;
};

export type AppEntryFragment = {
  __typename?: 'GuidanceEntry';
  id: string;
  entryId: string;
  kind: EntryKind;
  category: string;
  content: string;
  authorName: string;
  createdAt: string;
  version: number;
  versionCount: number;
  correctionReason?: string | null;
  history: Array<{
    __typename?: 'EntryVersion';
    id: string;
    version: number;
    content: string;
    authorName: string;
    createdAt: string;
    correctionReason?: string | null;
  }>;
};

export type AppAddEntryMutationVariables = Exact<{
  input: AddEntryInput;
}>;

export type AppAddEntryMutation = {
  __typename?: 'Mutation';
  addEntry: {
    __typename?: 'GuidanceEntry';
    id: string;
    entryId: string;
    kind: EntryKind;
    category: string;
    content: string;
    authorName: string;
    createdAt: string;
    version: number;
    versionCount: number;
    correctionReason?: string | null;
    history: Array<{
      __typename?: 'EntryVersion';
      id: string;
      version: number;
      content: string;
      authorName: string;
      createdAt: string;
      correctionReason?: string | null;
    }>;
  };
};

export type AppCorrectEntryMutationVariables = Exact<{
  input: CorrectEntryInput;
}>;

export type AppCorrectEntryMutation = {
  __typename?: 'Mutation';
  correctEntry: {
    __typename?: 'GuidanceEntry';
    id: string;
    entryId: string;
    kind: EntryKind;
    category: string;
    content: string;
    authorName: string;
    createdAt: string;
    version: number;
    versionCount: number;
    correctionReason?: string | null;
    history: Array<{
      __typename?: 'EntryVersion';
      id: string;
      version: number;
      content: string;
      authorName: string;
      createdAt: string;
      correctionReason?: string | null;
    }>;
  };
};

export type AppOpenEmergencyAccessMutationVariables = Exact<{
  input: OpenEmergencyAccessInput;
}>;

export type AppOpenEmergencyAccessMutation = {
  __typename?: 'Mutation';
  openEmergencyAccess: { __typename?: 'Client'; id: string };
};

export type AppRevealIdentityCodeMutationVariables = Exact<{
  input: RevealPersonalIdentityCodeInput;
}>;

export type AppRevealIdentityCodeMutation = {
  __typename?: 'Mutation';
  revealPersonalIdentityCode: { __typename?: 'RevealedIdentityCode'; personId: string; personalIdentityCode: string };
};

export type AppDisclosureRequestFragment = {
  __typename?: 'DisclosureRequest';
  id: string;
  personId: string;
  status: DisclosureStatus;
  registeredAt: string;
  decidedAt?: string | null;
  decisionReason?: string | null;
  categories: Array<string>;
  periodFrom?: string | null;
  periodTo?: string | null;
  basis: {
    __typename?: 'DisclosureBasis';
    kind: DisclosureBasisKind;
    documentRef: string;
    documentDate: string;
    statute?: string | null;
  };
  recipient: {
    __typename?: 'DisclosureRecipient';
    name: string;
    businessId?: string | null;
    foreignId?: string | null;
    country: string;
    inEea: boolean;
    address: string;
  };
  transferSafeguards: { __typename?: 'TransferSafeguardsView'; missing: Array<string> };
};

export type AppDisclosureRequestsQueryVariables = Exact<{
  status?: InputMaybe<DisclosureStatus>;
}>;

export type AppDisclosureRequestsQuery = {
  __typename?: 'Query';
  disclosureRequests: Array<{
    __typename?: 'DisclosureRequest';
    id: string;
    personId: string;
    status: DisclosureStatus;
    registeredAt: string;
    decidedAt?: string | null;
    decisionReason?: string | null;
    categories: Array<string>;
    periodFrom?: string | null;
    periodTo?: string | null;
    basis: {
      __typename?: 'DisclosureBasis';
      kind: DisclosureBasisKind;
      documentRef: string;
      documentDate: string;
      statute?: string | null;
    };
    recipient: {
      __typename?: 'DisclosureRecipient';
      name: string;
      businessId?: string | null;
      foreignId?: string | null;
      country: string;
      inEea: boolean;
      address: string;
    };
    transferSafeguards: { __typename?: 'TransferSafeguardsView'; missing: Array<string> };
  }>;
};

export type AppDecideDisclosureRequestMutationVariables = Exact<{
  input: DecideDisclosureRequestInput;
}>;

export type AppDecideDisclosureRequestMutation = {
  __typename?: 'Mutation';
  decideDisclosureRequest: {
    __typename?: 'DisclosureRequest';
    id: string;
    personId: string;
    status: DisclosureStatus;
    registeredAt: string;
    decidedAt?: string | null;
    decisionReason?: string | null;
    categories: Array<string>;
    periodFrom?: string | null;
    periodTo?: string | null;
    basis: {
      __typename?: 'DisclosureBasis';
      kind: DisclosureBasisKind;
      documentRef: string;
      documentDate: string;
      statute?: string | null;
    };
    recipient: {
      __typename?: 'DisclosureRecipient';
      name: string;
      businessId?: string | null;
      foreignId?: string | null;
      country: string;
      inEea: boolean;
      address: string;
    };
    transferSafeguards: { __typename?: 'TransferSafeguardsView'; missing: Array<string> };
  };
};

export type AppPeopleSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;

export type AppPeopleSearchQuery = {
  __typename?: 'Query';
  people: {
    __typename?: 'PersonConnection';
    nodes: Array<{
      __typename?: 'Person';
      id: string;
      firstName: string;
      lastName: string;
      personalIdentityCodeMasked?: string | null;
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type AppPersonUseLogQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;

export type AppPersonUseLogQuery = {
  __typename?: 'Query';
  personUseLog: Array<{
    __typename?: 'UseLogEntry';
    seq: number;
    occurredAt: string;
    operation: string;
    basis: string;
    reason?: string | null;
    data: Array<string>;
    actorUserId: string;
    actorRoles: Array<Role>;
  }>;
};

export type AppRightsRequestRowFragment = {
  __typename?: 'RightsRequest';
  id: string;
  kind: RightsRequestKind;
  channel: RequestChannel;
  receivedOn: string;
  dueOn: string;
  effectiveDueOn: string;
  extendedDueOn?: string | null;
  status: RightsRequestStatus;
  personId?: string | null;
  statedIdentity?: string | null;
  identityCheck?: { __typename?: 'RequesterIdentityCheck'; method: IdentityMethod; checkedAt: string } | null;
};

export type AppRightsRequestsQueryVariables = Exact<{
  status?: InputMaybe<RightsRequestStatus>;
}>;

export type AppRightsRequestsQuery = {
  __typename?: 'Query';
  rightsRequests: Array<{
    __typename?: 'RightsRequest';
    id: string;
    kind: RightsRequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    effectiveDueOn: string;
    extendedDueOn?: string | null;
    status: RightsRequestStatus;
    personId?: string | null;
    statedIdentity?: string | null;
    identityCheck?: { __typename?: 'RequesterIdentityCheck'; method: IdentityMethod; checkedAt: string } | null;
  }>;
  overdue: Array<{ __typename?: 'RightsRequest'; id: string }>;
  dueSoon: Array<{ __typename?: 'RightsRequest'; id: string }>;
};

export type AppRightsRequestCaseFragment = {
  __typename?: 'RightsRequest';
  details?: string | null;
  replyAddress?: string | null;
  registeredAt: string;
  extensionReason?: string | null;
  handlerUserId?: string | null;
  decision?: string | null;
  decidedAt?: string | null;
  id: string;
  kind: RightsRequestKind;
  channel: RequestChannel;
  receivedOn: string;
  dueOn: string;
  effectiveDueOn: string;
  extendedDueOn?: string | null;
  status: RightsRequestStatus;
  personId?: string | null;
  statedIdentity?: string | null;
  identityCheck?: {
    __typename?: 'RequesterIdentityCheck';
    method: IdentityMethod;
    checkedAt: string;
    checkedBy: string;
  } | null;
};

export type AppRightsRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AppRightsRequestQuery = {
  __typename?: 'Query';
  rightsRequest: {
    __typename?: 'RightsRequest';
    details?: string | null;
    replyAddress?: string | null;
    registeredAt: string;
    extensionReason?: string | null;
    handlerUserId?: string | null;
    decision?: string | null;
    decidedAt?: string | null;
    id: string;
    kind: RightsRequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    effectiveDueOn: string;
    extendedDueOn?: string | null;
    status: RightsRequestStatus;
    personId?: string | null;
    statedIdentity?: string | null;
    identityCheck?: {
      __typename?: 'RequesterIdentityCheck';
      method: IdentityMethod;
      checkedAt: string;
      checkedBy: string;
    } | null;
  };
  overdue: Array<{ __typename?: 'RightsRequest'; id: string }>;
};

export type AppRightsRequestPersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AppRightsRequestPersonQuery = {
  __typename?: 'Query';
  person: {
    __typename?: 'Person';
    id: string;
    firstName: string;
    lastName: string;
    personalIdentityCodeMasked?: string | null;
  };
};

export type AppVerifyRequesterIdentityMutationVariables = Exact<{
  input: VerifyRequesterIdentityInput;
}>;

export type AppVerifyRequesterIdentityMutation = {
  __typename?: 'Mutation';
  verifyRequesterIdentity: {
    __typename?: 'RightsRequest';
    details?: string | null;
    replyAddress?: string | null;
    registeredAt: string;
    extensionReason?: string | null;
    handlerUserId?: string | null;
    decision?: string | null;
    decidedAt?: string | null;
    id: string;
    kind: RightsRequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    effectiveDueOn: string;
    extendedDueOn?: string | null;
    status: RightsRequestStatus;
    personId?: string | null;
    statedIdentity?: string | null;
    identityCheck?: {
      __typename?: 'RequesterIdentityCheck';
      method: IdentityMethod;
      checkedAt: string;
      checkedBy: string;
    } | null;
  };
};

export type AppExtendRightsRequestMutationVariables = Exact<{
  input: ExtendRightsRequestInput;
}>;

export type AppExtendRightsRequestMutation = {
  __typename?: 'Mutation';
  extendRightsRequest: {
    __typename?: 'RightsRequest';
    details?: string | null;
    replyAddress?: string | null;
    registeredAt: string;
    extensionReason?: string | null;
    handlerUserId?: string | null;
    decision?: string | null;
    decidedAt?: string | null;
    id: string;
    kind: RightsRequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    effectiveDueOn: string;
    extendedDueOn?: string | null;
    status: RightsRequestStatus;
    personId?: string | null;
    statedIdentity?: string | null;
    identityCheck?: {
      __typename?: 'RequesterIdentityCheck';
      method: IdentityMethod;
      checkedAt: string;
      checkedBy: string;
    } | null;
  };
};

export type AppCompleteRightsRequestMutationVariables = Exact<{
  input: CompleteRightsRequestInput;
}>;

export type AppCompleteRightsRequestMutation = {
  __typename?: 'Mutation';
  completeRightsRequest: {
    __typename?: 'RightsRequest';
    details?: string | null;
    replyAddress?: string | null;
    registeredAt: string;
    extensionReason?: string | null;
    handlerUserId?: string | null;
    decision?: string | null;
    decidedAt?: string | null;
    id: string;
    kind: RightsRequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    effectiveDueOn: string;
    extendedDueOn?: string | null;
    status: RightsRequestStatus;
    personId?: string | null;
    statedIdentity?: string | null;
    identityCheck?: {
      __typename?: 'RequesterIdentityCheck';
      method: IdentityMethod;
      checkedAt: string;
      checkedBy: string;
    } | null;
  };
};

export type AppRefuseRightsRequestMutationVariables = Exact<{
  input: RefuseRightsRequestInput;
}>;

export type AppRefuseRightsRequestMutation = {
  __typename?: 'Mutation';
  refuseRightsRequest: {
    __typename?: 'RightsRequest';
    details?: string | null;
    replyAddress?: string | null;
    registeredAt: string;
    extensionReason?: string | null;
    handlerUserId?: string | null;
    decision?: string | null;
    decidedAt?: string | null;
    id: string;
    kind: RightsRequestKind;
    channel: RequestChannel;
    receivedOn: string;
    dueOn: string;
    effectiveDueOn: string;
    extendedDueOn?: string | null;
    status: RightsRequestStatus;
    personId?: string | null;
    statedIdentity?: string | null;
    identityCheck?: {
      __typename?: 'RequesterIdentityCheck';
      method: IdentityMethod;
      checkedAt: string;
      checkedBy: string;
    } | null;
  };
};

export type AppSurveysQueryVariables = Exact<{ [key: string]: never }>;

export type AppSurveysQuery = {
  __typename?: 'Query';
  surveys: Array<{
    __typename?: 'Survey';
    id: string;
    title: string;
    status: SurveyStatus;
    createdAt: string;
    sentAt?: string | null;
    copiedFromId?: string | null;
  }>;
};

export type AppSurveySummaryFragment = {
  __typename?: 'Survey';
  id: string;
  title: string;
  status: SurveyStatus;
  createdAt: string;
  sentAt?: string | null;
  copiedFromId?: string | null;
};

export type AppSurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AppSurveyQuery = {
  __typename?: 'Query';
  survey: {
    __typename?: 'Survey';
    intro?: string | null;
    id: string;
    title: string;
    status: SurveyStatus;
    createdAt: string;
    sentAt?: string | null;
    copiedFromId?: string | null;
    questions: Array<{
      __typename?: 'SurveyQuestion';
      id: string;
      position: number;
      kind: QuestionKind;
      prompt: string;
      required: boolean;
      choices: Array<string>;
    }>;
  };
};

export type AppSurveyAnswersQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
}>;

export type AppSurveyAnswersQuery = {
  __typename?: 'Query';
  surveyAnswers: Array<{
    __typename?: 'SurveyResponse';
    invitationId: string;
    personId: string;
    answeredAt: string;
    answers: Array<{
      __typename?: 'SurveyAnswer';
      questionId: string;
      position: number;
      prompt: string;
      kind: QuestionKind;
      text?: string | null;
      choices?: Array<string> | null;
      scale?: number | null;
    }>;
  }>;
};

export type AppCreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;

export type AppCreateSurveyMutation = {
  __typename?: 'Mutation';
  createSurvey: {
    __typename?: 'Survey';
    id: string;
    title: string;
    status: SurveyStatus;
    createdAt: string;
    sentAt?: string | null;
    copiedFromId?: string | null;
  };
};

export type AppCopySurveyMutationVariables = Exact<{
  input: CopySurveyInput;
}>;

export type AppCopySurveyMutation = {
  __typename?: 'Mutation';
  copySurvey: {
    __typename?: 'Survey';
    id: string;
    title: string;
    status: SurveyStatus;
    createdAt: string;
    sentAt?: string | null;
    copiedFromId?: string | null;
  };
};

export type AppSendSurveyMutationVariables = Exact<{
  input: SendSurveyInput;
}>;

export type AppSendSurveyMutation = {
  __typename?: 'Mutation';
  sendSurvey: { __typename?: 'SurveySending'; surveyId: string; recipientCount: number; expiresAt: string };
};

export type AppTrainingSessionsQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;

export type AppTrainingSessionsQuery = {
  __typename?: 'Query';
  trainingSessions: Array<{
    __typename?: 'TrainingSession';
    id: string;
    startsAt: string;
    endsAt: string;
    place: string;
    language: SessionLanguage;
    deliveryMode: DeliveryMode;
    capacity: number;
    seatsLeft: number;
    cardType: { __typename?: 'CardType'; id: string; code: string; nameFi: string; nameEn: string };
    trainers: Array<{ __typename?: 'Trainer'; userId: string; displayName: string }>;
  }>;
};

export type AppTrainingSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AppTrainingSessionQuery = {
  __typename?: 'Query';
  trainingSession: {
    __typename?: 'TrainingSession';
    id: string;
    startsAt: string;
    endsAt: string;
    place: string;
    cardType: {
      __typename?: 'CardType';
      id: string;
      nameFi: string;
      nameEn: string;
      examPassMark?: number | null;
      maxRetakes?: number | null;
      photoIdRequired: boolean;
    };
  };
};

export type AppParticipantFragment = {
  __typename?: 'Participant';
  enrolmentId: string;
  attemptsLeft?: number | null;
  person: {
    __typename?: 'ParticipantPerson';
    id: string;
    firstName: string;
    lastName: string;
    personalIdentityCodeMasked?: string | null;
  };
  company: { __typename?: 'ParticipantCompany'; id: string; name: string };
  identityCheck?: {
    __typename?: 'IdentityCheck';
    documentType: IdentityDocumentType;
    photoId: boolean;
    checkedAt: string;
    checkedBy: { __typename?: 'Trainer'; userId: string; displayName: string };
  } | null;
  examAttempts: Array<{
    __typename?: 'ExamAttempt';
    id: string;
    attemptNumber: number;
    takenOn: string;
    score?: number | null;
    passed: boolean;
  }>;
  card?: { __typename?: 'Card'; id: string } | null;
};

export type AppSessionParticipantsQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;

export type AppSessionParticipantsQuery = {
  __typename?: 'Query';
  sessionParticipants: Array<{
    __typename?: 'Participant';
    enrolmentId: string;
    attemptsLeft?: number | null;
    person: {
      __typename?: 'ParticipantPerson';
      id: string;
      firstName: string;
      lastName: string;
      personalIdentityCodeMasked?: string | null;
    };
    company: { __typename?: 'ParticipantCompany'; id: string; name: string };
    identityCheck?: {
      __typename?: 'IdentityCheck';
      documentType: IdentityDocumentType;
      photoId: boolean;
      checkedAt: string;
      checkedBy: { __typename?: 'Trainer'; userId: string; displayName: string };
    } | null;
    examAttempts: Array<{
      __typename?: 'ExamAttempt';
      id: string;
      attemptNumber: number;
      takenOn: string;
      score?: number | null;
      passed: boolean;
    }>;
    card?: { __typename?: 'Card'; id: string } | null;
  }>;
};

export type AppRecordIdentityCheckMutationVariables = Exact<{
  input: RecordIdentityCheckInput;
}>;

export type AppRecordIdentityCheckMutation = {
  __typename?: 'Mutation';
  recordIdentityCheck: {
    __typename?: 'Participant';
    enrolmentId: string;
    attemptsLeft?: number | null;
    person: {
      __typename?: 'ParticipantPerson';
      id: string;
      firstName: string;
      lastName: string;
      personalIdentityCodeMasked?: string | null;
    };
    company: { __typename?: 'ParticipantCompany'; id: string; name: string };
    identityCheck?: {
      __typename?: 'IdentityCheck';
      documentType: IdentityDocumentType;
      photoId: boolean;
      checkedAt: string;
      checkedBy: { __typename?: 'Trainer'; userId: string; displayName: string };
    } | null;
    examAttempts: Array<{
      __typename?: 'ExamAttempt';
      id: string;
      attemptNumber: number;
      takenOn: string;
      score?: number | null;
      passed: boolean;
    }>;
    card?: { __typename?: 'Card'; id: string } | null;
  };
};

export type AppRecordExamAttemptMutationVariables = Exact<{
  input: RecordExamAttemptInput;
}>;

export type AppRecordExamAttemptMutation = {
  __typename?: 'Mutation';
  recordExamAttempt: {
    __typename?: 'Participant';
    enrolmentId: string;
    attemptsLeft?: number | null;
    person: {
      __typename?: 'ParticipantPerson';
      id: string;
      firstName: string;
      lastName: string;
      personalIdentityCodeMasked?: string | null;
    };
    company: { __typename?: 'ParticipantCompany'; id: string; name: string };
    identityCheck?: {
      __typename?: 'IdentityCheck';
      documentType: IdentityDocumentType;
      photoId: boolean;
      checkedAt: string;
      checkedBy: { __typename?: 'Trainer'; userId: string; displayName: string };
    } | null;
    examAttempts: Array<{
      __typename?: 'ExamAttempt';
      id: string;
      attemptNumber: number;
      takenOn: string;
      score?: number | null;
      passed: boolean;
    }>;
    card?: { __typename?: 'Card'; id: string } | null;
  };
};

export type AppExpiringCardsQueryVariables = Exact<{
  withinDays: Scalars['Int']['input'];
}>;

export type AppExpiringCardsQuery = {
  __typename?: 'Query';
  expiringCards: Array<{
    __typename?: 'ExpiringCard';
    cardId: string;
    cardNumber: string;
    cardTypeName: string;
    firstName: string;
    lastName: string;
    personId: string;
    validUntil: string;
  }>;
};

export type AppLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type AppLoginMutation = {
  __typename?: 'Mutation';
  login: {
    __typename?: 'AuthPayload';
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { __typename?: 'User'; id: string; displayName: string };
  };
};

export type AppRefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;

export type AppRefreshSessionMutation = {
  __typename?: 'Mutation';
  refreshSession: {
    __typename?: 'AuthPayload';
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { __typename?: 'User'; id: string; displayName: string };
  };
};

export type AppLogoutMutationVariables = Exact<{ [key: string]: never }>;

export type AppLogoutMutation = { __typename?: 'Mutation'; logout: boolean };

export type AppAuthPayloadFragment = {
  __typename?: 'AuthPayload';
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { __typename?: 'User'; id: string; displayName: string };
};

export type AppMeQueryVariables = Exact<{ [key: string]: never }>;

export type AppMeQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'Me';
    user: { __typename?: 'User'; id: string; displayName: string; email: string };
    memberships: Array<{
      __typename?: 'TenantMembership';
      actsFor: ActsFor;
      roles: Array<Role>;
      organisation: { __typename?: 'Organisation'; id: string; name: string };
      tenant: {
        __typename?: 'Tenant';
        slug: string;
        registerKind: RegisterKind;
        registerName: string;
        controller: { __typename?: 'Organisation'; name: string };
        processor?: { __typename?: 'Organisation'; name: string } | null;
      };
    }>;
  };
};

export type AppMembershipFragment = {
  __typename?: 'TenantMembership';
  actsFor: ActsFor;
  roles: Array<Role>;
  organisation: { __typename?: 'Organisation'; id: string; name: string };
  tenant: {
    __typename?: 'Tenant';
    slug: string;
    registerKind: RegisterKind;
    registerName: string;
    controller: { __typename?: 'Organisation'; name: string };
    processor?: { __typename?: 'Organisation'; name: string } | null;
  };
};

export const AppClientRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppClientRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppClientRowFragment, unknown>;
export const AppEntryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuidanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppEntryFragment, unknown>;
export const AppDisclosureRequestFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppDisclosureRequest' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DisclosureRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodTo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'basis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statute' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipient' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'businessId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'foreignId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inEea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferSafeguards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'missing' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppDisclosureRequestFragment, unknown>;
export const AppRightsRequestRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRightsRequestRowFragment, unknown>;
export const AppRightsRequestCaseFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestCase' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedBy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRightsRequestCaseFragment, unknown>;
export const AppSurveySummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'copiedFromId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppSurveySummaryFragment, unknown>;
export const AppParticipantFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppParticipant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptsLeft' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'photoId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'examAttempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'takenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'card' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppParticipantFragment, unknown>;
export const AppAuthPayloadFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppAuthPayload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppAuthPayloadFragment, unknown>;
export const AppMembershipFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppMembership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TenantMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actsFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'controller' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'processor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppMembershipFragment, unknown>;
export const AppMyClientsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppMyClients' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myClients' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppClientRow' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppClientRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppMyClientsQuery, AppMyClientsQueryVariables>;
export const AppRegisterClientsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppRegisterClients' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clients' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppClientRow' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppClientRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Client' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRegisterClientsQuery, AppRegisterClientsQueryVariables>;
export const AppClientDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'client' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'streetAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'education' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherServiceData' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'servicePeriods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'service' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'purchaser' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'referrer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppClientQuery, AppClientQueryVariables>;
export const AppClientConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppClientConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disclosesToPurchaser' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'available' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'fi' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentLedger' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppClientConsentQuery, AppClientConsentQueryVariables>;
export const AppClientEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppClientEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clientEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuidanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppClientEntriesQuery, AppClientEntriesQueryVariables>;
export const AppAddEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppAddEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddEntryInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuidanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppAddEntryMutation, AppAddEntryMutationVariables>;
export const AppCorrectEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppCorrectEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppEntry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppEntry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuidanceEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'content' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'correctionReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppCorrectEntryMutation, AppCorrectEntryMutationVariables>;
export const AppOpenEmergencyAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppOpenEmergencyAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenEmergencyAccessInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openEmergencyAccess' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppOpenEmergencyAccessMutation, AppOpenEmergencyAccessMutationVariables>;
export const AppRevealIdentityCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppRevealIdentityCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevealPersonalIdentityCodeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revealPersonalIdentityCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRevealIdentityCodeMutation, AppRevealIdentityCodeMutationVariables>;
export const AppDisclosureRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppDisclosureRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisclosureStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disclosureRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppDisclosureRequest' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppDisclosureRequest' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DisclosureRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodTo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'basis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statute' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipient' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'businessId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'foreignId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inEea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferSafeguards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'missing' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppDisclosureRequestsQuery, AppDisclosureRequestsQueryVariables>;
export const AppDecideDisclosureRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppDecideDisclosureRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideDisclosureRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideDisclosureRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppDisclosureRequest' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppDisclosureRequest' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DisclosureRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodTo' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'basis' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statute' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipient' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'businessId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'foreignId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inEea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferSafeguards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'missing' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppDecideDisclosureRequestMutation, AppDecideDisclosureRequestMutationVariables>;
export const AppPeopleSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppPeopleSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppPeopleSearchQuery, AppPeopleSearchQueryVariables>;
export const AppPersonUseLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppPersonUseLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personUseLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'personId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'operation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'data' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorUserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorRoles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppPersonUseLogQuery, AppPersonUseLogQueryVariables>;
export const AppRightsRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppRightsRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequestStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rightsRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdue' },
            name: { kind: 'Name', value: 'rightsRequestQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'queue' },
                value: { kind: 'EnumValue', value: 'OVERDUE' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'dueSoon' },
            name: { kind: 'Name', value: 'rightsRequestQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'queue' },
                value: { kind: 'EnumValue', value: 'DUE_SOON' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withinDays' },
                value: { kind: 'IntValue', value: '7' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRightsRequestsQuery, AppRightsRequestsQueryVariables>;
export const AppRightsRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppRightsRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rightsRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestCase' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdue' },
            name: { kind: 'Name', value: 'rightsRequestQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'queue' },
                value: { kind: 'EnumValue', value: 'OVERDUE' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestCase' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRightsRequestQuery, AppRightsRequestQueryVariables>;
export const AppRightsRequestPersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppRightsRequestPerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRightsRequestPersonQuery, AppRightsRequestPersonQueryVariables>;
export const AppVerifyRequesterIdentityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppVerifyRequesterIdentity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyRequesterIdentityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyRequesterIdentity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestCase' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestCase' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppVerifyRequesterIdentityMutation, AppVerifyRequesterIdentityMutationVariables>;
export const AppExtendRightsRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppExtendRightsRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExtendRightsRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendRightsRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestCase' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestCase' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppExtendRightsRequestMutation, AppExtendRightsRequestMutationVariables>;
export const AppCompleteRightsRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppCompleteRightsRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteRightsRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeRightsRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestCase' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestCase' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppCompleteRightsRequestMutation, AppCompleteRightsRequestMutationVariables>;
export const AppRefuseRightsRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppRefuseRightsRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefuseRightsRequestInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refuseRightsRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestCase' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extendedDueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statedIdentity' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppRightsRequestCase' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RightsRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppRightsRequestRow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'details' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAddress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerUserId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedBy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRefuseRightsRequestMutation, AppRefuseRightsRequestMutationVariables>;
export const AppSurveysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppSurveys' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveys' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppSurveySummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'copiedFromId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppSurveysQuery, AppSurveysQueryVariables>;
export const AppSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppSurveySummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intro' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'required' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'copiedFromId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppSurveyQuery, AppSurveyQueryVariables>;
export const AppSurveyAnswersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppSurveyAnswers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyAnswers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'surveyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'surveyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'invitationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'choices' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppSurveyAnswersQuery, AppSurveyAnswersQueryVariables>;
export const AppCreateSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppCreateSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppSurveySummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'copiedFromId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppCreateSurveyMutation, AppCreateSurveyMutationVariables>;
export const AppCopySurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppCopySurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CopySurveyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'copySurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppSurveySummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppSurveySummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'copiedFromId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppCopySurveyMutation, AppCopySurveyMutationVariables>;
export const AppSendSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppSendSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SendSurveyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'surveyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recipientCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppSendSurveyMutation, AppSendSurveyMutationVariables>;
export const AppTrainingSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppTrainingSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveryMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cardType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFi' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trainers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppTrainingSessionsQuery, AppTrainingSessionsQueryVariables>;
export const AppTrainingSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppTrainingSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cardType' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFi' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'examPassMark' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxRetakes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'photoIdRequired' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppTrainingSessionQuery, AppTrainingSessionQueryVariables>;
export const AppSessionParticipantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppSessionParticipants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessionParticipants' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppParticipant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppParticipant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptsLeft' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'photoId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'examAttempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'takenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'card' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppSessionParticipantsQuery, AppSessionParticipantsQueryVariables>;
export const AppRecordIdentityCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppRecordIdentityCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordIdentityCheckInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordIdentityCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppParticipant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppParticipant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptsLeft' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'photoId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'examAttempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'takenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'card' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRecordIdentityCheckMutation, AppRecordIdentityCheckMutationVariables>;
export const AppRecordExamAttemptDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppRecordExamAttempt' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordExamAttemptInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordExamAttempt' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppParticipant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppParticipant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Participant' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enrolmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attemptsLeft' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personalIdentityCodeMasked' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'company' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheck' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'documentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'photoId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'examAttempts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'attemptNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'takenOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'card' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRecordExamAttemptMutation, AppRecordExamAttemptMutationVariables>;
export const AppExpiringCardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppExpiringCards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withinDays' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expiringCards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'withinDays' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'withinDays' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cardTypeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppExpiringCardsQuery, AppExpiringCardsQueryVariables>;
export const AppLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppAuthPayload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppAuthPayload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppLoginMutation, AppLoginMutationVariables>;
export const AppRefreshSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppRefreshSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RefreshSessionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppAuthPayload' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppAuthPayload' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppRefreshSessionMutation, AppRefreshSessionMutationVariables>;
export const AppLogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppLogout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<AppLogoutMutation, AppLogoutMutationVariables>;
export const AppMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppMe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AppMembership' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AppMembership' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'TenantMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actsFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tenant' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registerName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'controller' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'processor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppMeQuery, AppMeQueryVariables>;
