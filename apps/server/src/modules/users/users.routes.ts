import { ROLES, SCOPE_KINDS } from '@jiuye/domain/roles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow } from '../../platform/http';
import * as service from './users.service';

const scopeSchema = z.object({
  kind: z.enum(SCOPE_KINDS),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  universityCode: z
    .string()
    .regex(/^\d{10}$/)
    .nullish(),
  collegeId: z.uuid().nullish(),
  organisationId: z.uuid().nullish(),
  graduateId: z.uuid().nullish(),
});

/** Account administration (admin only). */
export const usersRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'users.manage' },
        schema: {
          summary: '用户列表',
          tags: ['users'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().max(64).optional(),
            role: z.enum(ROLES).optional(),
          }),
        },
      },
      async (req) => {
        const page = await service.listUsers(deps.db, {
          q: req.query.q,
          role: req.query.role,
          ...pageWindow(req.query),
        });
        return { ...page, page: req.query.page, pageSize: req.query.pageSize };
      },
    );

    app.post(
      '/',
      {
        config: { access: 'users.manage' },
        schema: {
          summary: '创建用户',
          tags: ['users'],
          body: z.object({
            username: z.string().trim(),
            displayName: z.string(),
            password: z.string().max(256),
            role: z.enum(ROLES),
            scope: scopeSchema,
          }),
        },
      },
      async (req, reply) => reply.status(201).send(await service.createUser(deps, actorOf(req), req.body)),
    );

    app.patch(
      '/:id',
      {
        config: { access: 'users.manage' },
        schema: {
          summary: '修改用户（停用/启用、改名、重置密码）',
          tags: ['users'],
          params: z.object({ id: z.uuid() }),
          body: z.object({
            status: z.enum(['active', 'disabled']).optional(),
            displayName: z.string().optional(),
            password: z.string().max(256).optional(),
          }),
        },
      },
      async (req) => service.updateUser(deps, actorOf(req), req.params.id, req.body),
    );
  };
