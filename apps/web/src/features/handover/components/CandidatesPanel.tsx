import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { PROVINCES } from '@jiuye/domain/reference/provinces';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Input,
  Pagination,
  Row,
  Segmented,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../lib/api';
import { ErrorAlert, issueField, useShowError } from '../../../lib/errors';
import { EMPTY, formatCount } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import { RegionName } from '../../destinations/components/RegionName';
import {
  HANDOVER_MAX,
  useCandidates,
  useHandOver,
  type Candidate,
  type CandidateSummary,
  type HandoverResult,
} from '../api';
import { RegionEditModal } from './RegionEditModal';

type ConsentFilter = 'all' | 'consented' | 'notConsented' | 'noAnswer' | 'handedOver';

const FILTERS: { key: ConsentFilter; summary: keyof CandidateSummary; label: MessageKey }[] = [
  { key: 'all', summary: 'unplaced', label: 'handover.summary.unplaced' },
  { key: 'consented', summary: 'consented', label: 'handover.summary.consented' },
  { key: 'notConsented', summary: 'notConsented', label: 'handover.summary.notConsented' },
  { key: 'noAnswer', summary: 'noAnswer', label: 'handover.summary.noAnswer' },
  { key: 'handedOver', summary: 'handedOver', label: 'handover.summary.handedOver' },
];

function matches(c: Candidate, filter: ConsentFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'consented':
      return c.consent === true;
    case 'notConsented':
      return c.consent === false;
    case 'noAnswer':
      return c.consent === null;
    case 'handedOver':
      return c.handedOver;
  }
}

/** Only a consenting graduate not handed over yet can be. */
const selectable = (c: Candidate) => c.consent === true && !c.handedOver;

function ConsentTag({ c }: { c: Candidate }) {
  const { t } = useI18n();
  if (c.handedOver) return <Tag color="success">{t('handover.consent.handedOver')}</Tag>;
  if (c.consent === true) return <Tag color="blue">{t('handover.consent.yes')}</Tag>;
  if (c.consent === false) return <Tag color="default">{t('handover.consent.no')}</Tag>;
  return <Tag color="gold">{t('handover.consent.none')}</Tag>;
}

const provinceOf = (code: string, lang: string) => {
  const p = PROVINCES.find((x) => x.code === code.slice(0, 2));
  return p ? (lang === 'en' ? p.nameEn : p.name) : code.slice(0, 2);
};

/** The result of a hand-over: how many went, and each refused graduate with the server's reason. */
function ResultAlert({
  result,
  byId,
  onClose,
}: {
  result: HandoverResult;
  byId: Map<string, Candidate>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Alert
      type={result.refused.length ? 'warning' : 'success'}
      showIcon
      closable={{ onClose }}
      title={t('handover.result', { n: result.handedOver, refused: result.refused.length })}
      description={
        result.refused.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="handover-refused">
            {result.refused.map((r) => {
              const c = byId.get(r.graduateId);
              return (
                <li key={r.graduateId} style={{ overflowWrap: 'anywhere' }}>
                  <Typography.Text strong>{c ? `${c.name}（${c.studentNo}）` : r.graduateId}</Typography.Text>
                  ：{r.message}
                </li>
              );
            })}
          </ul>
        )
      }
      style={{ marginBottom: 12 }}
      data-testid="handover-result"
    />
  );
}

/**
 * 待移交: every unplaced graduate of the cohort with their consent. Consenting ones are handed over to
 * the HR&SS office of their hukou region (生源地 unless corrected here), after a confirmation that
 * says how many go to which provinces.
 */
