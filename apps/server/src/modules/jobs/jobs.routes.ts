import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BENEFITS,
  DEGREE_LEVELS,
  HEADCOUNT_LIMITS,
  JOB_TYPES,
  KEY_FIELDS,
  MAX_POSTING_MAJORS,
  MAX_POSTING_REGIONS,
  UNIT_NATURES,
} from '@jiuye/domain';
import {
  MAX_AD_TEXT_LENGTH,
  MAX_AD_TITLE_LENGTH,
  MAX_MONTHLY_SALARY_YUAN,
} from '@jiuye/domain/compliance/limits';
import { REPORT_CATEGORIES, REVIEW_LIMITS } from '@jiuye/domain/compliance/review';
import { MAX_QUERY_LENGTH, POSTED_WITHIN_DAYS } from '@jiuye/domain/search/filter-values';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import { reportPosting } from '../compliance/compliance.service';
import * as service from './jobs.service';
import * as search from './search.service';

const keys = <T extends { key: string }>(list: readonly T[]) =>
  list.map((item) => item.key) as [T['key'], ...T['key'][]];

const salary = (label: string) =>
  z
    .number({ error: `请填写${label}（元/月）` })
    .int(`${label}应为整数（元/月）`)
    .min(1, `${label}应大于 0`)
    .max(MAX_MONTHLY_SALARY_YUAN, `${label}不合理`);

const regionCode = z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字');
const majorCode = z.string().regex(/^[0-9A-Z]{4,8}$/, '专业代码格式不正确');

