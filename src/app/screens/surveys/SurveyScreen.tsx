import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  AppMyClientsDocument,
  AppRegisterClientsDocument,
  AppSendSurveyDocument,
  AppSurveyAnswersDocument,
  AppSurveyDocument,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { can, has, useMembership, useTenantPath } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Dialog, Empty, Loading, Status } from '../../ui/ui';

/** One survey: its questions, sending it to clients, and the answers received. */
export function SurveyScreen() {
  const { surveyId = '' } = useParams();
  const { t, dateTime } = useI18n();
  const membership = useMembership();
  const tenantPath = useTenantPath();
  const { data, loading, error } = useQuery(AppSurveyDocument, { variables: { id: surveyId } });
  const answers = useQuery(AppSurveyAnswersDocument, {
    variables: { surveyId },
    skip: !can.readSurveyAnswers(membership),
  });
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');
  const back = (
    <p className="back">
      <Link to={tenantPath('surveys')}>← {t('surveys.back')}</Link>
    </p>
  );
  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <section>
        {back}
        <ErrorText error={error} />
      </section>
    );
  }
  const s = data.survey;
  return (
    <section aria-labelledby="survey-title">
      {back}
      <div className="title-row">
        <h1 id="survey-title">{s.title}</h1>
        {can.writeSurveys(membership) ? (
          <button type="button" className="primary" onClick={() => setSending(true)}>
            {t('surveys.send')}
          </button>
        ) : null}
      </div>
      <p>
        <span className={`badge badge-${s.status.toLowerCase()}`}>{t(`surveyStatus.${s.status}`)}</span>
        {s.sentAt ? ` ${t('surveys.sentAt', { date: dateTime(s.sentAt) })}` : ''}
      </p>
      {status ? <Status>{status}</Status> : null}
      {s.intro ? <p>{s.intro}</p> : null}
      <ol className="panel questions">
        {s.questions.map((q) => (
          <li key={q.id}>
            {q.prompt}{' '}
            <span className="muted">
              ({t(`questionKind.${q.kind}`)}
              {q.required ? `, ${t('surveys.required')}` : ''})
            </span>
            {q.choices.length ? <span className="muted"> — {q.choices.join(' / ')}</span> : null}
          </li>
        ))}
      </ol>
      {can.readSurveyAnswers(membership) ? (
        <section className="panel" aria-labelledby="answers-title">
          <h2 id="answers-title">{t('surveys.answers')}</h2>
          {answers.loading && !answers.data ? <Loading /> : null}
          <ErrorText error={answers.error} />
          {answers.data && answers.data.surveyAnswers.length === 0 ? <Empty>{t('surveys.noAnswers')}</Empty> : null}
          {answers.data?.surveyAnswers.map((r) => (
            <article key={r.invitationId} className="answer">
              <h3>
                <Link to={tenantPath(`clients/${r.personId}`)}>
                  {t('surveys.answeredAt', { date: dateTime(r.answeredAt) })}
                </Link>
              </h3>
              <dl className="facts">
                {r.answers.map((a) => (
                  <div key={a.questionId}>
                    <dt>{a.prompt}</dt>
                    <dd>{a.text ?? a.choices?.join(', ') ?? (a.scale != null ? `${a.scale} / 5` : '—')}</dd>
                  </div>
                ))}
              </dl>
            </article>
          ))}
        </section>
      ) : null}
      {sending ? (
        <SendDialog
          surveyId={s.id}
          onClose={() => setSending(false)}
          onSent={(count) => {
            setSending(false);
            setStatus(t('surveys.sent', { count }));
          }}
          ownClients={has(membership, 'COACH')}
        />
      ) : null}
    </section>
  );
}

function SendDialog(props: { surveyId: string; ownClients: boolean; onClose(): void; onSent(count: number): void }) {
  const { t } = useI18n();
  const variables = { first: 100, search: null, after: null };
  const mine = useQuery(AppMyClientsDocument, { variables, skip: !props.ownClients });
  const register = useQuery(AppRegisterClientsDocument, { variables, skip: props.ownClients });
  const clients = (props.ownClients ? mine.data?.myClients : register.data?.clients)?.nodes ?? [];
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [send, { loading, error }] = useMutation(AppSendSurveyDocument, { refetchQueries: ['AppSurvey'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await send({ variables: { input: { surveyId: props.surveyId, personIds: [...chosen] } } });
      props.onSent(result.data?.sendSurvey.recipientCount ?? chosen.size);
    } catch {
      // ErrorText shows why; the choice stays
    }
  };
  return (
    <Dialog title={t('surveys.sendTitle')} open onClose={props.onClose}>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('surveys.recipients')}</legend>
          {(props.ownClients ? mine : register).loading ? <Loading /> : null}
          {clients.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                disabled={!c.email}
                checked={chosen.has(c.id)}
                onChange={(e) =>
                  setChosen((set) => {
                    const next = new Set(set);
                    if (e.target.checked) next.add(c.id);
                    else next.delete(c.id);
                    return next;
                  })
                }
              />
              {c.lastName}, {c.firstName} {c.email ? '' : `(${t('surveys.noEmail')})`}
            </label>
          ))}
        </fieldset>
        <ErrorText error={error ?? mine.error ?? register.error} />
        <div className="actions">
          <button type="button" className="dialog-close" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={loading || chosen.size === 0}>
            {t('surveys.sendCount', { count: chosen.size })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
