import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, requireUser, SESSION_COOKIE } from '../../platform/http';
import { SESSION_MAX_MS } from '../users/users.service';
import * as service from './auth.service';

/** The session cookie's attributes (also used by organisation registration, which signs its HR in). */
export function sessionCookieOptions(deps: Pick<Deps, 'config'>) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.cookieSecure,
    maxAge: SESSION_MAX_MS / 1000,
  };
}

/** Where a session is opened from, as the sessions table records it. */
export const sessionMeta = (req: { ip: string; headers: Record<string, unknown> }) => ({
  ip: req.ip,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 300) : null,
});

/** Login, logout, self-registration and the current user. */
export const authRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const cookieOptions = sessionCookieOptions(deps);
    const meta = sessionMeta;

    app.post(
      '/login',
      {
        config: {
          access: 'public',
          // Per-IP throttle in front of the per-account lockout, so guessing across accounts is slow too.
          rateLimit: { max: 20, timeWindow: '1 minute' },
        },
        schema: {
          summary: '登录',
          tags: ['auth'],
          body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        },
      },
      async (req, reply) => {
        const { token, user } = await service.login(deps, req.body.username, req.body.password, meta(req));
        reply.setCookie(SESSION_COOKIE, token, cookieOptions);
        return { user };
      },
    );

    app.post(
      '/logout',
      { config: { access: 'authenticated' }, schema: { summary: '退出登录', tags: ['auth'] } },
      async (req, reply) => {
        if (req.sessionId) await service.logout(deps, req.sessionId, actorOf(req));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.get(
      '/me',
      { config: { access: 'authenticated' }, schema: { summary: '当前用户', tags: ['auth'] } },
      async (req) => ({ user: requireUser(req) }),
    );

    app.post(
      '/register',
      {
        config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          summary: '毕业生注册（凭学号与身份证号认领名册记录）',
          tags: ['auth'],
          body: z.object({
            universityCode: z.string().regex(/^\d{10}$/, '学校标识码应为 10 位数字'),
            studentNo: z.string().trim().min(1).max(32),
            idNumber: z.string().trim().min(15).max(18),
            username: z.string().trim().min(3).max(32),
            password: z.string().min(1).max(256),
          }),
        },
      },
      async (req, reply) => {
        const { token, user } = await service.registerGraduate(deps, req.body, meta(req));
        reply.setCookie(SESSION_COOKIE, token, cookieOptions);
        return reply.status(201).send({ user });
      },
    );

    app.post(
      '/password',
      {
        config: { access: 'authenticated', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          summary: '修改本人密码（之后需重新登录）',
          tags: ['auth'],
          body: z.object({
            currentPassword: z.string().min(1).max(256),
            newPassword: z.string().min(1).max(256),
          }),
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        await service.changeOwnPassword(
          deps,
          user.id,
          req.body.currentPassword,
          req.body.newPassword,
          actorOf(req),
        );
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );
  };
