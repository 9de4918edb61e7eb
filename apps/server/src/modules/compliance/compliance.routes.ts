import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATEGORY_LABELS } from '@jiuye/domain/compliance/categories';
import { adInputSchema } from '@jiuye/domain/compliance/input';
import { REVIEW_LIMITS } from '@jiuye/domain/compliance/review';
import { RULES } from '@jiuye/domain/compliance/rules';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './compliance.service';

/** The fair-employment check (measure 十九): live check, rule list, officials' review queue. */
export const complianceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/check',
      {
        // The form checks as the employer types (debounced), so allow a brisk pace per user.
        config: { access: 'compliance.check', rateLimit: { max: 240, timeWindow: '1 minute' } },
        schema: {
          summary: '检查招聘信息（公平就业与防诈骗），返回结论、问题及其位置',
          tags: ['compliance'],
          body: adInputSchema,
        },
      },
      async (req) => service.checkAd(req.body),
    );

    app.get(
      '/rules',
      {
        config: { access: 'authenticated' },
        schema: { summary: '检查规则及其法律依据', tags: ['compliance'] },
      },
      async () => ({
        categories: Object.entries(CATEGORY_LABELS).map(([id, label]) => ({ id, ...label })),
        rules: RULES.rules.map((r) => ({
          id: r.id,
          category: r.category,
          severity: r.severity,
          basis: r.basis,
          suggestion: r.suggestion,
        })),
      }),
    );

    app.get(
      '/queue',
      {
        config: { access: 'compliance.review' },
        schema: {
          summary: '待审核的岗位（有提示项或被举报），屡次违规单位排在前面',
          tags: ['compliance'],
          querystring: z.object({
            ...pageQuery,
            status: z.enum(['pending', 'decided', 'all']).default('pending'),
            q: z.string().trim().max(60).optional(),
            repeatOffenders: z
              .enum(['true', 'false'])
              .optional()
              .transform((v) => v === 'true'),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.reviewQueue(deps, requireUser(req), {
          status: q.status,
          q: q.q,
          repeatOffendersOnly: q.repeatOffenders,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/queue/:id',
      {
        config: { access: 'compliance.review' },
        schema: {
          summary: '审核详情：岗位、检查结果、举报、处理记录、单位违规次数',
          tags: ['compliance'],
          params: z.object({ id: z.uuid() }),
        },
      },
      async (req) => service.reviewDetail(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/queue/:id/decision',
      {
        config: { access: 'compliance.review' },
        schema: {
          summary: '审核决定：保留（clear）或下架（take_down），须写明理由',
          tags: ['compliance'],
          params: z.object({ id: z.uuid() }),
          body: z.object({
            decision: z.enum(['clear', 'take_down'], { error: '请选择处理结果' }),
            reason: z
              .string()
              .trim()
              .min(REVIEW_LIMITS.reasonMin, `请写明理由（至少 ${REVIEW_LIMITS.reasonMin} 个字）`)
              .max(REVIEW_LIMITS.reasonMax, `理由不能超过 ${REVIEW_LIMITS.reasonMax} 个字`),
          }),
        },
      },
      async (req) => service.decide(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );
  };
