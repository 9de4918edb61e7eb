import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { VERIFIED_FIELDS } from '@jiuye/domain/recruitment/organisation';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useFormErrorHandler, useShowError } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useIndustries } from '../../reference/api';
import {
  useOwnOrganisation,
  useResubmit,
  useRevealOwnPhone,
  useUpdateOwnOrganisation,
  type OwnOrganisation,
  type ProfileUpdate,
} from '../api';
import { OrganisationFields, PROFILE_FIELDS } from '../components/OrganisationFields';
import { ReviewHistory } from '../components/ReviewHistory';
import { StaffSection } from '../components/StaffSection';
import { VerificationTag } from '../components/VerificationTag';
import { KIND_LABELS, natureLabel, sizeLabel } from '../labels';
import { ORGANISATION_LIMITS } from '@jiuye/domain/recruitment/organisation';

function ResubmitButton({ organisation }: { organisation: OwnOrganisation }) {
  const t = useT();
  const { message } = App.useApp();
  const resubmit = useResubmit();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="resubmit">
        {t('orgProfile.resubmit')}
      </Button>
      <Modal
        open={open}
        title={t('orgProfile.resubmitTitle')}
        okText={t('orgProfile.resubmit')}
        cancelText={t('common.cancel')}
        confirmLoading={resubmit.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          resubmit.mutateAsync(note.trim() || undefined).then(
            () => {
              setOpen(false);
              setNote('');
              void message.success(t('orgProfile.resubmitted'));
            },
            (error: unknown) => showError(error),
          )
        }
      >
        <Typography.Paragraph>
          {t(
            organisation.verification === 'rejected'
              ? 'orgProfile.resubmitRejected'
              : 'orgProfile.resubmitInfo',
          )}
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={note}
          maxLength={ORGANISATION_LIMITS.reasonMax}
          showCount
          onChange={(event) => setNote(event.target.value)}
          placeholder={t('orgProfile.resubmitNote')}
          aria-label={t('orgProfile.resubmitNote')}
        />
      </Modal>
    </>
  );
}

/** What the verification state means for the organisation, and what it can do next. */
function StatusBanner({ organisation, onEdit }: { organisation: OwnOrganisation; onEdit: () => void }) {
  const t = useT();
  const note = organisation.verificationNote;
  switch (organisation.verification) {
    case 'verified':
      return (
        <Alert
          type="success"
          showIcon
          title={t('orgProfile.verifiedTitle')}
          description={t('orgProfile.verifiedDesc', { date: formatDateTime(organisation.verifiedAt) })}
        />
      );
    case 'pending':
      return (
        <Alert
          type="info"
          showIcon
          title={t('orgProfile.pendingTitle')}
          description={t('orgProfile.pendingDesc')}
        />
      );
    case 'needs_info':
    case 'rejected': {
      const rejected = organisation.verification === 'rejected';
      return (
        <Alert
          type={rejected ? 'error' : 'warning'}
          showIcon
          role="alert"
          title={t(rejected ? 'orgProfile.rejectedTitle' : 'orgProfile.needsInfoTitle')}
          description={
            <>
              {note && (
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: '4px 0 8px' }}
                  data-testid="reviewer-note"
                >
                  {t('orgProfile.reviewerSays')}
                  {note}
                </Typography.Paragraph>
              )}
              <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
                {t('orgProfile.fixThenResubmit')}
              </Typography.Paragraph>
              <Space wrap>
                <Button icon={<EditOutlined />} onClick={onEdit}>
                  {t('orgProfile.edit')}
                </Button>
                <ResubmitButton organisation={organisation} />
              </Space>
            </>
          }
        />
      );
    }
  }
}

function ContactPhone({ masked }: { masked: string | null }) {
  const t = useT();
  const reveal = useRevealOwnPhone();
  const showError = useShowError();
  const [value, setValue] = useState<string | null>(null);
  if (!masked) return <>{EMPTY}</>;
  return (
    <Space wrap size={4}>
      <Typography.Text copyable={value !== null}>{value ?? masked}</Typography.Text>
      {value === null && (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() =>
            reveal.mutateAsync().then(
              (result) => setValue(result.value),
              (error: unknown) => showError(error),
            )
          }
        >
          {t('profile.reveal')}
        </Button>
      )}
    </Space>
  );
}

