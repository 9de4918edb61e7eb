import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, List, Popover, Spin, Typography, theme } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount, type AppNotification } from '../api';

const PAGE_SIZE = 20;

function NotificationList({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const showError = useShowError();
  const list = useNotifications(PAGE_SIZE, true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id, { onError: showError });
    if (n.link) {
      onNavigate();
      void navigate(n.link);
    }
  };

  return (
    <div style={{ width: '100%' }} data-testid="notification-list">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {t('notifications.unread', { n: list.data?.unread ?? 0 })}
        </Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={!list.data?.unread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onError: showError })}
        >
          {t('notifications.markAll')}
        </Button>
      </Flex>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      )}
      {list.data && list.data.items.length === 0 && <Empty description={t('notifications.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <List
          size="small"
          dataSource={list.data.items}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              onClick={() => open(n)}
              data-testid="notification-item"
              data-unread={!n.readAt}
              style={{
                cursor: n.link || !n.readAt ? 'pointer' : 'default',
                paddingInline: 8,
                background: n.readAt ? undefined : token.colorPrimaryBg,
                borderRadius: token.borderRadiusSM,
              }}
            >
              <div style={{ minWidth: 0, width: '100%' }}>
                <Typography.Text strong={!n.readAt} style={{ display: 'block', overflowWrap: 'anywhere' }}>
                  {n.title}
                </Typography.Text>
                {n.body && (
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 2 }}
                    style={{ margin: 0, fontSize: 13, whiteSpace: 'pre-line' }}
                  >
                    {n.body}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {list.data && list.data.total > PAGE_SIZE && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('notifications.latestOnly', { n: PAGE_SIZE, total: list.data.total })}
        </Typography.Text>
      )}
    </div>
  );
}

/** The bell in the header: unread badge, and the latest notifications (a popover, a drawer on phones). */
export function NotificationBell() {
  const t = useT();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = unread ? t('notifications.labelUnread', { n: unread }) : t('notifications.label');

  const button = (
    <Button
      type="text"
      aria-label={label}
      title={label}
      onClick={() => isPhone && setOpen(true)}
      data-testid="notification-bell"
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );

  if (isPhone)
    return (
      <>
        {button}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="right"
          size="100%"
          title={t('notifications.title')}
          destroyOnHidden
        >
          <NotificationList onNavigate={() => setOpen(false)} />
        </Drawer>
      </>
    );
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('notifications.title')}
      content={
        <div style={{ width: 360, maxHeight: 480, overflow: 'auto' }}>
          <NotificationList onNavigate={() => setOpen(false)} />
        </div>
      }
      destroyOnHidden
    >
      {button}
    </Popover>
  );
}
