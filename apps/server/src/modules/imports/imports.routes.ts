import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { actorOf, pageQuery, pageWindow, requireUser } from '../../platform/http';
import type { JobRunner } from '../../platform/jobs';
import * as service from './imports.service';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** Roster import routes: upload (queued as a job), status polling, error report. */
export const importsRoutes =
  (deps: Deps, jobs: JobRunner): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/graduates',
      {
        config: { access: 'roster.import' },
        schema: {
          summary: '上传毕业生名册（CSV/GBK/xlsx），后台导入',
          tags: ['imports'],
          consumes: ['multipart/form-data'],
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        let universityCode: string | undefined;
        let saved: service.UploadedFile | null = null;
        const dir = join(deps.config.dataDir, 'uploads');
        await mkdir(dir, { recursive: true, mode: 0o700 });
        try {
          for await (const part of req.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })) {
            if (part.type === 'field') {
              if (part.fieldname === 'universityCode' && typeof part.value === 'string' && part.value)
                universityCode = part.value;
              continue;
            }
            const path = join(dir, `${randomUUID()}.upload`);
            const hash = createHash('sha256');
            let size = 0;
            await pipeline(
              part.file,
              new Transform({
                transform(chunk: Buffer, _enc, cb) {
                  hash.update(chunk);
                  size += chunk.length;
                  cb(null, chunk);
                },
              }),
              createWriteStream(path, { mode: 0o600 }),
            );
            if (part.file.truncated) {
              await rm(path, { force: true });
              throw new AppError('payload_too_large', `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB 上限`);
            }
            saved = { fileName: part.filename || 'roster', path, size, sha256: hash.digest('hex') };
          }
          if (!saved)
            throw new AppError('validation_failed', '请选择要上传的文件', [
              { path: 'file', message: '必填' },
            ]);
          if (saved.size === 0)
            throw new AppError('validation_failed', '文件为空', [{ path: 'file', message: '文件为空' }]);
          const id = await service.startGraduateImport(deps, jobs, user, actorOf(req), {
            universityCode,
            file: saved,
          });
          return reply.status(202).send({ id, status: 'queued' });
        } catch (err) {
          if (saved) await rm(saved.path, { force: true });
          throw err;
        }
      },
    );

    app.get(
      '/',
      {
        config: { access: 'roster.import' },
        schema: { summary: '导入记录列表', tags: ['imports'], querystring: z.object(pageQuery) },
      },
      async (req) => {
        const page = await service.listImports(deps, requireUser(req), pageWindow(req.query));
        return { ...page, page: req.query.page, pageSize: req.query.pageSize };
      },
    );

    app.get(
      '/:id',
      {
        config: { access: 'roster.import' },
        schema: { summary: '导入状态与错误样例', tags: ['imports'], params: z.object({ id: z.uuid() }) },
      },
      async (req) => service.getImport(deps, requireUser(req), req.params.id),
    );

    app.get(
      '/:id/errors.csv',
      {
        config: { access: 'roster.import' },
        schema: { summary: '下载完整错误报告（CSV）', tags: ['imports'], params: z.object({ id: z.uuid() }) },
      },
      async (req, reply) => {
        const lines = service.errorReportCsv(deps, requireUser(req), req.params.id);
        // Pull the first chunk before sending headers so a scope error still becomes a JSON error.
        const first = await lines.next();
        async function* all() {
          if (!first.done) yield first.value;
          yield* lines;
        }
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="import-${req.params.id}-errors.csv"`)
          .send(Readable.from(all()));
      },
    );
  };
