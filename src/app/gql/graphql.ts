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

export type DeliveryMode = 'BLENDED' | 'CLASSROOM' | 'ONLINE';

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

/** Käyttöloki (use log) or luovutusloki (disclosure log) */
export type LogName = 'DISCLOSURE_LOG' | 'USE_LOG';

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
  /** Write an entry; a consent-gated category needs active consent */
  addEntry: GuidanceEntry;
  /** The client answers through the one-time link (public; works once; needs guidance consent) */
  answerSurvey: SurveySubmission;
  /** Assign a coach (a COACH of this tenant) to a client for a period */
  assignCoach: Assignment;
  /** Put a trainer on a session: a TRAINER here, authorised for the type through the session if required */
  assignSessionTrainer: TrainingSession;
  /** Copy a survey into a new draft */
  copySurvey: Survey;
  /** Correct the latest version of an entry; the earlier one stays */
  correctEntry: GuidanceEntry;
  /** A new draft survey */
  createSurvey: Survey;
  /** Plan a training session of a card type */
  createTrainingSession: TrainingSession;
  /** End a client relationship on a given day */
  endAssignment: Assignment;
  /** The public enrolment form (no login; the Kaira-Tenant header names the register). Resubmitting the same idempotencyKey, or the same person and session, returns the first enrolment. SESSION_FULL when no seat is left; RATE_LIMITED (extensions.retryAfterSeconds) after too many submissions from one address */
  enrol: EnrolmentReceipt;
  /** Grant or renew a trainer's authorisation for a card type (replaces the expiry) */
  grantTrainerAuthorisation: TrainerAuthorisation;
  /** Sign in with email and password */
  login: AuthPayload;
  /** End the current session: its access and refresh tokens stop working */
  logout: Scalars['Boolean']['output'];
  /** Open an unassigned client for 4 hours with a stated reason; logged and queued for review */
  openEmergencyAccess: Client;
  /** Record the client's written consent */
  recordConsent: ConsentLedgerEntry;
  /** Record a referral / service period of a client */
  recordServicePeriod: ServicePeriod;
  /** Exchange a refresh token (once) for new tokens */
  refreshSession: AuthPayload;
  /** Add a client: the person and the client profile */
  registerClient: Client;
  /** Add a person to the register */
  registerPerson: Person;
  /** Release a statement to the referring organisation (a disclosure, with the client’s consent) */
  releaseStatement: ReleasedStatement;
  /** Show the full henkilötunnus for a stated purpose (use-logged) */
  revealPersonalIdentityCode: RevealedIdentityCode;
  /** Mark an emergency access reviewed, with a note */
  reviewEmergencyAccess: EmergencyAccess;
  /** Email a message to clients; the register keeps what was sent */
  sendMessage: ClientMessage;
  /** Email the survey to clients, each with a one-time link; the survey is then no longer edited */
  sendSurvey: SurveySending;
  /** Move a service period on: referred → active → closed, or cancelled */
  setServicePeriodStatus: ServicePeriod;
  /** Edit a card type's catalogue fields */
  updateCardType: CardType;
  /** Change the client profile; the earlier values are kept with the reason */
  updateClientProfile: Client;
  /** Change contact details; the earlier values are kept with the reason */
  updatePersonContact: Person;
  /** Edit a draft; a sent survey is not edited (CONFLICT: copy it) */
  updateSurvey: Survey;
  /** Change a session's time, place, language, mode or capacity */
  updateTrainingSession: TrainingSession;
  /** Record a withdrawal of consent; it takes effect at once */
  withdrawConsent: ConsentLedgerEntry;
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

export type MutationCopySurveyArgs = {
  input: CopySurveyInput;
};

export type MutationCorrectEntryArgs = {
  input: CorrectEntryInput;
};

export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};

export type MutationCreateTrainingSessionArgs = {
  input: CreateTrainingSessionInput;
};

export type MutationEndAssignmentArgs = {
  input: EndAssignmentInput;
};

export type MutationEnrolArgs = {
  input: EnrolInput;
};

export type MutationGrantTrainerAuthorisationArgs = {
  input: GrantTrainerAuthorisationInput;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationOpenEmergencyAccessArgs = {
  input: OpenEmergencyAccessInput;
};

export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};

