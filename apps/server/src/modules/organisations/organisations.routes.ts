import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './organisations.service';

/** Employers and agencies. */
export const organisationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'organisations.read' },
        schema: {
          summary: '用人单位与人力资源服务机构',
          tags: ['organisations'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().trim().max(60).optional(),
            kind: z.enum(['employer', 'agency']).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listOrganisations(deps, requireUser(req), {
          q: q.q,
          kind: q.kind,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.post(
      '/',
      {
        config: { access: 'organisations.manage' },
        schema: {
          summary: '登记单位（校验统一社会信用代码）',
          tags: ['organisations'],
          body: z.object({
            kind: z.enum(['employer', 'agency']),
            name: z.string(),
            uscc: z.string().max(40),
            nature: z.string().max(30).optional(),
            industryCode: z.string().max(4).optional(),
            regionCode: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
          }),
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await service.createOrganisation(deps, requireUser(req), actorOf(req), req.body)),
    );
  };
