import { toHalfWidth } from '@jiuye/domain/validators/text';
import { App, Form, Input, Radio } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useAddUniversity, type University, type UniversityLevel } from '../api';

interface AddForm {
  code: string;
  name: string;
  authority?: string;
  location?: string;
  level: UniversityLevel;
}

const FIELDS = ['code', 'name', 'authority', 'location', 'level'] as const;
// The server's limit for every text field of a university.
const MAX_TEXT = 60;

// Chinese IMEs type full-width digits and people paste codes with spaces; the server would store them verbatim.
const normalizeCode = (value: string | undefined) => toHalfWidth(value ?? '').replace(/\s+/g, '');

const optional = (value: string | undefined) => value?.trim() || undefined;

/** Adds a school missing from the shipped MOE list; the server checks the province part of the code. */
export function AddUniversityModal({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose: () => void;
  onAdded?: (university: University) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddForm>();
  const add = useAddUniversity();
  const onError = useFormErrorHandler(form, FIELDS);

  const onFinish = (values: AddForm) => {
    add.mutate(
      {
        code: values.code,
        name: values.name.trim(),
        authority: optional(values.authority),
        location: optional(values.location),
        level: values.level,
      },
      {
        onSuccess: (university) => {
          void message.success(t('universities.added', { name: university.name }));
          onClose();
          onAdded?.(university);
        },
        onError,
      },
    );
  };

  return (
    <FormModal
      open={open}
      title={t('universities.add')}
      form={form}
      pending={add.isPending}
      onClose={onClose}
      width={520}
    >
      <Form<AddForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        disabled={add.isPending}
      >
        <Form.Item
          name="code"
          label={t('universities.code')}
          extra={t('universities.codeHint')}
          normalize={normalizeCode}
          rules={[
            { required: true, message: t('universities.codeRequired') },
            { pattern: /^\d{10}$/, message: t('universities.codeFormat') },
          ]}
        >
          <Input inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('universities.name')}
          rules={[{ required: true, whitespace: true, message: t('universities.nameRequired') }]}
        >
          <Input maxLength={MAX_TEXT} autoComplete="off" />
        </Form.Item>
        <Form.Item name="authority" label={t('universities.authority')}>
          <Input
            maxLength={MAX_TEXT}
            autoComplete="off"
            placeholder={t('universities.authorityPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="location" label={t('universities.location')}>
          <Input
            maxLength={MAX_TEXT}
            autoComplete="off"
            placeholder={t('universities.locationPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="level"
          label={t('universities.level')}
          rules={[{ required: true, message: t('universities.levelRequired') }]}
        >
          <Radio.Group
            options={[
              { value: '本科', label: t('universities.level.bachelor') },
              { value: '专科', label: t('universities.level.associate') },
            ]}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
