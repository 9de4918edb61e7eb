import { SUBSIDY_STATUSES } from '@jiuye/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { sendEvidenceFile } from '../../platform/evidence';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import { sendTable, type ExportColumn } from '../../platform/table-export';
import * as service from './subsidies.service';

const id = z.uuid('申请编号格式不正确');
const year = z.coerce.number().int().min(2000).max(2100);
const province = z.string().regex(/^\d{2}$/, '省份代码为 2 位数字');
const tags = ['subsidies'];

type PaymentRow = Awaited<ReturnType<typeof service.paymentList>>[number];
const PAYMENT_COLUMNS: ExportColumn<PaymentRow>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '身份证号', value: (r) => r.idNumber, width: 22 },
  { header: '毕业学校', value: (r) => r.universityName, width: 24 },
  { header: '院系', value: (r) => r.collegeName, width: 18 },
  { header: '学号', value: (r) => r.studentNo, width: 14 },
  { header: '帮扶对象类别', value: (r) => r.category, width: 16 },
  { header: '补贴金额（元）', value: (r) => r.amountYuan },
  { header: '状态', value: (r) => r.status },
  { header: '发放日期', value: (r) => r.paidOn, width: 12 },
  { header: '发放凭证号', value: (r) => r.reference, width: 20 },
];

/** 一次性求职补贴: rules, review, payment (under /api/subsidies). */
export const subsidiesRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const review = { access: 'subsidies.review' as const };
    app.get(
      '/rules',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: '各省一次性求职补贴政策',
          tags,
          querystring: z.object({ provinceCode: province.optional() }),
        },
      },
      async (req) => service.listRules(deps, req.query.provinceCode),
    );
    app.put(
      '/rules/:provinceCode/:graduationYear',
      {
        config: { access: 'subsidies.configure' },
        schema: {
          summary: '设置某省某届毕业生的补贴政策（补贴对象类别、金额（分）、申请期、所需材料）',
          tags,
          params: z.object({ provinceCode: province, graduationYear: year }),
          body: z.object({
            categories: z.array(z.string().max(40)).max(10),
            amountFen: z.number(),
            opensOn: z.string().max(10),
            closesOn: z.string().max(10),
            evidence: z.array(z.string().max(100)).max(20),
          }),
        },
      },
      async (req) =>
        service.setRule(
          deps,
          requireUser(req),
          actorOf(req),
          req.params,
          req.body as Parameters<typeof service.setRule>[4],
        ),
    );
    app.get(
      '/',
      {
        config: review,
        schema: {
          summary: '管理范围内的补贴申请（mine=true 只看待我审核的）',
          tags,
          querystring: z.object({
            ...pageQuery,
            graduationYear: year.optional(),
            status: z.enum(SUBSIDY_STATUSES).optional(),
            mine: z.enum(['true', 'false']).optional(),
            q: z.string().trim().max(50).optional(),
          }),
        },
      },
      async (req) => {
        const { page, pageSize, mine, q, ...f } = req.query;
        const result = await service.list(deps, requireUser(req), {
          ...f,
          q: q || undefined,
          mine: mine === 'true',
          ...pageWindow({ page, pageSize }),
        });
        return { ...result, page, pageSize };
      },
    );
    app.post(
      '/review',
      {
        config: review,
        schema: {
          summary: `审核补贴申请（院系 → 学校 → 人社部门；每次最多 ${service.BULK_MAX} 条；不予通过须写原因）`,
          tags,
          body: z.object({
            ids: z
              .array(id)
              .min(1, '请选择要审核的申请')
              .max(service.BULK_MAX, `每次最多 ${service.BULK_MAX} 条`),
            decision: z.enum(['approve', 'reject']),
            reason: z.string().max(1000).nullish(),
          }),
        },
      },
      async (req) => service.review(deps, requireUser(req), actorOf(req), req.body),
    );
    app.get(
      '/export',
      {
        config: review,
        schema: {
          summary: '人社部门导出发放名单（含完整身份证号，记入审计日志）',
          tags,
          querystring: z.object({
            graduationYear: year,
            status: z.enum(['approved', 'paid']).default('approved'),
            format: z.enum(['csv', 'xlsx']).default('xlsx'),
          }),
        },
      },
      async (req, reply) => {
        const { format, ...q } = req.query;
        const rows = await service.paymentList(deps, requireUser(req), actorOf(req), q);
        return sendTable(
          reply,
          `一次性求职补贴发放名单-${q.graduationYear}届`,
          format,
          PAYMENT_COLUMNS,
          rows,
        );
      },
    );
    app.get(
      '/:id',
      {
        config: review,
        schema: { summary: '补贴申请详情（材料、审核记录、发放）', tags, params: z.object({ id }) },
      },
      async (req) => service.get(deps, requireUser(req), req.params.id),
    );
    app.get(
      '/:id/evidence/:evidenceId',
      {
        config: review,
        schema: {
          summary: '查看申请材料（记入审计日志）',
          tags,
          params: z.object({ id, evidenceId: z.uuid('材料编号格式不正确') }),
        },
      },
      async (req, reply) =>
        sendEvidenceFile(
          reply,
          await service.evidenceFile(
            deps,
            requireUser(req),
            actorOf(req),
            req.params.id,
            req.params.evidenceId,
          ),
        ),
    );
    app.post(
      '/:id/payment',
      {
        config: review,
        schema: {
          summary: '人社部门登记发放（每人只发一次，由数据库保证）',
          tags,
          params: z.object({ id }),
          body: z.object({ paidOn: z.string().max(10), reference: z.string().max(100) }),
        },
      },
      async (req) => service.recordPayment(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );
  };
