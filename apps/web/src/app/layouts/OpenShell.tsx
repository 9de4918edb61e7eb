import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, theme } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useMe, type LoginRedirectState } from '../../features/auth/api';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/responsive';

// The signed-in frame is its own chunk; a visitor who never signs in never downloads it.
const AppShell = lazy(() => import('./AppShell').then((module) => ({ default: module.AppShell })));

/** The frame for visitors: brand, the public pages, language, and 登录 (coming back here afterwards). */
function VisitorShell() {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { token } = theme.useToken();
  const location = useLocation();
  const state: LoginRedirectState = { from: location.pathname + location.search };
  const linkStyle = ({ isActive }: { isActive: boolean }) => ({
    color: isActive ? token.colorPrimary : token.colorText,
    fontWeight: isActive ? 600 : 400,
    whiteSpace: 'nowrap' as const,
  });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          display: 'flex',
          alignItems: 'center',
          gap: isPhone ? 10 : 24,
          height: 56,
          paddingInline: isPhone ? 12 : 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorSplit}`,
        }}
      >
        {!isPhone && (
          <Link
            to="/jobs"
            style={{ color: token.colorPrimary, fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}
          >
            {t('app.title')}
          </Link>
        )}
        <nav aria-label={t('nav.menu')} style={{ display: 'flex', gap: isPhone ? 12 : 20 }}>
          <NavLink to="/jobs" end style={linkStyle}>
            {t('nav.jobs')}
          </NavLink>
          <NavLink to="/markets" style={linkStyle}>
            {t('nav.markets')}
          </NavLink>
          <NavLink to="/verify" style={linkStyle}>
            {/* A 375 px header has no room for the English full name. */}
            {t(isPhone ? 'nav.publicVerifyShort' : 'nav.publicVerify')}
          </NavLink>
        </nav>
        <Flex align="center" gap={4} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
          <LanguageSwitch compact={isPhone} />
          <Link to="/login" state={state}>
            <Button type="primary" icon={<LoginOutlined />} size={isPhone ? 'small' : 'middle'}>
              {t('auth.login.title')}
            </Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content
        style={{ padding: isPhone ? 12 : 24, minWidth: 0, maxWidth: 1440, width: '100%', margin: '0 auto' }}
      >
        <main>
          <Suspense fallback={<FullPageSpin height={320} />}>
            <Outlet />
          </Suspense>
        </main>
      </Layout.Content>
    </Layout>
  );
}

/**
 * Pages anyone may open (job search, a job, the markets): inside the usual menu for a signed-in
 * user, in a light visitor frame otherwise, so a shared search link works without an account.
 */
export function OpenShell() {
  const { data: me, isPending } = useMe();
  if (isPending) return <FullPageSpin />;
  // A failed session check is treated as signed out: the public pages still work.
  if (me)
    return (
      <Suspense fallback={<FullPageSpin />}>
        <AppShell />
      </Suspense>
    );
  return <VisitorShell />;
}