export type MutationRecordServicePeriodArgs = {
  input: RecordServicePeriodInput;
};

export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};

export type MutationRegisterClientArgs = {
  input: RegisterClientInput;
};

export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};

export type MutationReleaseStatementArgs = {
  input: ReleaseStatementInput;
};

export type MutationRevealPersonalIdentityCodeArgs = {
  input: RevealPersonalIdentityCodeInput;
};

export type MutationReviewEmergencyAccessArgs = {
  input: ReviewEmergencyAccessInput;
};

export type MutationSendMessageArgs = {
  input: SendMessageInput;
};

export type MutationSendSurveyArgs = {
  input: SendSurveyInput;
};

export type MutationSetServicePeriodStatusArgs = {
  input: SetServicePeriodStatusInput;
};

export type MutationUpdateCardTypeArgs = {
  input: UpdateCardTypeInput;
};

export type MutationUpdateClientProfileArgs = {
  input: UpdateClientProfileInput;
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

export type MutationWithdrawConsentArgs = {
  input: WithdrawConsentInput;
};

export type OpenEmergencyAccessInput = {
  personId: Scalars['ID']['input'];
  /** Why the client must be opened now, at least 20 characters; use-logged */
  reason: Scalars['String']['input'];
};

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

/** A survey as the client sees it through the one-time link: nothing about the client */
export type PublicSurvey = {
  __typename?: 'PublicSurvey';
  /** Its controller (rekisterinpitäjä) */
  controllerName: Scalars['String']['output'];
  /** The link works until then, once */
  expiresAt: Scalars['DateTimeISO']['output'];
  intro?: Maybe<Scalars['String']['output']>;
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
  /** The client's consent ledger: every record, who, when (use-logged) */
  consentLedger: Array<ConsentLedgerEntry>;
  /** Which consent-gated categories accept data now, and why (use-logged) */
  consentStatus: ConsentStatus;
  /** Emergency accesses awaiting review, oldest first; use-logged */
  emergencyAccessReviewQueue: Array<EmergencyAccess>;
  /** The signed-in user, their memberships, and the membership in the named tenant */
  me: Me;
  /** A coach's clients (active assignments); use-logged */
  myClients: ClientConnection;
  /** The register's people, by name; every person returned is use-logged */
  people: PersonConnection;
  /** One person; the read is use-logged */
  person: Person;
  /** Who used a person's data in a period (käyttöloki); this read is logged too */
  personUseLog: Array<UseLogEntry>;
  /** Organisations that purchase services or refer clients */
  purchaserOrganisations: Array<PurchaserOrganisation>;
  /** Clients the member's organisation referred; use-logged */
  referredClients: ClientConnection;
  /** The client's released statements; a referrer sees those released to their organisation (use-logged) */
  releasedStatements: Array<ReleasedStatement>;
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

export type QueryConsentLedgerArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryConsentStatusArgs = {
  personId: Scalars['ID']['input'];
};

export type QueryEmergencyAccessReviewQueueArgs = {
  first?: Scalars['Int']['input'];
};

export type QueryMyClientsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPersonUseLogArgs = {
  from: Scalars['DateTimeISO']['input'];
  personId: Scalars['ID']['input'];
  to: Scalars['DateTimeISO']['input'];
};

export type QueryReferredClientsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryReleasedStatementsArgs = {
  personId: Scalars['ID']['input'];
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

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
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

/** What a member may do in a tenant (DOMAIN.md §3) */
export type Role = 'ADMIN' | 'COACH' | 'CONTROLLER_OFFICER' | 'DPO' | 'INTEGRATION' | 'OFFICE' | 'REFERRER' | 'TRAINER';

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

export type ServicePeriodStatus = 'ACTIVE' | 'CANCELLED' | 'CLOSED' | 'REFERRED';

/** The language a session is taught in */
export type SessionLanguage = 'EN' | 'FI' | 'SV';

/** referred → active → closed; referred or active → cancelled */
export type SetServicePeriodStatusInput = {
  /** YYYY-MM-DD: sets the end date too; omitted keeps it */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status: ServicePeriodStatus;
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
