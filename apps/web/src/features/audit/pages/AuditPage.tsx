import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatCount, formatDateTime } from '../../../lib/format';
import { serverPagination } from '../../../lib/paging';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useAuditLog, useVerifyAudit, type AuditEntry, type AuditQuery } from '../api';

// Detail is free-form JSON; shown as text so nothing in it is ever interpreted as markup.
function detailText(detail: unknown): string {
  if (detail === null || detail === undefined || detail === '') return EMPTY;
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

function VerifyResult({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const t = useT();
  if (verify.error) return <ErrorAlert error={verify.error} />;
  const result = verify.data;
  if (!result) return null;
  return result.ok ? (
    <Alert type="success" showIcon title={t('audit.verifyOk', { n: formatCount(result.checked) })} />
  ) : (
    <Alert
      type="error"
      showIcon
      title={t('audit.verifyBrokenTitle')}
      description={t('audit.verifyBroken', {
        id: result.firstBroken?.id ?? EMPTY,
        reason: result.firstBroken?.reason ?? EMPTY,
        n: formatCount(result.checked),
      })}
    />
  );
}

export function AuditPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  // The server filters by actor id; the name is kept only to label the active filter.
  const [actorName, setActorName] = useState('');
  const { data, isFetching, error, refetch } = useAuditLog(query);
  const verify = useVerifyAudit();

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: formatDateTime },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 140,
      render: (_v, entry) => {
        const name = entry.actorName ?? entry.actorId ?? EMPTY;
        if (!entry.actorId || entry.actorId === query.actor) return name;
        const actor = entry.actorId;
        return (
          <Typography.Link
            title={t('audit.filterByActor')}
            onClick={() => {
              setActorName(name);
              setQuery({ ...query, actor, page: 1 });
            }}
          >
            {name}
          </Typography.Link>
        );
      },
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 180,
      render: (action: string) => <code>{action}</code>,
    },
    {
      title: t('audit.target'),
      key: 'target',
      width: 220,
      ellipsis: true,
      render: (_v, entry) => [entry.targetType, entry.targetId].filter(Boolean).join(' · ') || EMPTY,
    },
    {
      title: t('audit.detail'),
      dataIndex: 'detail',
      render: (detail: unknown) => (
        <Typography.Text ellipsis={{ tooltip: detailText(detail) }} style={{ maxWidth: 360 }}>
          {detailText(detail)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {t('audit.verify')}
          </Button>
        }
      />
      <div style={{ marginBottom: 16 }}>
        <VerifyResult verify={verify} />
      </div>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          placeholder={t('audit.actionFilter')}
          aria-label={t('audit.actionFilter')}
          onSearch={(value) => setQuery({ ...query, action: value.trim() || undefined, page: 1 })}
          style={{ width: isPhone ? '100%' : 220 }}
        />
        {query.actor ? (
          <Tag
            closable
            onClose={() => setQuery({ ...query, actor: undefined, page: 1 })}
            style={{ alignSelf: 'center' }}
          >
            {t('audit.actorFiltered', { name: actorName })}
          </Tag>
        ) : (
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('audit.actorHint')}
          </Typography.Text>
        )}
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1040 }}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        pagination={serverPagination(query, data?.total ?? 0, (total) =>
          t('common.total', { total: formatCount(total) }),
        )}
        onChange={(pagination) =>
          setQuery({
            ...query,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? query.pageSize,
          })
        }
      />
    </>
  );
}
