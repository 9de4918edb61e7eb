import { Button, Card, Collapse, Empty, Flex, Popconfirm, Typography, theme } from 'antd';
import { App } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PagedCards } from '../../../components/PagedCards';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { readPaging, writePaging } from '../../../lib/paging';
import { useMyApplications, useWithdraw, type MyApplication } from '../api';
import { ApplicationTimeline } from '../components/ApplicationTimeline';
import { ApplicationStatusTag } from '../labels';

function ApplicationCard({ application, highlighted }: { application: MyApplication; highlighted: boolean }) {
  const t = useT();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const showError = useShowError();
  const withdraw = useWithdraw();
  return (
    <Card
      size="small"
      data-testid="my-application"
      data-id={application.id}
      style={
        highlighted ? { borderColor: token.colorPrimary, boxShadow: token.boxShadowSecondary } : undefined
      }
    >
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Link to={`/jobs/${encodeURIComponent(application.postingId)}`}>
            <Typography.Title level={5} style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {application.postingTitle}
            </Typography.Title>
          </Link>
          <Typography.Text type="secondary">{application.organisationName}</Typography.Text>
        </div>
        <ApplicationStatusTag status={application.status} />
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        {t('applications.appliedAt', { at: formatDateTime(application.createdAt) })} ·{' '}
        {t('applications.updatedAt', { at: formatDateTime(application.updatedAt) })}
      </Typography.Text>
      <Collapse
        ghost
        size="small"
        defaultActiveKey={highlighted ? ['history'] : []}
        items={[
          {
            key: 'history',
            label: t('applications.history', { n: application.events.length }),
            children: <ApplicationTimeline events={application.events} />,
          },
        ]}
        style={{ marginTop: 4 }}
      />
      {application.mayWithdraw && (
        <Flex justify="flex-end">
          <Popconfirm
            title={t('applications.withdrawConfirm')}
            description={t('applications.withdrawHint')}
            okText={t('applications.withdraw')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              withdraw
                .mutateAsync(application.id)
                .then(() => void message.success(t('applications.withdrawn')), showError)
            }
          >
            <Button size="small" danger loading={withdraw.isPending}>
              {t('applications.withdraw')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
    </Card>
  );
}

/** 我的投递: every application with its status and history; a notification's link highlights one. */
export function MyApplicationsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const paging = readPaging(params);
  const highlight = params.get('id');
  const { data, isFetching, error, refetch } = useMyApplications(paging);
  return (
    <>
      <PageHeader title={t('nav.myApplications')} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedCards
        items={data?.items ?? []}
        total={data?.total ?? 0}
        loading={isFetching}
        paging={paging}
        onPage={(next) => {
          const p = new URLSearchParams();
          writePaging(p, next);
          setParams(p);
        }}
        itemKey={(a) => a.id}
        renderItem={(a) => <ApplicationCard application={a} highlighted={a.id === highlight} />}
        empty={
          <Empty description={t('applications.empty')}>
            <Link to="/jobs">
              <Button type="primary">{t('applications.findJobs')}</Button>
            </Link>
          </Empty>
        }
        totalText={t('common.total', { total: data?.total ?? 0 })}
        label={t('nav.myApplications')}
        testId="my-applications"
      />
    </>
  );
}
