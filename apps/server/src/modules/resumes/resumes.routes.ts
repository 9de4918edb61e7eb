import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resumeContentSchema } from '@jiuye/domain/recruitment/resume-schema';
import type { Deps } from '../../platform/context';
import { actorOf, requireUser } from '../../platform/http';
import * as service from './resumes.service';

/** `attachment` with an ASCII fallback name and the Chinese one per RFC 6266 / 5987. */
export function pdfDisposition(fileName: string): string {
  return `attachment; filename="resume.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The graduate's own résumé (mounted under /api/me). */
export const resumesRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/resume',
      {
        config: { access: 'profile.own' },
        schema: { summary: '我的简历（教育信息来自高校名册，已核验）', tags: ['me'] },
      },
      async (req) => service.getOwnResume(deps, requireUser(req)),
    );

    app.put(
      '/resume',
      {
        config: { access: 'profile.own' },
        schema: {
          summary: '保存我的简历（一次列出全部问题）',
          tags: ['me'],
          body: resumeContentSchema,
        },
      },
      async (req) => service.saveOwnResume(deps, requireUser(req), req.body),
    );

    app.get(
      '/resume.pdf',
      {
        config: { access: 'profile.own', rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: { summary: '导出我的简历 PDF（含完整联系方式，记入审计日志）', tags: ['me'] },
      },
      async (req, reply) => {
        const { pdf, name } = await service.ownResumePdf(deps, requireUser(req), actorOf(req));
        return reply
          .type('application/pdf')
          .header('content-disposition', pdfDisposition(`简历-${name}.pdf`))
          .send(pdf);
      },
    );
  };
