import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  theme,
  type TableColumnsType,
} from 'antd';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatCount, formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { errorsCsvUrl, isFinished, useImport, type ImportJob, type ImportRowError } from '../api';
import { ImportStatusTag } from './ImportStatusTag';

function Progressing({ job }: { job: ImportJob }) {
  const t = useT();
  return (
    <Card size="small">
      <Typography.Text>{t('imports.rowsProcessed', { n: formatCount(job.rowsProcessed) })}</Typography.Text>
      {/* No total is known until the file is read through, so the bar only shows that work is under way. */}
      <Progress
        percent={100}
        status="active"
        showInfo={false}
        aria-label={t(`imports.status.${job.status}`)}
      />
      <Typography.Text type="secondary">{t('imports.backgroundHint')}</Typography.Text>
    </Card>
  );
}

function Summary({ job }: { job: ImportJob }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Card size="small" data-testid="import-summary">
      <Row gutter={[16, 16]}>
        <Col xs={12} sm={8}>
          <Statistic
            title={t('imports.acceptedTitle')}
            value={job.accepted}
            suffix={t('imports.rowsUnit')}
            formatter={(v) => formatCount(Number(v))}
          />
          {job.status === 'succeeded' && job.accepted > 0 && (
            <Typography.Text type="secondary" data-testid="import-breakdown">
              {t('imports.breakdown', {
                inserted: formatCount(job.inserted),
                updated: formatCount(job.updated),
                unchanged: formatCount(job.accepted - job.inserted - job.updated),
              })}
            </Typography.Text>
          )}
        </Col>
        <Col xs={12} sm={8}>
          <Statistic
            title={t('imports.rejectedTitle')}
            value={job.rejected}
            suffix={t('imports.rowsUnit')}
            formatter={(v) => formatCount(Number(v))}
            styles={job.rejected > 0 ? { content: { color: token.colorError } } : undefined}
          />
        </Col>
        <Col xs={24} sm={8}>
          <Typography.Text type="secondary">{t('imports.createdColleges')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            {job.createdColleges.length === 0
              ? t('imports.noCreatedColleges')
              : job.createdColleges.map((name) => (
                  <Tag key={name} color="blue" style={{ marginBottom: 4 }}>
                    {name}
                  </Tag>
                ))}
          </div>
        </Col>
      </Row>
    </Card>
  );
}

function ErrorSample({ job }: { job: ImportJob }) {
  const t = useT();
  const columns: TableColumnsType<ImportRowError> = [
    { title: t('imports.errorRow'), dataIndex: 'row', width: 80 },
    {
      title: t('imports.errorField'),
      dataIndex: 'field',
      width: 120,
      render: (field: string) => field || EMPTY,
    },
    {
      title: t('imports.errorCode'),
      dataIndex: 'code',
      width: 160,
      render: (code: string) => <code>{code}</code>,
    },
    { title: t('imports.errorMessage'), dataIndex: 'message' },
  ];
  return (
    <Card
      size="small"
      title={t('imports.errors', { n: job.errorSample.length })}
      extra={
        <Button type="link" icon={<DownloadOutlined />} href={errorsCsvUrl(job.id)} download>
          {t('imports.downloadErrors')}
        </Button>
      }
    >
      <Table<ImportRowError>
        data-testid="import-errors"
        rowKey={(error) => `${error.row}-${error.field}-${error.code}`}
        size="small"
        columns={columns}
        dataSource={job.errorSample}
        pagination={job.errorSample.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 560 }}
      />
    </Card>
  );
}

/** Live view of one import: progress while it runs, then the summary, the error sample and the full report link. */
export function ImportResult({ id }: { id: string }) {
  const t = useT();
  const { data: job, error, refetch } = useImport(id);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!job) return <Skeleton active paragraph={{ rows: 4 }} />;
  const finished = isFinished(job.status);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'file', label: t('imports.fileName'), children: job.fileName },
          { key: 'status', label: t('imports.status'), children: <ImportStatusTag status={job.status} /> },
          {
            key: 'university',
            label: t('imports.university'),
            children: [job.universityName, job.universityCode].filter(Boolean).join(' · ') || EMPTY,
          },
          { key: 'createdAt', label: t('imports.createdAt'), children: formatDateTime(job.createdAt) },
          { key: 'finishedAt', label: t('imports.finishedAt'), children: formatDateTime(job.finishedAt) },
          { key: 'rows', label: t('imports.rowsProcessedTitle'), children: formatCount(job.rowsProcessed) },
        ]}
      />
      {job.status === 'failed' && (
        <Alert type="error" showIcon title={t('imports.failed')} description={job.message || undefined} />
      )}
      {job.status === 'succeeded' && job.message && <Alert type="info" showIcon title={job.message} />}
      {(job.warnings ?? []).length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('imports.warnings')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {(job.warnings ?? []).map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          }
        />
      )}
      {!finished && <Progressing job={job} />}
      {finished && <Summary job={job} />}
      {finished && (job.rejected > 0 || job.errorSample.length > 0) && <ErrorSample job={job} />}
      {job.status === 'succeeded' && job.rejected === 0 && (
        <Flex justify="center">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('imports.noErrors')} />
        </Flex>
      )}
    </Space>
  );
}
