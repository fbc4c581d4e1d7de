import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  AppRecordExamAttemptDocument,
  AppRecordIdentityCheckDocument,
  AppSessionParticipantsDocument,
  AppTrainingSessionDocument,
  type AppParticipantFragment,
  type AppTrainingSessionQuery,
  type IdentityDocumentType,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { can, useMembership, useTenantPath } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Dialog, Empty, Loading, Status } from '../../ui/ui';

type Session = AppTrainingSessionQuery['trainingSession'];

const DOCUMENTS: IdentityDocumentType[] = [
  'IDENTITY_CARD',
  'PASSPORT',
  'DRIVING_LICENCE',
  'RESIDENCE_PERMIT',
  'FOREIGNERS_PASSPORT',
  'KELA_CARD',
];

// A participant has no id of its own (its enrolment is its key): the list is read again after a change.
const REFETCH = { refetchQueries: ['AppSessionParticipants'], awaitRefetchQueries: true };

/** A session's participants: the identity check, exam attempts (with attempts left) and the card. */
export function SessionScreen() {
  const { sessionId = '' } = useParams();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const path = useTenantPath();
  const session = useQuery(AppTrainingSessionDocument, { variables: { id: sessionId } });
  const participants = useQuery(AppSessionParticipantsDocument, { variables: { sessionId } });
  const [examFor, setExamFor] = useState<AppParticipantFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const s = session.data?.trainingSession;
  return (
    <section aria-labelledby="session-title">
      <p className="back">
        <Link to={path('sessions')}>← {t('session.back')}</Link>
      </p>
      {session.loading && !session.data ? <Loading /> : null}
      <ErrorText error={session.error} />
      {s ? (
        <>
          <h1 id="session-title">{i18n.lang === 'fi' ? s.cardType.nameFi : s.cardType.nameEn}</h1>
          <p className="lead">
            {dateTime(s.startsAt)} · {s.place}
            {s.cardType.photoIdRequired ? ` · ${t('session.photoIdRequired')}` : ''}
            {s.cardType.examPassMark !== null && s.cardType.examPassMark !== undefined
              ? ` · ${t('session.passMark', { mark: s.cardType.examPassMark })}`
              : ''}
          </p>
        </>
      ) : null}
      <h2>{t('session.participants')}</h2>
      {done ? <Status>{done}</Status> : null}
      {participants.loading && !participants.data ? <Loading /> : null}
      <ErrorText error={participants.error} />
      {participants.data && participants.data.sessionParticipants.length === 0 ? (
        <Empty>{t('session.noParticipants')}</Empty>
      ) : null}
      {s && participants.data && participants.data.sessionParticipants.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('session.participant')}</th>
                <th scope="col" className="wide-only">
                  {t('session.company')}
                </th>
                <th scope="col">{t('session.identityCheck')}</th>
                <th scope="col">{t('session.exam')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.data.sessionParticipants.map((p) => (
                <ParticipantRow
                  key={p.enrolmentId}
                  participant={p}
                  session={s}
                  onRecorded={setDone}
                  onExam={() => {
                    setDone(null);
                    setExamFor(p);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {s ? (
        <ExamDialog
          session={s}
          participant={examFor}
          onClose={() => setExamFor(null)}
          onDone={(message) => {
            setExamFor(null);
            setDone(message);
          }}
        />
      ) : null}
    </section>
  );
}

function ParticipantRow(props: {
  participant: AppParticipantFragment;
  session: Session;
  onRecorded(message: string): void;
  onExam(): void;
}) {
  const { t, dateTime, date } = useI18n();
  const membership = useMembership();
  const records = can.recordAtTraining(membership);
  const p = props.participant;
  const name = `${p.person.lastName}, ${p.person.firstName}`;
  const [document, setDocument] = useState<IdentityDocumentType>('IDENTITY_CARD');
  const [record, { loading, error }] = useMutation(AppRecordIdentityCheckDocument, REFETCH);
  const selectId = `document-${p.enrolmentId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record({ variables: { input: { enrolmentId: p.enrolmentId, documentType: document } } });
      props.onRecorded(t('session.identityRecorded', { name }));
    } catch {
      // ErrorText shows it
    }
  };
  const lastAttempt = p.examAttempts[p.examAttempts.length - 1];
  const passed = p.examAttempts.some((a) => a.passed);
  return (
    <tr data-testid="participant">
      <th scope="row" className="participant-name">
        {name}
        <br />
        <span className="mono muted small">{p.person.personalIdentityCodeMasked ?? t('session.noIdentityCode')}</span>
      </th>
      <td className="wide-only">{p.company.name}</td>
      <td>
        {p.identityCheck ? (
          <span data-testid="identity-checked">
            <span className="badge badge-given">
              <span aria-hidden="true">✓ </span>
              {t(`identityDocument.${p.identityCheck.documentType}`)}
            </span>
            <br />
            <span className="muted small">
              {p.identityCheck.checkedBy.displayName}, {dateTime(p.identityCheck.checkedAt)}
            </span>
          </span>
        ) : records ? (
          <form className="inline-form" onSubmit={submit}>
            <label htmlFor={selectId} className="visually-hidden">
              {t('session.documentFor', { name })}
            </label>
            <select
              id={selectId}
              value={document}
              onChange={(e) => setDocument(e.target.value as IdentityDocumentType)}
            >
              {DOCUMENTS.map((d) => (
                <option key={d} value={d}>
                  {t(`identityDocument.${d}`)}
                  {d === 'KELA_CARD' && props.session.cardType.photoIdRequired ? ` (${t('session.noPhoto')})` : ''}
                </option>
              ))}
            </select>
            <button type="submit" disabled={loading} aria-label={t('session.recordIdentityFor', { name })}>
              {t('session.recordIdentity')}
            </button>
            <ErrorText error={error} />
          </form>
        ) : (
          <span className="muted">{t('session.identityNotChecked')}</span>
        )}
      </td>
      <td>
        {p.examAttempts.length === 0 ? (
          <span className="muted">{t('session.noAttempts')}</span>
        ) : (
          <ul className="plain attempts">
            {p.examAttempts.map((a) => (
              <li key={a.id}>
                {t('session.attempt', { n: a.attemptNumber })} {date(a.takenOn)}
                {a.score !== null && a.score !== undefined ? ` · ${a.score} %` : ''} ·{' '}
                <strong>{a.passed ? t('session.passed') : t('session.failed')}</strong>
              </li>
            ))}
          </ul>
        )}
        {p.card ? <span className="badge badge-given">{t('session.cardIssued')}</span> : null}
        {!passed ? (
          <p className="small muted">
            {p.attemptsLeft === null || p.attemptsLeft === undefined
              ? t('session.attemptsUnlimited')
              : t('session.attemptsLeft', { count: p.attemptsLeft })}
          </p>
        ) : null}
        {records && !passed && p.attemptsLeft !== 0 && !p.identityCheck ? (
          <p className="small muted">{t('session.checkIdentityFirst')}</p>
        ) : null}
        {records && !passed && p.attemptsLeft !== 0 && p.identityCheck ? (
          <button
            type="button"
            onClick={props.onExam}
            aria-label={t(lastAttempt ? 'session.recordRetakeFor' : 'session.recordExamFor', { name })}
          >
            {lastAttempt ? t('session.recordRetake') : t('session.recordExam')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function ExamDialog(props: {
  session: Session;
  participant: AppParticipantFragment | null;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const p = props.participant;
  const hasPassMark = props.session.cardType.examPassMark !== null && props.session.cardType.examPassMark !== undefined;
  const [score, setScore] = useState('');
  const [passed, setPassed] = useState<'yes' | 'no' | ''>('');
  const [takenOn, setTakenOn] = useState(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }));
  const [recordExam, { loading, error, reset }] = useMutation(AppRecordExamAttemptDocument, REFETCH);
  const close = () => {
    reset();
    props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!p) return;
    try {
      const result = await recordExam({
        variables: {
          input: {
            enrolmentId: p.enrolmentId,
            takenOn,
            score: hasPassMark ? Number(score.replace(',', '.')) : null,
            passed: hasPassMark ? null : passed === 'yes',
          },
        },
      });
      const attempts = result.data?.recordExamAttempt.examAttempts ?? [];
      const ok = attempts[attempts.length - 1]?.passed;
      setScore('');
      setPassed('');
      props.onDone(
        t(ok ? 'session.examPassedDone' : 'session.examFailedDone', {
          name: `${p.person.firstName} ${p.person.lastName}`,
        }),
      );
    } catch {
      // ErrorText shows it; what was typed stays
    }
  };
  return (
    <Dialog title={t('session.examTitle')} open={p !== null} onClose={close}>
      {p ? (
        <form onSubmit={submit}>
          <p>
            {p.person.firstName} {p.person.lastName}
          </p>
          <label htmlFor="exam-taken-on">{t('session.takenOn')}</label>
          <input id="exam-taken-on" type="date" required value={takenOn} onChange={(e) => setTakenOn(e.target.value)} />
          {hasPassMark ? (
            <>
              <label htmlFor="exam-score">
                {t('session.score', { mark: props.session.cardType.examPassMark ?? 0 })}
              </label>
              <input
                id="exam-score"
                inputMode="decimal"
                required
                value={score}
                onChange={(e) => setScore(e.target.value)}
              />
            </>
          ) : (
            <fieldset>
              <legend>{t('session.result')}</legend>
              <label className="check">
                <input
                  type="radio"
                  name="passed"
                  required
                  checked={passed === 'yes'}
                  onChange={() => setPassed('yes')}
                />
                {t('session.passed')}
              </label>
              <label className="check">
                <input type="radio" name="passed" checked={passed === 'no'} onChange={() => setPassed('no')} />
                {t('session.failed')}
              </label>
            </fieldset>
          )}
          <ErrorText error={error} />
          <div className="actions">
            <button type="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={loading}>
              {t('session.saveExam')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
