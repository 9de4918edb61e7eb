import { SUBSIDY_STATUSES } from '@jiuye/domain/assistance/subsidy';
import { theme } from 'antd';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { formatYuan, subsidyStatusName } from '../../subsidies/labels';
import type { AssistanceDashboard } from '../api';

// Only the bar chart's parts, in this lazily loaded module: the page's cards do not wait for ECharts.
use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** Applications by status as horizontal bars (count), the amount in the tooltip. */
export default function SubsidyChart({ subsidies }: { subsidies: AssistanceDashboard['subsidies'] }) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const isPhone = useIsPhone();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init>>(null);
  const rows = useMemo(
    () =>
      SUBSIDY_STATUSES.map((status) => {
        const row = subsidies.find((s) => s.status === status);
        return { status, count: row?.count ?? 0, amountFen: row?.amountFen ?? 0 };
      }).filter((r) => r.count > 0 || ['approved', 'paid'].includes(r.status)),
    [subsidies],
  );
  const option = useMemo<Option>(
    () => ({
      color: [token.colorPrimary],
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
          const r = rows[p.dataIndex];
          return r
            ? t('assistanceDashboard.subsidyTooltip', {
                status: subsidyStatusName(r.status, lang),
                n: r.count,
                amount: formatYuan(r.amountFen, lang),
              })
            : '';
        },
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: isPhone ? 10 : 12 } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => subsidyStatusName(r.status, lang)),
        axisLabel: { fontSize: isPhone ? 10 : 12 },
      },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => r.count),
          barMaxWidth: 18,
          label: { show: true, position: 'right', fontSize: 11 },
        },
      ],
    }),
    [rows, t, lang, token, isPhone],
  );

  useEffect(() => {
    const instance = init(ref.current!);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={rows
        .map((r) => `${subsidyStatusName(r.status, lang)} ${r.count}`)
        .join(t('common.listSeparator'))}
      data-testid="subsidy-chart"
      style={{ width: '100%', height: Math.max(140, rows.length * 34 + 20) }}
    />
  );
}
