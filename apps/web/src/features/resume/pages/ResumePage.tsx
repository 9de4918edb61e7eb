import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  EyeOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { RESUME_LIMITS as L, type ResumeContent } from '@jiuye/domain/recruitment/resume';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Segmented,
  Select,
  Skeleton,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError, type ApiIssue } from '../../../lib/api';
import { ErrorAlert, ErrorDetails, issueField, useShowError } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useT, type MessageKey, type Translate } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { OWN_RESUME_PDF, useMyResume, useSaveResume, type OwnResume } from '../api';
import { ResumePreview } from '../components/ResumePreview';

const MONTH = 'YYYY-MM';

// Form values keep months as 'YYYY-MM' strings (what the API stores); only the picker sees dayjs.
const monthProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value, MONTH) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(MONTH) : null),
};

/** `internships.0.start` → ['internships', 0, 'start'], the name path of the form field. */
const namePath = (path: string) =>
  issueField(path)
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Puts each server issue on its field; the full list is shown above the form as well. */
function showIssues(form: FormInstance, issues: ApiIssue[]) {
  form.setFields(issues.map((issue) => ({ name: namePath(issue.path), errors: [issue.message] })));
}

function MonthField({
  name,
  label,
  required,
  allowOngoing,
  t,
}: {
  name: (string | number)[];
  label: string;
  required?: boolean;
  allowOngoing?: boolean;
  t: Translate;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: t('resume.required', { field: label }) }] : []}
      {...monthProps}
      style={{ flex: '1 1 140px', marginBottom: 12 }}
    >
      <DatePicker
        picker="month"
        style={{ width: '100%' }}
        inputReadOnly
        placeholder={allowOngoing ? t('resume.present') : t('resume.pickMonth')}
      />
    </Form.Item>
  );
}

function SectionCard({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={title} extra={extra} styles={{ body: { paddingBottom: 4 } }}>
      {children}
    </Card>
  );
}

/** Below a list of entries; the lists offer it until they are full. */
function AddEntryButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick} style={{ marginBottom: 12 }}>
      {label}
    </Button>
  );
}

/** Internships and projects: a list of periods with a title pair and a description. */
function PeriodList({
  list,
  first,
  second,
  secondRequired,
  max,
  addLabel,
  t,
}: {
  list: 'internships' | 'projects';
  first: { key: string; label: string; max: number };
  second: { key: string; label: string; max: number };
  secondRequired: boolean;
  max: number;
  addLabel: string;
  t: Translate;
}) {
  return (
    <Form.List name={list}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              data-testid={`${list}-${index}`}
              title={`${index + 1}`}
              extra={
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('resume.remove')}
                />
              }
            >
              <Flex wrap gap={12}>
                {[
                  { ...first, required: true, flex: '1 1 220px' },
                  { ...second, required: secondRequired, flex: '1 1 160px' },
                ].map((part) => (
                  <Form.Item
                    key={part.key}
                    name={[field.name, part.key]}
                    label={part.label}
                    rules={
                      part.required
                        ? [
                            {
                              required: true,
                              whitespace: true,
                              message: t('resume.required', { field: part.label }),
                            },
                          ]
                        : []
                    }
                    style={{ flex: part.flex, marginBottom: 12 }}
                  >
                    <Input maxLength={part.max} />
                  </Form.Item>
                ))}
              </Flex>
              <Flex wrap gap={12}>
                <MonthField name={[field.name, 'start']} label={t('resume.field.start')} required t={t} />
                <MonthField name={[field.name, 'end']} label={t('resume.field.end')} allowOngoing t={t} />
              </Flex>
              <Form.Item
                name={[field.name, 'description']}
                label={t('resume.field.description')}
                style={{ marginBottom: 12 }}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={L.description} showCount />
              </Form.Item>
            </Card>
          ))}
          {fields.length < max && (
            <AddEntryButton
              label={addLabel}
              onClick={() =>
                add({ [first.key]: '', [second.key]: '', start: null, end: null, description: '' })
              }
            />
          )}
        </Flex>
      )}
    </Form.List>
  );
}

