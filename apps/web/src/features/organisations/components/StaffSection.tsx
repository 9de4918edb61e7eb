import { PlusOutlined } from '@ant-design/icons';
import { passwordProblems } from '@jiuye/domain/password';
import { App, Button, Card, Flex, Form, Input, List, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert, useFormErrorHandler, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { PasswordRules } from '../../auth/components/PasswordRules';
import { useAddStaff, useSetStaffStatus, useStaff, type NewStaff, type StaffMember } from '../api';

const FIELDS = ['username', 'displayName', 'password'] as const;

function AddStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewStaff>();
  const add = useAddStaff();
  const onError = useFormErrorHandler(form, FIELDS);
  const username = Form.useWatch('username', form) ?? '';
  const password = Form.useWatch('password', form) ?? '';
  return (
    <Modal
      open={open}
      title={t('staff.add')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
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
        <Form.Item
          name="displayName"
          label={t('orgReg.displayName')}
          rules={[{ required: true, whitespace: true, message: t('orgReg.displayNameRequired') }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('auth.username')}
          extra={t('orgReg.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('staff.initialPassword')}
          extra={<PasswordRules password={password} username={username} />}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || passwordProblems(value, form.getFieldValue('username') ?? '').length === 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.invalid'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
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
