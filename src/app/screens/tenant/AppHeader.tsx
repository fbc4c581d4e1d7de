import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../session/useSession';
import { AppLogoutDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { endSession } from '../../session/session';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

/** The top bar: the app's name, the tenant switch (children), language, the user and signing out. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useMutation(AppLogoutDocument);
  const signOut = async () => {
    await logout().catch(() => undefined); // the session ends here whatever the server said
    endSession('signedOut');
    await client.clearStore();
    navigate('/login', { replace: true });
  };
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Link to="/" className="brand">
        {t('app.name')}
      </Link>
      <div className="header-tenant">{children}</div>
      <div className="header-user">
        <LanguageSwitch />
        <span className="user-name">{session?.user.displayName}</span>
        <button type="button" className="link-button" onClick={signOut}>
          {t('nav.signOut')}
        </button>
      </div>
    </header>
  );
}
