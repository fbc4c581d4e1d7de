import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { AppExpiringCardsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';

const WINDOWS = [30, 60, 90, 180, 365];

/** Cards whose validity ends soon, soonest first: the renewal list (opt-outs and objections left out by Kaira). */
export function ExpiringCardsScreen() {
  const { t, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const days = WINDOWS.find((w) => String(w) === params.get('days')) ?? 90;
  const { data, loading, error } = useQuery(AppExpiringCardsDocument, { variables: { withinDays: days } });
  return (
    <section aria-labelledby="expiring-title">
      <h1 id="expiring-title">{t('expiring.title')}</h1>
      <p className="lead">{t('expiring.lead')}</p>
      <div className="filter">
        <label htmlFor="expiring-days">{t('expiring.within')}</label>
        <select id="expiring-days" value={days} onChange={(e) => setParams({ days: e.target.value })}>
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {t('expiring.days', { days: w })}
            </option>
          ))}
        </select>
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {data && data.expiringCards.length === 0 ? <Empty>{t('expiring.none', { days })}</Empty> : null}
      {data && data.expiringCards.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('expiring.person')}</th>
                <th scope="col">{t('expiring.cardType')}</th>
                <th scope="col">{t('expiring.cardNumber')}</th>
                <th scope="col">{t('expiring.validUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {data.expiringCards.map((c) => (
                <tr key={c.cardId}>
                  <td>
                    {c.lastName}, {c.firstName}
                  </td>
                  <td>{c.cardTypeName}</td>
                  <td className="mono">{c.cardNumber}</td>
                  <td>{date(c.validUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
