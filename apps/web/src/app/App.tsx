import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Layout } from '../components/Layout';
import { Loading } from '../components/Loading';
import { NotFound } from '../components/NotFound';
import { useLogout } from '../features/auth/api';
import LoginPage from '../features/auth/LoginPage';
import { useSession } from '../lib/session';
import { homeOf, menuFor, preloadHome, PUBLIC_ROUTES, ROUTES } from './routes';

// The bell is fetched after the first screen (its own chunk), not with the login form.
const NotificationBell = lazy(() =>
  import('../features/notifications/NotificationBell').then((m) => ({ default: m.NotificationBell })),
);

/** The pages a member opens from a one-time link come first: they need no session. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        {PUBLIC_ROUTES.map(({ path, screen: Screen }) => (
          <Route
            key={path}
            path={path}
            element={
              <Suspense fallback={<Loading />}>
                <Screen />
              </Suspense>
            }
          />
        ))}
        <Route path="*" element={<SignedIn />} />
      </Routes>
    </BrowserRouter>
  );
}

function SignedIn() {
  const session = useSession();
  const logout = useLogout();
  useEffect(() => {
    if (session) return;
    const t = setTimeout(preloadHome, 0);
    return () => clearTimeout(t);
  }, [session]);
  if (!session) return <LoginPage />;
  const { user } = session;
  return (
    <Layout
      user={user}
      menu={menuFor(user)}
      onLogout={() => logout.mutate()}
      actions={
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
      }
    >
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Navigate to={homeOf(user)} replace />} />
          {ROUTES.filter((r) => r.roles.includes(user.role)).map(({ path, screen: Screen }) => (
            <Route key={path} path={path} element={<Screen />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
