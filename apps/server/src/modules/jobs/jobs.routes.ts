import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_AD_TITLE_LENGTH, MAX_MONTHLY_SALARY_YUAN } from '@jiuye/domain/compliance/limits';
import { REPORT_CATEGORIES, REVIEW_LIMITS } from '@jiuye/domain/compliance/review';
import { MAX_AD_TEXT_LENGTH } from '@jiuye/domain/compliance/limits';
import { MAX_QUERY_LENGTH } from '@jiuye/domain/search/tokens';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import { reportPosting } from '../compliance/compliance.service';
import * as service from './jobs.service';

const salary = z.number().int('月薪应为整数（元）').min(0).max(MAX_MONTHLY_SALARY_YUAN).nullish();

/** The editable fields of a posting (salaries in yuan per month). */
export const postingBody = z.object({
  title: z.string().max(MAX_AD_TITLE_LENGTH, `岗位名称不能超过 ${MAX_AD_TITLE_LENGTH} 个字符`),
  description: z.string().max(MAX_AD_TEXT_LENGTH, `岗位描述不能超过 ${MAX_AD_TEXT_LENGTH} 个字符`),
  requirements: z.string().max(MAX_AD_TEXT_LENGTH).nullish(),
  salaryMin: salary,
  salaryMax: salary,
});

const idParams = z.object({ id: z.uuid('岗位编号格式不正确') });

/** Job postings: employers manage their own; everyone signed in reads the published ones. */
export const jobsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: '岗位列表（用人单位：本单位全部岗位；其他用户：已发布岗位）',
          tags: ['jobs'],
          querystring: z.object({
            ...pageQuery,
            q: z
              .string()
              .trim()
              .max(MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字符`)
              .optional(),
            status: z.enum(['draft', 'published', 'closed', 'taken_down']).optional(),
            minSalary: z.coerce.number().int().min(0).max(MAX_MONTHLY_SALARY_YUAN).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listPostings(deps, requireUser(req), {
          q: q.q,
          status: q.status,
          minSalaryFen: q.minSalary === undefined ? undefined : q.minSalary * 100,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/:id',
      {
        config: { access: 'authenticated' },
        schema: { summary: '岗位详情', tags: ['jobs'], params: idParams },
      },
      async (req) => service.getPosting(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/',
      {
        config: { access: 'jobs.manage' },
        schema: { summary: '新建岗位（草稿，立即给出合规检查结果）', tags: ['jobs'], body: postingBody },
      },
      async (req, reply) =>
        reply.status(201).send(await service.createPosting(deps, requireUser(req), actorOf(req), req.body)),
    );

    app.put(
      '/:id',
      {
        config: { access: 'jobs.manage' },
        schema: {
          summary: '修改岗位（已发布的岗位回到草稿，需重新发布）',
          tags: ['jobs'],
          params: idParams,
          body: postingBody,
        },
      },
      async (req) => service.updatePosting(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/:id/publish',
      {
        config: { access: 'jobs.manage' },
        schema: {
          summary: '发布岗位：有禁止项时拒绝；有提示项时需确认（acknowledgeWarnings）',
          tags: ['jobs'],
          params: idParams,
          body: z.object({ acknowledgeWarnings: z.boolean().default(false) }),
        },
      },
      async (req) =>
        service.publishPosting(deps, requireUser(req), actorOf(req), req.params.id, {
          acknowledgeWarnings: req.body.acknowledgeWarnings,
        }),
    );

    app.post(
      '/:id/close',
      {
        config: { access: 'jobs.manage' },
        schema: { summary: '关闭岗位', tags: ['jobs'], params: idParams },
      },
      async (req) => service.closePosting(deps, requireUser(req), actorOf(req), req.params.id),
    );

    app.post(
      '/:id/reports',
      {
        config: { access: 'jobs.report', rateLimit: { max: 20, timeWindow: '1 hour' } },
        schema: {
          summary: '举报岗位（毕业生）',
          tags: ['jobs'],
          params: idParams,
          body: z.object({
            category: z.enum(REPORT_CATEGORIES, { error: '请选择举报类型' }),
            reason: z
              .string()
              .trim()
              .min(REVIEW_LIMITS.reasonMin, `请写明举报理由（至少 ${REVIEW_LIMITS.reasonMin} 个字）`)
              .max(REVIEW_LIMITS.reasonMax, `举报理由不能超过 ${REVIEW_LIMITS.reasonMax} 个字`),
            evidence: z
              .string()
              .max(REVIEW_LIMITS.evidenceMax, `证据说明不能超过 ${REVIEW_LIMITS.evidenceMax} 个字`)
              .nullish(),
          }),
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await reportPosting(deps, requireUser(req), actorOf(req), req.params.id, req.body)),
    );
  };
