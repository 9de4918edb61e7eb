import { PROVINCES } from '@jiuye/domain/reference/provinces';
import { Card, Empty, Skeleton, Typography, theme } from 'antd';
import type { CustomSeriesOption } from 'echarts/charts';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, type Lang } from '../../../lib/i18n';
import { useBreakdown, type BreakdownRow, type Cohort } from '../api';
import { formatRate } from '../labels';
import { TILE_COLUMNS, TILE_POSITIONS, TILE_ROWS } from '../tileGrid';
import { Chart, type ChartOption } from './Chart';

interface Tile {
  code: string;
  name: string;
  /** null: no graduates of the cohort there. */
  row: BreakdownRow | null;
}

/** The rate of a tile without graduates: below the colour scale, and never drawn with its colour. */
const NO_DATA = -1;

function tilesOf(rows: readonly BreakdownRow[], lang: Lang): Tile[] {
  const byCode = new Map(rows.map((r) => [r.key, r]));
  return PROVINCES.map((p) => ({
    code: p.code,
    name: lang === 'en' ? p.nameEn : p.shortName,
    row: byCode.get(p.code) ?? null,
  }));
}

/** The colour scale starts a little under the lowest province, so differences between provinces show. */
function scaleMin(tiles: readonly Tile[]): number {
  const rates = tiles.flatMap((tile) => (tile.row ? [tile.row.placementRate] : []));
  if (rates.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...rates) - 5) / 10) * 10);
}

function useTileOption(tiles: readonly Tile[]): ChartOption {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return useMemo(() => {
    const min = scaleMin(tiles);
    const renderItem: CustomSeriesOption['renderItem'] = (params, api) => {
      const tile = tiles[params.dataIndex]!;
      const [x, y] = api.coord([api.value(0), api.value(1)]) as number[];
      const [w, h] = api.size!([1, 1]) as number[];
      const side = Math.min(w!, h!) * 0.92;
      const fontSize = Math.max(9, Math.min(13, side / 4));
      // White on the darker half of the scale, dark text on the light half and on empty tiles.
      const dark = tile.row !== null && (tile.row.placementRate - min) / (100 - min) > 0.5;
      return {
        type: 'group',
        children: [
          {
            type: 'rect',
            shape: { x: x! - side / 2, y: y! - side / 2, width: side, height: side, r: 4 },
            // Continuous visual maps clamp values below their minimum, so an empty tile gets its grey here.
            style: { fill: tile.row ? (api.visual('color') as string) : token.colorFillTertiary },
          },
          {
            type: 'text',
            x: x!,
            y: y!,
            style: {
              text: tile.row ? `${tile.name}\n${formatRate(tile.row.placementRate)}` : tile.name,
              align: 'center',
              verticalAlign: 'middle',
              fontSize,
              lineHeight: fontSize * 1.3,
              fill: dark ? '#fff' : tile.row ? token.colorText : token.colorTextTertiary,
              width: side - 4,
              overflow: 'truncate',
            },
          },
        ],
      };
    };
    return {
      grid: { left: 0, right: 0, top: 0, bottom: 40 },
      xAxis: { type: 'category', show: false, data: [...Array(TILE_COLUMNS).keys()] },
      yAxis: { type: 'category', show: false, inverse: true, data: [...Array(TILE_ROWS).keys()] },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const tile = tiles[(params as { dataIndex: number }).dataIndex]!;
          if (!tile.row) return `${tile.name}<br/>${t('monitoring.map.noData')}`;
          return [
            `<b>${tile.name}</b>`,
            `${t('monitoring.rate.placementRate')}：${formatRate(tile.row.placementRate)}`,
            `${t('monitoring.total')}：${formatCount(tile.row.total)}`,
            `${t('monitoring.rate.registrationRate')}：${formatRate(tile.row.registrationRate)}`,
          ].join('<br/>');
        },
      },
      visualMap: {
        type: 'continuous',
        dimension: 2,
        min,
        max: 100,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 12,
        itemHeight: 160,
        text: ['100%', `${min}%`],
        inRange: { color: ['#e6f4ff', '#69b1ff', '#0958d9', '#002c8c'] },
      },
      series: [
        {
          type: 'custom',
          renderItem,
          encode: { x: 0, y: 1 },
          data: tiles.map((tile) => {
            const [column, row] = TILE_POSITIONS[tile.code as keyof typeof TILE_POSITIONS];
            return [column, row, tile.row ? tile.row.placementRate : NO_DATA];
          }),
        },
      ],
    } satisfies ChartOption;
  }, [tiles, t, token]);
}

/**
 * 去向落实率 by province at national scope, as a tile grid (one square per province at its rough
 * position). Clicking a province with graduates drills into it, as its row in the table does.
 */
export function ProvinceTileMap({ cohort, onDrill }: { cohort: Cohort; onDrill: (scope: string) => void }) {
  const { t, lang } = useI18n();
  const { data, isPending, error, refetch } = useBreakdown(cohort, 'province');
  const tiles = useMemo(() => tilesOf(data?.rows ?? [], lang), [data, lang]);
  const option = useTileOption(tiles);
  const onClick = useCallback(
    (event: ECElementEvent) => {
      const tile = tiles[event.dataIndex];
      if (tile?.row) onDrill(`P:${tile.code}`);
    },
    [tiles, onDrill],
  );
  const withData = tiles.filter((tile) => tile.row);
  return (
    <Card
      size="small"
      title={t('monitoring.map.title')}
      style={{ height: '100%' }}
      data-testid="province-map"
    >
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {data &&
        (withData.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.map.empty')} />
        ) : (
          <>
            <Chart
              option={option}
              onClick={onClick}
              label={t('monitoring.map.label', {
                list: withData
                  .map((tile) => `${tile.name} ${formatRate(tile.row!.placementRate)}`)
                  .join(t('common.listSeparator')),
              })}
              style={{ width: '100%', maxWidth: 480, aspectRatio: '1 / 1.08', margin: '0 auto' }}
              testId="province-map-chart"
            />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
              {t('monitoring.map.hint')}
            </Typography.Paragraph>
          </>
        ))}
    </Card>
  );
}
