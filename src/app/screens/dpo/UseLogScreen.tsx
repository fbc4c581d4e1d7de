import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { AppPeopleSearchDocument, AppPersonUseLogDocument } from '../../gql/graphql';
import { isMessageKey, useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';

// Act 703/2023 § 11: the log report covers two years back by default.
const YEARS_BACK = 2;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** The controller's DPO: find a person, then read who used their data, when and on what basis (käyttöloki). */
export function UseLogScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const personId = params.get('person');
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const people = useQuery(AppPeopleSearchDocument, {
    variables: { search: search || null, first: 20, after: null },
    skip: !search,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };
  return (
    <section aria-labelledby="uselog-title">
      <h1 id="uselog-title">{t('useLog.title')}</h1>
      <p className="lead">{t('useLog.lead')}</p>
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor="person-search">{t('useLog.searchPerson')}</label>
        <input id="person-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit">{t('common.search')}</button>
      </form>
      {people.loading && !people.data ? <Loading /> : null}
      <ErrorText error={people.error} />
      {people.data && people.data.people.nodes.length === 0 ? (
        <Empty>{t('clients.noMatches', { search })}</Empty>
      ) : null}
      {people.data && people.data.people.nodes.length > 0 ? (
        <ul className="people-choice">
          {people.data.people.nodes.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                aria-pressed={p.id === personId}
                onClick={() => setParams({ q: search, person: p.id })}
              >
                {p.lastName}, {p.firstName} <span className="mono">{p.personalIdentityCodeMasked ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {personId ? <PersonUseLog personId={personId} /> : null}
    </section>
  );
}

function PersonUseLog({ personId }: { personId: string }) {
  const { t, dateTime } = useI18n();
  const today = new Date();
  const [from, setFrom] = useState(day(new Date(today.getFullYear() - YEARS_BACK, today.getMonth(), today.getDate())));
  const [to, setTo] = useState(day(today));
  const variables = {
    personId,
    from: new Date(`${from}T00:00:00`).toISOString(),
    to: new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString(),
  };
  const { data, loading, error } = useQuery(AppPersonUseLogDocument, { variables, skip: !from || !to });
  return (
    <section className="panel" aria-labelledby="uselog-entries">
      <h2 id="uselog-entries">{t('useLog.entries')}</h2>
      <div className="row">
        <div>
          <label htmlFor="uselog-from">{t('useLog.from')}</label>
          <input id="uselog-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="uselog-to">{t('useLog.to')}</label>
          <input id="uselog-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorText error={error} />
      {data && data.personUseLog.length === 0 ? <Empty>{t('useLog.none')}</Empty> : null}
      {data && data.personUseLog.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('useLog.when')}</th>
                <th scope="col">{t('useLog.who')}</th>
                <th scope="col">{t('useLog.operation')}</th>
                <th scope="col">{t('useLog.basis')}</th>
                <th scope="col" className="wide-only">
                  {t('useLog.data')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.personUseLog.map((e) => (
                <tr key={e.seq}>
                  <td>{dateTime(e.occurredAt)}</td>
                  <td>
                    {e.actorRoles.map((r) => t(`role.${r}`)).join(', ')}
                    <br />
                    <span className="mono muted" title={e.actorUserId}>
                      {e.actorUserId.slice(0, 8)}
                    </span>
                  </td>
                  <td className="mono">{e.operation}</td>
                  <td>
                    {isMessageKey(`basis.${e.basis}`) ? t(`basis.${e.basis}` as MessageKey) : e.basis}
                    {e.reason ? (
                      <>
                        <br />
                        <span className="muted">{e.reason}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="wide-only small">{e.data.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
