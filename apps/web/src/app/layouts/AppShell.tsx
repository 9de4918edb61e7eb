import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import {
  Avatar,
  Button,
  Drawer,
  Dropdown,
  Flex,
  Layout,
  Menu,
  Tag,
  Typography,
  theme,
  type MenuProps,
} from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { FullPageSpin } from '../../components/FullPageSpin';
import { useCurrentUser, useLogout } from '../../features/auth/api';
import { roleLabel, scopeName } from '../../features/auth/roles';
import { useShowError } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/responsive';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { menuPages, pageForPath } from '../nav';

const SIDER_WIDTH = 208;

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const current = pageForPath(pathname);
  const items: MenuProps['items'] = menuPages(me.role).map(({ id, page }) => ({
    key: id,
    icon: page.icon,
    label: (
      <Link to={page.path} onClick={onNavigate}>
        {t(page.label)}
      </Link>
    ),
  }));
  return (
    <Menu
      mode="inline"
      selectedKeys={current ? [current] : []}
      items={items}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}

function UserMenu({ compact }: { compact: boolean }) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const showError = useShowError();
  const role = roleLabel(me.role, lang);
  const scope = scopeName(me.scope, t);

  const onLogout = () => {
    logout.mutate(undefined, {
      onError: showError,
      onSettled: () => void navigate('/login', { replace: true }),
    });
  };

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      style: { cursor: 'default' },
      label: (
        <Flex vertical style={{ minWidth: 160 }}>
          <Typography.Text strong>{me.displayName}</Typography.Text>
          <Typography.Text type="secondary">{me.username}</Typography.Text>
          <Typography.Text type="secondary">
            {role} · {scope}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), onClick: onLogout },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" aria-label={t('header.account')} style={{ height: 'auto' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text ellipsis style={{ maxWidth: compact ? 80 : 200 }}>
            {me.displayName}
          </Typography.Text>
          {!compact && (
            <>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {role}
              </Tag>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
                {scope}
              </Typography.Text>
            </>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
}

/** The signed-in frame: side menu on desktop, drawer menu on phones, user and language controls in the header. */
export function AppShell() {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();

  const brand = (
    <Link
      to="/"
      // At 375 px a long account name would otherwise push the header wider than the screen; the brand gives way.
      style={{
        color: token.colorPrimary,
        fontWeight: 600,
        fontSize: 16,
        whiteSpace: 'nowrap',
        minWidth: 0,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
    >
      {isPhone ? t('app.titleShort') : t('app.title')}
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isPhone && (
        <Layout.Sider
          width={SIDER_WIDTH}
          theme="light"
          style={{
            position: 'sticky',
            top: 0,
            height: '100vh',
            overflow: 'auto',
            borderInlineEnd: `1px solid ${token.colorSplit}`,
          }}
        >
          <div style={{ height: 56, display: 'flex', alignItems: 'center', paddingInline: 24 }}>{brand}</div>
          <nav aria-label={t('nav.menu')}>
            <NavMenu />
          </nav>
        </Layout.Sider>
      )}
      {isPhone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={SIDER_WIDTH + 32}
          title={t('app.title')}
          styles={{ body: { padding: 0 } }}
        >
          <nav aria-label={t('nav.menu')}>
            <NavMenu onNavigate={() => setDrawerOpen(false)} />
          </nav>
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            height: 56,
            paddingInline: isPhone ? 8 : 24,
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorSplit}`,
          }}
        >
          {isPhone && (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
                style={{ flexShrink: 0 }}
              />
              {brand}
            </>
          )}
          {/* The controls keep their size; the brand before them is what gives way on a phone. */}
          <Flex align="center" gap={4} style={{ marginInlineStart: 'auto', minWidth: 0, flexShrink: 0 }}>
            <NotificationBell />
            <LanguageSwitch compact={isPhone} />
            <UserMenu compact={isPhone} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          <main>
            <Suspense fallback={<FullPageSpin height={320} />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
