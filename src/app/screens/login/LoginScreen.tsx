import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AppLoginDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { getSession, sessionEnd, startSession } from '../../session/session';
import { ErrorText } from '../../ui/errors';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

/** Only paths inside the app are followed after signing in (never another site). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginScreen() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(AppLoginDocument);
  const next = safeNext(params.get('next'));
  const ended = sessionEnd();

  if (getSession()) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await login({ variables: { input: { email, password } } });
      if (!data) return;
      startSession(data.login);
      navigate(next, { replace: true });
    } catch {
      // shown by ErrorText; what was typed stays (except the password, which is cleared)
      setPassword('');
    }
  };

  return (
    <main className="login">
      <div className="login-card">
        <div className="login-top">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <p className="lead">{t('login.lead')}</p>
        {ended === 'expired' ? (
          <p className="notice" role="status">
            {t('login.expired')}
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <ErrorText error={error} />
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
