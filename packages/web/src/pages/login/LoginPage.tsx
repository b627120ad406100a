import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError, messageOf } from '../../api/error.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { DemoRibbon } from '../../app/DemoRibbon.tsx';
import { Button, Card, FormError, TextField } from '../../ui/index.ts';
import '../../app/Shell.css';
import './LoginPage.css';

const t = id.login;

/** Masuk: username and password; in demo mode the demo accounts are listed beside the form. */
export function LoginPage() {
  useTitle(t.title);
  const { status, demo, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (status === 'authenticated' && !busy) return <Navigate to={from} replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      navigate(from, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const where = isApiError(error) ? error.where : undefined;
  const fieldError = (name: string) => (where === name ? messageOf(error) : null);
  const formError = error && !where ? messageOf(error) : null;

  return (
    <div className="login">
      {demo ? (
        <DemoRibbon />
      ) : null}
      <main className="login__main" id="main">
        <div className="login__brand">
          <span className="brand">{id.app.name}</span>
          <p>{id.app.tagline}</p>
        </div>
        <Card className="login__card">
          <h1>{t.title}</h1>
          <p className="muted">{t.intro}</p>
          <form onSubmit={onSubmit} noValidate>
            <FormError message={formError} />
            <TextField
              label={t.username}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              error={fieldError('username')}
            />
            <TextField
              ref={passwordRef}
              label={t.password}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError('password')}
            />
            <Button type="submit" variant="primary" block busy={busy}>
              {busy ? t.submitting : t.submit}
            </Button>
          </form>
        </Card>
        {demo ? (
          <Card className="login__demo" title={t.demoTitle}>
            <p>
              {t.demoIntro} <code>{t.demoPassword}</code>.
            </p>
            <ul>
              {t.demoAccounts.map((a) => (
                <li key={a.username}>
                  <span>
                    <code>{a.username}</code>
                    <span className="muted">{a.role}</span>
                  </span>
                  <Button
                    size="sm"
                    onClick={() => {
                      setUsername(a.username);
                      setPassword(t.demoPassword);
                      passwordRef.current?.focus();
                    }}
                  >
                    {t.useAccount}
                  </Button>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </main>
    </div>
  );
}
