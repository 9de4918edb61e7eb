import { shanghaiDate } from '@jiuye/domain/dates';
import { DESTINATION_LIMITS as L } from '@jiuye/domain/destinations/registration';
import {
  getDestinationCode,
  type DestinationForm as FormKind,
} from '@jiuye/domain/reference/destination-codes';
import { normalizeUscc, validateUscc } from '@jiuye/domain/validators/uscc';
import {
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useRef, type ReactNode } from 'react';
import { ApiError } from '../../../lib/api';
import { issueField, useFormErrorHandler } from '../../../lib/errors';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { OCCUPATION_MAJOR_GROUPS } from '../../jobs/labels';
import { natureOptions } from '../../organisations/labels';
import { RegionCascader } from '../../organisations/components/RegionCascader';
import { IndustrySelect } from '../../reference/components/IndustrySelect';
import type { DestinationDetails, DestinationInput } from '../api';
import { FORM_FIELDS, ISSUE_FIELDS, type DetailField } from '../fields';
import { destinationCodeOptions, notPlacedOptions } from '../labels';

type DetailValues = Partial<Record<DetailField, string | number | boolean>>;

export interface DestinationFormValues {
  destinationCode?: string;
  details?: DetailValues;
  /** The career centre's reason for a change on the graduate's behalf. */
  reason?: string;
}

const EARLIEST_DAY = '2000-01-01';

function initialValues(input: DestinationInput | null): DestinationFormValues {
  if (!input) return { details: { online: false, statementSigned: false } };
  const { form: _form, ...details } = input.details;
  // A draft from an offer leaves what the posting did not say empty (or pay 0): shown as unfilled.
  const filled = Object.entries(details).filter(([, value]) => value !== '' && value !== 0);
  return { destinationCode: input.destinationCode, details: Object.fromEntries(filled) };
}

/** What the API takes: only the fields of the chosen code's form, text trimmed. */
function toInput(values: DestinationFormValues): DestinationInput {
  const code = values.destinationCode ?? '';
  const d = values.details ?? {};
  const text = (field: DetailField) => String(d[field] ?? '').trim();
  const details = ((): DestinationDetails => {
    switch (getDestinationCode(code)?.form) {
      case 'enlistment':
        return { form: 'enlistment', regionCode: text('regionCode'), enlistmentDate: text('enlistmentDate') };
      case 'programme':
        return {
          form: 'programme',
          programme: text('programme'),
          unitName: text('unitName'),
          regionCode: text('regionCode'),
          startDate: text('startDate'),
        };
      case 'business':
        return {
          form: 'business',
          uscc: text('uscc'),
          name: text('name'),
          regionCode: text('regionCode'),
          startDate: text('startDate'),
          online: d.online === true,
        };
      case 'freelance':
        return {
          form: 'freelance',
          work: text('work'),
          regionCode: text('regionCode'),
          statementSigned: d.statementSigned === true,
        };
      case 'study':
        return { form: 'study', institution: text('institution'), programme: text('programme') };
      case 'abroad':
        return {
          form: 'abroad',
          country: text('country'),
          institution: text('institution'),
          programme: text('programme'),
        };
      case 'not_placed':
        return { form: 'not_placed', label: text('label') };
      // An unknown code is sent as it is; the server names it.
      case 'unit':
      case undefined:
        return {
          form: 'unit',
          uscc: text('uscc'),
          name: text('name'),
          nature: text('nature'),
          industryCode: text('industryCode'),
          regionCode: text('regionCode'),
          occupationCode: text('occupationCode'),
          contractDate: text('contractDate'),
          monthlyPay: Number(d.monthlyPay ?? 0),
        };
    }
  })();
  return { destinationCode: code, details };
}

/**
 * The server checks pay in fen (`details.monthlyPayFen`) and a form that does not fit the code as
 * `details.form`; the form shows them on the pay and on the destination.
 */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.issues.length === 0) return error;
  const issues = error.issues.map((issue) => {
    const path = issueField(issue.path);
    if (path === 'details.monthlyPayFen') return { ...issue, path: 'details.monthlyPay' };
    if (path === 'details.form') return { ...issue, path: 'destinationCode' };
    return issue;
  });
  return new ApiError(error.status, error.code, error.message, issues);
}

