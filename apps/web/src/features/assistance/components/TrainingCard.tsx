import { sessionsToComplete, type EnrolmentStatus } from '@jiuye/domain/assistance/training';
import { App, Button, Card, Empty, Flex, Popconfirm, Progress, Tag, Typography, theme } from 'antd';
import { useShowError } from '../../../lib/errors';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useEnrol, type MyEnrolment, type Programme } from '../api';
import { programmeKindName } from '../labels';

const ENROLMENT_LABELS: Record<EnrolmentStatus, MessageKey> = {
  enrolled: 'assistance.training.status.enrolled',
  completed: 'assistance.training.status.completed',
  withdrawn: 'assistance.training.status.withdrawn',
};
const ENROLMENT_COLORS: Record<EnrolmentStatus, string> = {
  enrolled: 'processing',
  completed: 'success',
  withdrawn: 'default',
};

/** Name, kind, organiser and dates of a programme. */
function ProgrammeHead({
  programme,
}: {
  programme: Pick<Programme, 'name' | 'kind' | 'organiser' | 'startsOn' | 'endsOn' | 'sessions'>;
}) {
  const { t, lang } = useI18n();
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {programme.name}
        </Typography.Text>
        <Tag style={{ marginInlineEnd: 0 }}>{programmeKindName(programme.kind, lang)}</Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
        {[
          programme.organiser,
          t('assistance.training.dates', { from: programme.startsOn, to: programme.endsOn }),
          t('assistance.training.sessions', { n: programme.sessions }),
        ].join(' · ')}
      </Typography.Text>
    </Flex>
  );
}

function Available({ programme, enrolled }: { programme: Programme; enrolled: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const showError = useShowError();
  const enrol = useEnrol();
  const left = Math.max(0, programme.capacity - programme.enrolled);
  return (
    <li data-testid="programme" style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}>
      <Flex gap={8} justify="space-between" align="flex-start" wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <ProgrammeHead programme={programme} />
          {programme.description && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, expandable: true, symbol: t('assistance.training.more') }}
              style={{ margin: 0, whiteSpace: 'pre-wrap' }}
            >
              {programme.description}
            </Typography.Paragraph>
          )}
          <Typography.Text type={left === 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {t('assistance.training.places', { left, capacity: programme.capacity })}
          </Typography.Text>
        </Flex>
        {enrolled ? (
          <Tag color="success">{t('assistance.training.enrolledTag')}</Tag>
        ) : (
          <Popconfirm
            title={t('assistance.training.enrolConfirm', { name: programme.name })}
            okText={t('assistance.training.enrol')}
            cancelText={t('common.cancel')}
            okButtonProps={{ loading: enrol.isPending }}
            onConfirm={() =>
              enrol
                .mutateAsync(programme.id)
                .then(() => void message.success(t('assistance.training.enrolled', { name: programme.name })))
                .catch(showError)
            }
          >
            <Button size="small" type="primary" disabled={left === 0} data-testid="enrol">
              {t('assistance.training.enrol')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </li>
  );
}

function Enrolment({ enrolment }: { enrolment: MyEnrolment }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const programme = enrolment;
  const attended = enrolment.attended;
  const needed = sessionsToComplete(programme.sessions);
  return (
    <li data-testid="enrolment" style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}>
      <Flex vertical gap={6}>
        <Flex gap={8} justify="space-between" align="flex-start" wrap>
          <ProgrammeHead programme={programme} />
          <Tag color={ENROLMENT_COLORS[enrolment.status]} style={{ marginInlineEnd: 0 }}>
            {t(ENROLMENT_LABELS[enrolment.status])}
          </Tag>
        </Flex>
        <div style={{ maxWidth: 360 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assistance.training.attendance', { n: attended, total: programme.sessions, needed })}
          </Typography.Text>
          <Progress
            size="small"
            percent={Math.round((attended / programme.sessions) * 100)}
            success={{ percent: 0 }}
            status={attended >= needed ? 'success' : 'normal'}
          />
        </div>
        {enrolment.certificateNo && (
          <Typography.Text>
            {t('assistance.training.certificate', {
              no: enrolment.certificateNo,
              date: enrolment.completedOn ?? '',
            })}
          </Typography.Text>
        )}
      </Flex>
    </li>
  );
}

/**
 * Training (宏志助航 and others): the open programmes of the graduate's university and province
 * with 报名, and their own enrolments with attendance (≥ 80 % to complete) and certificate.
 */
export function TrainingCard({
  available,
  enrolments,
}: {
  /** undefined: only the enrolments (a staff member's view of the case). */
  available?: readonly Programme[];
  enrolments: readonly MyEnrolment[];
}) {
  const { t } = useI18n();
  const enrolledIds = new Set(enrolments.filter((e) => e.status !== 'withdrawn').map((e) => e.programmeId));
  return (
    <Card size="small" title={t('assistance.training.title')} data-testid="training-card">
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong>{t('assistance.training.mine')}</Typography.Text>
          {enrolments.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {t('assistance.training.noEnrolments')}
            </Typography.Paragraph>
          ) : (
            <ul
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
              aria-label={t('assistance.training.mine')}
            >
              {enrolments.map((e) => (
                <Enrolment key={e.programmeId} enrolment={e} />
              ))}
            </ul>
          )}
        </div>
        {available && (
          <div>
            <Typography.Text strong>{t('assistance.training.available')}</Typography.Text>
            {available.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assistance.training.noneOpen')} />
            ) : (
              <ul
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
                aria-label={t('assistance.training.available')}
              >
                {available.map((p) => (
                  <Available key={p.id} programme={p} enrolled={enrolledIds.has(p.id)} />
                ))}
              </ul>
            )}
          </div>
        )}
      </Flex>
    </Card>
  );
}
