import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { requireUser } from '../../platform/http';
import { toCsv, toXlsx, type ExportColumn } from '../../platform/table-export';
import * as service from './monitoring.service';

const year = z.coerce.number().int().min(2000, '届别应为四位年份').max(2100, '届别应为四位年份');
const scope = z.string().max(40).optional();
const dimension = z.enum([
  'province',
  'university',
  'college',
  'major',
  'degree',
  'gender',
  'assistance',
  'origin',
]);
const DIMENSION_NAMES: Record<z.infer<typeof dimension>, string> = {
  province: '省份',
  university: '学校',
  college: '院系',
  major: '专业',
  degree: '学历层次',
  gender: '性别',
  assistance: '帮扶类别',
  origin: '生源地',
};

type Row = Awaited<ReturnType<typeof service.breakdownOf>>['rows'][number];
const columns = (dim: z.infer<typeof dimension>): ExportColumn<Row>[] => [
  { header: DIMENSION_NAMES[dim], value: (r) => r.name, width: 28 },
  { header: '毕业生数', value: (r) => r.total },
  { header: '已落实', value: (r) => r.placed },
  { header: '去向落实率(%)', value: (r) => r.placementRate },
  { header: '单位就业率(%)', value: (r) => r.employedUnitRate },
  { header: '自主创业率(%)', value: (r) => r.selfEmployedRate },
  { header: '自由职业率(%)', value: (r) => r.freelanceRate },
  { header: '升学率(%)', value: (r) => r.furtherStudyRate },
  { header: '登记率(%)', value: (r) => r.registrationRate },
  { header: '待审核', value: (r) => r.pendingReview },
];

/** 去向落实率 monitoring within the user's scope (under /api/monitoring). */
export const monitoringRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/overview',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: '去向落实率及其构成（默认本人管理范围、最近一届），附上一届对比与指标定义',
          tags: ['monitoring'],
          querystring: z.object({ year: year.optional(), scope }),
        },
      },
      async (req) => service.overview(deps, requireUser(req), req.query),
    );

    app.get(
      '/breakdown',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: '按学校、院系、专业、学历、性别、帮扶类别、生源地分组的去向落实率',
          tags: ['monitoring'],
          querystring: z.object({ year, scope, dimension }),
        },
      },
      async (req) => service.breakdownOf(deps, requireUser(req), req.query),
    );

    app.get(
      '/breakdown/export',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: '导出分组统计（xlsx 或 CSV）',
          tags: ['monitoring'],
          querystring: z.object({ year, scope, dimension, format: z.enum(['xlsx', 'csv']).default('xlsx') }),
        },
      },
      async (req, reply) => {
        const { format, ...q } = req.query;
        const result = await service.breakdownOf(deps, requireUser(req), q);
        const name = `去向落实率_${q.year}届_按${DIMENSION_NAMES[q.dimension]}`;
        const cols = columns(q.dimension);
        const file =
          format === 'csv'
            ? { body: toCsv(cols, result.rows), type: 'text/csv; charset=utf-8' }
            : {
                body: await toXlsx(cols, result.rows, name),
                type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              };
        return reply
          .header('content-type', file.type)
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`,
          )
          .send(file.body);
      },
    );

    app.get(
      '/trend',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: '逐周去向落实率，与上一届同期对比',
          tags: ['monitoring'],
          querystring: z.object({ year, scope }),
        },
      },
      async (req) => service.trendOf(deps, requireUser(req), req.query),
    );
  };
