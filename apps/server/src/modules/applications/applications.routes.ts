import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  MAX_APPLICATION_NOTE_LENGTH,
  MAX_BULK_APPLICATIONS,
} from '@jiuye/domain/recruitment/applications';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import { pdfDisposition } from '../resumes/resumes.routes';
import * as service from './applications.service';

const statusKeys = APPLICATION_STATUSES.map((s) => s.key) as [
  (typeof APPLICATION_STATUSES)[number]['key'],
  ...(typeof APPLICATION_STATUSES)[number]['key'][],
];
const status = z.enum(statusKeys, { error: '状态无效' });
// Employers never set withdrawn; the pipeline rule refuses it too, this keeps the schema honest.
const employerTarget = z.enum(['viewed', 'interview', 'offer', 'signed', 'rejected'], {
  error: '目标状态无效',
});
const note = z
  .string()
  .trim()
  .max(MAX_APPLICATION_NOTE_LENGTH, `备注不能超过 ${MAX_APPLICATION_NOTE_LENGTH} 个字`)
  .nullish()
  .transform((v) => v || null);
const idParams = z.object({ id: z.uuid('编号格式不正确') });

/** Applying, and the employer's applicant pipeline (mounted under /api/applications). */
export const applicationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/',
      {
        config: { access: 'applications.apply', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary: '投递岗位（附当前简历快照；每个岗位只能投递一次）',
          tags: ['applications'],
          body: z.object({ postingId: z.uuid('岗位编号格式不正确') }),
        },
      },
      async (req, reply) => {
        const created = await service.apply(deps, requireUser(req), actorOf(req), req.body.postingId);
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/',
      {
        config: { access: 'applications.manage' },
        schema: {
          summary: '应聘者列表（本单位岗位；姓名在邀请面试前脱敏），含各状态数量',
          tags: ['applications'],
          querystring: z.object({
            ...pageQuery,
            postingId: z.uuid('岗位编号格式不正确').optional(),
            status: status.optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listForOrganisation(deps, requireUser(req), actorOf(req), {
          postingId: q.postingId,
          status: q.status,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.post(
      '/bulk-status',
      {
        config: { access: 'applications.manage' },
        schema: {
          summary: '批量变更应聘状态（逐条处理，返回每条结果）',
          tags: ['applications'],
          body: z.object({
            ids: z
              .array(z.uuid('编号格式不正确'))
              .min(1, '请至少选择一位应聘者')
              .max(MAX_BULK_APPLICATIONS, `一次最多处理 ${MAX_BULK_APPLICATIONS} 位应聘者`),
            status: employerTarget,
            note,
          }),
        },
      },
      async (req) =>
        service.bulkChangeStatus(
          deps,
          requireUser(req),
          actorOf(req),
          req.body.ids,
          req.body.status,
          req.body.note,
        ),
    );

    app.get(
      '/:id',
      {
        config: { access: 'applications.manage' },
        schema: {
          summary: '应聘详情：简历快照与处理记录（首次打开即标记为已查看；解除脱敏后的查看记入审计）',
          tags: ['applications'],
          params: idParams,
        },
      },
      async (req) => service.getForOrganisation(deps, requireUser(req), actorOf(req), req.params.id),
    );

    app.get(
      '/:id/resume.pdf',
      {
        config: { access: 'applications.manage', rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: { summary: '应聘者简历 PDF（与详情同样脱敏）', tags: ['applications'], params: idParams },
      },
      async (req, reply) => {
        const { pdf, name } = await service.pdfForOrganisation(
          deps,
          requireUser(req),
          actorOf(req),
          req.params.id,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', pdfDisposition(`简历-${name}.pdf`))
          .send(pdf);
      },
    );

    app.post(
      '/:id/status',
      {
        config: { access: 'applications.manage' },
        schema: {
          summary: '变更应聘状态（已投递 → 已查看 → 面试 → 录用 → 已签约，或不合适），备注会发送给应聘者',
          tags: ['applications'],
          params: idParams,
          body: z.object({ status: employerTarget, note }),
        },
      },
      async (req) =>
        service.changeStatus(
          deps,
          requireUser(req),
          actorOf(req),
          req.params.id,
          req.body.status,
          req.body.note,
        ),
    );
  };

/** The graduate's own applications (mounted under /api/me). */
export const myApplicationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/applications',
      {
        config: { access: 'applications.apply' },
        schema: {
          summary: '我的投递（含状态历史）',
          tags: ['me'],
          querystring: z.object({ ...pageQuery, postingId: z.uuid('岗位编号格式不正确').optional() }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listOwn(deps, requireUser(req), {
          postingId: q.postingId,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/applications/:id',
      {
        config: { access: 'applications.apply' },
        schema: { summary: '我的一条投递', tags: ['me'], params: idParams },
      },
      async (req) => service.getOwn(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/applications/:id/withdraw',
      {
        config: { access: 'applications.apply' },
        schema: { summary: '撤回投递（仅限进行中的投递）', tags: ['me'], params: idParams },
      },
      async (req) => service.withdraw(deps, requireUser(req), actorOf(req), req.params.id),
    );
  };
