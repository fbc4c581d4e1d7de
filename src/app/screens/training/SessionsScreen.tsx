import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { AppTrainingSessionsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useTenantPath } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';

const DAYS_AHEAD = 365;

// YYYY-MM-DD in Finnish time, as trainingSessions takes its days.
const finnishDay = (date: Date): string => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

/**
 * The card-training sessions of the coming year (or of the past year), with seats left; a trainer sees those
 * they teach. A session opens its participants.
 */
export function SessionsScreen() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const path = useTenantPath();
  const [params, setParams] = useSearchParams();
  const past = params.get('when') === 'past';
  const now = new Date();
  const from = finnishDay(past ? new Date(now.getTime() - DAYS_AHEAD * 86_400_000) : now);
  const to = finnishDay(past ? now : new Date(now.getTime() + DAYS_AHEAD * 86_400_000));
  const { data, loading, error } = useQuery(AppTrainingSessionsDocument, { variables: { from, to } });
  // Coming sessions soonest first; past ones latest first.
  const sessions = data ? (past ? [...data.trainingSessions].reverse() : data.trainingSessions) : [];
  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">{t('sessions.title')}</h1>
      <div className="filter">
        <label htmlFor="sessions-when">{t('sessions.when')}</label>
        <select
          id="sessions-when"
          value={past ? 'past' : ''}
          onChange={(e) => setParams(e.target.value ? { when: e.target.value } : {})}
        >
          <option value="">{t('sessions.upcoming')}</option>
          <option value="past">{t('sessions.past')}</option>
        </select>
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {data && data.trainingSessions.length === 0 ? (
        <Empty>{past ? t('sessions.nonePast') : t('sessions.none')}</Empty>
      ) : null}
      {sessions.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sessions.cardType')}</th>
                <th scope="col">{t('sessions.time')}</th>
                <th scope="col">{t('sessions.place')}</th>
                <th scope="col" className="wide-only">
                  {t('sessions.trainers')}
                </th>
                <th scope="col" className="number">
                  {t('sessions.seatsLeft')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={path(`sessions/${s.id}`)}>
                      {i18n.lang === 'fi' ? s.cardType.nameFi : s.cardType.nameEn}
                    </Link>
                  </td>
                  <td>
                    {dateTime(s.startsAt)}–
                    {new Date(s.endsAt).toLocaleTimeString(i18n.lang === 'fi' ? 'fi-FI' : 'en-GB', {
                      timeZone: 'Europe/Helsinki',
                      hour: '2-digit',
                      minute: '2-digit',
                    })}
                  </td>
                  <td>
                    {s.place}
                    <br />
                    <span className="muted">
                      {t(`deliveryMode.${s.deliveryMode}`)} · {t(`sessionLanguage.${s.language}`)}
                    </span>
                  </td>
                  <td className="wide-only">{s.trainers.map((tr) => tr.displayName).join(', ') || '—'}</td>
                  <td className="number">
                    <span className={s.seatsLeft === 0 ? 'badge badge-withdrawn' : ''}>
                      {s.seatsLeft === 0
                        ? t('sessions.full')
                        : t('sessions.seats', { left: s.seatsLeft, capacity: s.capacity })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
