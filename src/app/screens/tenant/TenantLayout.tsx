import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { AppMeDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { createClient } from '../../session/apollo';
import { MembershipContext, type Membership } from '../../session/membership';
import { ErrorText } from '../../ui/errors';
import { Loading } from '../../ui/ui';
import { homeScreen, SCREENS } from '../../screens';
import { ActsForText } from './ActsFor';
import { AppHeader } from './AppHeader';

/** Everything under /app/<tenant>/: header with the tenant switch, the acts-for banner, navigation, the screen. */
export function TenantLayout() {
  const { tenant = '' } = useParams();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(AppMeDocument);
  // One client (and cache) per tenant: data of one register never shows in another.
  const client = useMemo(() => createClient(tenant), [tenant]);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  // After moving to another screen, keyboard and screen-reader users start at its content, not the top bar.
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname !== firstPath.current) mainRef.current?.focus();
  }, [location.pathname]);
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorText error={error} />;
  const memberships = data.me.memberships;
  const membership = memberships.find((m) => m.tenant.slug === tenant);
  if (!membership) return <Navigate to="/" replace />;
  const rest = location.pathname.slice(`/${tenant}`.length).replace(/^\//, '');
  if (!rest) {
    const home = homeScreen(membership);
    if (home) return <Navigate to={home.path} replace />;
  }
  return (
    <MembershipContext.Provider value={membership}>
      <ApolloProvider client={client}>
        <AppHeader>
          <TenantSwitch memberships={memberships} current={membership} />
        </AppHeader>
        <div className={`acts-for acts-for-${membership.actsFor.toLowerCase()}`} role="note" data-testid="acts-for">
          <strong>{membership.tenant.registerName}</strong>
          <span>
            <ActsForText membership={membership} />
          </span>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {SCREENS.filter((s) => s.nav && s.allowed(membership)).map((s) => (
              <li key={s.path}>
                <NavLink to={`/${tenant}/${s.path}`}>{t(s.nav!)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main className="page" id="main" tabIndex={-1} ref={mainRef}>
          <ScreenGate membership={membership} rest={rest} />
        </main>
      </ApolloProvider>
    </MembershipContext.Provider>
  );
}

/** A screen the member's roles do not allow says so instead of failing on every request. */
function ScreenGate({ membership, rest }: { membership: Membership; rest: string }) {
  const { t } = useI18n();
  const screen = SCREENS.find((s) => matches(s.path, rest));
  if (!rest) return <p className="empty">{t('nav.nothingHere')}</p>;
  if (screen && !screen.allowed(membership)) return <p className="error">{t('error.FORBIDDEN')}</p>;
  return <Outlet />;
}

function matches(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.replace(/\/$/, '').split('/');
  return a.length === b.length && a.every((part, i) => part.startsWith(':') || part === b[i]);
}

function TenantSwitch({ memberships, current }: { memberships: Membership[]; current: Membership }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (memberships.length < 2) return <span className="tenant-name">{current.tenant.registerName}</span>;
  return (
    <label className="tenant-switch">
      <span>{t('tenant.switch')}</span>
      <select value={current.tenant.slug} onChange={(e) => navigate(`/${e.target.value}`)}>
        {memberships.map((m) => (
          <option key={m.tenant.slug} value={m.tenant.slug}>
            {m.tenant.registerName} ({m.tenant.controller.name})
          </option>
        ))}
      </select>
    </label>
  );
}
