import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { requireUser } from '../../platform/http';
import * as service from './matching.service';

const L = service.PREFERENCE_LIMITS;
const limit = z.coerce.number().int().min(1).max(service.MAX_RECOMMENDATIONS).default(20);
const postingId = z.uuid('岗位编号格式不正确');

/** The graduate's own preferences, recommendations and 不感兴趣 marks (under /api/me). */
export const myMatchingRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/preferences',
      { config: { access: 'profile.own' }, schema: { summary: '我的求职意向', tags: ['matching'] } },
      async (req) => service.getPreferences(deps, requireUser(req)),
    );

    app.put(
      '/preferences',
      {
        config: { access: 'profile.own' },
        schema: {
          summary: '保存求职意向（意向地区、期望月薪、意向职业、重点领域、是否允许单位发现我）',
          tags: ['matching'],
          body: z.object({
            desiredRegions: z
              .array(z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字'))
              .max(L.regions, `意向地区最多 ${L.regions} 个`),
            salaryExpectation: z
              .number()
              .int('期望月薪应为整数（元）')
              .min(1, '期望月薪应大于 0')
              .max(10_000_000, '期望月薪不合理')
              .nullable(),
            desiredOccupations: z
              .array(z.string().max(2))
              .max(L.occupations, `意向职业最多 ${L.occupations} 个`),
            keyFieldOptIns: z.array(z.string().max(40)).max(20),
            useOrigin: z.boolean(),
            discoverable: z.boolean(),
          }),
        },
      },
      async (req) => service.savePreferences(deps, requireUser(req), req.body),
    );

    app.get(
      '/recommendations',
      {
        config: { access: 'profile.own' },
        schema: {
          summary: '为我推荐的岗位（含推荐理由）',
          tags: ['matching'],
          querystring: z.object({ limit }),
        },
      },
      async (req) => service.myRecommendations(deps, requireUser(req), req.query.limit),
    );

    app.post(
      '/recommendations/dismissals',
      {
        config: { access: 'profile.own', rateLimit: { max: 120, timeWindow: '1 minute' } },
        schema: {
          summary: '不感兴趣（可写原因）：该岗位不再推荐，同单位、同职业的岗位排后',
          tags: ['matching'],
          body: z.object({
            postingId,
            reason: z.string().max(L.reason, `原因不能超过 ${L.reason} 个字`).nullish(),
          }),
        },
      },
      async (req, reply) => {
        await service.dismiss(deps, requireUser(req), req.body.postingId, req.body.reason ?? null);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/recommendations/dismissals/:postingId',
      {
        config: { access: 'profile.own' },
        schema: { summary: '撤销不感兴趣', tags: ['matching'], params: z.object({ postingId }) },
      },
      async (req, reply) => {
        await service.undismiss(deps, requireUser(req), req.params.postingId);
        return reply.status(204).send();
      },
    );
  };

/** A counsellor's or career centre's view of the jobs to refer one of their graduates to. */
export const graduateMatchingRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/:id/recommendations',
      {
        config: { access: 'roster.read' },
        schema: {
          summary: '为某位毕业生推荐的岗位（辅导员、就业中心：仅限管理范围内的毕业生）',
          tags: ['matching'],
          params: z.object({ id: z.uuid('毕业生编号格式不正确') }),
          querystring: z.object({ limit }),
        },
      },
      async (req) =>
        service.recommendationsForGraduate(deps, requireUser(req), req.params.id, req.query.limit),
    );
  };

/** An employer's view: discoverable graduates who fit one of its postings (under /api/jobs). */
export const postingMatchingRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/:id/suggested-graduates',
      {
        config: { access: 'jobs.manage' },
        schema: {
          summary: '适合本岗位、允许被发现的毕业生（脱敏；帮扶对象仅显示“优先关注”）',
          tags: ['matching'],
          params: z.object({ id: postingId }),
          querystring: z.object({ limit }),
        },
      },
      async (req) => service.suggestedGraduates(deps, requireUser(req), req.params.id, req.query.limit),
    );
  };
