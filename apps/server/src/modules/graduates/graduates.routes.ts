import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './graduates.service';

const revealBody = z.object({
  field: z.enum(['idNumber', 'phone']),
  reason: z.string().trim().min(2, '请填写查看原因').max(200),
});

/** The roster as career centres, counsellors and officials see it. */
export const graduatesRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'roster.read' },
        schema: {
          summary: '毕业生名册（按权限范围）',
          tags: ['graduates'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().trim().max(50).optional(),
            universityCode: z
              .string()
              .regex(/^\d{10}$/)
              .optional(),
            collegeId: z.uuid().optional(),
            majorCode: z.string().max(10).optional(),
            degree: z.enum(['doctor', 'master', 'bachelor', 'associate']).optional(),
            graduationYear: z.coerce.number().int().min(1990).max(2100).optional(),
            assistance: z.enum(['yes', 'no']).optional(),
            sort: z.enum(['studentNo', 'name', 'graduationYear', 'updatedAt']).default('studentNo'),
            order: z.enum(['asc', 'desc']).default('asc'),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listGraduates(deps, requireUser(req), { ...q, ...pageWindow(q) });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/colleges',
      {
        config: { access: 'roster.read' },
        schema: {
          summary: '院系列表（含毕业生人数）',
          tags: ['graduates'],
          querystring: z.object({
            universityCode: z
              .string()
              .regex(/^\d{10}$/)
              .optional(),
          }),
        },
      },
      async (req) => ({
        items: await service.listColleges(deps.db, requireUser(req), req.query.universityCode),
      }),
    );

    app.get(
      '/:id',
      {
        config: { access: 'roster.read' },
        schema: { summary: '毕业生详情（脱敏）', tags: ['graduates'], params: z.object({ id: z.uuid() }) },
      },
      async (req) => service.getGraduate(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/:id/reveal',
      {
        config: { access: 'roster.reveal', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary: '查看未脱敏的身份证号或手机号（记入审计日志）',
          tags: ['graduates'],
          params: z.object({ id: z.uuid() }),
          body: revealBody,
        },
      },
      async (req) =>
        service.revealGraduateField(
          deps,
          requireUser(req),
          actorOf(req),
          req.params.id,
          req.body.field,
          req.body.reason,
        ),
    );
  };

/** A graduate's own record. */
export const profileRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ownId = (req: Parameters<typeof requireUser>[0]) => requireUser(req).scope.graduateId ?? '';

    app.get(
      '/profile',
      { config: { access: 'profile.own' }, schema: { summary: '本人信息', tags: ['me'] } },
      async (req) => service.getGraduate(deps, requireUser(req), ownId(req)),
    );

    app.patch(
      '/profile',
      {
        config: { access: 'profile.own' },
        schema: {
          summary: '修改本人联系方式',
          tags: ['me'],
          body: z.object({ phone: z.string().max(20).nullish(), email: z.string().max(254).nullish() }),
        },
      },
      async (req) => service.updateOwnContact(deps, requireUser(req), actorOf(req), req.body),
    );

    app.post(
      '/profile/reveal',
      {
        config: { access: 'profile.own', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary: '查看本人完整身份证号或手机号（记入审计日志）',
          tags: ['me'],
          body: revealBody.partial({ reason: true }),
        },
      },
      async (req) =>
        service.revealGraduateField(
          deps,
          requireUser(req),
          actorOf(req),
          ownId(req),
          req.body.field,
          req.body.reason ?? '本人查看',
        ),
    );
  };
