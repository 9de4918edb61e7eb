import { DESTINATION_STATUSES, type DestinationInput } from '@jiuye/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readEvidenceUpload, sendEvidenceFile } from '../../platform/evidence';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './destinations.service';

// Shapes only: what each field means (codes that exist, USCC check characters, dates) is checked
// by the domain (destinationProblems), which reports every problem at once.
const text = (max: number) => z.string().max(max * 2, `不能超过 ${max} 个字符`);
const region = z.string().max(12);
const day = z.string().max(10);
const details = z.discriminatedUnion('form', [
  z.object({
    form: z.literal('unit'),
    uscc: z.string().max(40),
    name: text(100),
    nature: z.string().max(40),
    industryCode: z.string().max(2),
    regionCode: region,
    occupationCode: z.string().max(12),
    contractDate: day,
    monthlyPay: z.number().min(0, '月薪不能为负数').max(100_000_000),
  }),
  z.object({ form: z.literal('enlistment'), regionCode: region, enlistmentDate: day }),
  z.object({
    form: z.literal('programme'),
    programme: text(100),
    unitName: text(100),
    regionCode: region,
    startDate: day,
  }),
  z.object({
    form: z.literal('business'),
    uscc: z.string().max(40),
    name: text(100),
    regionCode: region,
    startDate: day,
    online: z.boolean(),
  }),
  z.object({
    form: z.literal('freelance'),
    work: text(100),
    regionCode: region,
    statementSigned: z.boolean(),
  }),
  z.object({ form: z.literal('study'), institution: text(100), programme: text(100) }),
  z.object({ form: z.literal('abroad'), country: text(100), institution: text(100), programme: text(100) }),
  z.object({ form: z.literal('not_placed'), label: z.string().max(40) }),
]);
const registration = z.object({ destinationCode: z.string().max(8), details });
type RegistrationBody = z.infer<typeof registration>;

/** The domain checks pay in fen; the client sent `monthlyPay` in yuan, so problems point there. */
async function inYuan<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError && err.issues)
      throw new AppError(
        err.code,
        err.message,
        err.issues.map((i) =>
          i.path === 'details.monthlyPayFen' ? { ...i, path: 'details.monthlyPay' } : i,
        ),
      );
    throw err;
  }
}

/** Pay comes in yuan and is kept in fen. */
function inputOf(body: RegistrationBody): DestinationInput {
  const d = body.details;
  if (d.form !== 'unit') return { destinationCode: body.destinationCode, details: d };
  const { monthlyPay, ...rest } = d;
  return {
    destinationCode: body.destinationCode,
    details: { ...rest, monthlyPayFen: Math.round(monthlyPay * 100) },
  };
}

const graduateId = z.uuid('毕业生编号格式不正确');
const evidenceId = z.uuid('材料编号格式不正确');
const reason = z.string().max(service.REASON_MAX, `原因不能超过 ${service.REASON_MAX} 个字`);
const decision = z.object({ decision: z.enum(['approve', 'return']), reason: reason.nullish() });

const upload = { consumes: ['multipart/form-data'] };

/** The graduate's own registration (under /api/me). */
export const myDestinationRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/destination',
      {
        config: { access: 'destinations.register' },
        schema: { summary: '我的毕业去向登记（含证明材料、历史版本、截止日期）', tags: ['destinations'] },
      },
      async (req) => service.getOwn(deps, requireUser(req)),
    );

    app.get(
      '/destination/offer-draft',
      {
        config: { access: 'destinations.register' },
        schema: {
          summary: '由已签约的录用（平台内招聘）生成的去向登记草稿；没有时为 null',
          tags: ['destinations'],
        },
      },
      async (req) => ({ draft: await service.ownDraftFromOffer(deps, requireUser(req)) }),
    );

    app.put(
      '/destination',
      {
        config: { access: 'destinations.register', rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          summary: '登记或修改毕业去向（8 月 31 日前），保存后提交院系审核',
          tags: ['destinations'],
          body: registration,
        },
      },
      async (req) => inYuan(service.saveOwn(deps, requireUser(req), actorOf(req), inputOf(req.body))),
    );

    app.post(
      '/destination/evidence',
      {
        config: { access: 'destinations.register', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary: '上传证明材料（PDF/JPG/PNG，10 MB 以内；字段 kind 为材料类型）',
          tags: ['destinations'],
          ...upload,
        },
      },
      async (req, reply) => {
        const saved = await service.addOwnEvidence(
          deps,
          requireUser(req),
          actorOf(req),
          await readEvidenceUpload(req),
        );
        return reply.status(201).send(saved);
      },
    );

    app.get(
      '/destination/evidence/:evidenceId',
      {
        config: { access: 'destinations.register' },
        schema: { summary: '查看我的证明材料', tags: ['destinations'], params: z.object({ evidenceId }) },
      },
      async (req, reply) =>
        sendEvidenceFile(reply, await service.ownEvidenceFile(deps, requireUser(req), req.params.evidenceId)),
    );

    app.delete(
      '/destination/evidence/:evidenceId',
      {
        config: { access: 'destinations.register' },
        schema: {
          summary: '删除证明材料（已审核通过的登记不能删除）',
          tags: ['destinations'],
          params: z.object({ evidenceId }),
        },
      },
      async (req, reply) => {
        await service.removeOwnEvidence(deps, requireUser(req), req.params.evidenceId);
        return reply.status(204).send();
      },
    );
  };

