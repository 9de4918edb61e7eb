import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Divider, Form, Radio } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { FullPageSpin } from '../../../components/FullPageSpin';
import type { ApiIssue } from '../../../lib/api';
import { applyIssuesToForm } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { authKeys, useMe } from '../../auth/api';
import { SignUpFrame } from '../../auth/components/SignUpFrame';
import { ConfirmPasswordField } from '../../auth/components/AccountFields';
import { useRegisterOrganisation, type OrganisationKind, type OrganisationRegistration } from '../api';
import { HrAccountFields } from '../components/HrAccountFields';
import { OrganisationFields, PROFILE_FIELDS } from '../components/OrganisationFields';
import { KIND_LABELS } from '../labels';

interface RegisterForm extends OrganisationRegistration {
  confirm: string;
}

const FIELDS = [...PROFILE_FIELDS, 'kind', 'username', 'displayName', 'password'] as const;

/** 单位注册: an HR person registers the organisation and their own account; verification follows. */
export function OrganisationRegisterPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterForm>();
  const register = useRegisterOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<ApiIssue[]>([]);
  const kind: OrganisationKind = Form.useWatch('kind', form) ?? 'employer';
  const me = useMe();

  const onFinish = ({ confirm: _confirm, ...values }: RegisterForm) => {
    setUnplaced([]);
    register.mutate(
      {
        ...values,
        username: values.username.trim(),
        introduction: values.introduction?.trim() || undefined,
        licenceNo: kind === 'agency' ? values.licenceNo?.trim() : undefined,
      },
      {
        onSuccess: ({ user }) => {
          void message.success(t('orgReg.success'));
          queryClient.setQueryData(authKeys.me(), user);
          // The profile's banner explains the pending verification: the next thing the HR needs to know.
          void navigate('/organisation', { replace: true });
        },
        onError: (error) => setUnplaced(applyIssuesToForm(form, error, FIELDS)),
      },
    );
  };

  if (me.isPending) return <FullPageSpin />;
  // Someone already signed in has no business here; the account this page just created is the exception.
  if (me.data && register.isIdle) return <Navigate to="/" replace />;

  return (
    <SignUpFrame
      title={t('orgReg.title')}
      intro={t('orgReg.intro')}
      width={640}
      error={register.error}
      unplaced={unplaced}
    >
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={register.isPending}
        scrollToFirstError
        initialValues={{ kind: 'employer' }}
        data-testid="organisation-register-form"
      >
        <Form.Item name="kind" label={t('orgReg.kind')} extra={t('orgReg.kindHint')}>
          <Radio.Group
            options={(['employer', 'agency'] as const).map((value) => ({
              value,
              label: t(KIND_LABELS[value]),
            }))}
          />
        </Form.Item>
        <Divider titlePlacement="start">{t('orgReg.sectionOrganisation')}</Divider>
        <OrganisationFields kind={kind} />
        <Divider titlePlacement="start">{t('orgReg.sectionAccount')}</Divider>
        <HrAccountFields ownAccount />
        <ConfirmPasswordField />
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
          {t('orgReg.submit')}
        </Button>
      </Form>
    </SignUpFrame>
  );
}
