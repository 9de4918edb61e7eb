import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { can } from '@jiuye/domain/permissions';
import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import { PROVINCES } from '@jiuye/domain/reference/provinces';
import {
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { positiveInt } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useSubsidyRules, type SubsidyRule } from '../api';
import { cohortOptions } from '../components/cohorts';
import { RuleFormModal } from '../components/RuleFormModal';
import { categoryName, formatYuan, provinceName } from '../labels';

const ruleKey = (r: SubsidyRule) => `${r.provinceCode}-${r.graduationYear}`;

/** Whether today (China time) is inside a rule's window. */
function windowState(r: SubsidyRule): 'open' | 'upcoming' | 'closed' {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  if (today < r.opensOn) return 'upcoming';
  return today > r.closesOn ? 'closed' : 'open';
}

function WindowTag({ rule }: { rule: SubsidyRule }) {
  const { t } = useI18n();
  const state = windowState(rule);
  const color = state === 'open' ? 'success' : state === 'upcoming' ? 'blue' : 'default';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {t(`subsidyRules.window.${state}`)}
    </Tag>
  );
}

/**
 * 补贴政策: each province's rule per cohort (who is eligible, how much, when, what proof). Anyone
 * reviewing applications reads them; the HR&SS office sets its province's, the admin any province's.
 */
export function SubsidyRulesPage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const configures = can(me.role, 'subsidies.configure');
  // An HR&SS office works on its own province; the admin and university staff may look at any.
  const ownProvince = me.role === 'hrss_official' ? (me.scope.provinceCode ?? undefined) : undefined;
  const province = ownProvince ?? params.get('province') ?? me.scope.provinceCode ?? undefined;
  const year = positiveInt(params.get('year'));
  const { data, isPending, error, refetch } = useSubsidyRules(province);
  const [editing, setEditing] = useState<SubsidyRule | 'new' | null>(null);

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const rules = (data ?? [])
    .filter((r) => !year || r.graduationYear === year)
    .sort((a, b) => b.graduationYear - a.graduationYear || a.provinceCode.localeCompare(b.provinceCode));
  const mayEdit = (r: SubsidyRule) => configures && (me.role === 'admin' || r.provinceCode === ownProvince);

  const categories = (r: SubsidyRule) => (
    <Flex gap={4} wrap>
      {r.categories.length === ASSISTANCE_CATEGORIES.length ? (
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {t('subsidyRules.allCategories', { n: r.categories.length })}
        </Tag>
      ) : (
        r.categories.map((c) => (
          <Tag key={c} style={{ marginInlineEnd: 0 }}>
            {categoryName(c, lang)}
          </Tag>
        ))
      )}
    </Flex>
  );
  const editButton = (r: SubsidyRule) =>
    mayEdit(r) && (
      <Button
        size="small"
        type="link"
        icon={<EditOutlined />}
        onClick={() => setEditing(r)}
        aria-label={t('subsidyRules.editLabel', {
          province: provinceName(r.provinceCode, lang),
          year: r.graduationYear,
        })}
        data-testid="edit-rule"
      >
        {t('subsidyRules.edit')}
      </Button>
    );

  const columns: TableColumnsType<SubsidyRule> = [
    {
      title: t('subsidyRules.province'),
      dataIndex: 'provinceCode',
      width: 120,
      render: (code: string) => provinceName(code, lang),
    },
    {
      title: t('subsidyRules.cohort'),
      dataIndex: 'graduationYear',
      width: 90,
      render: (y: number) => t('subsidies.cohortLabel', { year: y }),
    },
    { title: t('subsidyRules.categories'), key: 'categories', width: 220, render: (_v, r) => categories(r) },
    {
      title: t('subsidyRules.amount'),
      dataIndex: 'amountFen',
      width: 110,
      align: 'right',
      render: (fen: number) => <Typography.Text strong>{formatYuan(fen, lang)}</Typography.Text>,
    },
    {
      title: t('subsidyRules.window'),
      key: 'window',
      width: 200,
      render: (_v, r) => (
        <Space size={4} wrap>
          <span>
            {r.opensOn} ~ {r.closesOn}
          </span>
          <WindowTag rule={r} />
        </Space>
      ),
    },
    {
      title: t('subsidyRules.evidence'),
      dataIndex: 'evidence',
      width: 170,
      render: (names: string[]) => (names.length ? names.join(t('common.listSeparator')) : EMPTY),
    },
    { title: t('graduate.updatedAt'), dataIndex: 'updatedAt', width: 140, render: formatDateTime },
    ...(configures
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right' as const,
            render: (_v: unknown, r: SubsidyRule) => editButton(r),
          },
        ]
      : []),
  ];

  const empty = <Empty description={t('subsidyRules.empty')} />;

  return (
    <>
      <PageHeader
        title={t('nav.subsidyRules')}
        extra={
          configures && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="new-rule"
            >
              {t('subsidyRules.create')}
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary">{t('subsidyRules.intro')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        {!ownProvince && (
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={province}
            placeholder={t('subsidyRules.allProvinces')}
            aria-label={t('subsidyRules.province')}
            options={PROVINCES.map((p) => ({ value: p.code, label: lang === 'en' ? p.nameEn : p.name }))}
            onChange={(v) => set('province', v)}
            style={{ width: isPhone ? 'calc(50% - 4px)' : 180 }}
          />
        )}
        <Select<number>
          allowClear
          value={year}
          placeholder={t('subsidyRules.allCohorts')}
          aria-label={t('subsidyRules.cohort')}
          options={cohortOptions(t)}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          style={{ width: isPhone ? 'calc(50% - 4px)' : 140 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPhone ? (
        <Flex vertical gap={8} data-testid="rule-cards">
          {!isPending && rules.length === 0 && empty}
          {rules.map((r) => (
            <Card
              key={ruleKey(r)}
              size="small"
              title={`${provinceName(r.provinceCode, lang)} · ${t('subsidies.cohortLabel', { year: r.graduationYear })}`}
              extra={editButton(r)}
            >
              <Flex vertical gap={6}>
                <Typography.Text strong style={{ fontSize: 18 }}>
                  {formatYuan(r.amountFen, lang)}
                </Typography.Text>
                {categories(r)}
                <Space size={4} wrap>
                  <Typography.Text type="secondary">
                    {r.opensOn} ~ {r.closesOn}
                  </Typography.Text>
                  <WindowTag rule={r} />
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {t('subsidyRules.evidenceValue', {
                    names: r.evidence.length ? r.evidence.join(t('common.listSeparator')) : EMPTY,
                  })}
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<SubsidyRule>
          rowKey={ruleKey}
          size="middle"
          columns={columns}
          dataSource={rules}
          loading={isPending}
          scroll={{ x: 1140 }}
          locale={{ emptyText: empty }}
          pagination={false}
          data-testid="rule-table"
        />
      )}
      <RuleFormModal
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : ruleKey(editing)}
        open={editing !== null}
        rule={editing === 'new' ? null : editing}
        provinceCode={me.role === 'admin' ? undefined : ownProvince}
        existing={data ?? []}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
