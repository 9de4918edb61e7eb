import { REPORT_CATEGORIES, REVIEW_LIMITS } from '@jiuye/domain/compliance/review';
import { Alert, App, Form, Input, Select, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { ReasonField } from '../../../components/ReasonField';
import { ApiError } from '../../../lib/api';
import { applyIssuesToForm, ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import type { ReportCategory } from '../../compliance/api';
import { categoryLabel } from '../../compliance/labels';
import { useReportJob, type Posting } from '../api';

interface ReportForm {
  category: ReportCategory;
  reason: string;
  evidence?: string;
}

const FIELDS = ['category', 'reason', 'evidence'] as const;

/** A graduate reports an ad for discrimination or fraud; the education department reviews it. */
export function ReportModal({
  posting,
  open,
  onClose,
  onReported,
}: {
  posting: Posting;
  open: boolean;
  onClose: () => void;
  onReported: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportForm>();
  const report = useReportJob(posting.id);
  // A 409 is not a mistake in the form (a report is already open, or the ad has just gone); it is
  // shown as a notice, while other failures list what to fix.
  const conflict = report.error instanceof ApiError && report.error.code === 'conflict' ? report.error : null;

  const close = () => {
    report.reset();
    onClose();
  };

  const onFinish = (values: ReportForm) => {
    report.mutate(
      {
        category: values.category,
        reason: values.reason.trim(),
        evidence: values.evidence?.trim() || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('report.success'));
          form.resetFields();
          report.reset();
          onReported();
        },
        onError: (error) => applyIssuesToForm(form, error, FIELDS),
      },
    );
  };

  return (
    <FormModal
      open={open}
      title={t('report.title')}
      okText={t('report.submit')}
      form={form}
      pending={report.isPending}
      onClose={close}
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {t('report.intro', { title: posting.title })}
      </Typography.Paragraph>
      {conflict && (
        <Alert
          data-testid="report-conflict"
          type="warning"
          showIcon
          title={conflict.message || t('report.conflict')}
          style={{ marginBottom: 16 }}
        />
      )}
      {report.error && !conflict && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={report.error} />
        </div>
      )}
      <Form<ReportForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={report.isPending}
        preserve={false}
      >
        <Form.Item
          name="category"
          label={t('report.category')}
          rules={[{ required: true, message: t('report.categoryRequired') }]}
        >
          <Select<ReportCategory>
            placeholder={t('common.select')}
            showSearch={{ optionFilterProp: 'label' }}
            options={REPORT_CATEGORIES.map((category) => ({
              value: category,
              label: categoryLabel(category, lang, t),
            }))}
          />
        </Form.Item>
        <ReasonField
          label={t('report.reason')}
          required
          requiredMessage={t('report.reasonRequired')}
          tooShortMessage={t('report.reasonShort', { n: REVIEW_LIMITS.reasonMin })}
          placeholder={t('report.reasonPlaceholder')}
          limits={{ min: REVIEW_LIMITS.reasonMin, max: REVIEW_LIMITS.reasonMax }}
        />
        <Form.Item name="evidence" label={t('report.evidence')} extra={t('report.evidenceHint')}>
          <Input.TextArea rows={3} maxLength={REVIEW_LIMITS.evidenceMax} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
