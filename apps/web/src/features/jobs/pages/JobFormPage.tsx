import { ArrowLeftOutlined } from '@ant-design/icons';
import { MAX_AD_TEXT_LENGTH } from '@jiuye/domain/compliance/limits';
import { MAX_AD_TITLE_LENGTH, MAX_MONTHLY_SALARY_YUAN } from '@jiuye/domain/compliance/limits';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Spin,
  Typography,
  theme,
} from 'antd';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useFormErrorHandler } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useComplianceCheck, type AdInput } from '../../compliance/api';
import { CompliancePanel } from '../../compliance/components/CompliancePanel';
import { PostingStatusTag, VerdictTag } from '../../compliance/components/Tags';
import type { AdTexts, FieldRange } from '../../compliance/highlight';
import { useCreateJob, useJob, useUpdateJob, type PostingDetail, type PostingInput } from '../api';
import { usePublishFlow } from '../components/PublishFlow';

interface FormValues {
  title?: string;
  description?: string;
  requirements?: string;
  salaryMin?: number | null;
  salaryMax?: number | null;
}

const FORM_NAME = 'posting';
const FIELDS = ['title', 'description', 'requirements', 'salaryMin', 'salaryMax'] as const;
// The check runs after the employer pauses for this long; the server allows 240 checks a minute.
const CHECK_DELAY_MS = 500;

/** Router state the form leaves itself when a new posting was saved on the way to being published. */
interface FormLocationState {
  publishAfterSave?: boolean;
}

function bodyOf(values: FormValues): PostingInput {
  return {
    title: (values.title ?? '').trim(),
    description: values.description ?? '',
    requirements: values.requirements?.trim() ? values.requirements : null,
    salaryMin: values.salaryMin ?? null,
    salaryMax: values.salaryMax ?? null,
  };
}

/** What the live check reads; null while there is nothing to check. */
function checkInputOf(values: FormValues): AdInput | null {
  const body = bodyOf(values);
  if (!body.title && !body.description.trim() && !body.requirements) return null;
  // The form already says min > max is wrong; a check refused for it would only hide the findings.
  const salariesConsistent =
    body.salaryMin == null || body.salaryMax == null || body.salaryMin <= body.salaryMax;
  return salariesConsistent ? body : { ...body, salaryMin: null, salaryMax: null };
}

function initialValues(posting: PostingDetail | null): FormValues {
  if (!posting) return {};
  return {
    title: posting.title,
    description: posting.description,
    requirements: posting.requirements ?? undefined,
    salaryMin: posting.salaryMin,
    salaryMax: posting.salaryMax,
  };
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
  const t = useT();
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
  };
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

  const fields = (
    <Form<FormValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={initialValues(posting)}
      disabled={saving}
      requiredMark="optional"
    >
      <Form.Item
        name="title"
        label={t('jobs.field.title')}
        rules={[{ required: true, whitespace: true, message: t('jobs.titleRequired') }]}
      >
        <Input maxLength={MAX_AD_TITLE_LENGTH} showCount placeholder={t('jobs.titlePlaceholder')} />
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
      <Flex gap={12} wrap>
        <Form.Item
          name="salaryMin"
          label={t('jobs.field.salaryMin')}
          dependencies={['salaryMax']}
          style={{ flex: '1 1 140px', minWidth: 0 }}
          rules={[
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
          style={{ flex: '1 1 140px', minWidth: 0 }}
        >
          {salaryInput}
        </Form.Item>
      </Flex>
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
  const t = useT();
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
