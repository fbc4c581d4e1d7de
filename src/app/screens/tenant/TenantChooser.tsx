import { useQuery } from '@apollo/client/react';
import { Link, Navigate } from 'react-router';
import { AppMeDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorText } from '../../ui/errors';
import { Empty, Loading } from '../../ui/ui';
import { AppHeader } from './AppHeader';
import { ActsForText } from './ActsFor';

/** Choosing the register to work in, among the user's memberships; with one membership, straight in. */
export function TenantChooser() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(AppMeDocument);
  const memberships = data?.me.memberships ?? [];
  if (memberships.length === 1) return <Navigate to={`/${memberships[0]!.tenant.slug}`} replace />;
  return (
    <>
      <AppHeader />
      <main className="page" id="main">
        <h1>{t('tenant.choose')}</h1>
        {loading && !data ? <Loading /> : null}
        <ErrorText error={error} />
        {data && memberships.length === 0 ? <Empty>{t('tenant.none')}</Empty> : null}
        <ul className="tenant-list">
          {memberships.map((m) => (
            <li key={m.tenant.slug}>
              <Link to={`/${m.tenant.slug}`} className="tenant-card">
                <strong>{m.tenant.registerName}</strong>
                <span>{t('tenant.controller', { name: m.tenant.controller.name })}</span>
                <span>
                  <ActsForText membership={m} />
                </span>
                <span className="muted">{m.roles.map((r) => t(`role.${r}`)).join(', ')}</span>
              </Link>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
