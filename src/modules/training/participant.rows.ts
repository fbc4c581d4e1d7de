import type { EntityManager } from '@mikro-orm/postgresql';
import { toCardType, type CardTypeRow } from './training.rows';
import { type ContactChangeDecision, type IdentityDocumentType, type ParticipantView } from './training-record.types';

// Participants (enrolments) with their whole card-training record, read in one statement: the person,
// the session and type, the identity check, attendance, attempts with evidence metadata, card, temporary
// certificate and proposed contact changes. Callers decide who may read which and write the use log.

export type ParticipantFilter = { enrolmentId: string } | { sessionId: string } | { personId: string };

interface AttemptJson {
  id: string;
  attempt_number: number;
  score: number | null;
  passed: boolean;
  taken_on: string;
  recorded_by: string;
  recorded_at: string;
  evidence: Array<{
    id: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    uploaded_by: string;
    uploaded_at: string;
  }>;
}

interface ParticipantRow {
  enrolment_id: string;
  person_id: string;
  position: string;
  enrolled_at: string;
  session: { id: string; starts_at: string; ends_at: string; place: string };
  card_type: CardTypeRow;
  person: {
    id: string;
    first_name: string;
    last_name: string;
    masked: string | null;
    email: string | null;
    phone: string | null;
  };
  company: { id: string; name: string };
  identity_check: {
    document_type: string;
    photo_id: boolean;
    checked_by: string;
    checked_by_name: string;
    checked_at: string;
  } | null;
  attendance: { attended: boolean; recorded_by: string; recorded_at: string } | null;
  attempts: AttemptJson[];
  card: {
    id: string;
    card_number: string;
    completed_on: string;
    issued_on: string;
    valid_until: string | null;
    refresher_of_card_id: string | null;
    issued_at: string;
  } | null;
  temporary_certificate: { id: string; issued_on: string; valid_until: string } | null;
  pending_changes: Array<{
    id: string;
    proposed_email: string | null;
    proposed_mobile: string | null;
    created_at: string;
    decision: string | null;
    decided_at: string | null;
  }>;
}

const SQL = `
select e.id as enrolment_id, e.person_id, e.position, e.created_at as enrolled_at,
       json_build_object('id', s.id, 'starts_at', s.starts_at, 'ends_at', s.ends_at, 'place', s.place) as session,
       row_to_json(ct) as card_type,
       json_build_object('id', p.id, 'first_name', p.first_name, 'last_name', p.last_name,
                         'masked', p.identity_code_masked, 'email', p.email, 'phone', p.phone) as person,
       json_build_object('id', c.id, 'name', c.name) as company,
       (select json_build_object('document_type', ic.document_type, 'photo_id', ic.photo_id,
                                 'checked_by', ic.checked_by, 'checked_by_name', u.display_name,
                                 'checked_at', ic.checked_at)
          from identity_check ic join user_account u on u.id = ic.checked_by
         where ic.tenant_id = e.tenant_id and ic.enrolment_id = e.id) as identity_check,
       (select json_build_object('attended', a.attended, 'recorded_by', a.recorded_by, 'recorded_at', a.recorded_at)
          from attendance a where a.tenant_id = e.tenant_id and a.enrolment_id = e.id) as attendance,
       coalesce((
         select json_agg(json_build_object(
                  'id', x.id, 'attempt_number', x.attempt_number, 'score', x.score, 'passed', x.passed,
                  'taken_on', x.taken_on, 'recorded_by', x.recorded_by, 'recorded_at', x.recorded_at,
                  'evidence', coalesce((
                    select json_agg(json_build_object('id', v.id, 'file_name', v.file_name,
                                      'media_type', v.media_type, 'size_bytes', v.size_bytes, 'sha256', v.sha256,
                                      'uploaded_by', v.uploaded_by, 'uploaded_at', v.uploaded_at)
                                    order by v.uploaded_at, v.id)
                      from exam_evidence v where v.tenant_id = x.tenant_id and v.attempt_id = x.id), '[]'))
                  order by x.attempt_number)
           from exam_attempt x where x.tenant_id = e.tenant_id and x.enrolment_id = e.id), '[]') as attempts,
       (select json_build_object('id', cd.id, 'card_number', cd.card_number, 'completed_on', cd.completed_on,
                                 'issued_on', cd.issued_on, 'valid_until', cd.valid_until,
                                 'refresher_of_card_id', cd.refresher_of_card_id, 'issued_at', cd.issued_at)
          from card cd where cd.tenant_id = e.tenant_id and cd.enrolment_id = e.id) as card,
       (select json_build_object('id', tc.id, 'issued_on', tc.issued_on, 'valid_until', tc.valid_until)
          from temporary_certificate tc
         where tc.tenant_id = e.tenant_id and tc.enrolment_id = e.id) as temporary_certificate,
       coalesce((
         select json_agg(json_build_object('id', pc.id, 'proposed_email', pc.proposed_email,
                           'proposed_mobile', pc.proposed_mobile, 'created_at', pc.created_at,
                           'decision', pc.decision, 'decided_at', pc.decided_at) order by pc.created_at, pc.id)
           from pending_contact_change pc where pc.tenant_id = e.tenant_id and pc.enrolment_id = e.id), '[]')
         as pending_changes
  from enrolment e
  join training_session s on s.tenant_id = e.tenant_id and s.id = e.session_id
  join card_type ct on ct.tenant_id = s.tenant_id and ct.id = s.card_type_id
  join person p on p.tenant_id = e.tenant_id and p.id = e.person_id
  join company c on c.tenant_id = e.tenant_id and c.id = e.company_id
 where e.tenant_id = ? and `;

