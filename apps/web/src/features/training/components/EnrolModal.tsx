import { can } from '@jiuye/domain/permissions';
import {
  Alert,
  Flex,
  Input,
  Modal,
  Select,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useHandovers, type HandoverItem } from '../../handover/api';
import { useRoster, type Graduate } from '../../roster/api';
import { cohortOptions } from '../../subsidies/components/cohorts';
import { ENROL_MAX, useEnrol, type EnrolResult, type ProgrammeDetail } from '../api';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const PAGE_SIZE = 10;

type Picked = Map<string, string>;

/**
 * One page of graduates to tick, the ticks kept across pages as id → name (both pickers page the
 * same way); those already enrolled cannot be ticked again.
 */
function PickerTable<T extends { name: string }>({
  idOf,
  items,
  total,
  loading,
  page,
  onPage,
  columns,
  picked,
  enrolled,
  onChange,
  testId,
}: {
  idOf: (item: T) => string;
  items: readonly T[];
  total: number;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
  columns: TableColumnsType<T>;
  picked: Picked;
  enrolled: Set<string>;
  onChange: (picked: Picked) => void;
  testId: string;
}) {
  const pick = (rows: readonly T[], on: boolean) => {
    const next = new Map(picked);
    for (const g of rows)
      if (on) next.set(idOf(g), g.name);
      else next.delete(idOf(g));
    onChange(next);
  };
  return (
    <Table<T>
      rowKey={idOf}
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 480 }}
      columns={columns}
      rowSelection={{
        selectedRowKeys: [...picked.keys()],
        preserveSelectedRowKeys: true,
        onSelect: (g, on) => pick([g], on),
        onSelectAll: (on, _rows, changed) => pick(changed, on),
        getCheckboxProps: (g) => ({ disabled: enrolled.has(idOf(g)), 'aria-label': g.name }),
      }}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total,
        size: 'small',
        showSizeChanger: false,
        onChange: onPage,
      }}
      data-testid={testId}
    />
  );
}

/** The roster of the career centre's university (or an official's province), targets first. */
function RosterPicker({
  picked,
  enrolled,
  onChange,
}: {
  picked: Picked;
  enrolled: Set<string>;
  onChange: (picked: Picked) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState<string>();
  const [targets, setTargets] = useState(true);
  const [year, setYear] = useState<number>();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useRoster({
    q,
    graduationYear: year,
    assistance: targets ? 'yes' : undefined,
    page,
    pageSize: PAGE_SIZE,
    sort: 'studentNo',
  });
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Input.Search
          allowClear
          placeholder={t('subsidies.searchPlaceholder')}
          aria-label={t('subsidies.searchPlaceholder')}
          onSearch={(v) => {
            setQ(v.trim() || undefined);
            setPage(1);
          }}
          style={{ width: 200 }}
        />
        <Select<number>
          allowClear
          value={year}
          placeholder={t('subsidies.cohort')}
          aria-label={t('subsidies.cohort')}
          options={cohortOptions(t)}
          onChange={(v) => {
            setYear(v);
            setPage(1);
          }}
          style={{ width: 120 }}
        />
        <Flex gap={6} align="center">
          <Switch
            size="small"
            checked={targets}
            onChange={(v) => {
              setTargets(v);
              setPage(1);
            }}
            aria-label={t('training.targetsOnly')}
          />
          <Typography.Text>{t('training.targetsOnly')}</Typography.Text>
        </Flex>
      </Flex>
      <PickerTable<Graduate>
        idOf={(g) => g.id}
        items={data?.items ?? []}
        total={data?.total ?? 0}
        loading={isFetching}
        page={page}
        onPage={setPage}
        columns={[
          { title: t('graduate.studentNo'), dataIndex: 'studentNo', width: 120 },
          { title: t('graduate.name'), dataIndex: 'name', width: 90 },
          { title: t('graduate.college'), dataIndex: 'collegeName', ellipsis: true },
          { title: t('subsidies.cohort'), dataIndex: 'graduationYear', width: 70 },
        ]}
        picked={picked}
        enrolled={enrolled}
        onChange={onChange}
        testId="enrol-roster"
      />
    </Flex>
  );
}

