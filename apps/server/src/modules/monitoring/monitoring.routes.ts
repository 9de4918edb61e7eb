import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { pageQuery, pageWindow, requireUser } from '../../platform/http';
import { sendTable, type ExportColumn } from '../../platform/table-export';
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
type Leaver = Awaited<ReturnType<typeof service.unplacedLeavers>>['items'][number];
const LEAVER_COLUMNS: ExportColumn<Leaver>[] = [
  { header: '姓名', value: (g) => g.name },
  { header: '学号', value: (g) => g.studentNo, width: 16 },
  { header: '学校', value: (g) => g.universityName, width: 24 },
  { header: '院系', value: (g) => g.collegeName, width: 20 },
  { header: '专业', value: (g) => g.majorName, width: 20 },
  { header: '学历', value: (g) => g.degree },
  { header: '手机号（脱敏）', value: (g) => g.phone, width: 16 },
  { header: '帮扶类别', value: (g) => g.assistanceCategory },
  { header: '离校时去向', value: (g) => g.atLeaving },
  { header: '当前去向', value: (g) => g.now },
];
/** A whole list is exported in pages of this size. */
const EXPORT_PAGE = 5000;
/** An export holds at most this many rows (a province's list is exported university by university). */
const EXPORT_MAX = 100_000;

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
        return sendTable(
          reply,
          `去向落实率_${q.year}届_按${DIMENSION_NAMES[q.dimension]}`,
          format,
          columns(q.dimension),
          result.rows,
        );
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

    app.get(
      '/tracking',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: '毕业生离校时及离校后 6、12、24 个月的去向落实情况',
          tags: ['monitoring'],
          querystring: z.object({ year, scope }),
        },
      },
      async (req) => service.trackingFor(deps, requireUser(req), req.query),
    );

    app.get(
      '/unplaced',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: '离校未就业毕业生实名名单（手机号脱敏），附当前去向',
          tags: ['monitoring'],
          querystring: z.object({ ...pageQuery, year, scope }),
        },
      },
      async (req) => {
        const { page, pageSize, ...q } = req.query;
        return service.unplacedLeavers(deps, requireUser(req), { ...q, ...pageWindow({ page, pageSize }) });
      },
    );

    app.get(
      '/unplaced/export',
      {
        config: { access: 'monitoring.read' },
        schema: {
          summary: `导出离校未就业毕业生名单（xlsx 或 CSV，最多 ${EXPORT_MAX} 行）`,
          tags: ['monitoring'],
          querystring: z.object({ year, scope, format: z.enum(['xlsx', 'csv']).default('xlsx') }),
        },
      },
      async (req, reply) => {
        const { format, ...q } = req.query;
        const user = requireUser(req);
        const rows: Leaver[] = [];
        for (let offset = 0; offset < EXPORT_MAX; offset += EXPORT_PAGE) {
          const page = await service.unplacedLeavers(deps, user, { ...q, limit: EXPORT_PAGE, offset });
          rows.push(...page.items);
          if (page.items.length < EXPORT_PAGE) break;
        }
        return sendTable(reply, `离校未就业毕业生_${q.year}届`, format, LEAVER_COLUMNS, rows);
      },
    );
  };
