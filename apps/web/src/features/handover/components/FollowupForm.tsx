import { FOLLOWUP_KINDS, HANDOVER_OUTCOMES, type FollowupKind } from '@jiuye/domain/assistance/handover';
import { App, Button, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useAddFollowup, type HandoverItem } from '../api';
import { followupKindName, outcomeName } from '../labels';

interface Values {
  kind: FollowupKind;
  on: Dayjs;
  reached?: boolean;
  outcome?: (typeof HANDOVER_OUTCOMES)[number]['key'];
  note?: string;
}

const FIELDS = ['kind', 'on', 'reached', 'outcome', 'note'] as const;

/** 添加跟进记录: a contact (reached or not), a service (what was offered) or the outcome. */
export function FollowupForm({ item }: { item: HandoverItem }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddFollowup(item.graduateId);
  const onError = useFormErrorHandler(form, FIELDS);
  const kind = Form.useWatch('kind', form) ?? 'contact';

  const submit = (v: Values) =>
    add.mutate(
      {
        kind: v.kind,
        on: v.on.format('YYYY-MM-DD'),
        reached: v.kind === 'contact' ? v.reached : undefined,
        outcome: v.kind === 'outcome' ? v.outcome : undefined,
        note: v.note?.trim() ?? '',
      },
      {
        onSuccess: () => {
          void message.success(t('handover.followupSaved'));
          form.resetFields();
        },
        onError,
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'contact', on: dayjs() }}
      onFinish={submit}
      disabled={add.isPending}
      data-testid="followup-form"
    >
      <Form.Item name="kind" label={t('handover.followupKind')}>
        <Radio.Group
          optionType="button"
          options={FOLLOWUP_KINDS.map((k) => ({ value: k.key, label: followupKindName(k.key, lang) }))}
        />
      </Form.Item>
      <Form.Item
        name="on"
        label={t('handover.followupOn')}
        rules={[{ required: true, message: t('handover.followupOnRequired') }]}
      >
        <DatePicker
          format="YYYY-MM-DD"
          inputReadOnly={isPhone}
          disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(item.handedOverOn), 'day')}
          style={{ width: isPhone ? '100%' : 200 }}
        />
      </Form.Item>
      {kind === 'contact' && (
        <Form.Item
          name="reached"
          label={t('handover.reached')}
          rules={[{ required: true, message: t('handover.reachedRequired') }]}
        >
          <Radio.Group
            options={[
              { value: true, label: t('handover.reachedYes') },
              { value: false, label: t('handover.reachedNo') },
            ]}
          />
        </Form.Item>
      )}
      {kind === 'outcome' && (
        <Form.Item
          name="outcome"
          label={t('handover.outcome')}
          rules={[{ required: true, message: t('handover.outcomeRequired') }]}
        >
          <Select
            options={HANDOVER_OUTCOMES.map((o) => ({ value: o.key, label: outcomeName(o.key, lang) }))}
            style={{ width: isPhone ? '100%' : 240 }}
            aria-label={t('handover.outcome')}
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={t(kind === 'service' ? 'handover.serviceNote' : 'handover.note')}
        rules={
          kind === 'service'
            ? [{ required: true, whitespace: true, message: t('handover.serviceNoteRequired') }]
            : []
        }
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t(kind === 'service' ? 'handover.servicePlaceholder' : 'handover.notePlaceholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="followup-submit">
        {t('handover.addFollowup')}
      </Button>
    </Form>
  );
}
