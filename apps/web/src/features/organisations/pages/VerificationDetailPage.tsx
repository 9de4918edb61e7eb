import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { useIndustries } from '../../reference/api';
import { useRevealContactPhone, useVerificationDetail, type VerificationDetail } from '../api';
import { ReviewHistory } from '../components/ReviewHistory';
import { VerificationDecisionForm } from '../components/VerificationDecisionForm';
import { VerificationTag } from '../components/VerificationTag';
import { KIND_LABELS, natureLabel, sizeLabel } from '../labels';

/** The masked phone; showing it in full asks for a reason, which goes to the audit log. */
function ContactPhone({ detail }: { detail: VerificationDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const reveal = useRevealContactPhone(detail.id);
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  if (!detail.contactPhone) return <>{EMPTY}</>;
  return (
    <Space wrap size={4}>
      <Typography.Text copyable={value !== null}>{value ?? detail.contactPhone}</Typography.Text>
      {value === null && (
        <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
          {t('profile.reveal')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('verify.revealTitle')}
        okText={t('profile.reveal')}
        cancelText={t('common.cancel')}
        confirmLoading={reveal.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('verify.revealHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) =>
            reveal.mutateAsync(reason.trim()).then(
              (result) => {
                setValue(result.value);
                setOpen(false);
                void message.info(t('verify.revealLogged'));
              },
              (error: unknown) => showError(error),
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('verify.revealReason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('verify.revealReasonRequired') }]}
          >
            <Input maxLength={200} placeholder={t('verify.revealPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

function Details({ detail }: { detail: VerificationDetail }) {
  const { t, lang } = useI18n();
  const industries = useIndustries();
  const industry = industries.data?.items.find((i) => i.code === detail.industryCode);
  const text = (value: string | null | undefined) => value || EMPTY;
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="verification-details"
      items={[
        {
          key: 'name',
          label: t('organisations.name'),
          children: (
            <Flex wrap gap={6} align="center">
              <span style={{ overflowWrap: 'anywhere' }}>{detail.name}</span>
              <VerificationTag status={detail.verification} />
            </Flex>
          ),
        },
        {
          key: 'uscc',
          label: t('organisations.uscc'),
          children: (
            <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
              {detail.uscc}
            </Typography.Text>
          ),
        },
        { key: 'kind', label: t('organisations.kind'), children: t(KIND_LABELS[detail.kind]) },
        ...(detail.kind === 'agency'
          ? [{ key: 'licence', label: t('orgForm.licenceNo'), children: text(detail.licenceNo) }]
          : []),
        { key: 'nature', label: t('organisations.nature'), children: text(natureLabel(lang, detail.nature)) },
        {
          key: 'industry',
          label: t('organisations.industry'),
          children: industry
            ? `${industry.code} ${lang === 'en' && industry.nameEn ? industry.nameEn : industry.name}`
            : text(detail.industryCode),
        },
        {
          key: 'region',
          label: t('organisations.region'),
          children: `${text(detail.regionName)}${detail.regionCode ? `（${detail.regionCode}）` : ''}`,
        },
        { key: 'size', label: t('orgForm.size'), children: text(sizeLabel(lang, detail.size)) },
        { key: 'contactName', label: t('orgForm.contactName'), children: text(detail.contactName) },
        { key: 'contactPhone', label: t('orgForm.contactPhone'), children: <ContactPhone detail={detail} /> },
        { key: 'contactEmail', label: t('orgForm.contactEmail'), children: text(detail.contactEmail) },
        {
          key: 'registeredBy',
          label: t('verify.registeredBy'),
          children: detail.registeredBy
            ? `${detail.registeredBy.displayName}（${detail.registeredBy.username}）`
            : EMPTY,
        },
        { key: 'staff', label: t('verify.staffCount'), children: String(detail.staffCount) },
        { key: 'created', label: t('verify.submittedAt'), children: formatDateTime(detail.createdAt) },
        {
          key: 'introduction',
          label: t('orgForm.introduction'),
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>
              {text(detail.introduction)}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}

/** One registration: every field, the history of decisions, and the decision form. */
export function VerificationDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, isLoading, refetch } = useVerificationDetail(id);
  return (
    <>
      <PageHeader
        title={data?.name ?? t('nav.verification')}
        extra={
          <Link to="/verification">
            <Button icon={<ArrowLeftOutlined />}>{t('verify.backToQueue')}</Button>
          </Link>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isLoading && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card title={t('verify.registration')}>
              <Details detail={data} />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Flex vertical gap={16}>
              <Card title={t('verify.decisionTitle')}>
                <VerificationDecisionForm detail={data} />
              </Card>
              <Card title={t('orgProfile.history')}>
                <ReviewHistory reviews={data.reviews} />
              </Card>
            </Flex>
          </Col>
        </Row>
      )}
    </>
  );
}
