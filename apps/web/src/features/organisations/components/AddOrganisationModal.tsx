import { normalizeUscc, validateUscc } from '@jiuye/domain';
import { toHalfWidth } from '@jiuye/domain/validators/text';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIndustries } from '../../reference/api';
import { useAddOrganisation, type Organisation, type OrganisationKind } from '../api';
import { KIND_LABELS, natureOptions } from '../labels';

interface AddForm {
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature?: string;
  industryCode?: string;
  regionCode?: string;
}

const FIELDS = ['kind', 'name', 'uscc', 'nature', 'industryCode', 'regionCode'] as const;
// The server rejects longer names; stopping at the limit beats a round trip to learn it.
const MAX_NAME = 100;

// Codes are copied from licences and chat messages with full-width characters, lower case and stray spaces.
const normalizeCode = (value: string | undefined) => normalizeUscc(value ?? '').replace(/\s+/g, '');
const normalizeDigits = (value: string | undefined) => toHalfWidth(value ?? '').replace(/\s+/g, '');

const optional = (value: string | undefined) => value?.trim() || undefined;

/** Registers an employer or HR agency; the server repeats the USCC check and refuses duplicates (409). */
export function AddOrganisationModal({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded?: (organisation: Organisation) => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddForm>();
  const add = useAddOrganisation();
  const industries = useIndustries();
  const onError = useFormErrorHandler(form, FIELDS);

  const onFinish = (values: AddForm) => {
    add.mutate(
      {
        kind: values.kind,
        name: values.name.trim(),
        uscc: values.uscc,
        nature: values.nature,
        industryCode: values.industryCode,
        regionCode: optional(values.regionCode),
      },
      {
        onSuccess: (organisation) => {
          void message.success(t('organisations.added', { name: organisation.name }));
          onClose();
          onAdded?.(organisation);
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('organisations.add')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
      width={560}
    >
      <Form<AddForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        disabled={add.isPending}
        initialValues={{ kind: 'employer' }}
      >
        <Form.Item
          name="kind"
          label={t('organisations.kind')}
          rules={[{ required: true, message: t('organisations.kindRequired') }]}
        >
          <Radio.Group
            options={(['employer', 'agency'] as const).map((kind) => ({
              value: kind,
              label: t(KIND_LABELS[kind]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('organisations.name')}
          rules={[{ required: true, whitespace: true, message: t('organisations.nameRequired') }]}
        >
          <Input maxLength={MAX_NAME} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="uscc"
          label={t('organisations.uscc')}
          extra={t('organisations.usccHint')}
          normalize={normalizeCode}
          validateDebounce={300}
          rules={[
            { required: true, message: t('organisations.usccRequired') },
            {
              // Same check as the server, so a mistyped character is caught before submitting;
              // its reason names the failing position, which a generic message could not.
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const check = validateUscc(normalizeUscc(value));
                if (!check.valid) throw new Error(check.reason ?? t('organisations.usccRequired'));
              },
            },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="nature" label={t('organisations.nature')}>
          <Select allowClear options={natureOptions(lang)} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('organisations.industry')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={industries.isLoading}
            options={(industries.data?.items ?? []).map((industry) => ({
              value: industry.code,
              label: `${industry.code} ${lang === 'en' && industry.nameEn ? industry.nameEn : industry.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('organisations.region')}
          extra={t('organisations.regionHint')}
          normalize={normalizeDigits}
          rules={[{ pattern: /^\d{6}$/, message: t('organisations.regionFormat') }]}
        >
          <Input inputMode="numeric" maxLength={6} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
