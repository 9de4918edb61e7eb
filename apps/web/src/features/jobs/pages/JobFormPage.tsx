import { ArrowLeftOutlined } from '@ant-design/icons';
import { MAX_AD_TEXT_LENGTH } from '@jiuye/domain/compliance/limits';
import { MAX_AD_TITLE_LENGTH, MAX_MONTHLY_SALARY_YUAN } from '@jiuye/domain/compliance/limits';
import type { DegreeKey } from '@jiuye/domain/reference/degree-levels';
import {
  HEADCOUNT_LIMITS,
  MAX_POSTING_DAYS,
  MAX_POSTING_MAJORS,
  MAX_POSTING_REGIONS,
  type BenefitKey,
  type JobTypeKey,
  type KeyFieldKey,
} from '@jiuye/domain/recruitment/vocabulary';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Spin,
  Switch,
  Typography,
  theme,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useFormErrorHandler } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useComplianceCheck, type AdInput } from '../../compliance/api';
import { CompliancePanel } from '../../compliance/components/CompliancePanel';
import { PostingStatusTag, VerdictTag } from '../../compliance/components/Tags';
import type { AdTexts, FieldRange } from '../../compliance/highlight';
import { useCreateJob, useJob, useUpdateJob, type PostingDetail, type PostingInput } from '../api';
import { MajorMultiPicker } from '../components/MajorPicker';
import { usePublishFlow } from '../components/PublishFlow';
import { CountyMultiPicker } from '../components/RegionPicker';
import {
  BENEFITS,
  DEGREE_LEVELS,
  INDUSTRY_CODES,
  JOB_TYPES,
  KEY_FIELDS,
  KEY_FIELD_GROUPS,
  OCCUPATION_MAJOR_GROUPS,
  benefitName,
  degreeName,
  industryName,
  jobTypeName,
  keyFieldName,
} from '../labels';

interface FormValues {
  title?: string;
  description?: string;
  requirements?: string;
  salaryMin?: number | null;
  salaryMax?: number | null;
  occupationCode?: string | null;
  industryCode?: string | null;
  /** 专业不限: the majors list is then sent empty. */
  anyMajor?: boolean;
  majorCodes?: string[];
  /** '' stands for 学历不限 (a select cannot hold null as a choice). */
  minDegree?: DegreeKey | '';
  regionCodes?: string[];
  headcount?: number | null;
  jobType?: JobTypeKey;
  keyFields?: KeyFieldKey[];
  benefits?: BenefitKey[];
  deadline?: Dayjs | null;
}

const FORM_NAME = 'posting';
// Every field the server may name in an issue ('regionCodes.0' lands on regionCodes).
const FIELDS = [
  'title',
  'description',
  'requirements',
  'salaryMin',
  'salaryMax',
  'occupationCode',
  'industryCode',
  'majorCodes',
  'minDegree',
  'regionCodes',
  'headcount',
  'jobType',
  'keyFields',
  'benefits',
  'deadline',
] as const;
const DATE_FORMAT = 'YYYY-MM-DD';
/** New postings run for a month unless the employer says otherwise. */
const DEFAULT_DAYS_OPEN = 30;
// The check runs after the employer pauses for this long; the server allows 240 checks a minute.
const CHECK_DELAY_MS = 500;

/** Router state the form leaves itself when a new posting was saved on the way to being published. */
interface FormLocationState {
  publishAfterSave?: boolean;
}

/** The request body; validateFields has already insisted on the required values. */
function bodyOf(values: FormValues): PostingInput {
  return {
    title: (values.title ?? '').trim(),
    description: values.description ?? '',
    requirements: values.requirements?.trim() ? values.requirements : null,
    salaryMin: values.salaryMin ?? 0,
    salaryMax: values.salaryMax ?? 0,
    occupationCode: values.occupationCode ?? null,
    industryCode: values.industryCode ?? null,
    majorCodes: values.anyMajor ? [] : (values.majorCodes ?? []),
    minDegree: values.minDegree || null,
    regionCodes: values.regionCodes ?? [],
    headcount: values.headcount ?? 0,
    jobType: values.jobType ?? 'full_time',
    keyFields: values.keyFields ?? [],
    benefits: values.benefits ?? [],
    deadline: values.deadline ? values.deadline.format(DATE_FORMAT) : '',
  };
}

