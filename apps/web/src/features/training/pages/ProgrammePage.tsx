import { ArrowLeftOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { sessionsToComplete } from '@jiuye/domain/assistance/training';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { provinceName } from '../../subsidies/labels';
import { useProgramme, useUpdateProgramme, useWithdraw, type Enrolment, type ProgrammeDetail } from '../api';
import { AttendanceGrid } from '../components/AttendanceGrid';
import { CompleteModal } from '../components/CompleteModal';
import { EnrolModal } from '../components/EnrolModal';
import { ProgrammeFormModal } from '../components/ProgrammeFormModal';
import { EnrolmentStatusTag, kindName, ProgrammeStatusTag } from '../labels';

/** 关闭报名 / 重新开放, after a confirmation. */
function StatusButton({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const update = useUpdateProgramme(programme.id);
  const closing = programme.status === 'open';
  return (
    <Popconfirm
      title={t(closing ? 'training.closeConfirm' : 'training.reopenConfirm')}
      description={t(closing ? 'training.closeText' : 'training.reopenText')}
      okText={t(closing ? 'training.close' : 'training.reopen')}
      okButtonProps={{ danger: closing }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        update.mutateAsync({ status: closing ? 'closed' : 'open' }).then(
          () => void message.success(t(closing ? 'training.closed' : 'training.reopened')),
          (e: unknown) => showError(e),
        )
      }
    >
      <Button danger={closing} loading={update.isPending} data-testid="programme-status">
        {t(closing ? 'training.close' : 'training.reopen')}
      </Button>
    </Popconfirm>
  );
}

/** 退出, after a confirmation (attendance so far is kept). */
function WithdrawButton({ programmeId, enrolment }: { programmeId: string; enrolment: Enrolment }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const withdraw = useWithdraw(programmeId);
  return (
    <Popconfirm
      title={t('training.withdrawConfirm', { name: enrolment.name })}
      description={t('training.withdrawText')}
      okText={t('training.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        withdraw.mutateAsync(enrolment.graduateId).then(
          () => void message.success(t('training.withdrawn', { name: enrolment.name })),
          (e: unknown) => showError(e),
        )
      }
    >
      <Button
        size="small"
        type="link"
        danger
        loading={withdraw.isPending}
        aria-label={t('training.withdrawLabel', { name: enrolment.name })}
      >
        {t('training.withdraw')}
      </Button>
    </Popconfirm>
  );
}

function Enrolments({
  programme,
  onComplete,
}: {
  programme: ProgrammeDetail;
  onComplete: (e: Enrolment) => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const needed = sessionsToComplete(programme.sessions);
  const attended = (e: Enrolment) => (
    <Typography.Text type={e.attended.length >= needed ? 'success' : undefined}>
      {t('training.attendedValue', { n: e.attended.length, sessions: programme.sessions })}
    </Typography.Text>
  );
  const certificate = (e: Enrolment) =>
    e.certificateNo ? `${e.certificateNo}（${e.completedOn ?? EMPTY}）` : EMPTY;
  const actions = (e: Enrolment) =>
    e.status === 'enrolled' && (
      <Flex gap={0} wrap>
        <Button
          size="small"
          type="link"
          onClick={() => onComplete(e)}
          aria-label={t('training.completeLabel', { name: e.name })}
          data-testid="complete"
        >
          {t('training.complete')}
        </Button>
        <WithdrawButton programmeId={programme.id} enrolment={e} />
      </Flex>
    );
  if (programme.enrolments.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noTrainees')} />;
  if (isPhone)
    return (
      <ul
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
        data-testid="enrolment-cards"
      >
        {programme.enrolments.map((e) => (
          <li key={e.graduateId}>
            <Card size="small">
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>
                  {e.name}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 6 }}>
                    {e.studentNo}
                  </Typography.Text>
                </Typography.Text>
                <EnrolmentStatusTag status={e.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {e.universityName}
              </Typography.Text>
              <div style={{ fontSize: 12 }}>
                {attended(e)}
                {e.certificateNo && ` · ${t('training.certificateNo')}：${certificate(e)}`}
              </div>
              {actions(e)}
            </Card>
          </li>
        ))}
      </ul>
    );
  const columns: TableColumnsType<Enrolment> = [
    { title: t('graduate.studentNo'), dataIndex: 'studentNo', width: 130 },
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 100,
      render: (n: string) => <Typography.Text strong>{n}</Typography.Text>,
    },
    { title: t('graduate.university'), dataIndex: 'universityName', width: 160, ellipsis: true },
    {
      title: t('training.field.status'),
      dataIndex: 'status',
      width: 90,
      render: (_v, e) => <EnrolmentStatusTag status={e.status} />,
    },
    { title: t('training.attended'), key: 'attended', width: 110, render: (_v, e) => attended(e) },
    { title: t('training.certificateNo'), key: 'cert', width: 200, render: (_v, e) => certificate(e) },
    { title: t('common.actions'), key: 'actions', width: 140, render: (_v, e) => actions(e) },
  ];
  return (
    <Table<Enrolment>
      rowKey="graduateId"
      size="middle"
      columns={columns}
      dataSource={programme.enrolments}
      scroll={{ x: 930 }}
      pagination={programme.enrolments.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      data-testid="enrolment-table"
    />
  );
}

/**
 * One programme: its facts, the trainees (enrol, 结业 with a certificate number, 退出) and the
 * attendance of each session.
 */
export function ProgrammePage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: p, error, refetch } = useProgramme(id);
  const [editing, setEditing] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const [completing, setCompleting] = useState<Enrolment | null>(null);
  const tab = params.get('tab') === 'attendance' ? 'attendance' : 'trainees';

  const back = (
    <Link to="/training">
      <ArrowLeftOutlined /> {t('training.back')}
    </Link>
  );
  if (error)
    return (
      <Flex vertical gap={12} align="flex-start">
        {back}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Flex>
    );
  if (!p) return <Skeleton active paragraph={{ rows: 10 }} />;

  const active = p.enrolments.filter((e) => e.status !== 'withdrawn').length;
  return (
    <>
      <div style={{ marginBottom: 8 }}>{back}</div>
      <PageHeader
        title={p.name}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-programme">
              {t('training.edit')}
            </Button>
            <StatusButton programme={p} />
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setEnrolling(true)}
              disabled={p.status === 'closed'}
              data-testid="enrol"
            >
              {t('training.enrol')}
            </Button>
          </Flex>
        }
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, xl: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'status',
            label: t('training.field.status'),
            children: <ProgrammeStatusTag status={p.status} />,
          },
          { key: 'kind', label: t('training.field.kind'), children: kindName(p.kind, lang) },
          { key: 'organiser', label: t('training.field.organiser'), children: p.organiser },
          { key: 'dates', label: t('training.field.dates'), children: `${p.startsOn} ~ ${p.endsOn}` },
          {
            key: 'sessions',
            label: t('training.field.sessions'),
            children: t('training.sessionsRule', { n: p.sessions, needed: sessionsToComplete(p.sessions) }),
          },
          {
            key: 'capacity',
            label: t('training.field.capacity'),
            children: t('training.enrolledOf', { n: active, capacity: p.capacity }),
          },
          { key: 'completed', label: t('training.completedCount'), children: p.completed },
          {
            key: 'scope',
            label: t('training.scope'),
            children: p.universityName ?? provinceName(p.provinceCode, lang),
          },
        ]}
      />
      {p.description && (
        <Typography.Paragraph
          type="secondary"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="programme-description"
        >
          {p.description}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'attendance' ? { tab: key } : {})}
        items={[
          {
            key: 'trainees',
            label: t('training.tab.trainees', { n: active }),
            children: <Enrolments programme={p} onComplete={setCompleting} />,
          },
          {
            key: 'attendance',
            label: t('training.tab.attendance'),
            children: <AttendanceGrid programme={p} />,
          },
        ]}
      />
      <ProgrammeFormModal open={editing} programme={p} onClose={() => setEditing(false)} />
      <EnrolModal programme={p} open={enrolling} onClose={() => setEnrolling(false)} />
      <CompleteModal
        programmeId={p.id}
        sessions={p.sessions}
        enrolment={completing}
        onClose={() => setCompleting(null)}
      />
    </>
  );
}
