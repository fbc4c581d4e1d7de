import type { AppClientConsentQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Loading } from '../../ui/ui';

/** The client's written consents: each consent-gated category's status now, and the ledger behind it. */
export function ConsentSection(props: { loading: boolean; error: unknown; data: AppClientConsentQuery | undefined }) {
  const i18n = useI18n();
  const { t, date, dateTime } = i18n;
  const { data } = props;
  return (
    <section className="panel" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('consent.title')}</h2>
      {props.loading && !data ? <Loading /> : null}
      <ErrorText error={props.error} />
      {data ? (
        <>
          <ul className="consent-list">
            {data.consentStatus.categories.map((c) => (
              <li key={c.category}>
                <span>{c.name[i18n.lang]}</span>
                <span className={`badge badge-${c.reason.toLowerCase()}`}>
                  {t(`consent.status.${c.reason}`)}
                  {c.since ? ` ${date(c.since)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {data.consentStatus.disclosesToPurchaser ? t('consent.disclosesYes') : t('consent.disclosesNo')}
          </p>
          <details>
            <summary>{t('consent.ledger', { count: data.consentLedger.length })}</summary>
            {data.consentLedger.length === 0 ? <p className="empty">{t('consent.noRecords')}</p> : null}
            <ol className="plain">
              {data.consentLedger.map((r) => (
                <li key={r.id}>
                  <strong>{t(`consent.action.${r.action}`)}</strong> · {dateTime(r.recordedAt)} · {r.recordedByName}
                  <br />
                  <span className="muted">
                    {r.categories.join(', ')} · {r.evidence}
                  </span>
                </li>
              ))}
            </ol>
          </details>
        </>
      ) : null}
    </section>
  );
}
