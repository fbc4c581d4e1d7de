import { useQuery } from '@apollo/client/react';
import { AppTrainingSessionsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';

const DAYS_AHEAD = 365;

// YYYY-MM-DD in Finnish time, as trainingSessions takes its days.
const finnishDay = (date: Date): string => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The card-training sessions of the coming year, with seats left; a trainer sees those they teach. */
export function SessionsScreen() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const now = new Date();
  const from = finnishDay(now);
  const to = finnishDay(new Date(now.getTime() + DAYS_AHEAD * 86_400_000));
  const { data, loading, error } = useQuery(AppTrainingSessionsDocument, { variables: { from, to } });
  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">{t('sessions.title')}</h1>
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {data && data.trainingSessions.length === 0 ? <Empty>{t('sessions.none')}</Empty> : null}
      {data && data.trainingSessions.length > 0 ? (
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
              {data.trainingSessions.map((s) => (
                <tr key={s.id}>
                  <td>{i18n.lang === 'fi' ? s.cardType.nameFi : s.cardType.nameEn}</td>
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