/** What the live check reads; null while there is nothing to check. */
function checkInputOf(values: FormValues): AdInput | null {
  const title = (values.title ?? '').trim();
  const description = values.description ?? '';
  const requirements = values.requirements?.trim() ? values.requirements : null;
  if (!title && !description.trim() && !requirements) return null;
  const min = values.salaryMin ?? null;
  const max = values.salaryMax ?? null;
  // The form already says min > max is wrong; a check refused for it would only hide the findings.
  const consistent = min === null || max === null || min <= max;
  return {
    title,
    description,
    requirements,
    salaryMin: consistent ? min : null,
    salaryMax: consistent ? max : null,
    // Chosen work places answer the check's "where is the job?" question without naming them in the text.
    hasPlace: (values.regionCodes ?? []).length > 0,
  };
}

function initialValues(posting: PostingDetail | null): FormValues {
  if (!posting)
    return {
      anyMajor: true,
      majorCodes: [],
      minDegree: '',
      regionCodes: [],
      headcount: 1,
      jobType: 'full_time',
      keyFields: [],
      benefits: [],
      deadline: dayjs().add(DEFAULT_DAYS_OPEN, 'day'),
    };
  return {
    title: posting.title,
    description: posting.description,
    requirements: posting.requirements ?? undefined,
    salaryMin: posting.salaryMin,
    salaryMax: posting.salaryMax,
    occupationCode: posting.occupationCode,
    industryCode: posting.industryCode,
    anyMajor: posting.majors.length === 0,
    majorCodes: posting.majors.map((major) => major.code),
    minDegree: posting.minDegree ?? '',
    regionCodes: posting.regions.map((region) => region.code),
    headcount: posting.headcount,
    jobType: posting.jobType,
    keyFields: posting.keyFields,
    benefits: posting.benefits,
    // An expired posting keeps its past date, so the field says why it must be moved.
    deadline: posting.deadline ? dayjs(posting.deadline, DATE_FORMAT) : null,
  };
}

/** Days a deadline may fall on: today up to MAX_POSTING_DAYS ahead (the viewer's calendar). */
function outsideDeadlineRange(day: Dayjs): boolean {
  const today = dayjs().startOf('day');
  return day.isBefore(today, 'day') || day.isAfter(today.add(MAX_POSTING_DAYS, 'day'), 'day');
}

