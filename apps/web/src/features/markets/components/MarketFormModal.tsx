import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useCurrentUser } from '../../auth/api';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { INDUSTRY_CODES, industryName } from '../../jobs/labels';
import { RegionFilterPicker } from '../../jobs/components/RegionPicker';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useCreateMarket, useUpdateMarket, type Market, type MarketKind } from '../api';
import { MARKET_KIND_LABELS, creatableKinds } from '../labels';

interface Values {
  kind: MarketKind;
  name?: string;
  description?: string;
  universityCode?: string;
  regionCode?: string;
  industryCode?: string;
}

const FIELDS = ['kind', 'name', 'description', 'universityCode', 'regionCode', 'industryCode'] as const;

/** 开设招聘市场 (market = null) or 编辑 (name and description; the kind and place stay). */
export function MarketFormModal({
  market,
  open,
  onClose,
  onSaved,
}: {
  market: Market | null;
  open: boolean;
  onClose: () => void;
  onSaved: (market: Market) => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateMarket();
  const update = useUpdateMarket();
  const onError = useFormErrorHandler(form, FIELDS);
  const kinds = creatableKinds(me.role);
  const kind = Form.useWatch('kind', form) ?? market?.kind ?? kinds[0];
  const saving = create.isPending || update.isPending;

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const done = (saved: Market) => {
      void message.success(market ? t('markets.saved') : t('markets.created'));
      form.resetFields();
      onSaved(saved);
    };
    if (market) {
      update.mutate(
        {
          id: market.id,
          change: { name: values.name?.trim(), description: values.description?.trim() || null },
        },
        { onSuccess: done, onError },
      );
      return;
    }
    create.mutate(
      {
        kind: values.kind,
        name: (values.name ?? '').trim(),
        description: values.description?.trim() || undefined,
        universityCode: values.kind === 'campus' ? values.universityCode : undefined,
        regionCode: values.kind === 'regional' ? values.regionCode : undefined,
        industryCode: values.kind === 'industry' ? values.industryCode : undefined,
      },
      { onSuccess: done, onError },
    );
  };

  return (
    <Modal
      open={open}
      title={market ? t('markets.editTitle') : t('markets.createTitle')}
      okText={market ? t('common.save') : t('markets.create')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        name="market"
        layout="vertical"
        disabled={saving}
        initialValues={
          market
            ? { kind: market.kind, name: market.name, description: market.description ?? undefined }
            : { kind: kinds[0] }
        }
      >
        {!market && kinds.length > 1 && (
          <Form.Item name="kind" label={t('markets.field.kind')} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={kinds.map((value) => ({ value, label: t(MARKET_KIND_LABELS[value].label) }))}
            />
          </Form.Item>
        )}
        {!market && kinds.length === 1 && (
          <Form.Item name="kind" hidden>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('markets.field.name')}
          rules={[
            { required: true, whitespace: true, message: t('markets.nameRequired') },
            { min: 2, max: 60, message: t('markets.nameLength') },
          ]}
        >
          <Input maxLength={60} showCount placeholder={t('markets.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="description" label={t('markets.field.description')}>
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {/* A career centre's campus market is its own university's; nobody else picks one for it. */}
        {!market && kind === 'campus' && me.role !== 'career_centre' && (
          <Form.Item
            name="universityCode"
            label={t('markets.field.university')}
            rules={[{ required: true, message: t('markets.universityRequired') }]}
          >
            <UniversitySelect />
          </Form.Item>
        )}
        {!market && kind === 'regional' && (
          <Form.Item
            name="regionCode"
            label={t('markets.field.region')}
            rules={[{ required: true, message: t('markets.regionRequired') }]}
          >
            <RegionFilterPicker onChange={(code) => form.setFieldValue('regionCode', code)} />
          </Form.Item>
        )}
        {!market && kind === 'industry' && (
          <Form.Item
            name="industryCode"
            label={t('markets.field.industry')}
            rules={[{ required: true, message: t('markets.industryRequired') }]}
          >
            <Select<string>
              showSearch={{ optionFilterProp: 'label' }}
              options={INDUSTRY_CODES.map((code) => ({ value: code, label: industryName(code, lang) }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
