import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ORGANISATION_KINDS,
  ORGANISATION_LIMITS as L,
  VERIFICATION_DECISIONS,
  VERIFICATION_STATUSES,
} from '@jiuye/domain/recruitment/organisation';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser, SESSION_COOKIE } from '../../platform/http';
import { login } from '../auth/auth.service';
import { sessionCookieOptions, sessionMeta } from '../auth/auth.routes';
import * as service from './organisations.service';

// Types and lengths only; a missing text becomes '' so the service's check names it along with every
// other problem (a real code, a known region …) in one answer, each with a Chinese message.
const text = (max: number) => z.string().max(max).default('');
const profileFields = {
  name: text(L.nameMax * 2),
  uscc: text(40),
  nature: text(40),
  industryCode: text(4),
  regionCode: text(12),
  size: text(20),
  contactName: text(L.contactNameMax * 2),
  contactEmail: text(L.emailMax),
  introduction: z
    .string()
    .max(L.introductionMax * 2)
    .nullish(),
  licenceNo: z
    .string()
    .max(L.licenceMax * 2)
    .nullish(),
};
const accountFields = { username: text(64), displayName: text(100), password: text(256) };
const idParams = z.object({ id: z.uuid('编号格式不正确') });
const reason = z.string().trim().max(L.reasonMax, `理由不能超过 ${L.reasonMax} 个字符`);

/** Employers and agencies: directory, self-registration, own profile and colleagues, verification. */
export const organisationsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        config: { access: 'organisations.read' },
        schema: {
          summary: '用人单位与人力资源服务机构',
          tags: ['organisations'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().trim().max(60).optional(),
            kind: z.enum(ORGANISATION_KINDS).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.listOrganisations(deps, requireUser(req), {
          q: q.q,
          kind: q.kind,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.post(
      '/',
      {
        config: { access: 'organisations.manage' },
        schema: {
          summary: '登记单位（校验统一社会信用代码）',
          tags: ['organisations'],
          body: z.object({
            kind: z.enum(ORGANISATION_KINDS),
            name: z.string(),
            uscc: z.string().max(40),
            nature: z.string().max(30).optional(),
            industryCode: z.string().max(4).optional(),
            regionCode: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
          }),
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await service.createOrganisation(deps, requireUser(req), actorOf(req), req.body)),
    );

    app.post(
      '/register',
      {
        // The same throttle as graduate registration: each attempt hashes a password and writes rows.
        config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          summary: '单位注册（统一社会信用代码 + 第一个 HR 账号，注册后待审核）',
          tags: ['organisations'],
          body: z.object({
            kind: z.enum(ORGANISATION_KINDS),
            ...profileFields,
            contactPhone: text(30),
            ...accountFields,
          }),
        },
      },
      async (req, reply) => {
        const { organisation, username } = await service.registerOrganisation(deps, actorOf(req), req.body);
        // Signed in straight away, like a graduate who registers: the next step is the profile page.
        const { token, user } = await login(deps, username, req.body.password, sessionMeta(req));
        reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps));
        return reply.status(201).send({ organisation, user });
      },
    );

    // ── The signed-in HR account's own organisation ──

    app.get(
      '/mine',
      {
        config: { access: 'organisations.own' },
        schema: { summary: '本单位信息、认证状态与审核记录', tags: ['organisations'] },
      },
      async (req) => service.getOwnOrganisation(deps, requireUser(req)),
    );

    app.put(
      '/mine',
      {
        config: { access: 'organisations.own' },
        schema: {
          summary: '修改本单位信息（已认证单位修改名称、信用代码等认证信息后需重新审核）',
          tags: ['organisations'],
          body: z.object({ ...profileFields, contactPhone: z.string().max(30).nullish() }),
        },
      },
      async (req) => service.updateOwnOrganisation(deps, requireUser(req), actorOf(req), req.body),
    );

    app.post(
      '/mine/resubmit',
      {
        config: { access: 'organisations.own' },
        schema: {
          summary: '被驳回或需补充材料后重新提交审核',
          tags: ['organisations'],
          body: z.object({ note: reason.optional() }),
        },
      },
      async (req) => service.resubmitOwnOrganisation(deps, requireUser(req), actorOf(req), req.body.note),
    );

    app.post(
      '/mine/reveal',
      {
        config: { access: 'organisations.own', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: { summary: '查看本单位完整的联系人手机号（记入审计日志）', tags: ['organisations'] },
      },
      async (req) => service.revealOwnContactPhone(deps, requireUser(req), actorOf(req)),
    );

    app.get(
      '/mine/staff',
      {
        config: { access: 'organisations.staff' },
        schema: { summary: '本单位的 HR 账号', tags: ['organisations'] },
      },
      async (req) => service.listStaff(deps, requireUser(req)),
    );

    app.post(
      '/mine/staff',
      {
        config: { access: 'organisations.staff' },
        schema: { summary: '为同事开通 HR 账号', tags: ['organisations'], body: z.object(accountFields) },
      },
      async (req, reply) =>
        reply.status(201).send(await service.addStaff(deps, requireUser(req), actorOf(req), req.body)),
    );

    app.patch(
      '/mine/staff/:id',
      {
        config: { access: 'organisations.staff' },
        schema: {
          summary: '停用或启用同事的账号（不能停用自己）',
          tags: ['organisations'],
          params: idParams,
          body: z.object({ status: z.enum(['active', 'disabled']) }),
        },
      },
      async (req) =>
        service.setStaffStatus(deps, requireUser(req), actorOf(req), req.params.id, req.body.status),
    );

    // ── Verification by education officials ──

    app.get(
      '/verification',
      {
        config: { access: 'organisations.verify' },
        schema: {
          summary: '单位认证队列（默认待审核与待补充，先到先审）',
          tags: ['organisations'],
          querystring: z.object({
            ...pageQuery,
            q: z.string().trim().max(60).optional(),
            kind: z.enum(ORGANISATION_KINDS).optional(),
            status: z.enum(VERIFICATION_STATUSES).optional(),
          }),
        },
      },
      async (req) => {
        const q = req.query;
        const page = await service.verificationQueue(deps, requireUser(req), {
          q: q.q,
          kind: q.kind,
          status: q.status,
          ...pageWindow(q),
        });
        return { ...page, page: q.page, pageSize: q.pageSize };
      },
    );

    app.get(
      '/verification/:id',
      {
        config: { access: 'organisations.verify' },
        schema: { summary: '认证详情（全部注册信息与审核记录）', tags: ['organisations'], params: idParams },
      },
      async (req) => service.verificationDetail(deps, requireUser(req), req.params.id),
    );

    app.post(
      '/verification/:id/decision',
      {
        config: { access: 'organisations.verify' },
        schema: {
          summary: '认证决定：通过、驳回（须说明理由）或要求补充材料（须说明理由）',
          tags: ['organisations'],
          params: idParams,
          body: z.object({ decision: z.enum(VERIFICATION_DECISIONS), reason: reason.nullish() }),
        },
      },
      async (req) =>
        service.decideVerification(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );

    app.post(
      '/verification/:id/reveal',
      {
        config: { access: 'organisations.verify', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          summary: '查看完整的联系人手机号（须说明原因，记入审计日志）',
          tags: ['organisations'],
          params: idParams,
          body: z.object({ reason: z.string().trim().min(2, '请填写查看原因').max(200) }),
        },
      },
      async (req) =>
        service.revealForVerification(deps, requireUser(req), actorOf(req), req.params.id, req.body.reason),
    );
  };
