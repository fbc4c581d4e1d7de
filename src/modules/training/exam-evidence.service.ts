import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context';
import { badInput, notFound } from '../../errors';
import { uuidArg } from '../../ids';
import { actorOf, requireEnrolment } from './participant-access';
import type { AttachExamEvidenceInput } from './training-record.inputs';
import type { ExamEvidenceContentView, ExamEvidenceView } from './training-record.types';

// Evidence materials (issue 3 item 6; the notice: "exams and materials proving completion"): scanned exam
// sheets attached to an attempt. The bytes are kept in PostgreSQL (exam_evidence.content, bytea) under the
// tenant's RLS, so erasure and isolation cover them in one transaction. The type is read from the
// content's magic bytes, never from the name or a declared type; SHA-256 is kept; every download is
// use-logged. Upload is this GraphQL mutation with base64 content (a signed-in request may be as large as
// one scan, src/server.ts).

const MEDIA_TYPES: Array<{ mediaType: string; magic: Buffer }> = [
  { mediaType: 'application/pdf', magic: Buffer.from('%PDF-', 'latin1') },
  { mediaType: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { mediaType: 'image/png', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
];

/** The media type the content's first bytes say, or null for anything but PDF, JPEG and PNG. */
export function sniffMediaType(content: Buffer): string | null {
  return MEDIA_TYPES.find((t) => content.subarray(0, t.magic.length).equals(t.magic))?.mediaType ?? null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeContent(value: string, maxBytes: number): Buffer {
  const text = value.replace(/\s+/g, '');
  if (text.length === 0) throw badInput('contentBase64', 'required');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw badInput('contentBase64', 'not valid base64');
  if ((text.length / 4) * 3 > maxBytes + 2) throw badInput('contentBase64', `at most ${maxBytes} bytes`);
  const content = Buffer.from(text, 'base64');
  if (content.length > maxBytes) throw badInput('contentBase64', `at most ${maxBytes} bytes`);
  return content;
}

function fileNameOf(value: string): string {
  // Only the last path segment; control characters refused.
  const name = (value ?? '').split(/[\\/]/).pop()!.trim();
  if (!name || name.length > 200) throw badInput('fileName', '1–200 characters');
  if (/[\p{Cc}]/u.test(name)) throw badInput('fileName', 'must not contain control characters');
  return name;
}

export async function attachExamEvidence(
  ctx: RequestContext,
  input: AttachExamEvidenceInput,
  fields: string[],
): Promise<ExamEvidenceView> {
  const actor = await actorOf(ctx);
  const attemptId = uuidArg('attemptId', input.attemptId);
  const fileName = fileNameOf(input.fileName);
  const content = decodeContent(input.contentBase64 ?? '', ctx.services.config.evidenceMaxBytes);
  const mediaType = sniffMediaType(content);
  if (!mediaType) throw badInput('contentBase64', 'only PDF, JPEG or PNG scans (checked from the content)');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const view = await ctx.tx.run(async (em) => {
    const [attempt] = await em.execute<Array<{ enrolment_id: string }>>(
      'select enrolment_id from exam_attempt where tenant_id = ? and id = ?',
      [actor.tenantId, attemptId],
    );
    if (!attempt) throw notFound('exam attempt');
    const enrolment = await requireEnrolment(em, actor, attempt.enrolment_id, 'attemptId').catch(() => {
      throw notFound('exam attempt');
    });
    const id = randomUUID();
    const [row] = await em.execute<Array<{ uploaded_at: string }>>(
      `insert into exam_evidence (id, tenant_id, person_id, attempt_id, file_name, media_type, size_bytes, sha256,
         content, uploaded_by)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning uploaded_at`,
      [
        id,
        actor.tenantId,
        enrolment.personId,
        attemptId,
        fileName,
        mediaType,
        content.length,
        sha256,
        content,
        actor.userId,
      ],
    );
    return {
      personId: enrolment.personId,
      evidence: {
        id,
        fileName,
        mediaType,
        sizeBytes: content.length,
        sha256,
        uploadedBy: actor.userId,
        uploadedAt: new Date(row!.uploaded_at),
      },
    };
  });
  await ctx.recordUse({
    personIds: [view.personId],
    data: fields,
    operation: 'attachExamEvidence',
    basis: actor.basis,
  });
  return view.evidence;
}

/** Downloads one scan; the download is use-logged with the person it concerns. */
export async function examEvidence(
  ctx: RequestContext,
  rawId: string,
  fields: string[],
): Promise<ExamEvidenceContentView> {
  const actor = await actorOf(ctx);
  const id = uuidArg('id', rawId);
  const found = await ctx.tx.run(async (em) => {
    const [row] = await em.execute<
      Array<{
        person_id: string;
        enrolment_id: string;
        file_name: string;
        media_type: string;
        size_bytes: number;
        sha256: string;
        content: Buffer;
        uploaded_by: string;
        uploaded_at: string;
      }>
    >(
      `select v.person_id, x.enrolment_id, v.file_name, v.media_type, v.size_bytes, v.sha256, v.content, v.uploaded_by,
              v.uploaded_at
         from exam_evidence v join exam_attempt x on x.tenant_id = v.tenant_id and x.id = v.attempt_id
        where v.tenant_id = ? and v.id = ?`,
      [actor.tenantId, id],
    );
    if (!row) throw notFound('exam evidence');
    await requireEnrolment(em, actor, row.enrolment_id, 'id').catch(() => {
      throw notFound('exam evidence');
    });
    return row;
  });
  await ctx.recordUse({ personIds: [found.person_id], data: fields, operation: 'examEvidence', basis: actor.basis });
  return {
    id,
    fileName: found.file_name,
    mediaType: found.media_type,
    sizeBytes: found.size_bytes,
    sha256: found.sha256,
    uploadedBy: found.uploaded_by,
    uploadedAt: new Date(found.uploaded_at),
    contentBase64: Buffer.from(found.content).toString('base64'),
  };
}
