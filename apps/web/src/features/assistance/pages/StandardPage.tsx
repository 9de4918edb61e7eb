import { STANDARD_MAX, STANDARD_REQUIREMENTS, type ServiceStandard } from '@jiuye/domain/assistance/services';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  InputNumber,
  Segmented,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useFormErrorHandler } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import {
  useGaps,
  useSaveStandard,
  useStandard,
  type GapGroup,
  type GapGroupBy,
  type StandardView,
} from '../api';
import { requirementName } from '../labels';
import { cohortOptions, toTargetParams } from '../params';

const FIELDS = STANDARD_REQUIREMENTS.map((r) => r.key);
// The gaps view's group of targets whose plan names no counsellor (or who have no plan).
const NO_COUNSELLOR = 'none';

/** The standard: read by everyone with the case work, set by the career centre for its university. */
function StandardCard({ view, editable }: { view: StandardView; editable: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceStandard>();
  const save = useSaveStandard();
  const onError = useFormErrorHandler(form, FIELDS);
  return (
    <Card
      size="small"
      title={t('assistance.standard.title')}
      data-testid="standard-card"
      extra={
        <Tag color={view.isDefault ? 'default' : 'blue'}>
          {t(view.isDefault ? 'assistance.standard.default' : 'assistance.standard.own')}
        </Tag>
      }
    >
      <Typography.Paragraph type="secondary">
        {t(editable ? 'assistance.standard.introEdit' : 'assistance.standard.intro')}
      </Typography.Paragraph>
      <Form<ServiceStandard>
        // Named so its field ids (note, …) do not clash with another form on the page.
        name="standard"
        form={form}
        layout="vertical"
        initialValues={view.standard}
        disabled={!editable}
        onFinish={(values) =>
          save.mutate(values, {
            onSuccess: () => void message.success(t('assistance.standard.saved')),
            onError,
          })
        }
      >
        <Flex gap={16} wrap>
          {STANDARD_REQUIREMENTS.map((r) => (
            <Form.Item
              key={r.key}
              name={r.key}
              label={requirementName(r.key, lang)}
              rules={[{ required: true, message: t('assistance.standard.required', { max: STANDARD_MAX }) }]}
              style={{ width: 160 }}
            >
              <InputNumber
                min={0}
                max={STANDARD_MAX}
                precision={0}
                suffix={t('assistance.standard.times')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          ))}
        </Flex>
        <Flex gap={12} align="center" wrap>
          {editable && (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-standard">
              {t('common.save')}
            </Button>
          )}
          {view.updatedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assistance.standard.updatedAt', { at: formatDateTime(view.updatedAt) })}
            </Typography.Text>
          )}
        </Flex>
      </Form>
    </Card>
  );
}

/** Share of the group meeting the standard, as shown: "12 / 40（30%）". */
function Meeting({ group }: { group: GapGroup }) {
  const share =
    group.unplacedTargets === 0 ? 100 : Math.round((group.meetingStandard / group.unplacedTargets) * 100);
  return (
    <Typography.Text type={share < 100 ? 'warning' : 'success'}>
      {formatCount(group.meetingStandard)} / {formatCount(group.unplacedTargets)}（{share}%）
    </Typography.Text>
  );
}

/**
 * Who is missing what under the standard: unplaced targets per college or counsellor, how many
 * meet it, and how many lack each requirement; a college leads to the target list filtered to it.
 */
function GapsCard() {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const me = useCurrentUser();
  // Until a cohort is picked the server chooses (the most recent leavers) and says which.
  const [year, setYear] = useState<number | undefined>();
  const [groupBy, setGroupBy] = useState<GapGroupBy>(me.scope.kind === 'college' ? 'counsellor' : 'college');
  const { data, isFetching, error, refetch } = useGaps(year, groupBy);
  const groups = data?.groups ?? [];
  const shownYear = year ?? data?.graduationYear;

  const listLink = (group: GapGroup) =>
    `/assistance/targets?${toTargetParams({
      graduationYear: shownYear,
      collegeId: groupBy === 'college' ? group.key : undefined,
      counsellorId: groupBy === 'counsellor' ? group.key : undefined,
      placed: false,
      sort: 'gaps',
      page: 1,
      pageSize: 20,
    }).toString()}`;
  // Graduates whose plan names no counsellor (key 'none') cannot be filtered for; they are named only.
  const nameCell = (group: GapGroup) =>
    groupBy === 'counsellor' && group.key === NO_COUNSELLOR ? (
      <Typography.Text>{t('assistance.gapsView.noCounsellor')}</Typography.Text>
    ) : (
      <Link to={listLink(group)} aria-label={t('assistance.gapsView.open', { name: group.name })}>
        {group.name}
      </Link>
    );

  const columns: TableColumnsType<GapGroup> = [
    {
      title: t(groupBy === 'college' ? 'assistance.gapsView.college' : 'assistance.gapsView.counsellor'),
      key: 'name',
      width: 180,
      render: (_v, g) => nameCell(g),
    },
    {
      title: t('assistance.gapsView.unplaced'),
      dataIndex: 'unplacedTargets',
      width: 110,
      align: 'right',
      render: formatCount,
    },
    {
      title: t('assistance.gapsView.meeting'),
      key: 'meeting',
      width: 150,
      render: (_v, g) => <Meeting group={g} />,
    },
    ...STANDARD_REQUIREMENTS.map((r) => ({
      title: t('assistance.gapsView.missingColumn', { name: requirementName(r.key, lang) }),
      key: r.key,
      width: 120,
      align: 'right' as const,
      render: (_v: unknown, g: GapGroup) => {
        const n = g.missing[r.key] ?? 0;
        return n > 0 ? (
          <Typography.Text type="danger">{formatCount(n)}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        );
      },
    })),
  ];

  return (
    <Card size="small" title={t('assistance.gapsView.title')} data-testid="gaps-card">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<number>
          value={shownYear}
          placeholder={t('assistance.list.cohort')}
          aria-label={t('assistance.list.cohort')}
          options={cohortOptions()}
          onChange={setYear}
          style={{ width: 120 }}
        />
        <Segmented<GapGroupBy>
          value={groupBy}
          onChange={setGroupBy}
          options={[
            { value: 'college', label: t('assistance.gapsView.byCollege') },
            { value: 'counsellor', label: t('assistance.gapsView.byCounsellor') },
          ]}
        />
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('assistance.gapsView.hint')}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPhone ? (
        groups.length === 0 ? (
          !isFetching && <Empty description={t('assistance.gapsView.empty')} />
        ) : (
          <ul
            style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
            data-testid="gap-cards"
          >
            {groups.map((g) => (
              <li key={g.key}>
                <Card size="small">
                  <Flex vertical gap={4}>
                    <Flex justify="space-between" gap={8}>
                      {nameCell(g)}
                      <Meeting group={g} />
                    </Flex>
                    <Flex gap={4} wrap>
                      {STANDARD_REQUIREMENTS.filter((r) => (g.missing[r.key] ?? 0) > 0).map((r) => (
                        <Tag key={r.key} color="error" style={{ marginInlineEnd: 0 }}>
                          {t('assistance.gapsView.missingTag', {
                            name: requirementName(r.key, lang),
                            n: g.missing[r.key] ?? 0,
                          })}
                        </Tag>
                      ))}
                    </Flex>
                  </Flex>
                </Card>
              </li>
            ))}
          </ul>
        )
      ) : (
        <Table<GapGroup>
          rowKey={(g) => g.key || '-'}
          size="middle"
          columns={columns}
          dataSource={groups}
          loading={isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description={t('assistance.gapsView.empty')} /> }}
          data-testid="gaps-table"
        />
      )}
    </Card>
  );
}

/**
 * 服务标准: the standard every unplaced target should receive (the career centre sets its
 * university's own), and the gaps against it by college or counsellor.
 */
export function StandardPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { data, isPending, error, refetch } = useStandard();
  return (
    <>
      <PageHeader title={t('nav.assistanceStandard')} />
      <Flex vertical gap={16}>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {isPending && <Skeleton active paragraph={{ rows: 4 }} />}
        {data && (
          <StandardCard
            key={data.updatedAt ?? 'default'}
            view={data}
            editable={me.role === 'career_centre'}
          />
        )}
        <GapsCard />
      </Flex>
    </>
  );
}