/** Selects the words a finding points at in the form, so the employer can retype them at once. */
function locate(range: FieldRange): void {
  const element = document.getElementById(`${FORM_NAME}_${range.field}`);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  // The title is checked trimmed, so offsets into it start after any spaces typed before it.
  const shift = range.field === 'title' ? element.value.length - element.value.trimStart().length : 0;
  element.focus();
  element.setSelectionRange(range.start + shift, range.end + shift);
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function PostingForm({ posting }: { posting: PostingDetail | null }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateJob();
  const update = useUpdateJob();
  const onSaveError = useFormErrorHandler(form, FIELDS);
  const flow = usePublishFlow({ editLink: false, onPublished: () => void navigate('/postings') });
  const saving = create.isPending || update.isPending;

  const values: FormValues = {
    title: Form.useWatch('title', form),
    description: Form.useWatch('description', form),
    requirements: Form.useWatch('requirements', form),
    salaryMin: Form.useWatch('salaryMin', form),
    salaryMax: Form.useWatch('salaryMax', form),
    regionCodes: Form.useWatch('regionCodes', form),
  };
  const anyMajor = Form.useWatch('anyMajor', form) ?? posting?.majors.length === 0;
  // Debounce a string: a fresh object each render would restart the timer on every keystroke's re-render.
  const key = JSON.stringify(checkInputOf(values));
  const debouncedKey = useDebouncedValue(key, CHECK_DELAY_MS);
  const checkInput = useMemo(() => JSON.parse(debouncedKey) as AdInput | null, [debouncedKey]);
  const check = useComplianceCheck(checkInput);
  const checking = checkInput !== null && (key !== debouncedKey || check.isFetching);
  const current: AdTexts = {
    title: (values.title ?? '').trim(),
    description: values.description ?? '',
    requirements: values.requirements?.trim() ? values.requirements : '',
  };

  // A new posting saved by 保存并发布 arrives here with its id; publishing continues once, even under StrictMode.
  const continued = useRef<string | null>(null);
  const publishAfterSave = (location.state as FormLocationState | null)?.publishAfterSave === true;
  useEffect(() => {
    if (!posting || !publishAfterSave || continued.current === posting.id) return;
    continued.current = posting.id;
    void navigate(location.pathname, { replace: true, state: null });
    flow.start(posting);
  }, [posting, publishAfterSave, flow, navigate, location.pathname]);

  const save = async (thenPublish: boolean) => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body = bodyOf(values);
    if (!posting) {
      create.mutate(body, {
        onSuccess: (saved) => {
          if (!thenPublish) void message.success(t('jobs.savedDraft'));
          const state: FormLocationState = { publishAfterSave: thenPublish };
          void navigate(`/postings/${encodeURIComponent(saved.id)}/edit`, { replace: true, state });
        },
        onError: onSaveError,
      });
      return;
    }
    const wasLive = posting.status === 'published';
    update.mutate(
      { id: posting.id, input: body },
      {
        onSuccess: (saved) => {
          if (thenPublish) flow.start(saved);
          else void message.success(wasLive ? t('jobs.savedBackToDraft') : t('jobs.savedDraft'));
        },
        onError: onSaveError,
      },
    );
  };

  const notices: ReactNode[] = [];
  if (posting?.status === 'published') {
    notices.push(<Alert key="live" type="info" showIcon title={t('jobs.editPublished')} />);
  }
  if (posting?.status === 'taken_down') {
    const reason = posting.lastDecision?.decision === 'take_down' ? posting.lastDecision.reason : null;
    notices.push(
      <Alert
        key="down"
        type="error"
        showIcon
        title={t('jobs.editTakenDown')}
        description={reason ? `${t('jobs.decisionReason')}${reason}` : undefined}
        data-testid="taken-down-notice"
      />,
    );
  }
  if (posting && !posting.organisationVerified) {
    notices.push(<Alert key="unverified" type="warning" showIcon title={t('jobs.unverified')} />);
  }

  const salaryInput = (
    <InputNumber<number>
      min={0}
      max={MAX_MONTHLY_SALARY_YUAN}
      precision={0}
      step={500}
      suffix={t('jobs.salaryUnit')}
      style={{ width: '100%' }}
    />
  );

  const half = { flex: '1 1 180px', minWidth: 0 } as const;
  const third = { flex: '1 1 150px', minWidth: 0 } as const;

  const fields = (
    <Form<FormValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={initialValues(posting)}
      disabled={saving}
      requiredMark="optional"
      scrollToFirstError={{ block: 'center', behavior: 'smooth' }}
    >
      <Form.Item
        name="title"
        label={t('jobs.field.title')}
        rules={[{ required: true, whitespace: true, message: t('jobs.titleRequired') }]}
      >
        <Input maxLength={MAX_AD_TITLE_LENGTH} showCount placeholder={t('jobs.titlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="jobType"
        label={t('jobs.field.jobType')}
        rules={[{ required: true, message: t('jobs.jobTypeRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={JOB_TYPES.map((type) => ({ value: type.key, label: jobTypeName(type.key, lang) }))}
        />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="salaryMin"
          label={t('jobs.field.salaryMin')}
          dependencies={['salaryMax']}
          style={half}
          rules={[
            { required: true, message: t('jobs.salaryRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: number | null | undefined) => {
                const max = getFieldValue('salaryMax') as number | null | undefined;
                if (value != null && max != null && value > max) throw new Error(t('jobs.salaryOrder'));
              },
            }),
          ]}
        >
          {salaryInput}
        </Form.Item>
        <Form.Item
          name="salaryMax"
          label={t('jobs.field.salaryMax')}
          style={half}
          rules={[{ required: true, message: t('jobs.salaryRequired') }]}
        >
          {salaryInput}
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="headcount"
          label={t('jobs.field.headcount')}
          style={half}
          rules={[
            { required: true, message: t('jobs.headcountRequired') },
            {
              type: 'number',
              min: HEADCOUNT_LIMITS.min,
              max: HEADCOUNT_LIMITS.max,
              message: t('jobs.headcountRange', { min: HEADCOUNT_LIMITS.min, max: HEADCOUNT_LIMITS.max }),
            },
          ]}
        >
          <InputNumber<number>
            min={HEADCOUNT_LIMITS.min}
            max={HEADCOUNT_LIMITS.max}
            precision={0}
            suffix={t('jobs.headcountUnit')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('jobs.field.deadline')}
          style={half}
          extra={t('jobs.deadlineHint', { n: MAX_POSTING_DAYS })}
          rules={[
            { required: true, message: t('jobs.deadlineRequired', { n: MAX_POSTING_DAYS }) },
            {
              validator: async (_, value: Dayjs | null | undefined) => {
                if (value && outsideDeadlineRange(value))
                  throw new Error(t('jobs.deadlineRange', { n: MAX_POSTING_DAYS }));
              },
            },
          ]}
        >
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={outsideDeadlineRange}
            inputReadOnly={isPhone}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="regionCodes"
        label={t('jobs.field.regions')}
        extra={t('jobs.regionsHint', { n: MAX_POSTING_REGIONS })}
        rules={[{ required: true, type: 'array', min: 1, message: t('jobs.regionsRequired') }]}
      >
        <CountyMultiPicker names={posting?.regions ?? []} max={MAX_POSTING_REGIONS} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="minDegree" label={t('jobs.field.minDegree')} style={third}>
          <Select<DegreeKey | ''>
            options={[
              { value: '', label: t('jobs.degreeAny') },
              ...DEGREE_LEVELS.map((level) => ({
                value: level.key,
                label: t('jobs.degreeAtLeast', { degree: degreeName(level.key, lang) }),
              })),
            ]}
          />
        </Form.Item>
        <Form.Item name="industryCode" label={t('jobs.field.industry')} style={third}>
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('jobs.optionalPlaceholder')}
            options={INDUSTRY_CODES.map((code) => ({ value: code, label: industryName(code, lang) }))}
          />
        </Form.Item>
        <Form.Item name="occupationCode" label={t('jobs.field.occupation')} style={third}>
          <Select<string>
            allowClear
            placeholder={t('jobs.optionalPlaceholder')}
            popupMatchSelectWidth={false}
            options={OCCUPATION_MAJOR_GROUPS.map((group) => ({ value: group.code, label: group.name }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={t('jobs.field.majors')} required={false} style={{ marginBottom: 0 }}>
        <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
          <Form.Item name="anyMajor" valuePropName="checked" noStyle>
            <Switch aria-label={t('jobs.majorsAny')} data-testid="any-major" />
          </Form.Item>
          <Typography.Text>{t('jobs.majorsAny')}</Typography.Text>
        </Flex>
      </Form.Item>
      <Form.Item
        name="majorCodes"
        hidden={anyMajor}
        label={t('jobs.field.majors')}
        dependencies={['anyMajor']}
        extra={t('jobs.majorsHint', { n: MAX_POSTING_MAJORS })}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: string[] | undefined) => {
              if (!getFieldValue('anyMajor') && (value ?? []).length === 0)
                throw new Error(t('jobs.majorsRequired'));
            },
          }),
        ]}
      >
        <MajorMultiPicker names={posting?.majors ?? []} max={MAX_POSTING_MAJORS} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('jobs.field.description')}
        extra={t('jobs.descriptionHint')}
        rules={[{ required: true, whitespace: true, message: t('jobs.descriptionRequired') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 8, maxRows: 24 }}
          maxLength={MAX_AD_TEXT_LENGTH}
          placeholder={t('jobs.descriptionPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="requirements" label={t('jobs.field.requirements')}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={MAX_AD_TEXT_LENGTH}
          placeholder={t('jobs.requirementsPlaceholder')}
        />
      </Form.Item>
      <Divider style={{ margin: '8px 0 16px' }} />
      <Form.Item name="benefits" label={t('jobs.field.benefits')} extra={t('jobs.benefitsHint')}>
        <Checkbox.Group
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 6 }}
        >
          {BENEFITS.map((benefit) => (
            <Checkbox key={benefit.key} value={benefit.key}>
              {benefitName(benefit.key, lang)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="keyFields" label={t('jobs.field.keyFields')} extra={t('jobs.keyFieldsHint')}>
        <Checkbox.Group style={{ display: 'block' }}>
          {KEY_FIELD_GROUPS.map(({ group, label }) => (
            <div key={group} style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>
                {t(label)}
              </Typography.Text>
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
                  gap: 6,
                }}
              >
                {KEY_FIELDS.filter((field) => field.group === group).map((field) => (
                  <Checkbox key={field.key} value={field.key}>
                    {keyFieldName(field.key, lang)}
                  </Checkbox>
                ))}
              </div>
            </div>
          ))}
        </Checkbox.Group>
      </Form.Item>
    </Form>
  );

  const actions = (
    <Flex gap={8} wrap justify="flex-end" align="center">
      {isPhone && (
        <Flex align="center" gap={4} style={{ flex: '1 0 100%' }} aria-live="polite">
          <Typography.Text type="secondary">
            {t('common.labelled', { label: t('compliance.panelTitle') })}
          </Typography.Text>
          {checking ? (
            <Typography.Text type="secondary">{t('compliance.checking')}</Typography.Text>
          ) : check.data && checkInput ? (
            <VerdictTag verdict={check.data.result.verdict} />
          ) : (
            <Typography.Text type="secondary">{EMPTY}</Typography.Text>
          )}
        </Flex>
      )}
      <Button
        onClick={() => void save(false)}
        loading={saving && !flow.pending}
        style={isPhone ? { flex: 1 } : undefined}
      >
        {t('jobs.saveDraft')}
      </Button>
      <Button
        type="primary"
        onClick={() => void save(true)}
        loading={flow.pending}
        disabled={saving}
        style={isPhone ? { flex: 1 } : undefined}
      >
        {t('jobs.saveAndPublish')}
      </Button>
    </Flex>
  );

  const panel = (
    <CompliancePanel input={checkInput} typing={key !== debouncedKey} current={current} onLocate={locate} />
  );

  return (
    <>
      {notices.length > 0 && (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          {notices}
        </Flex>
      )}
      {isPhone ? (
        <Flex vertical gap={12}>
          <Card size="small">{fields}</Card>
          {panel}
          {/* Kept in reach at the bottom of the screen, with the verdict, while typing further up. */}
          <div
            style={{
              position: 'sticky',
              bottom: 0,
              zIndex: 2,
              margin: '0 -12px',
              padding: '8px 12px calc(8px + env(safe-area-inset-bottom))',
              background: token.colorBgContainer,
              boxShadow: token.boxShadowSecondary,
            }}
          >
            {actions}
          </div>
        </Flex>
      ) : (
        <Row gutter={[24, 16]} align="top">
          <Col xs={24} lg={14}>
            <Card>
              {fields}
              {actions}
            </Card>
          </Col>
          <Col
            xs={24}
            lg={10}
            // Beside a long description the verdict stays in view; a panel taller than the screen scrolls itself.
            style={{ position: 'sticky', top: 72, maxHeight: 'calc(100vh - 88px)', overflowY: 'auto' }}
          >
            {panel}
          </Col>
        </Row>
      )}
      {flow.dialogs}
    </>
  );
}

/** 新建岗位 / 编辑岗位: the posting form with the live compliance check beside it (below it on phones). */
export function JobFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const job = useJob(id ?? '', id !== undefined);
  const title = id ? t('jobs.editTitle') : t('jobs.newTitle');
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <Flex gap={8} align="center" wrap>
            {job.data && <PostingStatusTag status={job.data.status} />}
            <Link to="/postings">
              <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
            </Link>
          </Flex>
        }
      />
      {id === undefined ? (
        <PostingForm posting={null} />
      ) : job.error ? (
        <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />
      ) : job.data ? (
        <PostingForm key={job.data.id} posting={job.data} />
      ) : (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
    </>
  );
}
