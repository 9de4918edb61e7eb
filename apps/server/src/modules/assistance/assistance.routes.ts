import {
  ASSISTANCE_CATEGORIES,
  SERVICE_KINDS,
  type AssistanceCategoryKey,
  type ServiceKind,
} from '@jiuye/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { readEvidenceUpload, sendEvidenceFile } from '../../platform/evidence';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as handover from '../handover/handover.service';
import * as subsidies from '../subsidies/subsidies.service';
import * as training from '../training/training.service';
import * as service from './assistance.service';

// Shapes only; what a value means (a real category, a day not in the future, proof that fits)
// is the domain's and the service's to say, every problem at once.

const graduateId = z.uuid('毕业生编号格式不正确');
const evidenceId = z.uuid('材料编号格式不正确');
const serviceId = z.uuid('服务记录编号格式不正确');
const year = z.coerce.number().int().min(2000).max(2100);
const category = z.enum(
  ASSISTANCE_CATEGORIES.map((c) => c.key) as [AssistanceCategoryKey, ...AssistanceCategoryKey[]],
  {
    error: '帮扶对象类别不存在',
  },
);
const note = z.string().max(1000).nullish();
const targetApplication = z.object({ category, evidenceId: evidenceId.nullish(), note });
const day = z.string().max(10);
const serviceEntry = z.object({
  kind: z.enum(SERVICE_KINDS.map((k) => k.key) as [ServiceKind, ...ServiceKind[]], {
    error: '服务类型不存在',
  }),
  serviceOn: day,
  note,
  postingId: z.uuid('岗位编号格式不正确').nullish(),
  programmeId: z.uuid('培训项目编号格式不正确').nullish(),
});
const consent = z.object({ consent: z.boolean(), wantsJob: z.boolean() });
const subsidyApplication = z.object({
  category: z.string().max(40),
  evidenceIds: z.array(evidenceId).max(20, '材料不能超过 20 个'),
  note,
});
const tags = ['assistance'];
const upload = { consumes: ['multipart/form-data'] };

/** The graduate's own assistance (under /api/me). */
export const myAssistanceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const access = { access: 'assistance.own' as const };
    app.get(
      '/assistance',
      { config: access, schema: { summary: '我的帮扶：认定、一人一策、服务记录、移交意愿', tags } },
      async (req) => service.getMine(deps, requireUser(req)),
    );
    app.post(
      '/assistance/evidence',
      {
        config: access,
        schema: {
          summary: '上传帮扶材料（multipart：kind + file；PDF/JPG/PNG，10 MB 以内）',
          tags,
          ...upload,
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await service.addOwnEvidence(deps, requireUser(req), actorOf(req), await readEvidenceUpload(req)),
          ),
    );
    app.get(
      '/assistance/evidence/:evidenceId',
      { config: access, schema: { summary: '查看我的帮扶材料', tags, params: z.object({ evidenceId }) } },
      async (req, reply) =>
        sendEvidenceFile(reply, await service.ownEvidenceFile(deps, requireUser(req), req.params.evidenceId)),
    );
    app.post(
      '/assistance/targets',
      {
        config: access,
        schema: {
          summary: '申请帮扶对象认定（附证明材料，先经院系、再经学校审核）',
          tags,
          body: targetApplication,
        },
      },
      async (req) => service.applyOwn(deps, requireUser(req), actorOf(req), req.body),
    );
    app.post(
      '/assistance/services/:serviceId/response',
      {
        config: access,
        schema: {
          summary: '对一条帮扶服务作出回应（接受或拒绝）',
          tags,
          params: z.object({ serviceId }),
          body: z.object({ response: z.enum(['accepted', 'declined']), note }),
        },
      },
      async (req) => service.respondOwn(deps, requireUser(req), req.params.serviceId, req.body),
    );
    app.put(
      '/assistance/consent',
      {
        config: access,
        schema: { summary: '是否同意离校未就业时将信息移交户籍地人社部门', tags, body: consent },
      },
      async (req) => {
        const user = requireUser(req);
        return handover.setConsent(deps, user.scope.graduateId!, req.body, {
          user,
          actor: actorOf(req),
          via: 'graduate',
        });
      },
    );
    app.get(
      '/subsidy',
      { config: access, schema: { summary: '一次性求职补贴：本省政策、可申请类别与我的申请', tags } },
      async (req) => subsidies.getMine(deps, requireUser(req)),
    );
    app.post(
      '/subsidy',
      {
        config: access,
        schema: { summary: '申请一次性求职补贴（每人一次）', tags, body: subsidyApplication },
      },
      async (req, reply) =>
        reply.status(201).send(await subsidies.applyOwn(deps, requireUser(req), actorOf(req), req.body)),
    );
    app.post(
      '/subsidy/:id/withdraw',
      {
        config: access,
        schema: {
          summary: '撤回尚在审核中的补贴申请',
          tags,
          params: z.object({ id: z.uuid('申请编号格式不正确') }),
        },
      },
      async (req) => subsidies.withdrawOwn(deps, requireUser(req), actorOf(req), req.params.id),
    );
    app.get(
      '/training',
      { config: access, schema: { summary: '可报名的培训项目与我的培训', tags } },
      async (req) => training.mine(deps, requireUser(req)),
    );
    app.post(
      '/training/:programmeId/enrol',
      {
        config: access,
        schema: {
          summary: '报名培训项目',
          tags,
          params: z.object({ programmeId: z.uuid('培训项目编号格式不正确') }),
        },
      },
      async (req) => training.enrolSelf(deps, requireUser(req), req.params.programmeId),
    );
  };

