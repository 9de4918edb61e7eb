import { SUBSIDY_MAX_FEN } from '@jiuye/domain/assistance/subsidy';
import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import { PROVINCES } from '@jiuye/domain/reference/provinces';
import { Alert, App, DatePicker, Form, InputNumber, Modal, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../../lib/api';
import { issueField, useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useSaveSubsidyRule, type SubsidyRule } from '../api';
import { categoryName, yuanToFen } from '../labels';
import { cohortOptions } from './cohorts';

interface Values {
  provinceCode: string;
  graduationYear: number;
  categories: string[];
  amount: number;
  window: [Dayjs, Dayjs];
  evidence: string[];
}

const DATE = 'YYYY-MM-DD';
const EVIDENCE_MAX = 10;

/** The form field a server issue belongs to: amountFen is typed in yuan, the two dates are one range. */
function fieldOf(path: string): keyof Values | null {
  const head = issueField(path).split('.')[0] ?? '';
  if (head === 'amountFen') return 'amount';
  if (head === 'opensOn' || head === 'closesOn') return 'window';
  if (['provinceCode', 'graduationYear', 'categories', 'evidence'].includes(head))
    return head as keyof Values;
  return null;
}

/** Puts every server issue on its field; returns whether any could not be placed. */
function placeIssues(form: FormInstance<Values>, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.issues.length === 0) return true;
  const byField = new Map<keyof Values, string[]>();
  let unplaced = false;
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else unplaced = true;
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unplaced;
}

/**
 * 设置补贴政策: the categories a province pays, the amount (typed in yuan, sent in fen), the window
 * and the names of the proof it wants. `rule` null is a new one (the admin picks the province).
 */
export function RuleFormModal({
  open,
  rule,
  provinceCode,
  existing,
  onClose,
}: {
  open: boolean;
  rule: SubsidyRule | null;
  /** The HR&SS office's own province; undefined for the admin, who picks one. */
  provinceCode: string | undefined;
  /** Rules already set, to warn before a new one replaces one. */
  existing: readonly SubsidyRule[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const save = useSaveSubsidyRule();
  const province = Form.useWatch('provinceCode', form);
  const year = Form.useWatch('graduationYear', form);
  const replaces = !rule && existing.some((r) => r.provinceCode === province && r.graduationYear === year);

  const submit = (values: Values) =>
    save.mutate(
      {
        provinceCode: values.provinceCode,
        graduationYear: values.graduationYear,
        rule: {
          categories: values.categories as SubsidyRule['categories'],
          amountFen: yuanToFen(values.amount),
          opensOn: values.window[0].format(DATE),
          closesOn: values.window[1].format(DATE),
          evidence: values.evidence.map((e) => e.trim()).filter(Boolean),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('subsidyRules.saved'));
          onClose();
        },
        onError: (error) => {
          if (placeIssues(form, error)) showError(error);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t(rule ? 'subsidyRules.editTitle' : 'subsidyRules.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={600}
      data-testid="rule-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        disabled={save.isPending}
        onFinish={submit}
        initialValues={
          rule
            ? {
                provinceCode: rule.provinceCode,
                graduationYear: rule.graduationYear,
                categories: rule.categories,
                amount: rule.amountFen / 100,
                window: [dayjs(rule.opensOn, DATE), dayjs(rule.closesOn, DATE)],
                evidence: rule.evidence,
              }
            : { provinceCode, categories: [], evidence: [] }
        }
      >
        <Form.Item
          name="provinceCode"
          label={t('subsidyRules.province')}
          rules={[{ required: true, message: t('subsidyRules.provinceRequired') }]}
        >
          <Select<string>
            disabled={!!rule || provinceCode !== undefined}
            showSearch={{ optionFilterProp: 'label' }}
            options={PROVINCES.map((p) => ({ value: p.code, label: lang === 'en' ? p.nameEn : p.name }))}
          />
        </Form.Item>
        <Form.Item
          name="graduationYear"
          label={t('subsidyRules.cohort')}
          rules={[{ required: true, message: t('subsidyRules.cohortRequired') }]}
        >
          <Select<number> disabled={!!rule} options={cohortOptions(t)} />
        </Form.Item>
        {replaces && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('subsidyRules.replaces')} />
        )}
        <Form.Item
          name="categories"
          label={t('subsidyRules.categories')}
          rules={[{ required: true, type: 'array', min: 1, message: t('subsidyRules.categoriesRequired') }]}
        >
          <Select<string[]>
            mode="multiple"
            allowClear
            options={ASSISTANCE_CATEGORIES.map((c) => ({ value: c.key, label: categoryName(c.key, lang) }))}
            data-testid="rule-categories"
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('subsidyRules.amount')}
          extra={t('subsidyRules.amountHint', { max: SUBSIDY_MAX_FEN / 100 })}
          rules={[{ required: true, message: t('subsidyRules.amountRequired') }]}
        >
          <InputNumber<number>
            min={0.01}
            max={SUBSIDY_MAX_FEN / 100}
            precision={2}
            step={100}
            suffix={t('subsidyRules.yuan')}
            style={{ width: isPhone ? '100%' : 220 }}
          />
        </Form.Item>
        <Form.Item
          name="window"
          label={t('subsidyRules.window')}
          rules={[{ required: true, message: t('subsidyRules.windowRequired') }]}
        >
          <DatePicker.RangePicker format={DATE} inputReadOnly={isPhone} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('subsidyRules.evidence')}
          extra={t('subsidyRules.evidenceHint', { n: EVIDENCE_MAX })}
          rules={[
            {
              validator: async (_, value: string[] | undefined) => {
                if ((value ?? []).length > EVIDENCE_MAX)
                  throw new Error(t('subsidyRules.evidenceTooMany', { n: EVIDENCE_MAX }));
              },
            },
          ]}
        >
          <Select<string[]>
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、']}
            placeholder={t('subsidyRules.evidencePlaceholder')}
            aria-label={t('subsidyRules.evidence')}
            data-testid="rule-evidence"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
