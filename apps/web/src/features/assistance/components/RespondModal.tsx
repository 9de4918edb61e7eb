import { App, Form, Input, Radio, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { NOTE_MAX, useRespond, type ResponseInput, type Service, type Subject } from '../api';
import { responseName, serviceKindName } from '../labels';

interface Values {
  response: ResponseInput['response'];
  note?: string;
}

const FIELDS = ['response', 'note'] as const;

/**
 * The graduate's answer to a service. The graduate answers their own (接受 or 拒绝, chosen on the
 * ledger, with an optional note); a counsellor records what the graduate said by phone, or that
 * they could not be reached.
 */
export function RespondModal({
  subject,
  service,
  response,
  onClose,
}: {
  subject: Subject;
  /** null: closed. */
  service: Service | null;
  /** The graduate's chosen answer; staff choose in the dialog. */
  response?: ResponseInput['response'];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const respond = useRespond(subject);
  const onError = useFormErrorHandler(form, FIELDS);
  const declining = response === 'declined';
  const what = service
    ? service.posting
      ? `${serviceKindName(service.kind, lang)}：${service.posting.title}`
      : serviceKindName(service.kind, lang)
    : '';
  return (
    <FormModal
      open={service !== null}
      title={
        response
          ? t(declining ? 'assistance.respond.declineTitle' : 'assistance.respond.acceptTitle', { what })
          : t('assistance.respond.recordTitle', { what })
      }
      form={form}
      pending={respond.isPending}
      onClose={onClose}
      okText={response ? responseName(response, lang) : t('common.save')}
    >
      <Form<Values>
        // Named so its field ids (note, …) do not clash with another form on the page.
        name="serviceResponse"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ response: response ?? 'accepted' }}
        data-testid="respond-form"
        onFinish={(values) =>
          service &&
          respond.mutate(
            {
              serviceId: service.id,
              response: response ?? values.response,
              note: values.note?.trim() || undefined,
            },
            {
              onSuccess: () => {
                void message.success(t('assistance.respond.done'));
                onClose();
              },
              onError,
            },
          )
        }
      >
        {response ? (
          <Typography.Paragraph type="secondary">
            {t(declining ? 'assistance.respond.declineText' : 'assistance.respond.acceptText')}
          </Typography.Paragraph>
        ) : (
          <Form.Item name="response" label={t('assistance.respond.response')}>
            <Radio.Group
              options={(['accepted', 'declined', 'unreachable'] as const).map((r) => ({
                value: r,
                label: responseName(r, lang),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('assistance.respond.note')}>
          <Input.TextArea
            rows={2}
            maxLength={NOTE_MAX}
            showCount
            placeholder={t(
              declining ? 'assistance.respond.declinePlaceholder' : 'assistance.respond.notePlaceholder',
            )}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
