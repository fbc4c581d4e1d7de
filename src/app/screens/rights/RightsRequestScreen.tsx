import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  AppCompleteRightsRequestDocument,
  AppExtendRightsRequestDocument,
  AppRefuseRightsRequestDocument,
  AppRightsRequestDocument,
  AppRightsRequestPersonDocument,
  AppVerifyRequesterIdentityDocument,
  type AppRightsRequestCaseFragment,
  type IdentityMethod,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { can, useMembership, useTenantPath } from '../../session/membership';
import { IdentityCode } from '../clients/IdentityCode';
import { ErrorText } from '../../ui/errors';
import { Dialog, Loading, Status } from '../../ui/ui';
import { DueBadge } from './DueBadge';
import { isOpen } from './rightsRequest';

const METHODS: IdentityMethod[] = [
  'ID_DOCUMENT',
  'STRONG_ELECTRONIC_IDENTIFICATION',
  'KNOWN_IN_PERSON',
  'VERIFIED_SIGNATURE',
];

/** One rights request: the case, its deadline, and what the signed-in member may do next. */
export function RightsRequestScreen() {
  const { requestId = '' } = useParams();
  const { t } = useI18n();
  const path = useTenantPath();
  const { data, loading, error, refetch } = useQuery(AppRightsRequestDocument, { variables: { id: requestId } });
  const request = data?.rightsRequest;
  const overdue = !!request && isOpen(request) && !!data?.overdue.some((r) => r.id === request.id);
  return (
    <section aria-labelledby="case-title">
      <p className="back">
        <Link to={path('rights-requests')}>← {t('rights.back')}</Link>
      </p>
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {request ? (
        <>
          <div className="title-row">
            <h1 id="case-title">{t(`rightsKind.${request.kind}`)}</h1>
            <DueBadge urgency={overdue ? 'overdue' : null} />
          </div>
          <div className="client-grid">
            <CaseFacts request={request} />
            <CaseActions request={request} onChanged={() => void refetch()} />
          </div>
        </>
      ) : null}
    </section>
  );
}