/** Awards and certificates: a name and the month it was obtained. */
function DatedList({
  list,
  label,
  max,
  addLabel,
  t,
}: {
  list: 'awards' | 'certificates';
  label: string;
  max: number;
  addLabel: string;
  t: Translate;
}) {
  return (
    <Form.List name={list}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={0}>
          {fields.map((field) => (
            <Flex key={field.key} wrap gap={12} align="flex-start">
              <Form.Item
                name={[field.name, 'name']}
                aria-label={label}
                rules={[
                  { required: true, whitespace: true, message: t('resume.required', { field: label }) },
                ]}
                style={{ flex: '2 1 200px', marginBottom: 12 }}
              >
                <Input placeholder={label} maxLength={L.name} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'date']}
                rules={[{ required: true, message: t('resume.required', { field: t('resume.field.date') }) }]}
                {...monthProps}
                style={{ flex: '1 1 120px', marginBottom: 12 }}
              >
                <DatePicker
                  picker="month"
                  inputReadOnly
                  style={{ width: '100%' }}
                  placeholder={t('resume.field.date')}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('resume.remove')}
              />
            </Flex>
          ))}
          {fields.length < max && (
            <AddEntryButton label={addLabel} onClick={() => add({ name: '', date: null })} />
          )}
        </Flex>
      )}
    </Form.List>
  );
}

// The repeatable sections, in the order the form shows them (skills sit between the two groups).
const PERIOD_LISTS: {
  list: 'internships' | 'projects';
  title: MessageKey;
  first: { key: string; label: MessageKey; max: number };
  second: { key: string; label: MessageKey; max: number };
  secondRequired: boolean;
  addLabel: MessageKey;
}[] = [
  {
    list: 'internships',
    title: 'resume.section.internships',
    first: { key: 'organisation', label: 'resume.field.organisation', max: L.organisation },
    second: { key: 'role', label: 'resume.field.role', max: L.role },
    secondRequired: true,
    addLabel: 'resume.addInternship',
  },
  {
    list: 'projects',
    title: 'resume.section.projects',
    first: { key: 'name', label: 'resume.field.projectName', max: L.name },
    second: { key: 'role', label: 'resume.field.projectRole', max: L.role },
    secondRequired: false,
    addLabel: 'resume.addProject',
  },
];

const DATED_LISTS: {
  list: 'awards' | 'certificates';
  title: MessageKey;
  label: MessageKey;
  addLabel: MessageKey;
}[] = [
  {
    list: 'awards',
    title: 'resume.section.awards',
    label: 'resume.field.awardName',
    addLabel: 'resume.addAward',
  },
  {
    list: 'certificates',
    title: 'resume.section.certificates',
    label: 'resume.field.certificateName',
    addLabel: 'resume.addCertificate',
  },
];

function VerifiedEducation({ resume }: { resume: OwnResume }) {
  const t = useT();
  const e = resume.education;
  return (
    <SectionCard
      title={t('resume.section.education')}
      extra={
        <Tag color="green" icon={<SafetyCertificateOutlined />} style={{ marginInlineEnd: 0 }}>
          {t('resume.verified')}
        </Tag>
      }
    >
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('graduate.university')}>{e.universityName}</Descriptions.Item>
        <Descriptions.Item label={t('graduate.college')}>{e.collegeName}</Descriptions.Item>
        <Descriptions.Item label={t('graduate.major')}>{e.majorName ?? e.majorCode}</Descriptions.Item>
        <Descriptions.Item label={t('graduate.degree')}>{e.degreeName}</Descriptions.Item>
        <Descriptions.Item label={t('graduate.graduationYear')}>{e.graduationYear}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('resume.educationHint')}
      </Typography.Paragraph>
    </SectionCard>
  );
}

