import { PlusOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '@jiuye/domain/roles';
import {
  App,
  Button,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { serverPagination } from '../../../lib/paging';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { roleLabel, scopeName } from '../../auth/roles';
import { useUpdateUser, useUsers, type UserAccount, type UserQuery } from '../api';
import { CreateUserModal } from '../components/CreateUserModal';
import { ResetPasswordModal } from '../components/ResetPasswordModal';

function StatusToggle({ user }: { user: UserAccount }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const me = useCurrentUser();
  const update = useUpdateUser();
  const disabling = user.status === 'active';
  // Disabling oneself would lock the only person who could undo it out of the admin screens.
  if (disabling && user.id === me.id) return null;
  return (
    <Popconfirm
      title={disabling ? t('users.disable') : t('users.enable')}
      description={t(disabling ? 'users.confirmDisable' : 'users.confirmEnable', { username: user.username })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: disabling }}
      onConfirm={() =>
        update.mutateAsync({ id: user.id, patch: { status: disabling ? 'disabled' : 'active' } }).then(
          () => void message.success(t('users.updated')),
          (error: unknown) => showError(error),
        )
      }
    >
      <Button type="link" size="small" danger={disabling} loading={update.isPending}>
        {disabling ? t('users.disable') : t('users.enable')}
      </Button>
    </Popconfirm>
  );
}

export function UsersPage() {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const [query, setQuery] = useState<UserQuery>({ page: 1, pageSize: 20 });
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserAccount | null>(null);
  const { data, isFetching, error, refetch } = useUsers(query);

  const columns: TableColumnsType<UserAccount> = [
    { title: t('auth.username'), dataIndex: 'username', width: 140, fixed: 'left' },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 120 },
    { title: t('users.role'), dataIndex: 'role', width: 130, render: (role: Role) => roleLabel(role, lang) },
    {
      title: t('users.scope'),
      key: 'scope',
      width: 200,
      ellipsis: true,
      render: (_v, user) => scopeName(user.scope, t),
    },
    {
      title: t('users.status'),
      dataIndex: 'status',
      width: 80,
      render: (status: UserAccount['status']) =>
        status === 'active' ? (
          <Tag color="success">{t('users.status.active')}</Tag>
        ) : (
          <Tag color="default">{t('users.status.disabled')}</Tag>
        ),
    },
    {
      title: t('users.lockedUntil'),
      dataIndex: 'lockedUntil',
      width: 150,
      render: (value: string | null) =>
        value && dayjs(value).isAfter(dayjs()) ? (
          <Tag color="warning">{formatDateTime(value)}</Tag>
        ) : (
          formatDateTime(null)
        ),
    },
    { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_v, user) => (
        <Space size={0}>
          <StatusToggle user={user} />
          <Button type="link" size="small" onClick={() => setResetting(user)}>
            {t('users.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => setQuery({ ...query, q: value.trim() || undefined, page: 1 })}
          placeholder={t('users.searchPlaceholder')}
          aria-label={t('users.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 260 }}
        />
        <Select
          allowClear
          value={query.role}
          placeholder={t('users.roleFilter')}
          aria-label={t('users.roleFilter')}
          options={ROLES.map((role) => ({ value: role, label: roleLabel(role, lang) }))}
          onChange={(role: Role | undefined) => setQuery({ ...query, role, page: 1 })}
          style={{ width: isPhone ? '100%' : 200 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<UserAccount>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1140 }}
        locale={{ emptyText: <Empty description={t('users.empty')} /> }}
        pagination={serverPagination(query, data?.total ?? 0, (total) =>
          t('common.total', { total: formatCount(total) }),
        )}
        onChange={(pagination) =>
          setQuery({
            ...query,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? query.pageSize,
          })
        }
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
