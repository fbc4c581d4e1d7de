import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AppMyClientsDocument, AppRegisterClientsDocument, type AppClientRowFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { has, useMembership, useTenantPath } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';

const PAGE_SIZE = 20;

/**
 * A coach's own clients (active assignments), or for office staff and the controller's oversight the
 * register's clients. Search by the beginning of a name; paging by cursor, kept in the address so the
 * back button and a return after signing in land on the same page.
 */
export function ClientsScreen() {
  const { t } = useI18n();
  const membership = useMembership();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const after = params.get('after');
  const [typed, setTyped] = useState(search);
  const own = has(membership, 'COACH');
  const variables = { search: search || null, first: PAGE_SIZE, after };
  const mine = useQuery(AppMyClientsDocument, { variables, skip: !own });
  const register = useQuery(AppRegisterClientsDocument, { variables, skip: own });
  const { loading, error } = own ? mine : register;
  const page = own ? mine.data?.myClients : register.data?.clients;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };

  return (
    <section aria-labelledby="clients-title">
      <h1 id="clients-title">{own ? t('clients.mine') : t('clients.register')}</h1>
      <form className="search" role="search" onSubmit={submit}>
        <label htmlFor="client-search">{t('clients.search')}</label>
        <input id="client-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit">{t('common.search')}</button>
      </form>
      {loading && !page ? <Loading /> : null}
      <ErrorText error={error} />
      {page && page.nodes.length === 0 ? (
        <Empty>{search ? t('clients.noMatches', { search }) : t('clients.none')}</Empty>
      ) : null}
      {page && page.nodes.length > 0 ? <ClientTable clients={page.nodes} /> : null}
      <div className="pager">
        {after ? (
          <button type="button" onClick={() => setParams(search ? { q: search } : {})}>
            {t('common.firstPage')}
          </button>
        ) : null}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <button
            type="button"
            onClick={() => setParams({ ...(search ? { q: search } : {}), after: page.pageInfo.endCursor! })}
          >
            {t('common.nextPage')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function ClientTable({ clients }: { clients: AppClientRowFragment[] }) {
  const { t } = useI18n();
  const tenantPath = useTenantPath();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('client.name')}</th>
            <th scope="col">{t('client.identityCode')}</th>
            <th scope="col" className="wide-only">
              {t('client.email')}
            </th>
            <th scope="col" className="wide-only">
              {t('client.city')}
            </th>
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={tenantPath(`clients/${c.id}`)}>
                  {c.lastName}, {c.firstName}
                </Link>
              </td>
              <td className="mono">{c.personalIdentityCodeMasked ?? '—'}</td>
              <td className="wide-only">{c.email ?? '—'}</td>
              <td className="wide-only">{c.city ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
