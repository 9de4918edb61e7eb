import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow } from '../../platform/http';
import * as service from './reference.service';

const CODE_LISTS = {
  'degree-levels': 'degree',
  'destination-codes': 'destination',
  'not-placed-labels': 'not_placed',
  'assistance-categories': 'assistance',
  industries: 'industry',
  occupations: 'occupation',
} as const;

/** Public reference data (read) and admin additions. */
export const referenceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/regions',
      {
        config: { access: 'public' },
        schema: {
          summary: '行政区划（GB/T 2260）',
          tags: ['reference'],
          querystring: z.object({
            parent: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
          }),
        },
      },
      async (req) => ({ items: await service.listRegions(deps.db, req.query.parent) }),
    );

    app.get(
      '/universities',
      {
        config: { access: 'public' },
        schema: {
          summary: '高校（学校标识码）',
          tags: ['reference'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().trim().max(40).optional(),
            province: z
              .string()
              .regex(/^\d{2}$/)
              .optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listUniversities(deps.db, {
          q: q.q,
          provinceCode: q.province,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/minimum-wages',
      {
        config: { access: 'public' },
        schema: { summary: '各省月最低工资标准（其他录用形式就业的月薪须不低于此）', tags: ['reference'] },
      },
      async () => service.listMinimumWages(deps.db),
    );

    app.put(
      '/minimum-wages/:provinceCode',
      {
        config: { access: 'reference.manage' },
        schema: {
          summary: '更新某省月最低工资标准（按省政府公布的第一档填写，注明来源）',
          tags: ['reference'],
          params: z.object({ provinceCode: z.string().max(2) }),
          body: z.object({
            monthly: z.number().int('请填写整数（元）'),
            asOf: z.string().max(10),
            source: z.string().max(400),
          }),
        },
      },
      async (req) => service.setMinimumWage(deps, actorOf(req), req.params.provinceCode, req.body),
    );

    app.post(
      '/universities',
      {
        config: { access: 'reference.manage' },
        schema: {
          summary: '添加参考名单中缺少的高校',
          tags: ['reference'],
          body: z.object({
            code: z.string().trim(),
            name: z.string(),
            authority: z.string().max(60).optional(),
            location: z.string().max(60).optional(),
            level: z.enum(['本科', '专科']),
          }),
        },
      },
      async (req, reply) => reply.status(201).send(await service.addUniversity(deps, actorOf(req), req.body)),
    );

    app.get(
      '/majors',
      {
        config: { access: 'public' },
        schema: {
          summary: '专业目录（本科 2024、职业教育 2021、研究生 2022）',
          tags: ['reference'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().trim().max(40).optional(),
            degree: z.enum(['doctor', 'master', 'bachelor', 'associate']).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.searchMajors(deps.db, { q: q.q, degree: q.degree, ...pageWindow(q) });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    for (const [path, list] of Object.entries(CODE_LISTS)) {
      app.get(
        `/${path}`,
        { config: { access: 'public' }, schema: { summary: `代码表：${path}`, tags: ['reference'] } },
        async () => ({ items: await service.listCodes(deps.db, list) }),
      );
    }
  };
