import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { ErrorAlert, useFormErrorHandler, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { HrAccountFields } from './HrAccountFields';
import { useAddStaff, useSetStaffStatus, useStaff, type NewStaff, type StaffMember } from '../api';

const FIELDS = ['username', 'displayName', 'password'] as const;

function AddStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewStaff>();
  const add = useAddStaff();
  const onError = useFormErrorHandler(form, FIELDS);
  return (
    <FormModal open={open} title={t('staff.add')} form={form} pending={add.isPending} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('staff.addIntro')}</Typography.Paragraph>
      <Form<NewStaff>
        form={form}
        layout="vertical"
        preserve={false}
        disabled={add.isPending}
        onFinish={(values) =>
          add.mutate(
            { ...values, username: values.username.trim() },
            {
              onSuccess: (member) => {
                void message.success(t('staff.added', { name: member.displayName }));
                onClose();
              },
              onError,
            },
          )
        }
      >
        <HrAccountFields ownAccount={false} />
      </Form>
    </FormModal>
  );
}

function StaffActions({ member }: { member: StaffMember }) {
  const t = useT();
  const setStatus = useSetStaffStatus();
  const showError = useShowError();
  // One's own account is not switchable here: locking oneself out needs a colleague to undo.
  if (member.isSelf) return <Tag>{t('staff.you')}</Tag>;
  const disabling = member.status === 'active';
  return (
    <Popconfirm
      title={t(disabling ? 'staff.disableConfirm' : 'staff.enableConfirm', { name: member.displayName })}
      description={disabling ? t('staff.disableHint') : undefined}
      okText={t(disabling ? 'staff.disable' : 'staff.enable')}
      okButtonProps={{ danger: disabling }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        setStatus
          .mutateAsync({ id: member.id, status: disabling ? 'disabled' : 'active' })
          .catch((error: unknown) => showError(error))
      }
    >
      <Button size="small" danger={disabling} loading={setStatus.isPending}>
        {t(disabling ? 'staff.disable' : 'staff.enable')}
      </Button>
    </Popconfirm>
  );
}

/** 同事账号: several HR people share one organisation; each adds or disables the others. */
export function StaffSection() {
  const t = useT();
  const staff = useStaff();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t('staff.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('staff.add')}
        </Button>
      }
    >
      {staff.error && <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
      <List<StaffMember>
        data-testid="staff-list"
        loading={staff.isLoading}
        dataSource={staff.data?.items ?? []}
        renderItem={(member) => (
          <List.Item actions={[<StaffActions key="a" member={member} />]}>
            <List.Item.Meta
              title={
                <Flex wrap gap={6} align="center">
                  <span>{member.displayName}</span>
                  {member.status === 'disabled' && <Tag color="default">{t('staff.disabled')}</Tag>}
                </Flex>
              }
              description={
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {member.username} · {t('staff.lastLogin')} {formatDateTime(member.lastLoginAt)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      <AddStaffModal open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
