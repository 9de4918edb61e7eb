import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './markets.service';

const idParams = z.object({ id: z.uuid('招聘市场编号格式不正确') });
const kind = z.enum(['campus', 'regional', 'industry'], {
  error: '市场类型应为 campus、regional 或 industry',
});
const description = z.string().max(500, '市场简介不能超过 500 个字').nullish();

/** Job markets: campus (a university's), regional and industry; a posting joins several without copies. */
export const marketsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'public' },
        schema: {
          summary: '招聘市场列表（校园、区域、行业）',
          tags: ['markets'],
          querystring: z.object({
            ...pageQuery,
            kind: kind.optional(),
            universityCode: z
              .string()
              .regex(/^\d{10}$/, '学校代码应为 10 位数字')
              .optional(),
            provinceCode: z
              .string()
              .regex(/^\d{2}$/, '省份代码应为 2 位数字')
              .optional(),
            q: z.string().trim().max(60).optional(),
            includeClosed: z.enum(['true', 'false']).default('false'),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listMarkets(deps, req.user, {
          kind: q.kind,
          universityCode: q.universityCode,
          provinceCode: q.provinceCode,
          q: q.q,
          includeClosed: q.includeClosed === 'true',
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/:id',
      {
        config: { access: 'public' },
        schema: { summary: '招聘市场详情', tags: ['markets'], params: idParams },
      },
      async (req) => service.getMarket(deps, req.user, req.params.id),
    );

    app.post(
      '/',
      {
        config: { access: 'markets.manage' },
        schema: {
          summary: '开设招聘市场（就业中心：本校校园市场；主管部门：本辖区区域或行业市场）',
          tags: ['markets'],
          body: z.object({
            kind,
            name: z.string().max(60, '市场名称不能超过 60 个字'),
            description,
            universityCode: z
              .string()
              .regex(/^\d{10}$/, '学校代码应为 10 位数字')
              .optional(),
            regionCode: z
              .string()
              .regex(/^\d{6}$/, '地区代码应为 6 位数字')
              .optional(),
            industryCode: z
              .string()
              .regex(/^[A-T]$/, '行业门类应为 A–T')
              .optional(),
          }),
        },
      },
      async (req, reply) =>
        reply.status(201).send(await service.createMarket(deps, requireUser(req), actorOf(req), req.body)),
    );

    app.patch(
      '/:id',
      {
        config: { access: 'markets.manage' },
        schema: {
          summary: '修改、关闭或重新开放招聘市场',
          tags: ['markets'],
          params: idParams,
          body: z.object({
            name: z.string().max(60, '市场名称不能超过 60 个字').optional(),
            description,
            status: z.enum(['open', 'closed']).optional(),
          }),
        },
      },
      async (req) => service.updateMarket(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/:id/postings',
      {
        config: { access: 'markets.manage' },
        schema: {
          summary: '把已发布的岗位加入市场（不复制岗位；逐个报告未加入的原因）',
          tags: ['markets'],
          params: idParams,
          body: z.object({
            postingIds: z
              .array(z.uuid('岗位编号格式不正确'))
              .min(1, '请至少选择一个岗位')
              .max(service.MAX_POSTINGS_PER_ADD, `一次最多添加 ${service.MAX_POSTINGS_PER_ADD} 个岗位`),
          }),
        },
      },
      async (req) =>
        service.addPostings(deps, requireUser(req), actorOf(req), req.params.id, req.body.postingIds),
    );

    app.delete(
      '/:id/postings/:postingId',
      {
        config: { access: 'markets.manage' },
        schema: {
          summary: '把岗位移出市场（岗位本身仍然发布）',
          tags: ['markets'],
          params: idParams.extend({ postingId: z.uuid('岗位编号格式不正确') }),
        },
      },
      async (req) =>
        service.removePosting(deps, requireUser(req), actorOf(req), req.params.id, req.params.postingId),
    );
  };
