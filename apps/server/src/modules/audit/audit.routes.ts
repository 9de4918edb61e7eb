import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { pageQuery, pageWindow } from '../../platform/http';
import { listAudit, verifyAuditChain } from './audit.service';

/** Audit log browsing and chain verification (admin only). */
export const auditRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'audit.read' },
        schema: {
          summary: '审计日志',
          tags: ['audit'],
          querystring: z.object({
            ...pageQuery,
            action: z.string().max(64).optional(),
            actor: z.uuid().optional(),
            targetType: z.string().max(32).optional(),
            targetId: z.string().max(64).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await listAudit(deps.db, {
          action: q.action,
          actorId: q.actor,
          targetType: q.targetType,
          targetId: q.targetId,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/verify',
      { config: { access: 'audit.read' }, schema: { summary: '校验审计日志哈希链', tags: ['audit'] } },
      async () => verifyAuditChain(deps.db),
    );
  };
