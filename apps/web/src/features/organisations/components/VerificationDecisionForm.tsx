import {
  DECIDABLE_STATUSES,
  ORGANISATION_LIMITS as L,
  type VerificationDecision,
} from '@jiuye/domain/recruitment/organisation';
import { Alert, App, Button, Form, Radio } from 'antd';
import { ReasonField } from '../../../components/ReasonField';
import { useFormErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDecideVerification, type VerificationDetail } from '../api';
import { DECISION_LABELS } from '../labels';

interface Values {
  decision: VerificationDecision;
  reason?: string;
}

const FIELDS = ['decision', 'reason'] as const;

/** 通过 / 驳回 / 要求补充材料; every decision is confirmed first, since the organisation is notified at once. */
export function VerificationDecisionForm({ detail }: { detail: VerificationDetail }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decide = useDecideVerification(detail.id);
  const onError = useFormErrorHandler(form, FIELDS);
  const decision = Form.useWatch('decision', form);
  const reasonRequired = decision === 'reject' || decision === 'request_info';

  if (!DECIDABLE_STATUSES.includes(detail.verification)) {
    return (
      <Alert
        type="info"
        showIcon
        title={t(detail.verification === 'verified' ? 'verify.alreadyVerified' : 'verify.waitingResubmit')}
      />
    );
  }

  const onFinish = (values: Values) => {
    modal.confirm({
      title: t('verify.confirmTitle', {
        decision: t(DECISION_LABELS[values.decision].label),
        name: detail.name,
      }),
      content: t(`verify.confirm.${values.decision}`),
      okText: t(DECISION_LABELS[values.decision].label),
      okButtonProps: { danger: values.decision === 'reject' },
      cancelText: t('common.cancel'),
      onOk: () =>
        decide.mutateAsync({ decision: values.decision, reason: values.reason?.trim() || undefined }).then(
          () => {
            void message.success(t('verify.decided'));
            form.resetFields();
          },
          (error: unknown) => onError(error),
        ),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={decide.isPending}
      data-testid="verification-decision"
    >
      <Form.Item
        name="decision"
        label={t('verify.decision')}
        rules={[{ required: true, message: t('verify.decisionRequired') }]}
      >
        <Radio.Group
          options={(['approve', 'request_info', 'reject'] as const).map((value) => ({
            value,
            label: t(DECISION_LABELS[value].label),
          }))}
        />
      </Form.Item>
      <ReasonField
        label={t('verify.reason')}
        extra={t(reasonRequired ? 'verify.reasonVisible' : 'verify.reasonOptional')}
        required={reasonRequired}
        requiredMessage={t('verify.reasonRequired')}
        tooShortMessage={t('verify.reasonShort', { n: L.reasonMin })}
        placeholder={t('verify.reasonPlaceholder')}
        limits={{ min: L.reasonMin, max: L.reasonMax }}
      />
      <Button type="primary" htmlType="submit" loading={decide.isPending}>
        {t('verify.submit')}
      </Button>
    </Form>
  );
}
