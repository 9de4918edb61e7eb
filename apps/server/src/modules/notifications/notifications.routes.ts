import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './notifications.service';

/** In-app notifications of the signed-in user, whatever their role. */
export const notificationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: '我的通知（最新在前，含未读数）',
          tags: ['notifications'],
          querystring: z.object({ ...pageQuery, unread: z.enum(['true', 'false']).optional() }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listOwn(deps, requireUser(req), {
          unreadOnly: q.unread === 'true',
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/unread-count',
      {
        config: { access: 'authenticated' },
        schema: { summary: '未读通知数', tags: ['notifications'] },
      },
      async (req) => service.unreadCount(deps, requireUser(req)),
    );

    app.post(
      '/:id/read',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: '标记一条通知为已读',
          tags: ['notifications'],
          params: z.object({ id: z.uuid('通知编号格式不正确') }),
        },
      },
      async (req) => service.markRead(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/read-all',
      {
        config: { access: 'authenticated' },
        schema: { summary: '全部标记为已读', tags: ['notifications'] },
      },
      async (req) => service.markAllRead(deps, requireUser(req)),
    );
  };
