import { DownloadOutlined, LockOutlined, StarFilled } from '@ant-design/icons';
import type { ApplicationStatus } from '@jiuye/domain/recruitment/applications';
import { App, Button, Card, Divider, Drawer, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { ResumePreview } from '../../resume/components/ResumePreview';
import { applicantPdfPath, useApplicant, useChangeStatus } from '../api';
import { ApplicationStatusTag, statusLabel } from '../labels';
import { ApplicationTimeline } from './ApplicationTimeline';
import { MoveModal } from './MoveModal';

/** 优先关注: a neutral flag for assistance targets (measure 十一), never the category. */
export function PriorityTag() {
  const { t } = useI18n();
  return (
    <Tag
      color="orange"
      icon={<StarFilled />}
      title={t('applicants.priorityHint')}
      style={{ marginInlineEnd: 0 }}
    >
      {t('applicants.priority')}
    </Tag>
  );
}

/** One applicant: résumé snapshot, history and the moves the pipeline allows from here. */
export function ApplicantDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const detail = useApplicant(id);
  const change = useChangeStatus();
  const [target, setTarget] = useState<ApplicationStatus | null>(null);
  const a = detail.data;

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={isPhone ? '100%' : 760}
      title={t('applicants.detailTitle')}
      data-testid="applicant-drawer"
      destroyOnHidden
    >
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {!a && !detail.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {a && (
        <Flex vertical gap={16}>
          <Card size="small">
            <Flex justify="space-between" gap={8} wrap align="center">
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="applicant-name">
                  {a.applicant.name}
                </Typography.Text>
                {a.applicant.masked && <LockOutlined title={t('applicants.masked')} />}
                {a.applicant.priority && <PriorityTag />}
                <ApplicationStatusTag status={a.status} />
              </Flex>
              <Button icon={<DownloadOutlined />} href={applicantPdfPath(a.id)} download size="small">
                {t('resume.downloadPdf')}
              </Button>
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {t('applicants.appliedFor', { title: a.postingTitle, at: formatDateTime(a.createdAt) })}
            </Typography.Text>
            {a.nextStatuses.length > 0 && (
              <>
                <Divider style={{ margin: '10px 0' }} />
                <Flex gap={8} wrap>
                  {a.nextStatuses.map((to) => (
                    <Button
                      key={to}
                      size="small"
                      type={to === 'rejected' ? 'default' : 'primary'}
                      danger={to === 'rejected'}
                      onClick={() => setTarget(to)}
                      data-testid={`move-${to}`}
                    >
                      {t('applicants.moveTo', { status: statusLabel(to, lang) })}
                    </Button>
                  ))}
                </Flex>
              </>
            )}
          </Card>
          <Card size="small" title={t('applicants.resume')}>
            <ResumePreview resume={a.resume} />
          </Card>
          <Card size="small" title={t('applicants.history')}>
            <ApplicationTimeline events={a.events} />
          </Card>
        </Flex>
      )}
      <MoveModal
        open={!!target}
        count={1}
        to={target}
        pending={change.isPending}
        onCancel={() => setTarget(null)}
        onConfirm={(note) =>
          a &&
          target &&
          change.mutate(
            { id: a.id, status: target, note },
            {
              onSuccess: () => {
                setTarget(null);
                void message.success(t('applicants.moved'));
              },
              onError: showError,
            },
          )
        }
      />
    </Drawer>
  );
}