/** Participants matching the filter: a session's by name, a person's by session start. */
export async function participantViews(
  em: EntityManager,
  tenantId: string,
  filter: ParticipantFilter,
): Promise<ParticipantView[]> {
  const [condition, value, order] =
    'enrolmentId' in filter
      ? ['e.id = ?', filter.enrolmentId, 'e.id']
      : 'sessionId' in filter
        ? ['e.session_id = ?', filter.sessionId, 'p.last_name, p.first_name, e.id']
        : ['e.person_id = ?', filter.personId, 's.starts_at, e.id'];
  const rows = await em.execute<ParticipantRow[]>(`${SQL} ${condition} order by ${order}`, [tenantId, value]);
  return rows.map(toParticipant);
}

function toParticipant(row: ParticipantRow): ParticipantView {
  const cardType = toCardType(row.card_type);
  const attempts = row.attempts;
  const passed = attempts.some((a) => a.passed);
  const allowed = cardType.maxRetakes === null ? null : 1 + cardType.maxRetakes;
  return {
    enrolmentId: row.enrolment_id,
    session: {
      id: row.session.id,
      startsAt: new Date(row.session.starts_at),
      endsAt: new Date(row.session.ends_at),
      place: row.session.place,
    },
    cardType,
    person: {
      id: row.person.id,
      firstName: row.person.first_name,
      lastName: row.person.last_name,
      personalIdentityCodeMasked: row.person.masked,
      email: row.person.email,
      mobile: row.person.phone,
    },
    company: row.company,
    position: row.position,
    enrolledAt: new Date(row.enrolled_at),
    identityCheck: row.identity_check && {
      documentType: row.identity_check.document_type as IdentityDocumentType,
      photoId: row.identity_check.photo_id,
      checkedBy: { userId: row.identity_check.checked_by, displayName: row.identity_check.checked_by_name },
      checkedAt: new Date(row.identity_check.checked_at),
    },
    attendance: row.attendance && {
      attended: row.attendance.attended,
      recordedBy: row.attendance.recorded_by,
      recordedAt: new Date(row.attendance.recorded_at),
    },
    examAttempts: attempts.map((a) => ({
      id: a.id,
      attemptNumber: a.attempt_number,
      score: a.score === null ? null : Number(a.score),
      passed: a.passed,
      takenOn: a.taken_on,
      recordedBy: a.recorded_by,
      recordedAt: new Date(a.recorded_at),
      evidence: a.evidence.map((v) => ({
        id: v.id,
        fileName: v.file_name,
        mediaType: v.media_type,
        sizeBytes: v.size_bytes,
        sha256: v.sha256,
        uploadedBy: v.uploaded_by,
        uploadedAt: new Date(v.uploaded_at),
      })),
    })),
    attemptsLeft: passed ? 0 : allowed === null ? null : Math.max(0, allowed - attempts.length),
    card: row.card && {
      id: row.card.id,
      cardNumber: row.card.card_number,
      cardType,
      personId: row.person_id,
      enrolmentId: row.enrolment_id,
      completedOn: row.card.completed_on,
      issuedOn: row.card.issued_on,
      validUntil: row.card.valid_until,
      refresherOfCardId: row.card.refresher_of_card_id,
      issuedAt: new Date(row.card.issued_at),
    },
    temporaryCertificate: row.temporary_certificate && {
      id: row.temporary_certificate.id,
      issuedOn: row.temporary_certificate.issued_on,
      validUntil: row.temporary_certificate.valid_until,
    },
    pendingContactChanges: row.pending_changes.map((c) => ({
      id: c.id,
      proposedEmail: c.proposed_email,
      proposedMobile: c.proposed_mobile,
      createdAt: new Date(c.created_at),
      decision: c.decision as ContactChangeDecision | null,
      decidedAt: c.decided_at ? new Date(c.decided_at) : null,
    })),
  };
}
