import { REVIEW_LIMITS } from '@jiuye/domain/compliance/review';
import { Alert, App, Button, Form, Radio } from 'antd';
import { ReasonField } from '../../../components/ReasonField';
import { useFormErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDecide, type Decision, type ReviewDetail } from '../api';

interface DecisionValues {
  decision: Decision;
  reason: string;
}

const FIELDS = ['decision', 'reason'] as const;

/** 保留 or 下架 with a written reason; taking an ad down is confirmed first, as it counts against the employer. */
export function DecisionForm({ detail }: { detail: ReviewDetail }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const decide = useDecide(detail.posting.id);
  const onError = useFormErrorHandler(form, FIELDS);
  const { status } = detail.posting;

  if (status === 'taken_down') {
    return <Alert type="info" showIcon title={t('review.alreadyTakenDown')} />;
  }

  const send = (values: DecisionValues) =>
    decide.mutateAsync({ decision: values.decision, reason: values.reason.trim() }).then(
      () => {
        void message.success(t(values.decision === 'take_down' ? 'review.tookDown' : 'review.cleared'));
        form.resetFields();
      },
      (error: unknown) => onError(error),
    );

  const onFinish = (values: DecisionValues) => {
    if (values.decision !== 'take_down') {
      void send(values);
      return;
    }
    modal.confirm({
      title: t('review.confirmTakeDownTitle', { title: detail.posting.title }),
      content: t('review.confirmTakeDown'),
      okText: t('review.decision.take_down'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => send(values),
    });
  };

  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      disabled={decide.isPending}
      data-testid="decision-form"
    >
      <Form.Item
        name="decision"
        label={t('review.decision')}
        rules={[{ required: true, message: t('review.decisionRequired') }]}
        extra={status !== 'published' ? t('review.takeDownOnlyPublished') : undefined}
      >
        <Radio.Group
          options={[
            { value: 'clear', label: t('review.decision.clear') },
            { value: 'take_down', label: t('review.decision.take_down'), disabled: status !== 'published' },
          ]}
        />
      </Form.Item>
      <ReasonField
        label={t('review.reason')}
        required
        requiredMessage={t('review.reasonRequired')}
        tooShortMessage={t('review.reasonShort', { n: REVIEW_LIMITS.reasonMin })}
        placeholder={t('review.reasonPlaceholder')}
        limits={{ min: REVIEW_LIMITS.reasonMin, max: REVIEW_LIMITS.reasonMax }}
      />
      <Button type="primary" htmlType="submit" loading={decide.isPending}>
        {t('review.submit')}
      </Button>
    </Form>
  );
}