/** Review and changes by the university (under /api/destinations). */
export const destinationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'destinations.review' },
        schema: {
          summary: '管理范围内的毕业去向登记（可按状态、院系、届别、姓名或学号筛选）',
          tags: ['destinations'],
          querystring: z.object({
            ...pageQuery,
            status: z.enum(DESTINATION_STATUSES).optional(),
            collegeId: z.uuid('院系编号格式不正确').optional(),
            graduationYear: z.coerce.number().int().min(2000).max(2100).optional(),
            q: z.string().trim().max(50).optional(),
            sort: z.enum(['updated_at', 'student_no']).default('updated_at'),
            order: z.enum(['asc', 'desc']).default('asc'),
          }),
        },
      },
      async (req) => {
        const { page, pageSize, q, ...filter } = req.query;
        return service.listInScope(deps, requireUser(req), {
          ...filter,
          q: q || undefined,
          ...pageWindow({ page, pageSize }),
        });
      },
    );

    app.post(
      '/review',
      {
        config: { access: 'destinations.review' },
        schema: {
          summary: `批量审核（每次最多 ${service.BULK_REVIEW_MAX} 条；不能通过的逐条说明原因）`,
          tags: ['destinations'],
          body: decision.extend({ graduateIds: z.array(graduateId).min(1, '请选择要审核的登记') }),
        },
      },
      async (req) => {
        const { graduateIds, ...d } = req.body;
        return service.reviewMany(deps, requireUser(req), actorOf(req), graduateIds, {
          decision: d.decision,
          reason: d.reason ?? null,
        });
      },
    );

    app.get(
      '/:graduateId',
      {
        config: { access: 'destinations.review' },
        schema: {
          summary: '某位毕业生的去向登记、证明材料与历史',
          tags: ['destinations'],
          params: z.object({ graduateId }),
        },
      },
      async (req) => service.getForGraduate(deps, requireUser(req), req.params.graduateId),
    );

    app.post(
      '/:graduateId/review',
      {
        config: { access: 'destinations.review' },
        schema: {
          summary: '审核：辅导员初审（院系），就业中心终审（学校）；退回须写原因',
          tags: ['destinations'],
          params: z.object({ graduateId }),
          body: decision,
        },
      },
      async (req) =>
        service.review(deps, requireUser(req), actorOf(req), req.params.graduateId, {
          decision: req.body.decision,
          reason: req.body.reason ?? null,
        }),
    );

    app.put(
      '/:graduateId',
      {
        config: { access: 'destinations.edit' },
        schema: {
          summary: '就业中心代为登记或修改毕业去向（须写原因；8 月 31 日后的修改由学校办理）',
          tags: ['destinations'],
          params: z.object({ graduateId }),
          body: registration.extend({ reason }),
        },
      },
      async (req) =>
        inYuan(
          service.saveForGraduate(
            deps,
            requireUser(req),
            actorOf(req),
            req.params.graduateId,
            inputOf(req.body),
            req.body.reason,
          ),
        ),
    );

    app.post(
      '/:graduateId/evidence',
      {
        config: { access: 'destinations.edit', rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          summary: '就业中心代为上传证明材料',
          tags: ['destinations'],
          params: z.object({ graduateId }),
          ...upload,
        },
      },
      async (req, reply) => {
        const saved = await service.addEvidenceForGraduate(
          deps,
          requireUser(req),
          actorOf(req),
          req.params.graduateId,
          await readEvidenceUpload(req),
        );
        return reply.status(201).send(saved);
      },
    );

    app.get(
      '/:graduateId/evidence/:evidenceId',
      {
        config: { access: 'destinations.review' },
        schema: {
          summary: '查看证明材料（记入审计日志）',
          tags: ['destinations'],
          params: z.object({ graduateId, evidenceId }),
        },
      },
      async (req, reply) =>
        sendEvidenceFile(
          reply,
          await service.evidenceFileForGraduate(
            deps,
            requireUser(req),
            actorOf(req),
            req.params.graduateId,
            req.params.evidenceId,
          ),
        ),
    );
  };