/** Case work and dashboards (under /api/assistance). */
export const assistanceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const manage = { access: 'assistance.manage' as const };
    app.get(
      '/targets',
      {
        config: manage,
        schema: {
          summary: '管理范围内的帮扶对象（含服务记录数与未达标项）',
          tags,
          querystring: z.object({
            ...pageQuery,
            graduationYear: year.optional(),
            category: category.optional(),
            status: z.enum(['approved', 'pending']).optional(),
            collegeId: z.uuid('院系编号格式不正确').optional(),
            counsellorId: z.uuid('辅导员编号格式不正确').optional(),
            q: z.string().trim().max(50).optional(),
            placed: z.enum(['true', 'false']).optional(),
            sort: z.enum(['studentNo', 'name', 'gaps']).default('studentNo'),
          }),
        },
      },
      async (req) => {
        const { page, pageSize, placed, q, ...f } = req.query;
        const result = await service.listCases(deps, requireUser(req), {
          ...f,
          q: q || undefined,
          placed: placed === undefined ? undefined : placed === 'true',
          ...pageWindow({ page, pageSize }),
        });
        return { ...result, page, pageSize };
      },
    );
    app.get(
      '/reviews',
      {
        config: manage,
        schema: { summary: '待我审核的帮扶对象认定申请', tags, querystring: z.object(pageQuery) },
      },
      async (req) => ({
        ...(await service.listReviews(deps, requireUser(req), pageWindow(req.query))),
        page: req.query.page,
        pageSize: req.query.pageSize,
      }),
    );
    app.post(
      '/reviews',
      {
        config: manage,
        schema: {
          summary: `审核认定申请（每次最多 ${service.BULK_MAX} 条；不予认定须写原因；逐条返回结果）`,
          tags,
          body: z.object({
            items: z
              .array(z.object({ graduateId, category }))
              .min(1, '请选择要审核的申请')
              .max(service.BULK_MAX, `每次最多 ${service.BULK_MAX} 条`),
            decision: z.enum(['approve', 'reject']),
            reason: z.string().max(1000).nullish(),
          }),
        },
      },
      async (req) => service.review(deps, requireUser(req), actorOf(req), req.body),
    );
    app.get(
      '/graduates/:graduateId',
      { config: manage, schema: { summary: '一位毕业生的帮扶档案', tags, params: z.object({ graduateId }) } },
      async (req) => service.getCase(deps, requireUser(req), req.params.graduateId),
    );
    app.post(
      '/graduates/:graduateId/evidence',
      {
        config: manage,
        schema: { summary: '代为上传帮扶材料', tags, params: z.object({ graduateId }), ...upload },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await service.addEvidenceFor(
              deps,
              requireUser(req),
              actorOf(req),
              req.params.graduateId,
              await readEvidenceUpload(req),
            ),
          ),
    );
    app.get(
      '/graduates/:graduateId/evidence/:evidenceId',
      {
        config: manage,
        schema: {
          summary: '查看毕业生的帮扶材料（记入审计日志）',
          tags,
          params: z.object({ graduateId, evidenceId }),
        },
      },
      async (req, reply) =>
        sendEvidenceFile(
          reply,
          await service.evidenceFileFor(
            deps,
            requireUser(req),
            actorOf(req),
            req.params.graduateId,
            req.params.evidenceId,
          ),
        ),
    );
    app.post(
      '/graduates/:graduateId/targets',
      {
        config: manage,
        schema: {
          summary: '代为申请认定（辅导员代申请直接进入学校审核；就业中心直接认定）',
          tags,
          params: z.object({ graduateId }),
          body: targetApplication,
        },
      },
      async (req) => service.applyFor(deps, requireUser(req), actorOf(req), req.params.graduateId, req.body),
    );
    app.put(
      '/graduates/:graduateId/plan',
      {
        config: manage,
        schema: {
          summary: '保存一人一策帮扶计划',
          tags,
          params: z.object({ graduateId }),
          body: z.object({
            goals: z.string().max(2000),
            counsellorId: z.uuid('辅导员编号格式不正确').nullable(),
            actions: z
              .array(z.object({ title: z.string().max(400), dueOn: day, doneOn: day.nullish() }))
              .max(50),
          }),
        },
      },
      async (req) => service.savePlan(deps, requireUser(req), actorOf(req), req.params.graduateId, req.body),
    );
    app.post(
      '/graduates/:graduateId/services',
      {
        config: manage,
        schema: { summary: '添加帮扶服务记录', tags, params: z.object({ graduateId }), body: serviceEntry },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await service.addService(deps, requireUser(req), req.params.graduateId, req.body)),
    );
    app.post(
      '/graduates/:graduateId/services/:serviceId/response',
      {
        config: manage,
        schema: {
          summary: '登记毕业生对服务的回应（电话、面谈中得到的答复）',
          tags,
          params: z.object({ graduateId, serviceId }),
          body: z.object({ response: z.enum(['accepted', 'declined', 'unreachable']), note }),
        },
      },
      async (req) =>
        service.respondFor(deps, requireUser(req), req.params.graduateId, req.params.serviceId, req.body),
    );
    app.put(
      '/graduates/:graduateId/consent',
      {
        config: manage,
        schema: {
          summary: '代为登记移交意愿（须写明依据，如本人签字的同意书）',
          tags,
          params: z.object({ graduateId }),
          body: consent.extend({ note: z.string().max(400) }),
        },
      },
      async (req) => {
        const user = requireUser(req);
        await service.subjectInScope(deps.db, user, req.params.graduateId);
        return handover.setConsent(deps, req.params.graduateId, req.body, {
          user,
          actor: actorOf(req),
          via: 'counsellor',
        });
      },
    );
    app.post(
      '/graduates/:graduateId/subsidy',
      {
        config: manage,
        schema: {
          summary: '辅导员代为申请一次性求职补贴（直接进入学校审核）',
          tags,
          params: z.object({ graduateId }),
          body: subsidyApplication,
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(
            await subsidies.applyFor(deps, requireUser(req), actorOf(req), req.params.graduateId, req.body),
          ),
    );
    app.get(
      '/counsellors',
      { config: manage, schema: { summary: '可负责帮扶计划的辅导员', tags } },
      async (req) => service.counsellors(deps, requireUser(req)),
    );
    app.get(
      '/standard',
      { config: manage, schema: { summary: '本校帮扶服务标准（未设置时为默认标准）', tags } },
      async (req) => service.getStandard(deps, requireUser(req)),
    );
    app.put(
      '/standard',
      {
        config: manage,
        schema: {
          summary: '设置本校帮扶服务标准（就业中心）',
          tags,
          body: z.object({
            policyExplanation: z.number(),
            guidanceSession: z.number(),
            jobReferral: z.number(),
            trainingOrTraineeship: z.number(),
          }),
        },
      },
      async (req) => service.setStandard(deps, requireUser(req), actorOf(req), req.body),
    );
    app.get(
      '/gaps',
      {
        config: manage,
        schema: {
          summary: '未落实帮扶对象的服务达标情况（按院系或辅导员）',
          tags,
          querystring: z.object({
            graduationYear: year.optional(),
            groupBy: z.enum(['college', 'counsellor']).default('college'),
          }),
        },
      },
      async (req) => service.gaps(deps, requireUser(req), req.query),
    );
    app.get(
      '/dashboard',
      {
        config: { access: 'assistance.read' },
        schema: {
          summary: '帮扶概览：覆盖、服务达标、落实率对比、补贴、移交联系（管理范围内）',
          tags,
          querystring: z.object({ graduationYear: year.optional() }),
        },
      },
      async (req) => service.dashboard(deps, requireUser(req), req.query.graduationYear),
    );
  };
