import { TARGET_PROOF_KINDS } from '@jiuye/domain/assistance/targets';
import { CheckOutlined } from '@ant-design/icons';
import { App, Checkbox, Empty, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { NOTE_MAX, useApplySubsidy, type Evidence, type Subject, type SubsidyRule } from '../api';
import { categoryOptions } from '../labels';
import { EvidenceFile } from './EvidenceFile';
import { ProofUpload } from './ProofUpload';

interface Values {
  category?: string;
  evidenceIds: string[];
  note?: string;
}

const FIELDS = ['category', 'evidenceIds', 'note'] as const;

/**
 * 申请一次性求职补贴: one of the identified categories the rule covers, the proof (picked from the
 * files already kept, or uploaded here under the name the office gives it) and a note.
 */
export function ApplySubsidyModal({
  subject,
  open,
  rule,
  categories,
  evidence,
  onClose,
}: {
  subject: Subject;
  open: boolean;
  /** undefined: not known here (the server checks it). */
  rule: SubsidyRule | null | undefined;
  /** Categories the graduate may apply under. */
  categories: readonly string[];
  evidence: readonly Evidence[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const apply = useApplySubsidy(subject);
  const onError = useFormErrorHandler(form, FIELDS);
  const [uploaded, setUploaded] = useState<Evidence[]>([]);
  const files = [...uploaded, ...evidence.filter((e) => !uploaded.some((u) => u.id === e.id))];
  const wanted = rule?.evidence ?? [];
  // The office names the proof it wants and every name must be among the files chosen, so a new
  // file is uploaded under one of those names (the first still missing is offered); without such
  // names any kind of target proof will do.
  const chosenIds: string[] = Form.useWatch('evidenceIds', form) ?? [];
  const chosenKinds = new Set(files.filter((e) => chosenIds.includes(e.id)).map((e) => e.kind));
  const missing = wanted.filter((name) => !chosenKinds.has(name));
  const kinds =
    wanted.length > 0
      ? [...missing, ...wanted.filter((name) => !missing.includes(name))].map((name) => ({
          value: name,
          label: name,
        }))
      : TARGET_PROOF_KINDS.map((k) => ({ value: k.key as string, label: lang === 'en' ? k.nameEn : k.name }));
  const close = () => {
    setUploaded([]);
    onClose();
  };

  return (
    <FormModal
      open={open}
      title={t(subject ? 'assistance.subsidy.applyTitleOnBehalf' : 'assistance.subsidy.applyTitle')}
      form={form}
      pending={apply.isPending}
      onClose={close}
      okText={t('assistance.subsidy.applyOk')}
      width={560}
    >
      <Form<Values>
        // Named so its field ids (note, …) do not clash with another form on the page.
        name="subsidyApplication"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ category: categories.length === 1 ? categories[0] : undefined, evidenceIds: [] }}
        data-testid="apply-subsidy-form"
        onFinish={(values) =>
          apply.mutate(
            {
              category: values.category ?? '',
              evidenceIds: values.evidenceIds ?? [],
              note: values.note?.trim() || undefined,
            },
            {
              onSuccess: () => {
                void message.success(
                  t(subject ? 'assistance.subsidy.appliedOnBehalf' : 'assistance.subsidy.applied'),
                );
                close();
              },
              onError,
            },
          )
        }
      >
        <Form.Item
          name="category"
          label={t('assistance.subsidy.category')}
          rules={[{ required: true, message: t('assistance.subsidy.categoryRequired') }]}
        >
          <Select options={categoryOptions(lang, categories)} placeholder={t('common.select')} />
        </Form.Item>
        <Form.Item
          name="evidenceIds"
          label={t('assistance.subsidy.evidence')}
          extra={
            wanted.length > 0 && (
              <Flex gap={4} wrap style={{ marginTop: 4 }} data-testid="subsidy-wanted">
                {wanted.map((name) => (
                  <Tag
                    key={name}
                    color={chosenKinds.has(name) ? 'success' : 'default'}
                    icon={chosenKinds.has(name) ? <CheckOutlined /> : undefined}
                    style={{ marginInlineEnd: 0 }}
                  >
                    {name}
                  </Tag>
                ))}
              </Flex>
            )
          }
          rules={[
            { required: true, type: 'array', min: 1, message: t('assistance.subsidy.evidenceRequired') },
            {
              validator: async (_, ids: string[] | undefined) => {
                const have = new Set(files.filter((e) => ids?.includes(e.id)).map((e) => e.kind));
                const lacking = wanted.filter((name) => !have.has(name));
                if (lacking.length > 0)
                  throw new Error(
                    t('assistance.subsidy.missing', { names: lacking.join(t('common.listSeparator')) }),
                  );
              },
            },
          ]}
        >
          {files.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('assistance.subsidy.noFiles')}
              style={{ margin: 0 }}
            />
          ) : (
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                {files.map((e) => (
                  <Checkbox key={e.id} value={e.id} style={{ alignItems: 'flex-start' }}>
                    <EvidenceFile evidence={e} subject={subject} compact />
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          )}
        </Form.Item>
        <Form.Item label={t('assistance.subsidy.upload')}>
          <ProofUpload
            subject={subject}
            kinds={kinds}
            testId="subsidy-upload"
            onUploaded={(e) => {
              setUploaded((list) => [e, ...list]);
              form.setFieldValue('evidenceIds', [...(form.getFieldValue('evidenceIds') ?? []), e.id]);
              void form.validateFields(['evidenceIds']);
            }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('assistance.subsidy.note')}>
          <Input.TextArea rows={2} maxLength={NOTE_MAX} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