export function CandidatesPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const { data, isPending, error, refetch } = useCandidates(year);
  const handOver = useHandOver();
  const [filter, setFilter] = useState<ConsentFilter>('consented');
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [selected, setSelected] = useState<string[]>([]);
  const [regions, setRegions] = useState<Map<string, string>>(new Map());
  const [rowErrors, setRowErrors] = useState<Map<string, string>>(new Map());
  const [editing, setEditing] = useState<Candidate | null>(null);
  const [result, setResult] = useState<HandoverResult | null>(null);

  const all = useMemo(() => data?.items ?? [], [data]);
  const byId = useMemo(() => new Map(all.map((c) => [c.graduateId, c])), [all]);
  const needle = q.trim();
  // Those who can still be handed over come first; the rest keep the server's order below them.
  const shown = all
    .filter((c) => matches(c, filter) && (!needle || c.name.includes(needle) || c.studentNo.includes(needle)))
    .sort((a, b) => Number(selectable(b)) - Number(selectable(a)));
  const pageItems = shown.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);
  const regionOf = (c: Candidate) => regions.get(c.graduateId) ?? c.originRegionCode ?? '';

  const changeFilter = (next: ConsentFilter) => {
    setFilter(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const submit = () => {
    const chosen = selected.map((id) => byId.get(id)).filter((c): c is Candidate => !!c);
    const missing = chosen.filter((c) => !/^\d{6}$/.test(regionOf(c)));
    if (missing.length > 0) {
      setRowErrors(new Map(missing.map((c) => [c.graduateId, t('handover.regionMissing')])));
      modal.error({
        title: t('handover.regionMissingTitle', { n: missing.length }),
        content: missing.map((c) => c.name).join(t('common.listSeparator')),
        okText: t('common.close'),
      });
      return;
    }
    const counts = new Map<string, number>();
    for (const c of chosen) {
      const p = provinceOf(regionOf(c), lang);
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const items = chosen.map((c) => ({ graduateId: c.graduateId, regionCode: regionOf(c) }));
    modal.confirm({
      title: t('handover.confirmTitle', { n: chosen.length }),
      content: (
        <div data-testid="handover-confirm">
          <Typography.Paragraph>{t('handover.confirmText')}</Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {[...counts].map(([province, n]) => (
              <li key={province}>{t('handover.confirmProvince', { province, n })}</li>
            ))}
          </ul>
        </div>
      ),
      okText: t('handover.submit'),
      cancelText: t('common.cancel'),
      onOk: () =>
        handOver.mutateAsync({ graduationYear: year, items }).then(
          (res) => {
            setResult(res);
            setSelected([]);
            setRowErrors(new Map(res.refused.map((r) => [r.graduateId, r.message])));
          },
          (err: unknown) => {
            // An unknown region fails the whole request, naming the item (items.N.regionCode).
            if (err instanceof ApiError && err.issues.length > 0) {
              const errors = new Map<string, string>();
              for (const issue of err.issues) {
                const m = /^items\.(\d+)/.exec(issueField(issue.path));
                const item = m ? items[Number(m[1])] : undefined;
                if (item) errors.set(item.graduateId, issue.message);
              }
              setRowErrors(errors);
              if (errors.size > 0) {
                void message.error(t('handover.regionRefused', { n: errors.size }));
                return;
              }
            }
            showError(err);
          },
        ),
    });
  };

  const regionCell = (c: Candidate) => {
    if (c.handedOver && c.handedOverTo)
      return (
        <div style={{ minWidth: 0 }} data-testid="handed-over-to">
          {t('handover.handedOverTo')}
          <RegionName code={c.handedOverTo} />
        </div>
      );
    const code = regionOf(c);
    const changed = regions.has(c.graduateId);
    const rowError = rowErrors.get(c.graduateId);
    return (
      <div style={{ minWidth: 0 }}>
        <Flex gap={6} align="center" wrap>
          {code ? (
            changed ? (
              <RegionName code={code} />
            ) : (
              <span>{c.originRegionName ?? code}</span>
            )
          ) : (
            <Typography.Text type="warning">{t('handover.noRegion')}</Typography.Text>
          )}
          {code && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {code}
            </Typography.Text>
          )}
          {changed && <Tag style={{ marginInlineEnd: 0 }}>{t('handover.corrected')}</Tag>}
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(c)}
            aria-label={t('handover.editRegion', { name: c.name })}
            data-testid="edit-region"
            style={{ paddingInline: 0 }}
          />
        </Flex>
        {rowError && (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="row-error">
            {rowError}
          </Typography.Text>
        )}
      </div>
    );
  };

  const yesNo = (v: boolean | null) => (v === null ? EMPTY : t(v ? 'common.yes' : 'common.no'));
  const columns: TableColumnsType<Candidate> = [
    { title: t('graduate.studentNo'), dataIndex: 'studentNo', width: 130 },
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 100,
      render: (n: string) => <Typography.Text strong>{n}</Typography.Text>,
    },
    { title: t('graduate.college'), dataIndex: 'collegeName', width: 150, ellipsis: true },
    { title: t('handover.consent'), key: 'consent', width: 110, render: (_v, c) => <ConsentTag c={c} /> },
    { title: t('handover.wantsJob'), dataIndex: 'wantsJob', width: 90, render: yesNo },
    { title: t('handover.region'), key: 'region', render: (_v, c) => regionCell(c) },
  ];

  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.candidatesEmpty')} />;

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton active paragraph={{ rows: 8 }} />;

  return (
    <Flex vertical gap={12}>
      <Row gutter={[8, 8]} data-testid="handover-summary">
        {FILTERS.map((f) => (
          <Col key={f.key} xs={8} md={4}>
            <Card
              size="small"
              hoverable
              onClick={() => changeFilter(f.key)}
              style={{
                height: '100%',
                borderColor: filter === f.key ? '#1677ff' : undefined,
              }}
              data-testid={`summary-${f.key}`}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {t(f.label)}
              </Typography.Text>
              <div style={{ fontSize: isPhone ? 18 : 22, fontWeight: 600 }}>
                {formatCount(data.summary[f.summary])}
              </div>
            </Card>
          </Col>
        ))}
      </Row>
      {!data.left && (
        <Alert type="info" showIcon title={t('handover.notLeft', { year, date: data.leftOn })} />
      )}
      <Typography.Text type="secondary">{t('handover.candidatesIntro')}</Typography.Text>
      {result && <ResultAlert result={result} byId={byId} onClose={() => setResult(null)} />}
      <Flex gap={8} wrap align="center">
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          placeholder={t('subsidies.searchPlaceholder')}
          aria-label={t('subsidies.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 220 }}
        />
        {!isPhone && (
          <Segmented<ConsentFilter>
            value={filter}
            onChange={changeFilter}
            options={FILTERS.map((f) => ({ value: f.key, label: t(f.label) }))}
          />
        )}
      </Flex>
      {selected.length > 0 && (
        <Card size="small" data-testid="handover-bar">
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('subsidies.selected', { n: selected.length })}</Typography.Text>
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={handOver.isPending}
              onClick={submit}
              data-testid="handover-submit"
            >
              {t('handover.submitN', { n: selected.length })}
            </Button>
            <Button type="text" onClick={() => setSelected([])}>
              {t('subsidies.clearSelection')}
            </Button>
          </Flex>
        </Card>
      )}
      {isPhone ? (
        <>
          {shown.some(selectable) && (
            <Checkbox
              checked={shown.filter(selectable).every((c) => selected.includes(c.graduateId))}
              onChange={(e) =>
                setSelected(
                  e.target.checked
                    ? shown
                        .filter(selectable)
                        .map((c) => c.graduateId)
                        .slice(0, HANDOVER_MAX)
                    : [],
                )
              }
            >
              {t('handover.selectAll', { n: shown.filter(selectable).length })}
            </Checkbox>
          )}
          <Typography.Text type="secondary">{t('common.total', { total: shown.length })}</Typography.Text>
          <ul
            style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
            aria-label={t('handover.tab.candidates')}
            data-testid="candidate-cards"
          >
            {pageItems.map((c) => (
              <li key={c.graduateId} style={{ minWidth: 0 }}>
                <Card size="small">
                  <Flex gap={8} align="flex-start">
                    {selectable(c) && (
                      <Checkbox
                        checked={selected.includes(c.graduateId)}
                        onChange={(e) =>
                          setSelected((s) =>
                            e.target.checked ? [...s, c.graduateId] : s.filter((x) => x !== c.graduateId),
                          )
                        }
                        aria-label={t('handover.select', { name: c.name })}
                      />
                    )}
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Flex justify="space-between" gap={8}>
                        <Typography.Text strong>
                          {c.name}
                          <Typography.Text
                            type="secondary"
                            style={{ fontWeight: 'normal', marginInlineStart: 6 }}
                          >
                            {c.studentNo}
                          </Typography.Text>
                        </Typography.Text>
                        <ConsentTag c={c} />
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {c.collegeName} · {t('handover.wantsJob')}：{yesNo(c.wantsJob)}
                      </Typography.Text>
                      {regionCell(c)}
                    </div>
                  </Flex>
                </Card>
              </li>
            ))}
          </ul>
          {shown.length === 0 && empty}
          {shown.length > 0 && (
            <Pagination
              size="small"
              align="center"
              current={paging.page}
              pageSize={paging.pageSize}
              total={shown.length}
              pageSizeOptions={[...PAGE_SIZES]}
              showSizeChanger
              onChange={(page, pageSize) => setPaging({ page, pageSize })}
            />
          )}
        </>
      ) : (
        <Table<Candidate>
          rowKey="graduateId"
          size="middle"
          columns={columns}
          dataSource={shown}
          scroll={{ x: 900 }}
          locale={{ emptyText: empty }}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setSelected((keys as string[]).slice(0, HANDOVER_MAX)),
            getCheckboxProps: (c) => ({
              disabled: !selectable(c),
              'aria-label': t('handover.select', { name: c.name }),
            }),
          }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            showSizeChanger: true,
            pageSizeOptions: [...PAGE_SIZES],
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          data-testid="candidate-table"
        />
      )}
      <RegionEditModal
        key={editing?.graduateId ?? 'closed'}
        name={editing?.name ?? null}
        code={editing ? regionOf(editing) || undefined : undefined}
        onClose={() => setEditing(null)}
        onSave={(code) => {
          if (!editing) return;
          const next = new Map(regions);
          if (code === editing.originRegionCode) next.delete(editing.graduateId);
          else next.set(editing.graduateId, code);
          setRegions(next);
          setRowErrors((errors) => {
            const e = new Map(errors);
            e.delete(editing.graduateId);
            return e;
          });
          setEditing(null);
        }}
      />
    </Flex>
  );
}