/** 我的简历: the builder (education from the roster, everything else editable), preview and PDF. */
export function ResumePage() {
  const t = useT();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<ResumeContent>();
  const resume = useMyResume();
  const save = useSaveResume();
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [issues, setIssues] = useState<{ error: unknown; list: ApiIssue[] } | null>(null);
  const [draft, setDraft] = useState<ResumeContent | null>(null);

  useEffect(() => {
    if (resume.data) form.setFieldsValue(resume.data.content);
  }, [resume.data, form]);

  const onFinish = (content: ResumeContent) => {
    setIssues(null);
    save.mutate(content, {
      onSuccess: () => void message.success(t('resume.saved')),
      onError: (error) => {
        if (error instanceof ApiError && error.issues.length > 0) {
          showIssues(form, error.issues);
          setIssues({ error, list: error.issues });
        } else showError(error);
      },
    });
  };

  const data = resume.data;
  const preview = data && { ...data, content: draft ?? data.content };

  const actions = (
    <Flex gap={8} wrap>
      <Segmented
        value={mode}
        onChange={(value) => {
          if (value === 'preview') setDraft(form.getFieldsValue(true) as ResumeContent);
          setMode(value as 'edit' | 'preview');
        }}
        options={[
          { value: 'edit', label: t('resume.edit'), icon: <EditOutlined /> },
          { value: 'preview', label: t('resume.preview'), icon: <EyeOutlined /> },
        ]}
      />
      <Button
        icon={<DownloadOutlined />}
        href={OWN_RESUME_PDF}
        download
        disabled={!data?.saved}
        data-testid="resume-pdf"
      >
        {t('resume.downloadPdf')}
      </Button>
    </Flex>
  );

  return (
    <>
      <PageHeader title={t('nav.resume')} extra={actions} />
      {resume.error && <ErrorAlert error={resume.error} onRetry={() => void resume.refetch()} />}
      {!data && !resume.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && !data.saved && (
        <Alert type="info" showIcon title={t('resume.notSaved')} style={{ marginBottom: 12 }} />
      )}
      {data && mode === 'preview' && preview && (
        <Card>
          {draft && JSON.stringify(draft) !== JSON.stringify(data.content) && (
            <Alert type="warning" showIcon title={t('resume.previewUnsaved')} style={{ marginBottom: 12 }} />
          )}
          <ResumePreview resume={preview} />
        </Card>
      )}
      {data && (
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={data.content}
          scrollToFirstError
          style={{ display: mode === 'edit' ? undefined : 'none', maxWidth: 880 }}
          data-testid="resume-form"
        >
          <Flex vertical gap={12}>
            {issues && (
              <Alert
                type="error"
                showIcon
                title={t('resume.fixIssues', { n: issues.list.length })}
                description={<ErrorDetails error={issues.error} issues={issues.list} />}
                data-testid="resume-issues"
              />
            )}
            <SectionCard title={t('resume.section.basic')}>
              <Descriptions column={{ xs: 1, sm: 3 }} size="small" style={{ marginBottom: 8 }}>
                <Descriptions.Item label={t('graduate.name')}>{data.person.name}</Descriptions.Item>
                <Descriptions.Item label={t('graduate.phone')}>
                  {data.person.phone ?? EMPTY}
                </Descriptions.Item>
                <Descriptions.Item label={t('graduate.email')}>
                  {data.person.email ?? EMPTY}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('resume.contactHint')} <Link to="/profile">{t('resume.editContact')}</Link>
              </Typography.Paragraph>
              <Form.Item
                name="objective"
                label={t('resume.field.objective')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('resume.required', { field: t('resume.field.objective') }),
                  },
                ]}
              >
                <Input maxLength={L.objective} showCount placeholder={t('resume.objectivePlaceholder')} />
              </Form.Item>
            </SectionCard>
            <VerifiedEducation resume={data} />
            {PERIOD_LISTS.map(({ list, title, first, second, secondRequired, addLabel }) => (
              <SectionCard key={list} title={t(title)}>
                <PeriodList
                  list={list}
                  first={{ ...first, label: t(first.label) }}
                  second={{ ...second, label: t(second.label) }}
                  secondRequired={secondRequired}
                  max={L[list]}
                  addLabel={t(addLabel)}
                  t={t}
                />
              </SectionCard>
            ))}
            <SectionCard title={t('resume.section.skills')}>
              <Form.Item name="skills" extra={t('resume.skillsHint', { max: L.skills })}>
                <Select
                  mode="tags"
                  open={false}
                  suffixIcon={null}
                  tokenSeparators={[',', '，', '、']}
                  maxCount={L.skills}
                  placeholder={t('resume.skillsPlaceholder')}
                  aria-label={t('resume.section.skills')}
                />
              </Form.Item>
            </SectionCard>
            {DATED_LISTS.map(({ list, title, label, addLabel }) => (
              <SectionCard key={list} title={t(title)}>
                <DatedList list={list} label={t(label)} max={L[list]} addLabel={t(addLabel)} t={t} />
              </SectionCard>
            ))}
            <SectionCard title={t('resume.section.selfIntroduction')}>
              <Form.Item name="selfIntroduction">
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  maxLength={L.selfIntroduction}
                  showCount
                  aria-label={t('resume.section.selfIntroduction')}
                />
              </Form.Item>
            </SectionCard>
            <Flex
              justify="flex-end"
              align="center"
              gap={12}
              wrap
              style={{
                position: 'sticky',
                bottom: 0,
                padding: '12px 0',
                background: 'var(--ant-color-bg-layout, #f5f5f5)',
              }}
            >
              {data.updatedAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('resume.updatedAt', { at: formatDateTime(data.updatedAt) })}
                </Typography.Text>
              )}
              <Button
                type="primary"
                htmlType="submit"
                loading={save.isPending}
                block={isPhone}
                data-testid="resume-save"
              >
                {t('resume.save')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      )}
    </>
  );
}
