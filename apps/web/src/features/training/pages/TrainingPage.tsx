import { PlusOutlined } from '@ant-design/icons';
import { PROGRAMME_KINDS, type ProgrammeKind } from '@jiuye/domain/assistance/training';
import { Button, Card, Empty, Flex, Progress, Select, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PagedTableOrCards } from '../../../components/PagedTableOrCards';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { readPaging, writePaging } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import { useProgrammes, type Programme, type ProgrammeQuery, type ProgrammeStatus } from '../api';
import { ProgrammeFormModal } from '../components/ProgrammeFormModal';
import { kindName, ProgrammeStatusTag } from '../labels';

function readQuery(params: URLSearchParams): ProgrammeQuery {
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    ...readPaging(params),
    status: status === 'open' || status === 'closed' ? status : undefined,
    kind: PROGRAMME_KINDS.some((k) => k.key === kind) ? (kind as ProgrammeKind) : undefined,
  };
}

function toParams(query: ProgrammeQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.status) p.set('status', query.status);
  if (query.kind) p.set('kind', query.kind);
  writePaging(p, query);
  return p;
}

/** Enrolled against capacity, as a bar. */
function Fill({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text style={{ fontSize: 12 }}>
        {t('training.enrolledOf', { n: programme.enrolled, capacity: programme.capacity })}
      </Typography.Text>
      <Progress
        percent={Math.round((programme.enrolled / Math.max(1, programme.capacity)) * 100)}
        showInfo={false}
        size="small"
      />
    </div>
  );
}

/**
 * 培训项目: the programmes in scope (a career centre's university, an official's province) with
 * their enrolment and completions; a new one opens on its own page.
 */
export function TrainingPage() {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const { data, isFetching, error, refetch } = useProgrammes(query);
  const [creating, setCreating] = useState(false);
  const update = (patch: Partial<ProgrammeQuery>) => setParams(toParams({ ...query, ...patch }));
  const path = (p: Programme) => `/training/${p.id}`;
  const width = isPhone ? 'calc(50% - 4px)' : 180;

  const columns: TableColumnsType<Programme> = [
    {
      title: t('training.field.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Link to={path(p)} data-testid="programme-link">
          {name}
        </Link>
      ),
    },
    {
      title: t('training.field.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (k: string) => kindName(k, lang),
    },
    { title: t('training.field.organiser'), dataIndex: 'organiser', width: 180, ellipsis: true },
    {
      title: t('training.field.dates'),
      key: 'dates',
      width: 200,
      render: (_v, p) => `${p.startsOn} ~ ${p.endsOn}`,
    },
    { title: t('training.field.sessions'), dataIndex: 'sessions', width: 70 },
    { title: t('training.enrolment'), key: 'fill', width: 140, render: (_v, p) => <Fill programme={p} /> },
    { title: t('training.completedCount'), dataIndex: 'completed', width: 80 },
    {
      title: t('training.field.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: ProgrammeStatus) => <ProgrammeStatusTag status={s} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.training')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-programme"
          >
            {t('training.create')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('training.intro')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select<ProgrammeStatus | 'all'>
          value={query.status ?? 'all'}
          aria-label={t('training.field.status')}
          options={[
            { value: 'all', label: t('training.status.all') },
            { value: 'open', label: t('training.status.open') },
            { value: 'closed', label: t('training.status.closed') },
          ]}
          onChange={(s) => update({ status: s === 'all' ? undefined : s, page: 1 })}
          style={{ width }}
        />
        <Select<ProgrammeKind | 'all'>
          value={query.kind ?? 'all'}
          aria-label={t('training.field.kind')}
          options={[
            { value: 'all', label: t('training.kind.all') },
            ...PROGRAMME_KINDS.map((k) => ({ value: k.key, label: kindName(k.key, lang) })),
          ]}
          onChange={(k) => update({ kind: k === 'all' ? undefined : k, page: 1 })}
          style={{ width: isPhone ? width : 200 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedTableOrCards<Programme>
        items={data?.items ?? []}
        total={data?.total ?? 0}
        loading={isFetching}
        paging={query}
        onPage={(p) => update(p)}
        totalText={(total) => t('common.total', { total })}
        empty={<Empty description={t('training.empty')} />}
        label={t('nav.training')}
        testIds={{ cards: 'programme-cards', table: 'programme-table' }}
        columns={columns}
        scrollX={1100}
        detailPath={path}
        renderCard={(p) => (
          <Card size="small">
            <Flex justify="space-between" gap={8} align="flex-start">
              <Link to={path(p)} style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {p.name}
              </Link>
              <ProgrammeStatusTag status={p.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {kindName(p.kind, lang)} · {p.organiser}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {p.startsOn} ~ {p.endsOn} · {t('training.sessionsValue', { n: p.sessions })} ·{' '}
              {t('training.completedValue', { n: p.completed })}
            </Typography.Text>
            <Fill programme={p} />
          </Card>
        )}
      />
      <ProgrammeFormModal open={creating} programme={null} onClose={() => setCreating(false)} />
    </>
  );
}
