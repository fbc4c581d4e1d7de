import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CardTypeView, TrainerView } from './training.types';

// The API's view of a participant's card-training record (issue 3 items 4–8): the enrolment with the
// person, the identity check, attendance, exam attempts and their evidence, the card and the temporary
// certificate. Every read of it is use-logged. The henkilötunnus is only ever shown masked, and no
// billing detail is here (the company view is the company module's).

export enum IdentityDocumentType {
  PASSPORT = 'passport',
  IDENTITY_CARD = 'identity_card',
  DRIVING_LICENCE = 'driving_licence',
  RESIDENCE_PERMIT = 'residence_permit',
  FOREIGNERS_PASSPORT = 'foreigners_passport',
  KELA_CARD = 'kela_card',
}
registerEnumType(IdentityDocumentType, {
  name: 'IdentityDocumentType',
  description: 'The document identity was checked against; KELA_CARD carries no photo (not enough for a photo-ID type)',
});

/** Documents with the holder's photo (DOMAIN.md §2.1: hygieniapassi requires one). */
export const PHOTO_ID_DOCUMENTS: ReadonlySet<IdentityDocumentType> = new Set([
  IdentityDocumentType.PASSPORT,
  IdentityDocumentType.IDENTITY_CARD,
  IdentityDocumentType.DRIVING_LICENCE,
  IdentityDocumentType.RESIDENCE_PERMIT,
  IdentityDocumentType.FOREIGNERS_PASSPORT,
]);

export enum SchemeReportStatus {
  PENDING = 'pending',
  SENT = 'sent',
  ACKNOWLEDGED = 'acknowledged',
  REJECTED = 'rejected',
}
registerEnumType(SchemeReportStatus, {
  name: 'SchemeReportStatus',
  description: 'PENDING → SENT (a disclosure, logged) → ACKNOWLEDGED or REJECTED by the scheme',
});

export enum ContactChangeDecision {
  CONFIRMED = 'confirmed',
  REJECTED = 'rejected',
}
registerEnumType(ContactChangeDecision, { name: 'ContactChangeDecision' });

@ObjectType('ParticipantPerson', { description: 'The participant; the henkilötunnus only masked' })
export class ParticipantPersonView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true })
  personalIdentityCodeMasked!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  mobile!: string | null;
}

@ObjectType('ParticipantCompany', { description: "The participant's employer: its name only (no billing details)" })
export class ParticipantCompanyView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('ParticipantSession')
export class ParticipantSessionView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String)
  place!: string;
}

@ObjectType('IdentityCheck', { description: 'Identity checked against a document at the training: what, who, when' })
export class IdentityCheckView {
  @Field(() => IdentityDocumentType)
  documentType!: IdentityDocumentType;

  @Field(() => Boolean, { description: 'The document carries a photo' })
  photoId!: boolean;

  @Field(() => TrainerView, { description: 'The staff member who checked' })
  checkedBy!: TrainerView;

  @Field(() => Date)
  checkedAt!: Date;
}

@ObjectType('Attendance')
export class AttendanceView {
  @Field(() => Boolean)
  attended!: boolean;

  @Field(() => ID)
  recordedBy!: string;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType('ExamEvidence', { description: 'A scanned exam sheet: its metadata (examEvidence downloads the content)' })
export class ExamEvidenceView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'From the content: application/pdf, image/jpeg or image/png' })
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex' })
  sha256!: string;

  @Field(() => ID)
  uploadedBy!: string;

  @Field(() => Date)
  uploadedAt!: Date;
}

@ObjectType('ExamEvidenceContent', { description: 'A scan with its content; every download is use-logged' })
export class ExamEvidenceContentView extends ExamEvidenceView {
  @Field(() => String, { description: 'The content, base64' })
  contentBase64!: string;
}

@ObjectType('ExamAttempt')
export class ExamAttemptView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first attempt, then each retake' })
  attemptNumber!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Percent; null when the type has no pass mark and none was given',
  })
  score!: number | null;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  takenOn!: string;

  @Field(() => ID)
  recordedBy!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => [ExamEvidenceView])
  evidence!: ExamEvidenceView[];
}

@ObjectType('Card', { description: 'A card issued on a passed exam with a checked identity' })
export class CardView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique per card type' })
  cardNumber!: string;

  @Field(() => CardTypeView)
  cardType!: CardTypeView;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the passed exam; validity counts from it' })
  completedOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last valid day; null: does not expire' })
  validUntil!: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier card this refresher renews' })
  refresherOfCardId!: string | null;

  @Field(() => Date)
  issuedAt!: Date;
}

@ObjectType('TemporaryCertificate', {
  description: "Proof of a passed training until the card arrives (the type's maximum)",
})
export class TemporaryCertificateView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the last valid day' })
  validUntil!: string;
}

@ObjectType('PendingContactChange', {
  description: 'Contact details the public form proposed for a person already in the register',
})
export class PendingContactChangeView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  proposedEmail!: string | null;

  @Field(() => String, { nullable: true })
  proposedMobile!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ContactChangeDecision, { nullable: true, description: 'null: waiting for staff' })
  decision!: ContactChangeDecision | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

@ObjectType('Participant', { description: "A participant's card-training record on one session (an enrolment)" })
export class ParticipantView {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => ParticipantSessionView)
  session!: ParticipantSessionView;

  @Field(() => CardTypeView)
  cardType!: CardTypeView;

  @Field(() => ParticipantPersonView)
  person!: ParticipantPersonView;

  @Field(() => ParticipantCompanyView)
  company!: ParticipantCompanyView;

  @Field(() => String)
  position!: string;

  @Field(() => Date)
  enrolledAt!: Date;

  @Field(() => IdentityCheckView, { nullable: true })
  identityCheck!: IdentityCheckView | null;

  @Field(() => AttendanceView, { nullable: true })
  attendance!: AttendanceView | null;

  @Field(() => [ExamAttemptView])
  examAttempts!: ExamAttemptView[];

  @Field(() => Int, {
    nullable: true,
    description: 'Attempts still allowed (first attempt + maxRetakes); null: unlimited',
  })
  attemptsLeft!: number | null;

  @Field(() => CardView, { nullable: true })
  card!: CardView | null;

  @Field(() => TemporaryCertificateView, { nullable: true })
  temporaryCertificate!: TemporaryCertificateView | null;

  @Field(() => [PendingContactChangeView])
  pendingContactChanges!: PendingContactChangeView[];
}

@ObjectType('Completion', { description: 'What a scheme report tells the scheme register (the henkilötunnus masked)' })
export class CompletionView {
  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { nullable: true })
  personalIdentityCodeMasked!: string | null;

  @Field(() => String)
  cardTypeCode!: string;

  @Field(() => String)
  cardNumber!: string;

  @Field(() => String)
  completedOn!: string;

  @Field(() => String)
  issuedOn!: string;

  @Field(() => String, { nullable: true })
  validUntil!: string | null;
}

@ObjectType('SchemeReport', { description: "A completion queued for, or reported to, the scheme's register" })
export class SchemeReportView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  schemeOwner!: string;

  @Field(() => SchemeReportStatus)
  status!: SchemeReportStatus;

  @Field(() => ID)
  cardId!: string;

  @Field(() => CompletionView)
  completion!: CompletionView;

  @Field(() => Date)
  queuedAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content sent, as in the disclosure log' })
  contentSha256!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;
}
