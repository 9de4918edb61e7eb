import { SaveOutlined } from '@ant-design/icons';
import { sessionsToComplete } from '@jiuye/domain/assistance/training';
import { App, Button, Checkbox, Empty, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useSaveAttendance, type Enrolment, type ProgrammeDetail } from '../api';

type Sheet = Map<number, Set<string>>;

function sheetOf(enrolments: readonly Enrolment[], sessions: number): Sheet {
  const sheet: Sheet = new Map();
  for (let n = 1; n <= sessions; n++) sheet.set(n, new Set());
  for (const e of enrolments) for (const n of e.attended) sheet.get(n)?.add(e.graduateId);
  return sheet;
}

/**
 * 考勤: who attended each session. Ticks change only this screen until the session is saved; saving
 * replaces that session's attendance on the server. Desktop shows the grid, a phone one session at a time.
 */
export function AttendanceGrid({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useSaveAttendance(programme.id);
  // Withdrawn trainees keep their past attendance but take no more.
  const trainees = useMemo(
    () => programme.enrolments.filter((e) => e.status !== 'withdrawn'),
    [programme.enrolments],
  );
  const saved = useMemo(() => sheetOf(programme.enrolments, programme.sessions), [programme]);
  const [edits, setEdits] = useState<Sheet>(new Map());
  const [session, setSession] = useState(1);
  const [saving, setSaving] = useState<number | null>(null);
  const current = (n: number) => edits.get(n) ?? saved.get(n) ?? new Set<string>();
  const dirty = (n: number) => {
    const e = edits.get(n);
    const s = saved.get(n) ?? new Set();
    return !!e && (e.size !== s.size || [...e].some((id) => !s.has(id)));
  };
  const needed = sessionsToComplete(programme.sessions);

  const toggle = (n: number, id: string, on: boolean) => {
    const next = new Set(current(n));
    if (on) next.add(id);
    else next.delete(id);
    setEdits((m) => new Map(m).set(n, next));
  };

  const saveSession = (n: number) => {
    setSaving(n);
    save.mutate(
      { sessionNo: n, graduateIds: [...current(n)] },
      {
        onSuccess: () => {
          void message.success(t('training.attendanceSaved', { n }));
          setEdits((m) => {
            const next = new Map(m);
            next.delete(n);
            return next;
          });
        },
        onError: showError,
        onSettled: () => setSaving(null),
      },
    );
  };

  const attendedCount = (id: string) =>
    Array.from({ length: programme.sessions }, (_, i) => i + 1).filter((n) => current(n).has(id)).length;

  if (trainees.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noTrainees')} />;

  const countCell = (id: string) => {
    const n = attendedCount(id);
    return (
      <Typography.Text type={n >= needed ? 'success' : undefined} data-testid="attended-count">
        {n}/{programme.sessions}
      </Typography.Text>
    );
  };

  if (isPhone) {
    return (
      <Flex vertical gap={8} data-testid="attendance-phone">
        <Flex gap={8} align="center" wrap>
          <Select<number>
            value={session}
            onChange={setSession}
            aria-label={t('training.session')}
            options={Array.from({ length: programme.sessions }, (_, i) => ({
              value: i + 1,
              label: `${t('training.sessionN', { n: i + 1 })}${dirty(i + 1) ? ' •' : ''}`,
            }))}
            style={{ width: 140 }}
          />
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!dirty(session)}
            loading={saving === session}
            onClick={() => saveSession(session)}
          >
            {t('training.saveSession')}
          </Button>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('training.attendanceHint', { needed, sessions: programme.sessions })}
        </Typography.Text>
        {trainees.map((e) => (
          <Flex
            key={e.graduateId}
            justify="space-between"
            align="center"
            style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
          >
            <Checkbox
              checked={current(session).has(e.graduateId)}
              onChange={(ev) => toggle(session, e.graduateId, ev.target.checked)}
            >
              {e.name}
              <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                {e.studentNo}
              </Typography.Text>
            </Checkbox>
            {countCell(e.graduateId)}
          </Flex>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<Enrolment> = [
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      render: (name: string, e) => (
        <div>
          <Typography.Text strong>{name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.studentNo}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    ...Array.from({ length: programme.sessions }, (_, i) => {
      const n = i + 1;
      return {
        key: `s${n}`,
        width: 76,
        align: 'center' as const,
        title: (
          <Flex vertical align="center" gap={2}>
            <span>{t('training.sessionShort', { n })}</span>
            <Button
              size="small"
              type={dirty(n) ? 'primary' : 'text'}
              disabled={!dirty(n)}
              loading={saving === n}
              onClick={() => saveSession(n)}
              aria-label={t('training.saveSessionN', { n })}
              data-testid={`save-session-${n}`}
              icon={<SaveOutlined />}
            />
          </Flex>
        ),
        render: (_v: unknown, e: Enrolment) => (
          <Checkbox
            checked={current(n).has(e.graduateId)}
            onChange={(ev) => toggle(n, e.graduateId, ev.target.checked)}
            aria-label={t('training.attendedLabel', { name: e.name, n })}
          />
        ),
      };
    }),
    {
      title: t('training.attended'),
      key: 'count',
      width: 80,
      fixed: 'right',
      render: (_v, e) => countCell(e.graduateId),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('training.attendanceHint', { needed, sessions: programme.sessions })}
      </Typography.Text>
      <Table<Enrolment>
        rowKey="graduateId"
        size="small"
        bordered
        columns={columns}
        dataSource={trainees}
        pagination={false}
        scroll={{ x: 190 + programme.sessions * 76 }}
        data-testid="attendance-grid"
      />
    </Flex>
  );
}