/** The editable fields of a posting (salaries in yuan per month). */
export const postingBody = z.object({
  title: z.string().max(MAX_AD_TITLE_LENGTH, `岗位名称不能超过 ${MAX_AD_TITLE_LENGTH} 个字符`),
  description: z.string().max(MAX_AD_TEXT_LENGTH, `岗位描述不能超过 ${MAX_AD_TEXT_LENGTH} 个字符`),
  requirements: z.string().max(MAX_AD_TEXT_LENGTH).nullish(),
  salaryMin: salary('最低月薪'),
  salaryMax: salary('最高月薪'),
  occupationCode: z.string().max(2).nullish(),
  industryCode: z.string().max(2).nullish(),
  majorCodes: z.array(majorCode).max(MAX_POSTING_MAJORS, `专业最多选择 ${MAX_POSTING_MAJORS} 个`).default([]),
  minDegree: z.enum(keys(DEGREE_LEVELS), { error: '学历要求不正确' }).nullable().default(null),
  regionCodes: z.array(regionCode).max(MAX_POSTING_REGIONS, `工作地点最多选择 ${MAX_POSTING_REGIONS} 个`),
  headcount: z
    .number({ error: '请填写招聘人数' })
    .int('招聘人数应为整数')
    .min(HEADCOUNT_LIMITS.min, `招聘人数至少 ${HEADCOUNT_LIMITS.min} 人`)
    .max(HEADCOUNT_LIMITS.max, `招聘人数不能超过 ${HEADCOUNT_LIMITS.max} 人`),
  jobType: z.enum(keys(JOB_TYPES), { error: '岗位类型不正确' }),
  keyFields: z.array(z.enum(keys(KEY_FIELDS), { error: '重点领域标签不正确' })).default([]),
  benefits: z.array(z.enum(keys(BENEFITS), { error: '福利项不正确' })).default([]),
  deadline: z.string({ error: '请填写截止日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '截止日期格式应为 YYYY-MM-DD'),
});

const idParams = z.object({ id: z.uuid('岗位编号格式不正确') });

/** Search filters, shared by results and facets. */
const searchFilters = {
  q: z.string().trim().max(MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字符`).optional(),
  region: regionCode.optional(),
  major: majorCode.optional(),
  degree: z.enum(keys(DEGREE_LEVELS)).optional(),
  minSalary: z.coerce.number().int().min(0).max(MAX_MONTHLY_SALARY_YUAN).optional(),
  jobType: z.enum(keys(JOB_TYPES)).optional(),
  industry: z
    .string()
    .regex(/^[A-T]$/, '行业门类应为 A–T')
    .optional(),
  nature: z.enum(keys(UNIT_NATURES)).optional(),
  keyField: z.enum(keys(KEY_FIELDS)).optional(),
  market: z.uuid('招聘市场编号格式不正确').optional(),
  postedWithin: z.coerce
    .number()
    .refine(
      (d): d is (typeof POSTED_WITHIN_DAYS)[number] => (POSTED_WITHIN_DAYS as readonly number[]).includes(d),
      {
        message: `发布时间只能选 ${POSTED_WITHIN_DAYS.join('、')} 天内`,
      },
    )
    .optional(),
};

/** Job postings: employers manage their own; anyone searches and reads the published ones. */
export const jobsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/search',
      {
        config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
        schema: {
          summary: '岗位搜索（中文全文、筛选、排序；无结果时给出建议）',
          tags: ['jobs'],
          querystring: z.object({
            ...pageQuery,
            ...searchFilters,
            sort: z.enum(['relevance', 'newest', 'salary']).default('relevance'),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const result = await search.searchPostings(deps, { ...q, ...pageWindow(q) });
        return { ...result, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/search/facets',
      {
        config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
        schema: {
          summary: '岗位搜索的分面计数（每个筛选值有多少岗位）',
          tags: ['jobs'],
          querystring: z.object(searchFilters),
        },
      },
      async (req) => search.postingFacets(deps, req.query),
    );

    app.get(
      '/',
      {
        config: { access: 'jobs.manage' },
        schema: {
          summary: '本单位的岗位（全部状态）',
          tags: ['jobs'],
          querystring: z.object({
            ...pageQuery,
            q: z
              .string()
              .trim()
              .max(MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字符`)
              .optional(),
            status: z.enum(['draft', 'published', 'closed', 'expired', 'taken_down']).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listPostings(deps, requireUser(req), {
          q: q.q,
          status: q.status,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/:id',
      {
        config: { access: 'public' },
        schema: {
          summary: '岗位详情（已发布的岗位公开；其他状态仅本单位与主管部门可见）',
          tags: ['jobs'],
          params: idParams,
        },
      },
      async (req) => service.getPosting(deps, req.user, req.params.id),
    );

    app.post(
      '/',
      {
        config: { access: 'jobs.manage' },
        schema: { summary: '新建岗位（草稿，立即给出合规检查结果）', tags: ['jobs'], body: postingBody },
      },
      async (req, reply) =>
        reply.status(201).send(await service.createPosting(deps, requireUser(req), actorOf(req), req.body)),
    );

    app.put(
      '/:id',
      {
        config: { access: 'jobs.manage' },
        schema: {
          summary: '修改岗位（已发布的岗位回到草稿，需重新发布）',
          tags: ['jobs'],
          params: idParams,
          body: postingBody,
        },
      },
      async (req) => service.updatePosting(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/:id/publish',
      {
        config: { access: 'jobs.manage' },
        schema: {
          summary: '发布岗位：有禁止项时拒绝；有提示项时需确认（acknowledgeWarnings）',
          tags: ['jobs'],
          params: idParams,
          body: z.object({ acknowledgeWarnings: z.boolean().default(false) }),
        },
      },
      async (req) =>
        service.publishPosting(deps, requireUser(req), actorOf(req), req.params.id, {
          acknowledgeWarnings: req.body.acknowledgeWarnings,
        }),
    );

    app.post(
      '/:id/close',
      {
        config: { access: 'jobs.manage' },
        schema: { summary: '关闭岗位', tags: ['jobs'], params: idParams },
      },
      async (req) => service.closePosting(deps, requireUser(req), actorOf(req), req.params.id),
    );

    app.post(
      '/:id/reports',
      {
        config: { access: 'jobs.report', rateLimit: { max: 20, timeWindow: '1 hour' } },
        schema: {
          summary: '举报岗位（毕业生）',
          tags: ['jobs'],
          params: idParams,
          body: z.object({
            category: z.enum(REPORT_CATEGORIES, { error: '请选择举报类型' }),
            reason: z
              .string()
              .trim()
              .min(REVIEW_LIMITS.reasonMin, `请写明举报理由（至少 ${REVIEW_LIMITS.reasonMin} 个字）`)
              .max(REVIEW_LIMITS.reasonMax, `举报理由不能超过 ${REVIEW_LIMITS.reasonMax} 个字`),
            evidence: z
              .string()
              .max(REVIEW_LIMITS.evidenceMax, `证据说明不能超过 ${REVIEW_LIMITS.evidenceMax} 个字`)
              .nullish(),
          }),
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await reportPosting(deps, requireUser(req), actorOf(req), req.params.id, req.body)),
    );
  };
