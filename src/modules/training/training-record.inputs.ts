import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IdentityDocumentType } from './training-record.types';

@InputType({ description: 'The identity check at the training: the document shown (who and when are recorded)' })
export class RecordIdentityCheckInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => IdentityDocumentType)
  documentType!: IdentityDocumentType;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => Boolean)
  attended!: boolean;
}

@InputType({
  description:
    'An exam attempt. With a pass mark on the type give score (pass is computed); without one the trainer gives passed (score optional)',
})
export class RecordExamAttemptInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => Float, { nullable: true, description: 'Percent 0–100, at most one decimal' })
  score?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only for a type without a pass mark' })
  passed?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; default today' })
  takenOn?: string | null;
}

@InputType({ description: 'An exam sheet scan (PDF, JPEG or PNG, checked from the content), base64' })
export class AttachExamEvidenceInput {
  @Field(() => ID)
  attemptId!: string;

  @Field(() => String, { description: '1–200 characters' })
  fileName!: string;

  @Field(() => String, { description: 'The file, base64; at most KAIRA_EVIDENCE_MAX_BYTES decoded (10 MiB)' })
  contentBase64!: string;
}

@InputType({ description: 'Issue the card of a passed exam with a checked identity' })
export class IssueCardInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The scheme's card number, 1–40 of A–Z 0–9 - /; default a generated <TYPE>-<year>-<n>",
  })
  cardNumber?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'A refresher: renews the latest earlier card of the type (only while valid if the type says so)',
  })
  refresher!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before completion; default today' })
  issuedOn?: string | null;
}

@InputType()
export class IssueTemporaryCertificateInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => Int, { description: "Days valid, 1 to the type's temporaryCertificateMaxDays" })
  days!: number;
}

@InputType()
export class RejectSchemeReportInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The scheme's reason, 1–2000 characters" })
  reason!: string;
}