function CaseFacts({ request }: { request: AppRightsRequestCaseFragment }) {
  const { t, date, dateTime } = useI18n();
  return (
    <section className="panel" aria-labelledby="case-facts">
      <h2 id="case-facts">{t('rights.case')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('rights.requester')}</dt>
          <dd>{request.personId ? <CasePerson personId={request.personId} /> : (request.statedIdentity ?? '—')}</dd>
        </div>
        <div>
          <dt>{t('rights.receivedOn')}</dt>
          <dd>{date(request.receivedOn)}</dd>
        </div>
        <div>
          <dt>{t('rights.channel')}</dt>
          <dd>{t(`rightsChannel.${request.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('rights.identity')}</dt>
          <dd data-testid="identity-check">
            {request.identityCheck
              ? t('rights.identityCheckedBy', {
                  method: t(`identityMethod.${request.identityCheck.method}`),
                  when: dateTime(request.identityCheck.checkedAt),
                })
              : t('rights.identityNotChecked')}
          </dd>
        </div>
        <div>
          <dt>{t('rights.due')}</dt>
          <dd>
            {date(request.effectiveDueOn)}
            {request.extendedDueOn ? (
              <span className="muted"> ({t('rights.firstDue', { date: date(request.dueOn) })})</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('rights.extension')}</dt>
          <dd>{request.extensionReason ?? t('rights.notExtended')}</dd>
        </div>
        <div>
          <dt>{t('rights.status')}</dt>
          <dd data-testid="case-status">{t(`rightsStatus.${request.status}`)}</dd>
        </div>
        <div>
          <dt>{t('rights.details')}</dt>
          <dd>{request.details ?? '—'}</dd>
        </div>
        {request.decision ? (
          <div>
            <dt>{t('rights.decision')}</dt>
            <dd className="pre-wrap">
              {request.decision}
              {request.decidedAt ? <span className="muted small"> · {dateTime(request.decidedAt)}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** The matched person, for those who may read the register's people; the henkilötunnus masked. */
function CasePerson({ personId }: { personId: string }) {
  const { t } = useI18n();
  const membership = useMembership();
  const allowed = can.readPeople(membership);
  const { data } = useQuery(AppRightsRequestPersonDocument, { variables: { id: personId }, skip: !allowed });
  if (!allowed) return <>{t('rights.personMatched')}</>;
  if (!data) return <>{t('rights.personMatched')}</>;
  const p = data.person;
  return (
    <>
      {p.firstName} {p.lastName} <IdentityCode personId={p.id} masked={p.personalIdentityCodeMasked} />
    </>
  );
}

// GDPR 12(3): the deadline is extended only within the first month (due-date.ts extensionStillPossible).
const finnishToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

type Action = 'extend' | 'complete' | 'refuse' | null;

function CaseActions({ request, onChanged }: { request: AppRightsRequestCaseFragment; onChanged(): void }) {
  const { t } = useI18n();
  const membership = useMembership();
  const [method, setMethod] = useState<IdentityMethod>('ID_DOCUMENT');
  const [action, setAction] = useState<Action>(null);
  const [done, setDone] = useState<string | null>(null);
  const [verify, verifying] = useMutation(AppVerifyRequesterIdentityDocument);
  if (!isOpen(request)) {
    return (
      <section className="panel" aria-labelledby="case-actions">
        <h2 id="case-actions">{t('rights.actions')}</h2>
        {done ? <Status>{done}</Status> : null}
        <p className="muted">{t('rights.decided')}</p>
      </section>
    );
  }
  const decides = can.decideRightsRequests(membership);
  const submitVerify = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await verify({ variables: { input: { requestId: request.id, method } } });
      setDone(t('rights.identityRecorded'));
      onChanged();
    } catch {
      // ErrorText shows it
    }
  };
  return (
    <section className="panel" aria-labelledby="case-actions">
      <h2 id="case-actions">{t('rights.actions')}</h2>
      {done ? <Status>{done}</Status> : null}
      {request.identityCheck ? null : (
        <form onSubmit={submitVerify}>
          <label htmlFor="identity-method">{t('rights.identityMethod')}</label>
          <select id="identity-method" value={method} onChange={(e) => setMethod(e.target.value as IdentityMethod)}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`identityMethod.${m}`)}
              </option>
            ))}
          </select>
          <ErrorText error={verifying.error} />
          <button type="submit" className="primary" disabled={verifying.loading}>
            {t('rights.verifyIdentity')}
          </button>
        </form>
      )}
      {decides ? (
        <div className="actions start">
          {request.extendedDueOn || finnishToday() > request.dueOn ? null : (
            <button type="button" onClick={() => setAction('extend')}>
              {t('rights.extend')}
            </button>
          )}
          {request.kind === 'ERASURE' ? null : (
            <button type="button" onClick={() => setAction('complete')}>
              {t('rights.complete')}
            </button>
          )}
          <button type="button" onClick={() => setAction('refuse')}>
            {t('rights.refuse')}
          </button>
        </div>
      ) : (
        <p className="notice">{t('rights.controllerDecides')}</p>
      )}
      {request.kind === 'ERASURE' && decides ? <p className="muted small">{t('rights.erasureNote')}</p> : null}
      <DecisionDialog
        request={request}
        action={action}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          setDone(message);
          onChanged();
        }}
      />
    </section>
  );
}

function DecisionDialog(props: {
  request: AppRightsRequestCaseFragment;
  action: Action;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const { request, action } = props;
  const [text, setText] = useState('');
  const [months, setMonths] = useState(1);
  const [extend, extending] = useMutation(AppExtendRightsRequestDocument);
  const [complete, completing] = useMutation(AppCompleteRightsRequestDocument);
  const [refuse, refusing] = useMutation(AppRefuseRightsRequestDocument);
  const current = action === 'extend' ? extending : action === 'complete' ? completing : refusing;
  const title =
    action === 'extend' ? t('rights.extend') : action === 'complete' ? t('rights.complete') : t('rights.refuse');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (action === 'extend') {
        await extend({ variables: { input: { requestId: request.id, months, reason: text } } });
        props.onDone(t('rights.extendedDone'));
      } else if (action === 'complete') {
        await complete({ variables: { input: { requestId: request.id, decision: text } } });
        props.onDone(t('rights.completedDone'));
      } else if (action === 'refuse') {
        await refuse({ variables: { input: { requestId: request.id, reason: text } } });
        props.onDone(t('rights.refusedDone'));
      }
      setText('');
    } catch {
      // ErrorText shows it; what was typed stays
    }
  };
  return (
    <Dialog title={title} open={action !== null} onClose={props.onClose}>
      <form onSubmit={submit}>
        {action === 'extend' ? (
          <>
            <label htmlFor="extend-months">{t('rights.extendMonths')}</label>
            <select id="extend-months" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
              <option value={1}>{t('rights.months', { count: 1 })}</option>
              <option value={2}>{t('rights.months', { count: 2 })}</option>
            </select>
          </>
        ) : null}
        <label htmlFor="decision-text">
          {action === 'complete'
            ? t('rights.decisionText')
            : action === 'extend'
              ? t('rights.extendReason')
              : t('rights.refuseReason')}
        </label>
        <textarea id="decision-text" rows={5} required value={text} onChange={(e) => setText(e.target.value)} />
        {action === 'refuse' ? <p className="muted small">{t('rights.refuseNote')}</p> : null}
        <ErrorText error={current.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={current.loading}>
            {title}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
