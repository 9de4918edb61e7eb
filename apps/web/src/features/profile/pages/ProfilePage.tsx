import { App, Button, Card, Descriptions, Form, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useFormErrorHandler } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { Graduate } from '../../roster/api';
import { useMyProfile, useUpdateMyProfile, type ProfilePatch } from '../api';
import { RevealableValue } from '../components/RevealableValue';

// Mainland mobile numbers: 11 digits starting 13–19. A hint only; the server has the final word.
const PHONE_PATTERN = /^1[3-9]\d{9}$/;

const CONTACT_FIELDS = ['phone', 'email'] as const;

interface ContactForm {
  phone?: string;
  email?: string;
}

function RecordCard({ profile }: { profile: Graduate }) {
  const t = useT();
  const items = [
    { key: 'name', label: t('graduate.name'), children: profile.name },
    { key: 'studentNo', label: t('graduate.studentNo'), children: profile.studentNo },
    { key: 'gender', label: t('graduate.gender'), children: t(`gender.${profile.gender}`) },
    {
      key: 'idNumber',
      label: t('graduate.idNumber'),
      children: <RevealableValue field="idNumber" masked={profile.idNumber} label={t('graduate.idNumber')} />,
    },
    {
      key: 'phone',
      label: t('graduate.phone'),
      children: <RevealableValue field="phone" masked={profile.phone} label={t('graduate.phone')} />,
    },
    { key: 'email', label: t('graduate.email'), children: profile.email || EMPTY },
    { key: 'university', label: t('graduate.university'), children: profile.universityName },
    { key: 'college', label: t('graduate.college'), children: profile.collegeName },
    {
      key: 'major',
      label: t('graduate.major'),
      children: t('graduate.majorValue', { name: profile.majorName ?? EMPTY, code: profile.majorCode }),
    },
    { key: 'degree', label: t('graduate.degree'), children: profile.degreeName || EMPTY },
    { key: 'graduationYear', label: t('graduate.graduationYear'), children: profile.graduationYear },
    { key: 'origin', label: t('graduate.origin'), children: profile.originRegionName ?? EMPTY },
    {
      key: 'assistance',
      label: t('graduate.assistance'),
      children: profile.assistanceTarget ? <Tag color="orange">{t('common.yes')}</Tag> : t('common.no'),
    },
    { key: 'updatedAt', label: t('graduate.updatedAt'), children: formatDateTime(profile.updatedAt) },
  ];
  return (
    <Card title={t('profile.record')}>
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" items={items} />
    </Card>
  );
}

function ContactCard({ profile }: { profile: Graduate }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactForm>();
  const onError = useFormErrorHandler(form, CONTACT_FIELDS);
  const update = useUpdateMyProfile();

  useEffect(() => {
    form.setFieldsValue({ email: profile.email ?? '', phone: '' });
  }, [form, profile.email]);

  const onFinish = (values: ContactForm) => {
    // The phone arrives masked, so an empty box means "keep it", not "erase it".
    const patch: ProfilePatch = {};
    const phone = values.phone?.trim();
    const email = values.email?.trim() ?? '';
    if (phone) patch.phone = phone;
    if (email !== (profile.email ?? '')) patch.email = email || null;
    if (Object.keys(patch).length === 0) {
      void message.info(t('profile.nothingChanged'));
      return;
    }
    update.mutate(patch, {
      onSuccess: () => {
        void message.success(t('profile.saved'));
        form.setFieldValue('phone', '');
      },
      onError,
    });
  };

  return (
    <Card title={t('profile.contact')}>
      <Typography.Paragraph type="secondary">{t('profile.contactHint')}</Typography.Paragraph>
      <Form<ContactForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={update.isPending}
        style={{ maxWidth: 420 }}
      >
        <Form.Item
          name="phone"
          label={t('profile.newPhone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('profile.phoneFormat') }]}
        >
          <Input
            inputMode="tel"
            autoComplete="tel"
            maxLength={11}
            placeholder={t('profile.phonePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('graduate.email')}
          rules={[{ type: 'email', message: t('profile.emailFormat') }]}
        >
          <Input inputMode="email" autoComplete="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

export function ProfilePage() {
  const t = useT();
  const { data: profile, isPending, error, refetch } = useMyProfile();
  return (
    <>
      <PageHeader title={t('nav.profile')} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {profile && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <RecordCard profile={profile} />
          <ContactCard profile={profile} />
        </Space>
      )}
    </>
  );
}