function Details({ organisation }: { organisation: OwnOrganisation }) {
  const { t, lang } = useI18n();
  const industries = useIndustries();
  const industry = industries.data?.items.find((i) => i.code === organisation.industryCode);
  const text = (value: string | null) => value || EMPTY;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      data-testid="organisation-details"
      items={[
        {
          key: 'name',
          label: t('organisations.name'),
          span: { xs: 1, sm: 1, md: 2 },
          children: (
            <Flex wrap gap={6} align="center">
              <span style={{ overflowWrap: 'anywhere' }}>{organisation.name}</span>
              <VerificationTag status={organisation.verification} />
            </Flex>
          ),
        },
        {
          key: 'uscc',
          label: t('organisations.uscc'),
          children: (
            <Typography.Text style={{ fontFamily: 'monospace' }}>{organisation.uscc}</Typography.Text>
          ),
        },
        { key: 'kind', label: t('organisations.kind'), children: t(KIND_LABELS[organisation.kind]) },
        {
          key: 'nature',
          label: t('organisations.nature'),
          children: text(natureLabel(lang, organisation.nature)),
        },
        {
          key: 'industry',
          label: t('organisations.industry'),
          children: industry
            ? `${industry.code} ${lang === 'en' && industry.nameEn ? industry.nameEn : industry.name}`
            : text(organisation.industryCode),
        },
        { key: 'region', label: t('organisations.region'), children: text(organisation.regionName) },
        { key: 'size', label: t('orgForm.size'), children: text(sizeLabel(lang, organisation.size)) },
        ...(organisation.kind === 'agency'
          ? [{ key: 'licence', label: t('orgForm.licenceNo'), children: text(organisation.licenceNo) }]
          : []),
        { key: 'contactName', label: t('orgForm.contactName'), children: text(organisation.contactName) },
        {
          key: 'contactPhone',
          label: t('orgForm.contactPhone'),
          children: <ContactPhone masked={organisation.contactPhone} />,
        },
        { key: 'contactEmail', label: t('orgForm.contactEmail'), children: text(organisation.contactEmail) },
        {
          key: 'introduction',
          label: t('orgForm.introduction'),
          span: { xs: 1, sm: 1, md: 2 },
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>
              {text(organisation.introduction)}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}

type EditValues = ProfileUpdate;

function EditForm({ organisation, onDone }: { organisation: OwnOrganisation; onDone: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateOwnOrganisation();
  const onError = useFormErrorHandler(form, PROFILE_FIELDS);
  const verified = organisation.verification === 'verified';

  const save = (values: EditValues) =>
    update
      .mutateAsync({
        ...values,
        contactPhone: values.contactPhone?.trim() || undefined,
        introduction: values.introduction?.trim() ?? '',
        licenceNo: organisation.kind === 'agency' ? values.licenceNo?.trim() : undefined,
      })
      .then(
        (result) => {
          if (result.backToPending) void message.warning(t('orgProfile.backToPending'));
          else void message.success(t('orgProfile.saved'));
          onDone();
        },
        (error: unknown) => onError(error),
      );

  const onFinish = (values: EditValues) => {
    const before: Record<string, string | null> = {
      name: organisation.name,
      uscc: organisation.uscc,
      nature: organisation.nature,
      regionCode: organisation.regionCode,
      licenceNo: organisation.licenceNo,
    };
    const after: Record<string, string | null | undefined> = {
      ...values,
      licenceNo: values.licenceNo?.trim() || null,
    };
    const changed = VERIFIED_FIELDS.filter((field) => (after[field] ?? null) !== (before[field] ?? null));
    if (!verified || changed.length === 0) {
      void save(values);
      return;
    }
    // Losing the badge stops publishing, so the HR person confirms knowing that.
    modal.confirm({
      title: t('orgProfile.reverifyConfirmTitle'),
      content: t('orgProfile.reverifyConfirm'),
      okText: t('orgProfile.reverifyOk'),
      cancelText: t('common.cancel'),
      onOk: () => save(values),
    });
  };

  return (
    <Card title={t('orgProfile.editTitle')}>
      {verified && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('orgProfile.reverifyHint')} />
      )}
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={update.isPending}
        scrollToFirstError
        data-testid="organisation-edit-form"
        initialValues={{
          name: organisation.name,
          uscc: organisation.uscc,
          nature: organisation.nature ?? undefined,
          industryCode: organisation.industryCode ?? undefined,
          regionCode: organisation.regionCode ?? undefined,
          size: organisation.size ?? undefined,
          contactName: organisation.contactName ?? '',
          contactEmail: organisation.contactEmail ?? '',
          introduction: organisation.introduction ?? '',
          licenceNo: organisation.licenceNo ?? '',
        }}
      >
        {/* Records registered by an official before self-registration existed may have no number yet. */}
        <OrganisationFields
          kind={organisation.kind}
          phoneOptional={organisation.contactPhone !== null}
          currentPhone={organisation.contactPhone}
        />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={onDone} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** 单位信息: the organisation's data, its verification state and history, and its HR colleagues. */
export function MyOrganisationPage() {
  const t = useT();
  const { data, error, isLoading, refetch } = useOwnOrganisation();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeader
        title={t('nav.myOrganisation')}
        extra={
          data &&
          !editing && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('orgProfile.edit')}
            </Button>
          )
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isLoading && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {data && (
        <Flex vertical gap={16}>
          <StatusBanner organisation={data} onEdit={() => setEditing(true)} />
          {editing ? (
            <EditForm organisation={data} onDone={() => setEditing(false)} />
          ) : (
            <Card title={t('orgProfile.details')}>
              <Details organisation={data} />
            </Card>
          )}
          <Card title={t('orgProfile.history')}>
            <ReviewHistory reviews={data.reviews} />
          </Card>
          <StaffSection />
        </Flex>
      )}
    </>
  );
}