/** The leavers handed over to the HR&SS office's province. */
function HandoverPicker({
  picked,
  enrolled,
  onChange,
}: {
  picked: Picked;
  enrolled: Set<string>;
  onChange: (picked: Picked) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useHandovers({ q, status: 'open', page, pageSize: PAGE_SIZE });
  return (
    <Flex vertical gap={8}>
      <Input.Search
        allowClear
        placeholder={t('handover.searchPlaceholder')}
        aria-label={t('handover.searchPlaceholder')}
        onSearch={(v) => {
          setQ(v.trim() || undefined);
          setPage(1);
        }}
        style={{ width: 220 }}
      />
      <PickerTable<HandoverItem>
        idOf={(g) => g.graduateId}
        items={data?.items ?? []}
        total={data?.total ?? 0}
        loading={isFetching}
        page={page}
        onPage={setPage}
        columns={[
          { title: t('graduate.name'), dataIndex: 'name', width: 90 },
          { title: t('graduate.university'), dataIndex: 'universityName', ellipsis: true },
          { title: t('handover.region'), dataIndex: 'regionName', ellipsis: true },
        ]}
        picked={picked}
        enrolled={enrolled}
        onChange={onChange}
        testId="enrol-handover"
      />
    </Flex>
  );
}

/**
 * 报名学员: graduates picked from the roster (career centre, education official) or the hand-over
 * list (HR&SS office), or pasted as ids; the server enrols each or says why not (full, closed …).
 */
export function EnrolModal({
  programme,
  open,
  onClose,
}: {
  programme: ProgrammeDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const showError = useShowError();
  const enrol = useEnrol(programme.id);
  const [picked, setPicked] = useState<Picked>(new Map());
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<EnrolResult | null>(null);
  const enrolled = new Set(
    programme.enrolments.filter((e) => e.status !== 'withdrawn').map((e) => e.graduateId),
  );
  const pastedIds = [...new Set((pasted.match(UUID) ?? []).map((id) => id.toLowerCase()))];
  const ids = [...new Set([...picked.keys(), ...pastedIds])];
  const names = new Map([...picked, ...programme.enrolments.map((e) => [e.graduateId, e.name] as const)]);
  const room = Math.max(0, programme.capacity - enrolled.size);

  const close = () => {
    setPicked(new Map());
    setPasted('');
    setResult(null);
    enrol.reset();
    onClose();
  };

  const tabs = [
    ...(can(me.role, 'roster.read')
      ? [
          {
            key: 'roster',
            label: t('training.fromRoster'),
            children: <RosterPicker picked={picked} enrolled={enrolled} onChange={setPicked} />,
          },
        ]
      : []),
    ...(can(me.role, 'handover.follow_up')
      ? [
          {
            key: 'handover',
            label: t('training.fromHandover'),
            children: <HandoverPicker picked={picked} enrolled={enrolled} onChange={setPicked} />,
          },
        ]
      : []),
    {
      key: 'ids',
      label: t('training.fromIds'),
      children: (
        <Flex vertical gap={4}>
          <Input.TextArea
            rows={5}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder={t('training.idsPlaceholder')}
            aria-label={t('training.fromIds')}
            data-testid="enrol-ids"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('training.idsFound', { n: pastedIds.length })}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <Modal
      open={open}
      title={t('training.enrolTitle', { name: programme.name })}
      okText={result ? t('common.close') : t('training.enrolN', { n: ids.length })}
      cancelText={t('common.cancel')}
      okButtonProps={{
        disabled: !result && (ids.length === 0 || ids.length > ENROL_MAX),
        loading: enrol.isPending,
      }}
      cancelButtonProps={{ style: result ? { display: 'none' } : undefined }}
      onOk={() =>
        result
          ? close()
          : enrol.mutate(ids, {
              onSuccess: (r) => {
                setResult(r);
                setPicked(new Map());
                setPasted('');
              },
              onError: showError,
            })
      }
      onCancel={close}
      width={isPhone ? undefined : 720}
      destroyOnHidden
      data-testid="enrol-modal"
    >
      {result ? (
        <Alert
          type={result.refused.length ? 'warning' : 'success'}
          showIcon
          title={t('training.enrolResult', { n: result.enrolled, refused: result.refused.length })}
          description={
            result.refused.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="enrol-refused">
                {result.refused.map((r) => (
                  <li key={r.graduateId} style={{ overflowWrap: 'anywhere' }}>
                    <Typography.Text strong>{names.get(r.graduateId) ?? r.graduateId}</Typography.Text>：
                    {r.message}
                  </li>
                ))}
              </ul>
            )
          }
          data-testid="enrol-result"
        />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            {t('training.room', { room, capacity: programme.capacity })}
          </Typography.Text>
          {picked.size > 0 && (
            <Flex gap={4} wrap data-testid="enrol-picked">
              {[...picked].map(([id, name]) => (
                <Tag
                  key={id}
                  closable
                  onClose={() => {
                    const next = new Map(picked);
                    next.delete(id);
                    setPicked(next);
                  }}
                  style={{ marginInlineEnd: 0 }}
                >
                  {name}
                </Tag>
              ))}
            </Flex>
          )}
          <Tabs items={tabs} />
        </Flex>
      )}
    </Modal>
  );
}