/** For a save's `onError`: every server issue lands on its field, and the first is scrolled to. */
export function useDestinationErrorHandler(form: FormInstance<DestinationFormValues>) {
  const onFormError = useFormErrorHandler(form, ISSUE_FIELDS);
  return useCallback(
    (error: unknown) => {
      const placed = onFormFields(error);
      onFormError(placed);
      const first = placed instanceof ApiError ? placed.issues[0] : undefined;
      if (first) form.scrollToField(issueField(first.path).split('.'), { block: 'center' });
    },
    [form, onFormError],
  );
}

/** A YYYY-MM-DD value in a date picker; the form keeps the string the API takes. */
function DateField({
  name,
  label,
  notAfterToday,
}: {
  name: DetailField;
  label: string;
  notAfterToday: boolean;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const today = shanghaiDate(new Date());
  return (
    <Form.Item
      name={['details', name]}
      label={label}
      rules={[{ required: true, message: t('destinations.choose', { field: label }) }]}
      getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
      normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
    >
      <DatePicker
        style={{ width: '100%' }}
        // A phone's keyboard would cover the calendar it is picking from.
        inputReadOnly={isPhone}
        disabledDate={(day) => {
          const value = day.format('YYYY-MM-DD');
          return value < EARLIEST_DAY || (notAfterToday && value > today);
        }}
      />
    </Form.Item>
  );
}

// Codes are copied from licences and chat messages with full-width characters, lower case and spaces.
const normalizeCode = (value: string | undefined) => normalizeUscc(value ?? '').replace(/\s+/g, '');

/** One detail field of a form, with the checks the server repeats (same domain rules). */
function DetailInput({
  kind,
  field,
  labelKey,
  code,
  online,
}: {
  kind: FormKind;
  field: DetailField;
  labelKey: MessageKey;
  code: string;
  online: boolean;
}) {
  const { t, lang } = useI18n();
  const label = t(
    kind === 'business' && field === 'name' && online ? 'destinations.field.shopName' : labelKey,
  );
  const name = ['details', field];
  const required = { required: true, message: t('destinations.required', { field: label }) };
  const picked = { required: true, message: t('destinations.choose', { field: label }) };
  const textRules = [{ ...required, whitespace: true }];
  switch (field) {
    case 'uscc': {
      // An online shop may run on the platform's record alone, without a licence.
      const optional = kind === 'business' && online;
      return (
        <Form.Item
          name={name}
          label={label}
          extra={optional ? t('destinations.usccOptionalHint') : t('destinations.usccHint')}
          normalize={normalizeCode}
          validateDebounce={300}
          rules={[
            ...(optional ? [] : [required]),
            {
              validator: async (_: unknown, value: string | undefined) => {
                if (!value) return;
                const check = validateUscc(normalizeUscc(value));
                if (!check.valid) throw new Error(check.reason ?? t('destinations.usccInvalid'));
              },
            },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      );
    }
    case 'nature':
      return (
        <Form.Item name={name} label={label} rules={[picked]}>
          <Select options={natureOptions(lang)} placeholder={t('common.select')} />
        </Form.Item>
      );
    case 'industryCode':
      return (
        <Form.Item name={name} label={label} rules={[picked]}>
          <IndustrySelect placeholder={t('common.select')} />
        </Form.Item>
      );
    case 'occupationCode':
      return (
        <Form.Item name={name} label={label} rules={[picked]}>
          <Select
            placeholder={t('common.select')}
            options={OCCUPATION_MAJOR_GROUPS.map((g) => ({ value: g.code, label: `${g.code} ${g.name}` }))}
          />
        </Form.Item>
      );
    case 'regionCode':
      return (
        <Form.Item name={name} label={label} rules={[picked]} extra={t('destinations.regionHint')}>
          <RegionCascader />
        </Form.Item>
      );
    case 'contractDate':
    case 'startDate':
    case 'enlistmentDate':
      // Signing and opening a business lie in the past; enlistment and service may start later.
      return (
        <DateField
          name={field}
          label={label}
          notAfterToday={field === 'contractDate' || kind === 'business'}
        />
      );
    case 'monthlyPay':
      return (
        <Form.Item name={name} label={label} rules={[required]} extra={t('destinations.monthlyPayHint')}>
          <InputNumber<number>
            min={1}
            max={L.payMaxYuan}
            precision={0}
            step={500}
            suffix={t('destinations.yuanPerMonth')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      );
    case 'online':
      return (
        <Form.Item extra={t('destinations.onlineHint')}>
          <Flex align="center" gap={8}>
            <Form.Item name={name} valuePropName="checked" noStyle>
              <Switch id="destination-online" aria-label={label} />
            </Form.Item>
            <label htmlFor="destination-online">{label}</label>
          </Flex>
        </Form.Item>
      );
    case 'statementSigned':
      return (
        <Form.Item
          name={name}
          valuePropName="checked"
          extra={t('destinations.statementHint')}
          rules={[
            {
              validator: async (_: unknown, value: boolean | undefined) => {
                if (!value) throw new Error(t('destinations.statementRequired'));
              },
            },
          ]}
        >
          <Checkbox>{label}</Checkbox>
        </Form.Item>
      );
    case 'label':
      return (
        <Form.Item name={name} label={label} rules={[picked]}>
          <Select options={notPlacedOptions(code, lang)} placeholder={t('common.select')} />
        </Form.Item>
      );
    case 'name':
    case 'unitName':
    case 'programme':
    case 'work':
    case 'institution':
    case 'country':
      return (
        <Form.Item name={name} label={label} rules={textRules}>
          <Input maxLength={L.textMax} />
        </Form.Item>
      );
  }
}

/** Fields that need a whole row: a switch or checkbox with its explanation. */
const FULL_ROW: ReadonlySet<DetailField> = new Set(['online', 'statementSigned']);

/**
 * The registration form: the destination code first, then the fields its form takes. Shared by the
 * graduate's page and the career centre's change on a graduate's behalf (which adds its reason as
 * `children`, together with the buttons).
 */
export function DestinationForm({
  form,
  initial,
  onSubmit,
  children,
  testId,
}: {
  form: FormInstance<DestinationFormValues>;
  initial: DestinationInput | null;
  onSubmit: (input: DestinationInput, reason: string | undefined) => void;
  children?: ReactNode;
  testId?: string;
}) {
  const { t, lang } = useI18n();
  const code = Form.useWatch('destinationCode', form);
  const online = Form.useWatch(['details', 'online'], form) === true;
  const kind = code ? getDestinationCode(code)?.form : undefined;
  const shownForm = useRef(initial ? getDestinationCode(initial.destinationCode)?.form : undefined);

  return (
    <Form<DestinationFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(initial)}
      onFinish={(values) => onSubmit(toInput(values), values.reason?.trim())}
      onValuesChange={(changed: DestinationFormValues) => {
        if (!changed.destinationCode) return;
        const next = getDestinationCode(changed.destinationCode)?.form;
        // Another form asks other questions: an employer's name is not a business's or a school's.
        if (next !== shownForm.current) form.setFieldValue('details', initialValues(null).details);
        shownForm.current = next;
        // 70 and 72 take different labels: one picked for the old code would be refused.
        const label = form.getFieldValue(['details', 'label']) as string | undefined;
        if (label && !notPlacedOptions(changed.destinationCode, lang).some((o) => o.value === label))
          form.setFieldValue(['details', 'label'], undefined);
      }}
      scrollToFirstError={{ block: 'center' }}
      data-testid={testId}
    >
      <Form.Item
        name="destinationCode"
        label={t('destinations.field.code')}
        extra={t('destinations.codeHint')}
        rules={[{ required: true, message: t('destinations.codeRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={destinationCodeOptions(lang)}
          placeholder={t('destinations.codePlaceholder')}
        />
      </Form.Item>
      {kind && (
        <Row gutter={16}>
          {FORM_FIELDS[kind].map(([field, labelKey]) => (
            <Col key={`${kind}-${field}`} xs={24} sm={FULL_ROW.has(field) ? 24 : 12}>
              <DetailInput kind={kind} field={field} labelKey={labelKey} code={code ?? ''} online={online} />
            </Col>
          ))}
        </Row>
      )}
      {children}
    </Form>
  );
}
