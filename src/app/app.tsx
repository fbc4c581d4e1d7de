import { ApolloProvider } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { I18nProvider } from './i18n/i18n';
import { LoginScreen } from './screens/login/LoginScreen';
import { TenantChooser } from './screens/tenant/TenantChooser';
import { TenantLayout } from './screens/tenant/TenantLayout';
import { createClient, createRefreshClient } from './session/apollo';
import { setRefreshClient } from './session/session';
import { useSession } from './session/useSession';
import { SCREENS } from './screens';

setRefreshClient(createRefreshClient());

/** Pages behind sign-in: without a session, to the login page, which brings the user back here after. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

export function App() {
  // Sign-in and the tenant list need no tenant; each tenant's pages get a client of their own (TenantLayout).
  // A new client per signed-in user: nothing cached for one user is shown to the next in the same tab.
  const userId = useSession()?.user.id ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- userId only keys the client: an empty cache per user
  const client = useMemo(() => createClient(null), [userId]);
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <BrowserRouter basename="/app">
          <Routes>
            <Route path="/login" element={<LoginScreen />} />
            <Route
              path="/"
              element={
                <RequireSession>
                  <TenantChooser />
                </RequireSession>
              }
            />
            <Route
              path="/:tenant"
              element={
                <RequireSession>
                  <TenantLayout />
                </RequireSession>
              }
            >
              {SCREENS.map((screen) => (
                <Route key={screen.path} path={screen.path} element={<screen.component />} />
              ))}
            </Route>
          </Routes>
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}
