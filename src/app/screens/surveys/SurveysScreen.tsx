import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { AppCopySurveyDocument, AppSurveysDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { can, useMembership, useTenantPath } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading, Status } from '../../ui/ui';
import { SurveyForm } from './SurveyForm';

/** The register's client surveys: create, copy, open one to send it or read its answers. */
export function SurveysScreen() {
  const { t, dateTime } = useI18n();
  const membership = useMembership();
  const tenantPath = useTenantPath();
  const { data, loading, error } = useQuery(AppSurveysDocument);
  const [copy, copied] = useMutation(AppCopySurveyDocument, {
    refetchQueries: ['AppSurveys'],
    awaitRefetchQueries: true,
  });
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState('');
  const writes = can.writeSurveys(membership);
  return (
    <section aria-labelledby="surveys-title">
      <div className="title-row">
        <h1 id="surveys-title">{t('surveys.title')}</h1>
        {writes && !creating ? (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('surveys.new')}
          </button>
        ) : null}
      </div>
      {creating ? (
        <SurveyForm
          onDone={(title) => {
            setCreating(false);
            if (title) setStatus(t('surveys.createdStatus', { title }));
          }}
        />
      ) : null}
      {status ? <Status>{status}</Status> : null}
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error ?? copied.error} />
      {data && data.surveys.length === 0 ? <Empty>{t('surveys.none')}</Empty> : null}
      {data && data.surveys.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('surveys.name')}</th>
                <th scope="col">{t('surveys.status')}</th>
                <th scope="col">{t('surveys.created')}</th>
                {writes ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.surveys.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={tenantPath(`surveys/${s.id}`)}>{s.title}</Link>
                    {s.copiedFromId ? <span className="muted"> ({t('surveys.isCopy')})</span> : null}
                  </td>
                  <td>
                    <span className={`badge badge-${s.status.toLowerCase()}`}>{t(`surveyStatus.${s.status}`)}</span>
                    {s.sentAt ? ` ${dateTime(s.sentAt)}` : ''}
                  </td>
                  <td>{dateTime(s.createdAt)}</td>
                  {writes ? (
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        disabled={copied.loading}
                        onClick={async () => {
                          const result = await copy({ variables: { input: { surveyId: s.id } } }).catch(() => null);
                          if (result?.data) setStatus(t('surveys.copied', { title: s.title }));
                        }}
                      >
                        {t('surveys.copy')}
                        <span className="visually-hidden"> {s.title}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
