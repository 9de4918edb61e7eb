import { App, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { NOTE_MAX, useApplyTarget, type Evidence, type Subject, type Target } from '../api';
import { categoryOptions, proofKindName, proofKindsFor } from '../labels';
import { ProofUpload } from './ProofUpload';

interface Values {
  category?: string;
  evidenceId?: string;
  note?: string;
}

const FIELDS = ['category', 'evidenceId', 'note'] as const;

/** Categories one may apply for: those not held and not waiting; a refused one may be tried again. */
export function applicableCategories(targets: readonly Target[]): string[] {
  const blocked = new Set(targets.filter((t) => t.status !== 'rejected').map((t) => t.category));
  return categoryOptions('zh-CN')
    .map((o) => o.value)
    .filter((key) => !blocked.has(key));
}

/**
 * 申请认定: a category, the proof behind it (uploaded here or one already kept) and a note. The
 * graduate's application needs proof and goes to the college; a counsellor applying for them may
 * go without a file (they hold the paper) and skips the college stage.
 */
export function ApplyTargetModal({
  subject,
  open,
  targets,
  evidence,
  onClose,
}: {
  subject: Subject;
  open: boolean;
  targets: readonly Target[];
  evidence: readonly Evidence[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const apply = useApplyTarget(subject);
  const onError = useFormErrorHandler(form, FIELDS);
  const category = Form.useWatch('category', form);
  // Files uploaded in this dialog, listed before the cache has the fresh case.
  const [uploaded, setUploaded] = useState<Evidence[]>([]);
  const kinds = proofKindsFor(category).map((k) => ({
    value: k.key as string,
    label: lang === 'en' ? k.nameEn : k.name,
  }));
  // Only files of a kind that proves the category chosen (the server refuses the others).
  const fits = (e: Evidence) => kinds.some((k) => k.value === e.kind);
  const files = [...uploaded, ...evidence.filter((e) => !uploaded.some((u) => u.id === e.id))].filter(fits);
  const options = categoryOptions(lang, applicableCategories(targets));
  const close = () => {
    setUploaded([]);
    onClose();
  };

  return (
    <FormModal
      open={open}
      title={t(subject ? 'assistance.apply.titleOnBehalf' : 'assistance.apply.title')}
      form={form}
      pending={apply.isPending}
      onClose={close}
      okText={t('assistance.apply.ok')}
    >
      <Typography.Paragraph type="secondary">
        {t(subject ? 'assistance.apply.introOnBehalf' : 'assistance.apply.intro')}
      </Typography.Paragraph>
      <Form<Values>
        // Named so its field ids (note, …) do not clash with another form on the page.
        name="targetApplication"
        form={form}
        layout="vertical"
        preserve={false}
        data-testid="apply-target-form"
        // Another category needs other proof: the file chosen for the last one no longer fits.
        onValuesChange={(changed: Partial<Values>) => {
          if ('category' in changed) form.setFieldValue('evidenceId', undefined);
        }}
        onFinish={(values) =>
          apply.mutate(
            {
              category: values.category ?? '',
              evidenceId: values.evidenceId,
              note: values.note?.trim() || undefined,
            },
            {
              onSuccess: () => {
                void message.success(
                  t(
                    !subject
                      ? 'assistance.apply.done'
                      : me.role === 'career_centre'
                        ? 'assistance.apply.doneIdentified'
                        : 'assistance.apply.doneOnBehalf',
                  ),
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
          label={t('assistance.apply.category')}
          rules={[{ required: true, message: t('assistance.apply.categoryRequired') }]}
        >
          <Select options={options} placeholder={t('common.select')} />
        </Form.Item>
        <Form.Item
          name="evidenceId"
          label={t('assistance.apply.proof')}
          extra={
            category
              ? t('assistance.apply.proofHint', {
                  kinds: kinds.map((k) => k.label).join(t('common.listSeparator')),
                })
              : undefined
          }
          rules={subject ? [] : [{ required: true, message: t('assistance.apply.proofRequired') }]}
        >
          <Select
            allowClear
            placeholder={t(files.length ? 'assistance.apply.proofPick' : 'assistance.apply.proofNone')}
            options={files.map((e) => ({
              value: e.id,
              label: `${proofKindName(e.kind, lang)} · ${e.fileName}`,
            }))}
          />
        </Form.Item>
        {category && (
          <Form.Item label={t('assistance.apply.upload')}>
            <ProofUpload
              subject={subject}
              kinds={kinds}
              onUploaded={(e) => {
                setUploaded((list) => [e, ...list]);
                form.setFieldValue('evidenceId', e.id);
                void form.validateFields(['evidenceId']);
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('assistance.apply.note')}>
          <Input.TextArea
            rows={2}
            maxLength={NOTE_MAX}
            showCount
            placeholder={t('assistance.apply.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
