import { Card, Empty, Skeleton, theme } from 'antd';
import { useMemo } from 'react';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useTrend, type Cohort, type Trend } from '../api';
import { formatRate } from '../labels';
import { Chart, type ChartOption } from './Chart';

function useTrendOption(trend: Trend | undefined): ChartOption | null {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  return useMemo(() => {
    if (!trend) return null;
    const thisYear = t('monitoring.trend.series', { year: trend.year });
    const lastYear = t('monitoring.trend.lastYearSeries', { year: trend.year - 1 });
    const tooltipValue = (value: unknown) => (typeof value === 'number' ? formatRate(value) : '—');
    return {
      color: [token.colorPrimary, token.colorTextQuaternary],
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 16, textStyle: { fontSize: isPhone ? 11 : 12 } },
      tooltip: { trigger: 'axis', valueFormatter: tooltipValue },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        // 2026-05-31 → 05-31: the year is the cohort's (or, for the November start, the one before).
        data: trend.points.map((p) => p.date.slice(5)),
        axisLabel: { hideOverlap: true, fontSize: isPhone ? 10 : 12 },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: (extent: { max: number }) => Math.min(100, Math.ceil((extent.max + 5) / 10) * 10),
        axisLabel: { formatter: '{value}%', fontSize: isPhone ? 10 : 12 },
      },
      series: [
        {
          name: thisYear,
          type: 'line',
          data: trend.points.map((p) => p.placementRate),
          symbol: 'none',
          lineStyle: { width: 3 },
          areaStyle: { opacity: 0.08 },
        },
        {
          name: lastYear,
          type: 'line',
          // null: last year's cohort had no graduates in this scope, so there is no line to draw.
          data: trend.points.map((p) => p.lastYearRate),
          symbol: 'none',
          lineStyle: { width: 2, type: 'dashed' },
        },
      ],
    } satisfies ChartOption;
  }, [trend, t, token, isPhone]);
}

/** 去向落实率 week by week for the cohort, against last year's cohort on the same dates. */
export function TrendChart({ cohort }: { cohort: Cohort }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { data, isPending, error, refetch } = useTrend(cohort);
  const option = useTrendOption(data);
  const last = data?.points.at(-1);
  return (
    // The chart grows with the card, so beside the (taller) province map it fills the row.
    <Card
      size="small"
      title={t('monitoring.trend.title')}
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      styles={{ body: { flex: 1, display: 'flex', flexDirection: 'column' } }}
      data-testid="trend"
    >
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && option && last && data.total > 0 ? (
        <Chart
          option={option}
          label={t('monitoring.trend.label', {
            year: data.year,
            date: last.date,
            rate: formatRate(last.placementRate),
            lastYear: last.lastYearRate === null ? '—' : formatRate(last.lastYearRate),
          })}
          style={{ width: '100%', flex: 1, minHeight: isPhone ? 240 : 300 }}
          testId="trend-chart"
        />
      ) : (
        data && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.trend.empty')} />
      )}
    </Card>
  );
}
