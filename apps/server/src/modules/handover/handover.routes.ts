import { FOLLOWUP_KINDS, HANDOVER_OUTCOMES } from '@jiuye/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import { sendTable, type ExportColumn } from '../../platform/table-export';
import * as service from './handover.service';

const graduateId = z.uuid('毕业生编号格式不正确');
const year = z.coerce.number().int().min(2000).max(2100);
const tags = ['handover'];
const filter = {
  graduationYear: year.optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '地区代码为 6 位数字')
    .optional(),
  status: z.enum(['uncontacted', 'contacted', 'goal_met', 'open']).optional(),
  q: z.string().trim().max(50).optional(),
};

type Item = Awaited<ReturnType<typeof service.exportRows>>[number];
const OUTCOME_NAMES = new Map<string, string>(HANDOVER_OUTCOMES.map((o) => [o.key, o.name]));
const COLUMNS: ExportColumn<Item>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '性别', value: (r) => (r.gender === 'male' ? '男' : '女') },
  { header: '毕业学校', value: (r) => r.universityName, width: 24 },
  { header: '专业', value: (r) => r.majorName, width: 20 },
  { header: '学历', value: (r) => r.degree },
  { header: '手机号（脱敏）', value: (r) => r.phone, width: 16 },
  { header: '户籍地区代码', value: (r) => r.regionCode },
  { header: '户籍地区', value: (r) => r.regionName, width: 16 },
  { header: '有就业意愿', value: (r) => (r.wantsJob ? '是' : '否') },
  { header: '移交日期', value: (r) => r.handedOverOn, width: 12 },
  { header: '六个月目标日期', value: (r) => r.goalDueOn, width: 14 },
  { header: '首次联系日期', value: (r) => r.firstContactOn, width: 12 },
  { header: '帮扶结果', value: (r) => (r.outcome ? (OUTCOME_NAMES.get(r.outcome) ?? r.outcome) : '') },
  { header: '结果日期', value: (r) => r.outcomeOn, width: 12 },
];

/** 离校未就业毕业生实名帮扶: the university hands over, the office follows up (under /api/handovers). */
export const handoverRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const send = { access: 'handover.send' as const };
    const office = { access: 'handover.follow_up' as const };
    app.get(
      '/candidates',
      {
        config: send,
        schema: {
          summary: '本校某届未落实去向的毕业生及其移交意愿',
          tags,
          querystring: z.object({ graduationYear: year }),
        },
      },
      async (req) => service.candidates(deps, requireUser(req), req.query.graduationYear),
    );
    app.post(
      '/',
      {
        config: send,
        schema: {
          summary: '移交离校未就业毕业生（须本人同意；按户籍地区移交给人社部门；地区代码不存在则整批不移交）',
          tags,
          body: z.object({
            graduationYear: year,
            items: z
              .array(z.object({ graduateId, regionCode: z.string().max(12) }))
              .min(1, '请选择要移交的毕业生')
              .max(service.HANDOVER_MAX, `每次最多 ${service.HANDOVER_MAX} 人`),
          }),
        },
      },
      async (req) => service.handOver(deps, requireUser(req), actorOf(req), req.body),
    );
    app.get(
      '/',
      {
        config: office,
        schema: {
          summary: '移交给本部门的名单（手机号脱敏）',
          tags,
          querystring: z.object({ ...pageQuery, ...filter }),
        },
      },
      async (req) => {
        const { page, pageSize, q, ...f } = req.query;
        const result = await service.list(deps, requireUser(req), {
          ...f,
          q: q || undefined,
          ...pageWindow({ page, pageSize }),
        });
        return { ...result, page, pageSize };
      },
    );
    app.get(
      '/export',
      {
        config: office,
        schema: {
          summary: '导出移交名单（手机号脱敏）',
          tags,
          querystring: z.object({ ...filter, format: z.enum(['csv', 'xlsx']).default('xlsx') }),
        },
      },
      async (req, reply) => {
        const { format, q, ...f } = req.query;
        const rows = await service.exportRows(deps, requireUser(req), { ...f, q: q || undefined });
        return sendTable(reply, '离校未就业毕业生移交名单', format, COLUMNS, rows);
      },
    );
    app.get(
      '/:graduateId',
      {
        config: office,
        schema: { summary: '一位移交毕业生的帮扶记录', tags, params: z.object({ graduateId }) },
      },
      async (req) => service.get(deps, requireUser(req), req.params.graduateId),
    );
    app.post(
      '/:graduateId/reveal',
      {
        config: office,
        schema: { summary: '查看完整手机号以便联系（记入审计日志）', tags, params: z.object({ graduateId }) },
      },
      async (req) => service.reveal(deps, requireUser(req), actorOf(req), req.params.graduateId),
    );
    app.post(
      '/:graduateId/followups',
      {
        config: office,
        schema: {
          summary: '记录联系、服务或帮扶结果',
          tags,
          params: z.object({ graduateId }),
          body: z.object({
            kind: z.enum(FOLLOWUP_KINDS.map((k) => k.key) as [string, ...string[]], {
              error: '记录类型不存在',
            }),
            on: z.string().max(10),
            reached: z.boolean().nullish(),
            outcome: z.string().max(20).nullish(),
            note: z.string().max(1000).nullish(),
          }),
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await service.addFollowup(deps, requireUser(req), req.params.graduateId, req.body)),
    );
  };
