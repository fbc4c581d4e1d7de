import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { selectedFields } from '../logs/selected-fields';
import * as cards from './card.service';
import * as evidence from './exam-evidence.service';
import * as records from './training-record.service';
import {
  AttachExamEvidenceInput,
  IssueCardInput,
  IssueTemporaryCertificateInput,
  RecordAttendanceInput,
  RecordExamAttemptInput,
  RecordIdentityCheckInput,
} from './training-record.inputs';
import { ExamEvidenceContentView, ExamEvidenceView, ParticipantView } from './training-record.types';

// Participants' card-training records: every operation returns personal data and is use-logged.
@Resolver(() => ParticipantView)
export class TrainingRecordResolver {
  @Query(() => [ParticipantView], {
    description: "A session's participants with their records; a trainer: own sessions",
  })
  sessionParticipants(
    @Arg('sessionId', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return records.sessionParticipants(ctx, id, selectedFields(info));
  }

  @Query(() => ParticipantView, { description: 'One participant (enrolment) with the record' })
  participant(@Arg('enrolmentId', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return records.participant(ctx, id, selectedFields(info));
  }

  @Query(() => [ParticipantView], { description: "All of a person's trainings, for office work and rights requests" })
  personTrainingRecord(
    @Arg('personId', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return records.personTrainingRecord(ctx, id, selectedFields(info));
  }

  @Mutation(() => ParticipantView, {
    description: 'Record the identity check: the document; who and when are recorded',
  })
  recordIdentityCheck(
    @Arg('input', () => RecordIdentityCheckInput) input: RecordIdentityCheckInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return records.recordIdentityCheck(ctx, input, selectedFields(info));
  }

  @Mutation(() => ParticipantView, { description: 'Record or correct attendance' })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return records.recordAttendance(ctx, input, selectedFields(info));
  }

  @Mutation(() => ParticipantView, {
    description:
      'Record an exam attempt. IDENTITY_NOT_CHECKED / PHOTO_ID_REQUIRED without a suitable identity check; ' +
      'RETAKE_LIMIT_REACHED after the first attempt and maxRetakes retakes',
  })
  recordExamAttempt(
    @Arg('input', () => RecordExamAttemptInput) input: RecordExamAttemptInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return records.recordExamAttempt(ctx, input, selectedFields(info));
  }

  @Mutation(() => ExamEvidenceView, {
    description: 'Attach an exam sheet scan (PDF, JPEG, PNG by content) to an attempt',
  })
  attachExamEvidence(
    @Arg('input', () => AttachExamEvidenceInput) input: AttachExamEvidenceInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return evidence.attachExamEvidence(ctx, input, selectedFields(info));
  }

  @Query(() => ExamEvidenceContentView, { description: 'Download a scan; every download is use-logged' })
  examEvidence(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return evidence.examEvidence(ctx, id, selectedFields(info));
  }

  @Mutation(() => ParticipantView, {
    description:
      'Issue the card of a passed exam (EXAM_NOT_PASSED, IDENTITY_NOT_CHECKED otherwise); valid until from the ' +
      "type's rules; a refresher renews the earlier card (REFRESHER_NOT_ALLOWED when the type needs it valid). " +
      "Queues the completion for the scheme's register",
  })
  issueCard(
    @Arg('input', () => IssueCardInput) input: IssueCardInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return cards.issueCard(ctx, input, selectedFields(info));
  }

  @Mutation(() => ParticipantView, {
    description: "A temporary certificate of a passed exam, at most the type's maximum",
  })
  issueTemporaryCertificate(
    @Arg('input', () => IssueTemporaryCertificateInput) input: IssueTemporaryCertificateInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return cards.issueTemporaryCertificate(ctx, input, selectedFields(info));
  }
}
