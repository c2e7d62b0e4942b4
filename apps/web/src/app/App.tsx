import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Layout } from '../components/Layout';
import { Loading } from '../components/Loading';
import { NotFound } from '../components/NotFound';
import { useLogout } from '../features/auth/api';
import LoginPage from '../features/auth/LoginPage';
import { useSession } from '../lib/session';
import { homeOf, menuFor, ROUTES } from './routes';

export function App() {
  const session = useSession();
  const logout = useLogout();
  if (!session) return <LoginPage />;
  const { user } = session;
  return (
    <BrowserRouter>
      <Layout user={user} menu={menuFor(user)} onLogout={() => logout.mutate()}>
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
    </BrowserRouter>
  );
}
