import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  AppDecideDisclosureRequestDocument,
  AppDisclosureRequestsDocument,
  AppRightsRequestPersonDocument,
  type AppDisclosureRequestFragment,
  type DisclosureStatus,
} from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../i18n/i18n';
import { can, useMembership } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Dialog, Empty, Loading, Status } from '../../ui/ui';

const STATUSES: DisclosureStatus[] = ['PENDING', 'APPROVED', 'REFUSED', 'EXECUTED'];

/**
 * Requests to disclose a person's data (DOMAIN.md §2.2): those awaiting the controller's decision first.
 * Only the controller's DPO or officers decide, with their reasons; Eduro's staff working for the city see
 * the request but are not offered the decision (and Kaira refuses it if sent anyway).
 */
export function DisclosuresScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') ?? 'PENDING';
  const status = STATUSES.find((s) => s === statusParam) ?? null;
  const { data, loading, error } = useQuery(AppDisclosureRequestsDocument, { variables: { status } });
  const [deciding, setDeciding] = useState<AppDisclosureRequestFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="disclosures-title">
      <h1 id="disclosures-title">{t('disclosures.title')}</h1>
      <p className="lead">{t('disclosures.lead')}</p>
      <div className="filter">
        <label htmlFor="disclosure-status">{t('disclosures.filterStatus')}</label>
        <select
          id="disclosure-status"
          value={status ?? ''}
          onChange={(e) => setParams({ status: e.target.value || 'ALL' })}
        >
          <option value="">{t('disclosures.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`disclosureStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {done ? <Status>{done}</Status> : null}
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {data && data.disclosureRequests.length === 0 ? (
        <Empty>{status === 'PENDING' ? t('disclosures.nonePending') : t('disclosures.none')}</Empty>
      ) : null}
      {data
        ? data.disclosureRequests.map((r) => (
            <DisclosureCard
              key={r.id}
              request={r}
              onDecide={() => {
                setDone(null);
                setDeciding(r);
              }}
            />
          ))
        : null}
      <DecideDialog
        request={deciding}
        onClose={() => setDeciding(null)}
        onDone={(approved) => {
          setDeciding(null);
          setDone(approved ? t('disclosures.approvedDone') : t('disclosures.refusedDone'));
        }}
      />
    </section>
  );
}

function DisclosureCard({ request, onDecide }: { request: AppDisclosureRequestFragment; onDecide(): void }) {
  const i18n = useI18n();
  const { t, date, dateTime } = i18n;
  const membership = useMembership();
  const r = request;
  const headingId = `disclosure-${r.id}`;
  return (
    <article className="panel" aria-labelledby={headingId} data-testid="disclosure">
      <div className="title-row">
        <h2 id={headingId}>{r.recipient.name}</h2>
        <span className={`badge badge-disclosure-${r.status.toLowerCase()}`}>{t(`disclosureStatus.${r.status}`)}</span>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('disclosures.person')}</dt>
          <dd>
            <DisclosurePerson personId={r.personId} />
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.basis')}</dt>
          <dd>
            {t(`disclosureBasis.${r.basis.kind}`)}: {r.basis.documentRef} ({date(r.basis.documentDate)})
            {r.basis.statute ? (
              <>
                <br />
                <span className="muted">{r.basis.statute}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.categories')}</dt>
          <dd>
            {r.categories
              .map((c) => {
                const key = `dataCategory.${c}`;
                return isMessageKey(key) ? t(key) : c;
              })
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.period')}</dt>
          <dd>
            {r.periodFrom && r.periodTo
              ? `${date(r.periodFrom)} – ${date(r.periodTo)}`
              : r.periodFrom
                ? t('disclosures.periodFrom', { date: date(r.periodFrom) })
                : r.periodTo
                  ? t('disclosures.periodTo', { date: date(r.periodTo) })
                  : t('disclosures.wholePeriod')}
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.recipient')}</dt>
          <dd>
            {r.recipient.name}
            {r.recipient.businessId ? ` (${r.recipient.businessId})` : ''}, {r.recipient.country}
            <br />
            <span className="muted">{r.recipient.address}</span>
            {r.recipient.inEea ? null : (
              <>
                <br />
                <strong>{t('disclosures.thirdCountry')}</strong>
                {r.transferSafeguards.missing.length > 0 ? ` ${t('disclosures.safeguardsMissing')}` : ''}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.registeredAt')}</dt>
          <dd>{dateTime(r.registeredAt)}</dd>
        </div>
        {r.decisionReason ? (
          <div>
            <dt>{t('disclosures.decision')}</dt>
            <dd>
              {r.decisionReason}
              {r.decidedAt ? <span className="muted small"> · {dateTime(r.decidedAt)}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {r.status === 'PENDING' ? (
        can.decideDisclosures(membership) ? (
          <div className="actions start">
            <button type="button" className="primary" onClick={onDecide}>
              {t('disclosures.decide')}
            </button>
          </div>
        ) : (
          <p className="notice">{t('disclosures.controllerDecides')}</p>
        )
      ) : null}
    </article>
  );
}

/** The person's name and masked henkilötunnus, for those who may read the register's people. */
function DisclosurePerson({ personId }: { personId: string }) {
  const { t } = useI18n();
  const allowed = can.readPeople(useMembership());
  const { data } = useQuery(AppRightsRequestPersonDocument, { variables: { id: personId }, skip: !allowed });
  if (!allowed || !data) return <>{t('disclosures.personInRegister')}</>;
  const p = data.person;
  return (
    <>
      {p.firstName} {p.lastName} <span className="mono">{p.personalIdentityCodeMasked ?? ''}</span>
    </>
  );
}

function DecideDialog(props: {
  request: AppDisclosureRequestFragment | null;
  onClose(): void;
  onDone(approved: boolean): void;
}) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'approve' | 'refuse' | ''>('');
  const [reason, setReason] = useState('');
  const [decide, { loading, error, reset }] = useMutation(AppDecideDisclosureRequestDocument, {
    // A decided request leaves the list of those awaiting a decision.
    refetchQueries: ['AppDisclosureRequests'],
    awaitRefetchQueries: true,
  });
  const close = () => {
    reset();
    props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!props.request || !decision) return;
    try {
      await decide({ variables: { input: { id: props.request.id, approve: decision === 'approve', reason } } });
      setReason('');
      setDecision('');
      props.onDone(decision === 'approve');
    } catch {
      // ErrorText shows it; the decision and the reason typed stay
    }
  };
  return (
    <Dialog title={t('disclosures.decideTitle')} open={props.request !== null} onClose={close}>
      <form onSubmit={submit}>
        <p className="muted">{props.request?.recipient.name}</p>
        <fieldset>
          <legend>{t('disclosures.decision')}</legend>
          <label className="check">
            <input
              type="radio"
              name="decision"
              value="approve"
              required
              checked={decision === 'approve'}
              onChange={() => setDecision('approve')}
            />
            {t('disclosures.approve')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="decision"
              value="refuse"
              checked={decision === 'refuse'}
              onChange={() => setDecision('refuse')}
            />
            {t('disclosures.refuse')}
          </label>
        </fieldset>
        <label htmlFor="disclosure-reason">{t('disclosures.reason')}</label>
        <textarea id="disclosure-reason" rows={4} required value={reason} onChange={(e) => setReason(e.target.value)} />
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={loading || !decision}>
            {t('disclosures.saveDecision')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
