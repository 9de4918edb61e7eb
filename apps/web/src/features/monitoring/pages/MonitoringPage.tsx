import { Button, Col, Empty, Flex, Row, Select, Skeleton, Spin, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useOverview, type Cohort, type Overview } from '../api';
import { BreakdownTable } from '../components/BreakdownTable';
import { HeadlineFigures } from '../components/HeadlineFigures';
import { ProvinceTileMap } from '../components/ProvinceTileMap';
import { ScopeBreadcrumb } from '../components/ScopeBreadcrumb';
import { TrackingPanel } from '../components/TrackingPanel';
import { TrendChart } from '../components/TrendChart';
import { UnplacedList } from '../components/UnplacedList';
import { readMonitoringView, toMonitoringParams, type MonitoringTab, type MonitoringView } from '../params';

/** The cohorts the scope has figures for, newest first (the one shown stays listed even without). */
function CohortSelect({ overview, onChange }: { overview: Overview; onChange: (year: number) => void }) {
  const { t } = useI18n();
  const years = overview.cohorts.includes(overview.year)
    ? overview.cohorts
    : [overview.year, ...overview.cohorts];
  return (
    <Select<number>
      value={overview.year}
      onChange={onChange}
      options={years.map((year) => ({ value: year, label: t('monitoring.cohortLabel', { year }) }))}
      aria-label={t('monitoring.cohort')}
      style={{ minWidth: 120 }}
      data-testid="cohort-select"
    />
  );
}

/** Figures, trend, the province map (national scope) and the breakdown of the scope shown. */
function OverviewTab({
  overview,
  cohort,
  view,
  onDimension,
  onDrill,
}: {
  overview: Overview;
  cohort: Cohort;
  view: MonitoringView;
  onDimension: (dimension: MonitoringView['dimension']) => void;
  onDrill: (scope: string) => void;
}) {
  const national = overview.scope === 'N';
  const dimension =
    view.dimension && overview.dimensions.includes(view.dimension) ? view.dimension : overview.dimensions[0]!;
  return (
    <Flex vertical gap={16}>
      <HeadlineFigures overview={overview} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={national ? 14 : 24}>
          <TrendChart cohort={cohort} />
        </Col>
        {national && (
          <Col xs={24} xl={10}>
            <ProvinceTileMap cohort={cohort} onDrill={onDrill} />
          </Col>
        )}
      </Row>
      <BreakdownTable
        cohort={cohort}
        dimensions={overview.dimensions}
        dimension={dimension}
        onDimension={onDimension}
        onDrill={onDrill}
      />
    </Flex>
  );
}

/**
 * 就业监测: 去向落实率 of a cohort in the user's scope and any scope inside it (drilled into from a
 * breakdown, or from the province map), tracking after leaving, and the 离校未就业 list. What is
 * shown lives in the URL.
 */
export function MonitoringPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const view = readMonitoringView(params);
  const {
    data: overview,
    error,
    isPending,
    isPlaceholderData,
    refetch,
  } = useOverview(view.trail.at(-1), view.year);
  const update = (patch: Partial<MonitoringView>) => setParams(toMonitoringParams({ ...view, ...patch }));
  // Moving to another scope keeps the cohort (pinned, since each scope's newest could differ).
  const goTo = (trail: string[]) => update({ trail, year: overview?.year, dimension: undefined, page: 1 });
  const drill = (scope: string) => goTo([...view.trail, scope]);
  const cohort = overview && { year: overview.year, scope: overview.scope };

  return (
    <>
      <PageHeader
        title={t('nav.monitoring')}
        extra={
          overview && <CohortSelect overview={overview} onChange={(year) => update({ year, page: 1 })} />
        }
      />
      {overview && (
        <div style={{ marginBottom: 12 }}>
          <ScopeBreadcrumb trail={view.trail} year={overview.year} onNavigate={goTo} />
        </div>
      )}
      {error && (
        <Flex vertical gap={12} align="flex-start">
          <ErrorAlert error={error} onRetry={() => void refetch()} />
          {view.trail.length > 0 && <Button onClick={() => goTo([])}>{t('monitoring.backHome')}</Button>}
        </Flex>
      )}
      {isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {overview && overview.cohorts.length === 0 ? (
        <Empty description={t('monitoring.noData')} />
      ) : (
        overview &&
        cohort && (
          // While another scope or cohort loads, the one shown stays under a spinner instead of a blank page.
          <Spin spinning={isPlaceholderData}>
            <Tabs
              activeKey={view.tab}
              onChange={(tab) => update({ tab: tab as MonitoringTab })}
              items={[
                {
                  key: 'overview',
                  label: t('monitoring.tab.overview'),
                  children: (
                    <OverviewTab
                      overview={overview}
                      cohort={cohort}
                      view={view}
                      onDimension={(dimension) => update({ dimension })}
                      onDrill={drill}
                    />
                  ),
                },
                {
                  key: 'tracking',
                  label: t('monitoring.tab.tracking'),
                  children: <TrackingPanel cohort={cohort} />,
                },
                {
                  key: 'unplaced',
                  label: t('monitoring.tab.unplaced'),
                  children: (
                    <UnplacedList cohort={cohort} paging={view} onPage={(paging) => update(paging)} />
                  ),
                },
              ]}
            />
          </Spin>
        )
      )}
      {overview && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16 }}>
          {t('monitoring.footnote')}
        </Typography.Paragraph>
      )}
    </>
  );
}
