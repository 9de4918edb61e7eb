import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { applyIssuesToForm, ErrorDetails, errorTitle } from '../../../lib/errors';
import { useI18n, type Translate } from '../../../lib/i18n';
import { TEXT_MAX, useVerify, type VerifyInput } from '../api';
import { VerifyResultCard } from '../components/VerifyResultCard';

const FIELDS = ['verificationNo', 'name', 'verifier'] as const;

/** A headline that says what the refusal means here; the server's own sentence follows it. */
function refusalTitle(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'not_found') return t('publicVerify.error.notMatched');
    if (error.code === 'forbidden') return t('publicVerify.error.notAuthorised');
    if (error.code === 'rate_limited') return t('publicVerify.error.throttled');
  }
  return errorTitle(t, error);
}

/**
 * 查询核验, open to anyone: a verifier (an employer, an archive office) enters the verification
 * number a graduate gave them and the graduate's name, and sees the approved destination while the
 * graduate authorises it. `?no=` (the graduate's QR code) fills in the number.
 */
export function PublicVerifyPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<VerifyInput>();
  const verify = useVerify();
  // Field problems are shown on their fields (all of this form's fields can take them), not again here.
  const refusal =
    verify.error &&
    !(
      verify.error instanceof ApiError &&
      verify.error.code === 'validation_failed' &&
      verify.error.issues.length > 0
    );

  const submit = (values: VerifyInput) =>
    verify.mutate(
      { verificationNo: values.verificationNo, name: values.name, verifier: values.verifier?.trim() || null },
      { onError: (error) => applyIssuesToForm(form, error, FIELDS) },
    );

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640, margin: '0 auto' }}>
      <PageHeader title={t('nav.publicVerify')} />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('publicVerify.intro')}
      </Typography.Paragraph>
      <Card size="small">
        <Form<VerifyInput>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ verificationNo: params.get('no') ?? '' }}
          // A result or refusal belongs to what was asked; once the question changes it is cleared.
          onValuesChange={() => verify.reset()}
          onFinish={submit}
          data-testid="verify-form"
        >
          <Form.Item
            name="verificationNo"
            label={t('publicVerify.field.no')}
            extra={t('publicVerify.field.noHint')}
            rules={[{ required: true, whitespace: true, message: t('publicVerify.field.noRequired') }]}
          >
            <Input
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              style={{ fontFamily: 'monospace', textTransform: 'uppercase' }}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('publicVerify.field.name')}
            rules={[{ required: true, whitespace: true, message: t('publicVerify.field.nameRequired') }]}
          >
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="verifier"
            label={t('publicVerify.field.verifier')}
            extra={t('publicVerify.field.verifierHint')}
          >
            <Input maxLength={TEXT_MAX.verifier} placeholder={t('publicVerify.field.verifierPlaceholder')} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            block
            data-testid="verify-submit"
          >
            {t('publicVerify.submit')}
          </Button>
        </Form>
      </Card>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={refusalTitle(t, verify.error)}
          description={<ErrorDetails error={verify.error} title={refusalTitle(t, verify.error)} />}
          data-testid="verify-error"
        />
      )}
      {verify.data && <VerifyResultCard result={verify.data} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
        {t('publicVerify.privacy')}
      </Typography.Paragraph>
    </Flex>
  );
}
