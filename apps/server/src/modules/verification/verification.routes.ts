import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './verification.service';

const T = service.TEXT_MAX;
const disputeStatus = z.enum(['open', 'upheld', 'dismissed']);

/** The public lookup (under /api/verify): no account, rate-limited, every attempt logged. */
export const publicVerificationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/',
      {
        config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          summary: '毕业去向查询核验：核验码 + 姓名（须毕业生授权；只返回必要字段，不含身份证号、手机号）',
          tags: ['verification'],
          body: z.object({
            verificationNo: z.string().trim().min(1, '请输入核验码').max(40),
            name: z.string().trim().min(1, '请输入毕业生姓名').max(50),
            verifier: z
              .string()
              .max(T.verifier * 2)
              .nullish(),
          }),
        },
      },
      async (req) =>
        service.verify(
          deps,
          {
            verificationNo: req.body.verificationNo,
            name: req.body.name,
            verifier: req.body.verifier ?? null,
          },
          req.ip,
        ),
    );
  };

/** The graduate's authorisations, lookups of their record and 存疑 (under /api/me). */
export const myVerificationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/verification',
      {
        config: { access: 'destinations.register' },
        schema: { summary: '我的核验码、核验授权、查询反馈与存疑', tags: ['verification'] },
      },
      async (req) => service.getOwn(deps, requireUser(req)),
    );

    app.post(
      '/verification/authorisations',
      {
        config: { access: 'destinations.register' },
        schema: {
          summary: `授权第三方核验（1–${service.AUTHORISATION_MAX_DAYS} 天，可随时撤销）`,
          tags: ['verification'],
          body: z.object({
            days: z.number().int().min(1).max(service.AUTHORISATION_MAX_DAYS),
            note: z
              .string()
              .max(T.note * 2)
              .nullish(),
          }),
        },
      },
      async (req, reply) =>
        reply.status(201).send(
          await service.authorise(deps, requireUser(req), {
            days: req.body.days,
            note: req.body.note ?? null,
          }),
        ),
    );

    app.delete(
      '/verification/authorisations/:id',
      {
        config: { access: 'destinations.register' },
        schema: {
          summary: '撤销核验授权',
          tags: ['verification'],
          params: z.object({ id: z.uuid('授权编号格式不正确') }),
        },
      },
      async (req) => service.revoke(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/verification/disputes',
      {
        config: { access: 'destinations.register', rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          summary: '对某次查询或对本人记录提出存疑，由学校审核处理',
          tags: ['verification'],
          body: z.object({
            logId: z.number().int().positive().nullish(),
            reason: z.string().max(T.reason * 2, `原因不能超过 ${T.reason} 个字`),
          }),
        },
      },
      async (req, reply) =>
        reply.status(201).send(
          await service.raiseDispute(deps, requireUser(req), {
            logId: req.body.logId ?? null,
            reason: req.body.reason,
          }),
        ),
    );
  };

/** 存疑 handled by the university (under /api/verification). */
export const verificationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/disputes',
      {
        config: { access: 'destinations.edit' },
        schema: {
          summary: '管理范围内毕业生提出的存疑（未处理的在前）',
          tags: ['verification'],
          querystring: z.object({ ...pageQuery, status: disputeStatus.optional() }),
        },
      },
      async (req) => {
        const { page, pageSize, status } = req.query;
        return service.listDisputes(deps, requireUser(req), { status, ...pageWindow({ page, pageSize }) });
      },
    );

    app.post(
      '/disputes/:id/decision',
      {
        config: { access: 'destinations.edit' },
        schema: {
          summary: '处理存疑：成立（已处理）或不成立，须写明处理结果',
          tags: ['verification'],
          params: z.object({ id: z.uuid('存疑编号格式不正确') }),
          body: z.object({
            decision: z.enum(['upheld', 'dismissed']),
            note: z.string().max(T.reason * 2),
          }),
        },
      },
      async (req, reply) => {
        await service.decideDispute(deps, requireUser(req), actorOf(req), req.params.id, req.body);
        return reply.status(204).send();
      },
    );
  };
