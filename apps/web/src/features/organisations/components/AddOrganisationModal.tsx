import { ORGANISATION_LIMITS } from '@jiuye/domain/recruitment/organisation';
import { toHalfWidth } from '@jiuye/domain/validators/text';
import { App, Form, Input, Radio, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { IndustrySelect } from '../../reference/components/IndustrySelect';
import { useAddOrganisation, type Organisation, type OrganisationKind } from '../api';
import { KIND_LABELS, natureOptions } from '../labels';
import { UsccField } from './OrganisationFields';

interface AddForm {
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature?: string;
  industryCode?: string;
  regionCode?: string;
}

const FIELDS = ['kind', 'name', 'uscc', 'nature', 'industryCode', 'regionCode'] as const;
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
    <FormModal
      open={open}
      title={t('organisations.add')}
      form={form}
      pending={add.isPending}
      onClose={onClose}
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
          <Input maxLength={ORGANISATION_LIMITS.nameMax} autoComplete="off" />
        </Form.Item>
        <UsccField />
        <Form.Item name="nature" label={t('organisations.nature')}>
          <Select allowClear options={natureOptions(lang)} />
        </Form.Item>
        <Form.Item name="industryCode" label={t('organisations.industry')}>
          <IndustrySelect allowClear />
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
    </FormModal>
  );
}
