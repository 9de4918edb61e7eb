import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { AUTHORISATION_MAX_DAYS, TEXT_MAX, useAuthorise, useRevoke, type Authorisation } from '../api';

interface GrantValues {
  days: number;
  note?: string;
}

function GrantModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();
  const authorise = useAuthorise();
  const onError = useFormErrorHandler(form, ['days', 'note']);
  return (
    <FormModal
      open={open}
      title={t('myVerification.grant.title')}
      form={form}
      pending={authorise.isPending}
      onClose={onClose}
      okText={t('myVerification.grant.ok')}
    >
      <Typography.Paragraph type="secondary">{t('myVerification.grant.text')}</Typography.Paragraph>
      <Form<GrantValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ days: 30 }}
        onFinish={(values) =>
          authorise.mutate(
            { days: values.days, note: values.note?.trim() || null },
            {
              onSuccess: () => {
                void message.success(t('myVerification.grant.done', { days: values.days }));
                onClose();
              },
              onError,
            },
          )
        }
      >
        <Form.Item
          name="days"
          label={t('myVerification.grant.days')}
          extra={t('myVerification.grant.daysHint', { max: AUTHORISATION_MAX_DAYS })}
          rules={[
            {
              required: true,
              message: t('myVerification.grant.daysRequired', { max: AUTHORISATION_MAX_DAYS }),
            },
          ]}
        >
          <InputNumber
            min={1}
            max={AUTHORISATION_MAX_DAYS}
            precision={0}
            suffix={t('myVerification.grant.daysUnit')}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('myVerification.grant.note')}>
          <Input
            maxLength={TEXT_MAX.note}
            showCount
            placeholder={t('myVerification.grant.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Running, expired or revoked, as the graduate reads it. */
function StateTag({ a }: { a: Authorisation }) {
  const { t } = useI18n();
  if (a.active) return <Tag color="success">{t('myVerification.auth.active')}</Tag>;
  if (a.revokedAt) return <Tag>{t('myVerification.auth.revoked')}</Tag>;
  return <Tag>{t('myVerification.auth.expired')}</Tag>;
}

function AuthorisationItem({ a }: { a: Authorisation }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { token } = theme.useToken();
  const showError = useShowError();
  const revoke = useRevoke();
  const confirmRevoke = () =>
    modal.confirm({
      title: t('myVerification.revoke.title'),
      content: t('myVerification.revoke.text', { at: formatDateTime(a.expiresAt) }),
      okText: t('myVerification.revoke.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      // Resolving after the request keeps the dialog open, its button spinning, until the answer.
      onOk: () =>
        revoke
          .mutateAsync(a.id)
          .then(() => void message.success(t('myVerification.revoke.done')))
          .catch(showError),
    });
  return (
    <li
      style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}
      data-testid="authorisation"
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <StateTag a={a} />
            <Typography.Text>
              {a.revokedAt
                ? t('myVerification.auth.revokedAt', { at: formatDateTime(a.revokedAt) })
                : t('myVerification.auth.until', { at: formatDateTime(a.expiresAt) })}
            </Typography.Text>
          </Flex>
          {a.note && (
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>
              {t('myVerification.auth.note', { note: a.note })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('myVerification.auth.grantedAt', { at: formatDateTime(a.createdAt) })}
          </Typography.Text>
        </Flex>
        {a.active && (
          <Button danger size="small" onClick={confirmRevoke} data-testid="revoke">
            {t('myVerification.revoke.button')}
          </Button>
        )}
      </Flex>
    </li>
  );
}

/** The graduate's authorisations: grant one for some days, revoke a running one. */
export function AuthorisationsCard({
  authorisations,
  canGrant,
}: {
  authorisations: Authorisation[];
  /** Only an approved registration (with a number) can be verified. */
  canGrant: boolean;
}) {
  const { t } = useI18n();
  const [granting, setGranting] = useState(false);
  return (
    <Card
      size="small"
      title={t('myVerification.auth.title')}
      style={{ height: '100%' }}
      extra={
        <Button
          type="primary"
          size="small"
          icon={<PlusOutlined />}
          disabled={!canGrant}
          onClick={() => setGranting(true)}
          data-testid="grant"
        >
          {t('myVerification.grant.button')}
        </Button>
      }
      data-testid="authorisations"
    >
      {authorisations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myVerification.auth.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('myVerification.auth.title')}>
          {authorisations.map((a) => (
            <AuthorisationItem key={a.id} a={a} />
          ))}
        </ul>
      )}
      <GrantModal open={granting} onClose={() => setGranting(false)} />
    </Card>
  );
}
