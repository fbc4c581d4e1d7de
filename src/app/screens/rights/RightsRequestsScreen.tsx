import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { AppRightsRequestsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useTenantPath } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';
import { DueBadge } from './DueBadge';
import { isOpen, STATUSES, urgencyOf } from './rightsRequest';

/**
 * The register's data subject rights requests by the deadline in force (GDPR 12(3): one month, extendable),
 * the overdue and the due-soon ones marked in words. A case opens on its own page.
 */
export function RightsRequestsScreen() {
  const { t, date } = useI18n();
  const path = useTenantPath();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = STATUSES.find((s) => s === statusParam) ?? null;
  const { data, loading, error } = useQuery(AppRightsRequestsDocument, { variables: { status } });
  const overdue = new Set(data?.overdue.map((r) => r.id));
  const dueSoon = new Set(data?.dueSoon.map((r) => r.id));
  return (
    <section aria-labelledby="rights-title">
      <h1 id="rights-title">{t('rights.title')}</h1>
      <p className="lead">{t('rights.lead')}</p>
      {data ? (
        <p className="queue-summary" data-testid="rights-summary">
          <span className={overdue.size > 0 ? 'badge badge-overdue' : 'badge'}>
            {t('rights.overdueCount', { count: overdue.size })}
          </span>{' '}
          <span className="badge">{t('rights.dueSoonCount', { count: dueSoon.size, days: 7 })}</span>
        </p>
      ) : null}
      <div className="filter">
        <label htmlFor="rights-status">{t('rights.filterStatus')}</label>
        <select
          id="rights-status"
          value={status ?? ''}
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
        >
          <option value="">{t('rights.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`rightsStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {data && data.rightsRequests.length === 0 ? <Empty>{t('rights.none')}</Empty> : null}
      {data && data.rightsRequests.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('rights.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rights.kind')}</th>
                <th scope="col">{t('rights.receivedOn')}</th>
                <th scope="col" className="wide-only">
                  {t('rights.channel')}
                </th>
                <th scope="col">{t('rights.identity')}</th>
                <th scope="col">{t('rights.due')}</th>
                <th scope="col">{t('rights.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rightsRequests.map((r) => {
                const urgency = isOpen(r) ? urgencyOf(r.id, overdue, dueSoon) : null;
                return (
                  <tr key={r.id} className={urgency === 'overdue' ? 'row-overdue' : undefined}>
                    <td>
                      <Link to={path(`rights-requests/${r.id}`)}>{t(`rightsKind.${r.kind}`)}</Link>
                    </td>
                    <td>{date(r.receivedOn)}</td>
                    <td className="wide-only">{t(`rightsChannel.${r.channel}`)}</td>
                    <td>
                      {r.identityCheck ? (
                        <span className="badge badge-given">{t('rights.identityChecked')}</span>
                      ) : (
                        <span className="badge badge-never_given">{t('rights.identityNotChecked')}</span>
                      )}
                    </td>
                    <td>
                      {date(r.effectiveDueOn)}
                      {r.extendedDueOn ? <span className="muted small"> ({t('rights.extended')})</span> : null}
                      {urgency ? (
                        <>
                          <br />
                          <DueBadge urgency={urgency} />
                        </>
                      ) : null}
                    </td>
                    <td>{t(`rightsStatus.${r.status}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
