import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { can, type Permission } from '@jiuye/domain/permissions';
import { z } from 'zod';
import { sessionIdFor } from './crypto';
import type { AuthUser, Deps } from './context';
import { AppError, HTTP_STATUS, type ErrorCode } from './errors';
import { resolveSession } from '../modules/users/users.service';
import type { Actor } from '../modules/audit/audit.service';

/** What a route requires: a permission, any signed-in user, or nothing. */
export type RouteAccess = Permission | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: AuthUser | null;
    sessionId: string | null;
  }
}

export const SESSION_COOKIE = 'jiuye_session';

/** The signed-in user; routes behind a permission can rely on it. */
export function requireUser(req: FastifyRequest): AuthUser {
  if (!req.user) throw new AppError('unauthenticated', '请先登录');
  return req.user;
}

/** The audit actor for a request. */
export function actorOf(req: FastifyRequest): Actor {
  return req.user
    ? { id: req.user.id, label: req.user.username, ip: req.ip }
    : { id: null, label: 'anonymous', ip: req.ip };
}

/** Zod schema of the error body, for OpenAPI. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** Standard page query parameters. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** Converts page/pageSize to offset/limit. */
export function pageWindow(q: { page: number; pageSize: number }) {
  return { offset: (q.page - 1) * q.pageSize, limit: q.pageSize };
}

/** Sends the standard error body. */
export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  issues?: { path: string; message: string }[],
) {
  return send(reply, code, message, issues);
}

function send(
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  issues?: { path: string; message: string }[],
) {
  return reply.status(HTTP_STATUS[code]).send({ error: { code, message, ...(issues ? { issues } : {}) } });
}

/**
 * Installs the request pipeline every route goes through: session → access check, and one error
 * handler that maps AppError codes to statuses and lists every validation issue.
 */
export function installHttpPipeline(app: FastifyInstance, deps: Pick<Deps, 'db' | 'clock'>) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);

  // A route without a declared access level is a bug; refuse to start rather than serve it open.
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`route ${route.method} ${url} declares no access level`);
  });

  app.addHook('onRequest', async (req) => {
    // Static files of the web app need no session look-up.
    if (!req.url.startsWith('/api/')) return;
    const access = req.routeOptions.config?.access;
    // Public routes still learn who is calling when a cookie is present.
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const id = sessionIdFor(token);
      const user = await resolveSession(deps, id);
      if (user) {
        req.user = user;
        req.sessionId = id;
      }
    }
    if (!access || access === 'public') return;
    if (!req.user) throw new AppError('unauthenticated', token ? '登录已过期，请重新登录' : '请先登录');
    if (access !== 'authenticated' && !can(req.user.role, access))
      throw new AppError('forbidden', '您的角色无权执行此操作');
  });

  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) return send(reply, err.code, err.message, err.issues);
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Paths name the field as services do (`phone`, `scope.kind`); only a missing whole part
      // (no body at all) is named by its location.
      const issues = err.validation.map((v) => ({
        path:
          String(v.instancePath ?? '')
            .split('/')
            .filter(Boolean)
            .join('.') ||
          (err.validationContext ?? 'body'),
        message: v.message ?? '无效',
      }));
      return send(reply, 'validation_failed', '输入有误，请检查后重试', issues);
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.statusCode === 413)
      return send(reply, 'payload_too_large', '文件或请求体过大');
    if (fe.statusCode === 429) return send(reply, 'rate_limited', '请求过于频繁，请稍后再试');
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code: ErrorCode = fe.statusCode === 404 ? 'not_found' : 'validation_failed';
      return send(reply, code, fe.statusCode === 404 ? '资源不存在' : `请求无效：${fe.message}`);
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 'internal', '服务器内部错误，请稍后重试');
  });
}
