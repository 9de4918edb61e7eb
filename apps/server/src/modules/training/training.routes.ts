import { PROGRAMME_KINDS } from '@jiuye/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import * as service from './training.service';

const id = z.uuid('培训项目编号格式不正确');
const graduateId = z.uuid('毕业生编号格式不正确');
const tags = ['training'];
const programme = z.object({
  name: z.string().max(200),
  kind: z.string().max(40),
  organiser: z.string().max(200),
  startsOn: z.string().max(10),
  endsOn: z.string().max(10),
  sessions: z.number(),
  capacity: z.number(),
  description: z.string().max(4000).default(''),
});

/** Training programmes (宏志助航 and others) (under /api/training). */
export const trainingRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const manage = { access: 'training.manage' as const };
    app.get(
      '/programmes',
      {
        config: manage,
        schema: {
          summary: '我管理的培训项目',
          tags,
          querystring: z.object({
            ...pageQuery,
            status: z.enum(['open', 'closed']).optional(),
            kind: z.enum(PROGRAMME_KINDS.map((k) => k.key) as [string, ...string[]]).optional(),
          }),
        },
      },
      async (req) => {
        const { page, pageSize, ...f } = req.query;
        return {
          ...(await service.list(deps, requireUser(req), { ...f, ...pageWindow({ page, pageSize }) })),
          page,
          pageSize,
        };
      },
    );
    app.post(
      '/programmes',
      {
        config: manage,
        schema: { summary: '新建培训项目（就业中心：本校；省级部门：本省）', tags, body: programme },
      },
      async (req, reply) =>
        reply.status(201).send(await service.create(deps, requireUser(req), actorOf(req), req.body)),
    );
    app.patch(
      '/programmes/:id',
      {
        config: manage,
        schema: {
          summary: '修改培训项目，或开放、关闭报名',
          tags,
          params: z.object({ id }),
          body: programme.partial().extend({ status: z.enum(['open', 'closed']).optional() }),
        },
      },
      async (req) => service.update(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/programmes/:id',
      { config: manage, schema: { summary: '培训项目详情与学员（含考勤）', tags, params: z.object({ id }) } },
      async (req) => service.get(deps, requireUser(req), req.params.id),
    );
    app.post(
      '/programmes/:id/enrolments',
      {
        config: manage,
        schema: {
          summary: `为毕业生报名（每次最多 ${service.BATCH_MAX} 人；逐人说明不能报名的原因）`,
          tags,
          params: z.object({ id }),
          body: z.object({
            graduateIds: z
              .array(graduateId)
              .min(1, '请选择毕业生')
              .max(service.BATCH_MAX, `每次最多 ${service.BATCH_MAX} 人`),
          }),
        },
      },
      async (req) => service.enrol(deps, requireUser(req), actorOf(req), req.params.id, req.body.graduateIds),
    );
    app.post(
      '/programmes/:id/attendance',
      {
        config: manage,
        schema: {
          summary: '登记某次课的出勤（覆盖该次课原有记录）',
          tags,
          params: z.object({ id }),
          body: z.object({ sessionNo: z.number().int(), graduateIds: z.array(graduateId).max(10_000) }),
        },
      },
      async (req) => service.recordAttendance(deps, requireUser(req), req.params.id, req.body),
    );
    app.post(
      '/programmes/:id/enrolments/:graduateId/complete',
      {
        config: manage,
        schema: {
          summary: '结业（出勤达 80% 并填写证书编号）',
          tags,
          params: z.object({ id, graduateId }),
          body: z.object({ certificateNo: z.string().max(100), completedOn: z.string().max(10) }),
        },
      },
      async (req) =>
        service.complete(
          deps,
          requireUser(req),
          actorOf(req),
          req.params.id,
          req.params.graduateId,
          req.body,
        ),
    );
    app.post(
      '/programmes/:id/enrolments/:graduateId/withdraw',
      { config: manage, schema: { summary: '学员退出', tags, params: z.object({ id, graduateId }) } },
      async (req) => service.withdraw(deps, requireUser(req), req.params.id, req.params.graduateId),
    );
  };
