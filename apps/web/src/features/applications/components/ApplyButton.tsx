import { CheckCircleOutlined, SendOutlined } from '@ant-design/icons';
import { can } from '@jiuye/domain/permissions';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useShowError } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { useMyResume } from '../../resume/api';
import { useApply, useMyApplications } from '../api';
import { ApplicationStatusTag } from '../labels';

interface PostingSummary {
  id: string;
  title: string;
  organisationName: string;
  status: string;
}

/**
 * 申请职位 on a job's page, for graduates: confirms what is sent (a snapshot of the saved résumé,
 * name and contact hidden until an interview invitation), or shows the application already made.
 */
export function ApplyButton({ posting }: { posting: PostingSummary }) {
  const me = useCurrentUser();
  if (!can(me.role, 'applications.apply')) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <ApplyControl posting={posting} />
    </div>
  );
}

function ApplyControl({ posting }: { posting: PostingSummary }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const existing = useMyApplications({ postingId: posting.id, page: 1, pageSize: 1 });
  const resume = useMyResume(open);
  const apply = useApply();
  const applied = existing.data?.items[0];

  if (applied)
    return (
      <Flex align="center" gap={8} wrap data-testid="applied">
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('apply.already')}
        </Typography.Text>
        <ApplicationStatusTag status={applied.status} />
        <Link to={`/applications?id=${encodeURIComponent(applied.id)}`}>{t('apply.viewMine')}</Link>
      </Flex>
    );

  const closed = posting.status !== 'published';
  const noResume = resume.data && !resume.data.saved;
  return (
    <>
      <Button
        type="primary"
        icon={<SendOutlined />}
        disabled={closed || existing.isPending}
        onClick={() => setOpen(true)}
        data-testid="apply-button"
      >
        {closed ? t('apply.closed') : t('apply.button')}
      </Button>
      <Modal
        open={open}
        title={t('apply.confirmTitle')}
        okText={t('apply.confirm')}
        onCancel={() => setOpen(false)}
        okButtonProps={{ disabled: !resume.data || !!noResume, loading: apply.isPending }}
        onOk={() =>
          apply.mutate(posting.id, {
            onSuccess: () => {
              setOpen(false);
              void message.success(t('apply.done'));
            },
            onError: showError,
          })
        }
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('apply.confirmText', { title: posting.title, organisation: posting.organisationName })}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('apply.privacy')}</Typography.Paragraph>
        {noResume && (
          <Alert
            type="warning"
            showIcon
            title={t('apply.needResume')}
            action={
              <Link to="/resume">
                <Button size="small" type="primary">
                  {t('apply.goResume')}
                </Button>
              </Link>
            }
          />
        )}
      </Modal>
    </>
  );
}
