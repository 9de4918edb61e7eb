import { App, Alert, Button, Card, Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useFormErrorHandler } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { NOTE_MAX, useSaveConsent, type Consent, type Handover, type Subject } from '../api';
import { outcomeName } from '../labels';

interface Values {
  consent: boolean;
  wantsJob: boolean;
  note?: string;
}

const FIELDS = ['consent', 'wantsJob', 'note'] as const;

/** The consent as recorded: given or not, the wish to work, who recorded it and when. */
function Recorded({ consent }: { consent: Consent | null }) {
  const { t } = useI18n();
  if (!consent)
    return (
      <Typography.Text type="secondary" data-testid="consent-state">
        {t('assistance.consent.none')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={2} data-testid="consent-state">
      <Typography.Text strong type={consent.consent ? 'success' : 'warning'}>
        {t(consent.consent ? 'assistance.consent.given' : 'assistance.consent.refused')}
        {' · '}
        {t(consent.wantsJob ? 'assistance.consent.wantsJob' : 'assistance.consent.noJob')}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(
          consent.via === 'counsellor'
            ? 'assistance.consent.viaCounsellor'
            : 'assistance.consent.viaGraduate',
          {
            at: formatDateTime(consent.at),
          },
        )}
      </Typography.Text>
    </Flex>
  );
}

/**
 * 离校未就业移交: whether the graduate agrees that their details go to the HR&SS office of their
 * hukou region if they leave unplaced, and whether they want a job. The graduate says so online; a
 * counsellor records it from the signed form the college holds (with a note). Withdrawing a
 * consent asks first: without it the graduate stays with the university's own follow-up.
 */
export function ConsentCard({
  subject,
  consent,
  handover,
}: {
  subject: Subject;
  consent: Consent | null;
  handover: Handover | null;
}) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveConsent(subject);
  const onError = useFormErrorHandler(form, FIELDS);
  const consentValue = Form.useWatch('consent', form);

  const send = (values: Values) =>
    save
      .mutateAsync(
        {
          consent: values.consent,
          wantsJob: values.wantsJob,
          ...(subject ? { note: values.note?.trim() ?? '' } : {}),
        },
        {
          onSuccess: () => {
            void message.success(t('assistance.consent.saved'));
            form.setFieldValue('note', undefined);
          },
          onError,
        },
      )
      .catch(() => undefined);

  const submit = (values: Values) => {
    if (consent?.consent && !values.consent)
      modal.confirm({
        title: t('assistance.consent.withdrawTitle'),
        content: t('assistance.consent.withdrawText'),
        okText: t('assistance.consent.withdrawOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => send(values),
      });
    else void send(values);
  };

  return (
    <Card size="small" title={t('assistance.consent.title')} data-testid="consent-card">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t(subject ? 'assistance.consent.introStaff' : 'assistance.consent.intro')}
        </Typography.Text>
        <Recorded consent={consent} />
        {handover && (
          <Alert
            type="info"
            showIcon
            data-testid="handover-state"
            title={t('assistance.consent.handedOver', {
              region: handover.regionName,
              date: handover.handedOverOn,
            })}
            description={
              handover.outcome
                ? t('assistance.consent.outcome', { outcome: outcomeName(handover.outcome, lang) })
                : t('assistance.consent.noOutcome')
            }
          />
        )}
        <Form<Values>
          // Named so its field ids (note, …) do not clash with another form on the page.
          name="consent"
          form={form}
          layout="vertical"
          initialValues={{ consent: consent?.consent ?? false, wantsJob: consent?.wantsJob ?? true }}
          onFinish={submit}
          data-testid="consent-form"
        >
          <Form.Item name="consent" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox data-testid="consent-checkbox">
              {t(subject ? 'assistance.consent.consentLabelStaff' : 'assistance.consent.consentLabel')}
            </Checkbox>
          </Form.Item>
          <Form.Item name="wantsJob" valuePropName="checked" style={{ marginBottom: 12 }}>
            <Checkbox data-testid="wants-job-checkbox">
              {t(subject ? 'assistance.consent.wantsJobLabelStaff' : 'assistance.consent.wantsJobLabel')}
            </Checkbox>
          </Form.Item>
          {subject && (
            <Form.Item
              name="note"
              label={t('assistance.consent.note')}
              rules={[{ required: true, whitespace: true, message: t('assistance.consent.noteRequired') }]}
            >
              <Input.TextArea
                rows={2}
                maxLength={NOTE_MAX}
                showCount
                placeholder={t('assistance.consent.notePlaceholder')}
              />
            </Form.Item>
          )}
          {consentValue === false && !subject && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('assistance.consent.withoutHint')}
            </Typography.Paragraph>
          )}
          <Button htmlType="submit" type="primary" loading={save.isPending} data-testid="save-consent">
            {t(subject ? 'assistance.consent.saveStaff' : 'assistance.consent.save')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
