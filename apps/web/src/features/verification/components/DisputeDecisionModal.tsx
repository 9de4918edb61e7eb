import { App, Descriptions, Form, Input, Radio, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { ApiError } from '../../../lib/api';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { TEXT_MAX, useDecideDispute, type Dispute } from '../api';
import { DisputeSubjectText } from './DisputeSubjectText';

interface DecisionValues {
  decision: 'upheld' | 'dismissed';
  note: string;
}

/**
 * The university decides a 存疑: 成立 (it was acted on) or 不成立, always with a note the graduate
 * reads. Audited on the server.
 */
export function DisputeDecisionModal({ dispute, onClose }: { dispute: Dispute | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const decide = useDecideDispute();
  const onFieldError = useFormErrorHandler(form, ['decision', 'note']);
  return (
    <FormModal
      open={dispute !== null}
      title={dispute ? t('disputes.decide.title', { name: dispute.name }) : ''}
      form={form}
      pending={decide.isPending}
      onClose={onClose}
      okText={t('disputes.decide.ok')}
    >
      {dispute && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'subject',
              label: t('disputes.subject'),
              children: <DisputeSubjectText dispute={dispute} />,
            },
            {
              key: 'reason',
              label: t('disputes.reason'),
              children: (
                <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {dispute.reason}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          dispute &&
          decide.mutate(
            { id: dispute.id, decision: values.decision, note: values.note.trim() },
            {
              onSuccess: () => {
                void message.success(t('disputes.decide.done'));
                onClose();
              },
              onError: (error) => {
                // Decided meanwhile (by a colleague): the list is refreshed and this dialog has nothing left to do.
                if (error instanceof ApiError && error.code === 'conflict') onClose();
                onFieldError(error);
              },
            },
          )
        }
      >
        <Form.Item
          name="decision"
          label={t('disputes.decide.decision')}
          rules={[{ required: true, message: t('disputes.decide.decisionRequired') }]}
        >
          <Radio.Group
            options={[
              { value: 'upheld', label: t('disputes.decide.upheld') },
              { value: 'dismissed', label: t('disputes.decide.dismissed') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('disputes.decide.note')}
          extra={t('disputes.decide.noteHint')}
          rules={[{ required: true, whitespace: true, message: t('disputes.decide.noteRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={TEXT_MAX.reason} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
