import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from './platform/context';
import { installHttpPipeline, sendError } from './platform/http';
import type { JobRunner } from './platform/jobs';
import { applicationsRoutes, myApplicationsRoutes } from './modules/applications/applications.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { assistanceRoutes, myAssistanceRoutes } from './modules/assistance/assistance.routes';
import { handoverRoutes } from './modules/handover/handover.routes';
import { subsidiesRoutes } from './modules/subsidies/subsidies.routes';
import { trainingRoutes } from './modules/training/training.routes';
import { destinationsRoutes, myDestinationRoutes } from './modules/destinations/destinations.routes';
import { monitoringRoutes } from './modules/monitoring/monitoring.routes';
import {
  myVerificationRoutes,
  publicVerificationRoutes,
  verificationRoutes,
} from './modules/verification/verification.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { graduatesRoutes, profileRoutes } from './modules/graduates/graduates.routes';
import { importsRoutes, MAX_UPLOAD_BYTES } from './modules/imports/imports.routes';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { complianceRoutes } from './modules/compliance/compliance.routes';
import { jobsRoutes } from './modules/jobs/jobs.routes';
import { marketsRoutes } from './modules/markets/markets.routes';
import {
  graduateMatchingRoutes,
  myMatchingRoutes,
  postingMatchingRoutes,
} from './modules/matching/matching.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { referenceRoutes } from './modules/reference/reference.routes';
import { resumesRoutes } from './modules/resumes/resumes.routes';
import { usersRoutes } from './modules/users/users.routes';

// Zod's built-in messages in Chinese, so every validation issue reads naturally in the UI.
z.config(z.locales.zhCN());

export const VERSION = '0.1.0';

export interface BuildAppOptions {
  logger?: boolean | { level: string };
  /** Directory of the built web app; served with an SPA fallback when present. */
  webDistDir?: string | null;
}

/** Builds the Fastify app with every module; used by main, tests and the CLI. */
export async function buildApp(
  deps: Deps,
  jobs: JobRunner,
  opts: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const { trustProxy } = deps.config;
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy:
      typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    bodyLimit: 1024 * 1024,
    // Long enough for slow mobile uploads, short enough that a dead connection is dropped.
    requestTimeout: 10 * 60_000,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at runtime.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Jiuye 就业服务平台 API',
        description:
          '高校毕业生高质量就业服务平台的开放接口。错误统一为 { error: { code, message, issues? } }。',
        version: VERSION,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jiuye_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installHttpPipeline(app, deps);

  app.get(
    '/api/health',
    { config: { access: 'public' }, schema: { summary: '健康检查', tags: ['system'] } },
    async () => {
      await deps.db.selectFrom('regions').select('code').limit(1).execute();
      return { status: 'ok', database: deps.dbHandle.kind, version: VERSION };
    },
  );
  await app.register(authRoutes(deps), { prefix: '/api/auth' });
  await app.register(usersRoutes(deps), { prefix: '/api/users' });
  await app.register(referenceRoutes(deps), { prefix: '/api/reference' });
  await app.register(graduatesRoutes(deps), { prefix: '/api/graduates' });
  await app.register(profileRoutes(deps), { prefix: '/api/me' });
  await app.register(importsRoutes(deps, jobs), { prefix: '/api/imports' });
  await app.register(organisationsRoutes(deps), { prefix: '/api/organisations' });
  await app.register(jobsRoutes(deps), { prefix: '/api/jobs' });
  await app.register(marketsRoutes(deps), { prefix: '/api/markets' });
  await app.register(myMatchingRoutes(deps), { prefix: '/api/me' });
  await app.register(graduateMatchingRoutes(deps), { prefix: '/api/graduates' });
  await app.register(postingMatchingRoutes(deps), { prefix: '/api/jobs' });
  await app.register(complianceRoutes(deps), { prefix: '/api/compliance' });
  await app.register(auditRoutes(deps), { prefix: '/api/audit' });
  await app.register(resumesRoutes(deps), { prefix: '/api/me' });
  await app.register(myApplicationsRoutes(deps), { prefix: '/api/me' });
  await app.register(applicationsRoutes(deps), { prefix: '/api/applications' });
  await app.register(notificationsRoutes(deps), { prefix: '/api/notifications' });
  await app.register(myDestinationRoutes(deps), { prefix: '/api/me' });
  await app.register(destinationsRoutes(deps), { prefix: '/api/destinations' });
  await app.register(monitoringRoutes(deps), { prefix: '/api/monitoring' });
  await app.register(publicVerificationRoutes(deps), { prefix: '/api/verify' });
  await app.register(myVerificationRoutes(deps), { prefix: '/api/me' });
  await app.register(verificationRoutes(deps), { prefix: '/api/verification' });
  await app.register(myAssistanceRoutes(deps), { prefix: '/api/me' });
  await app.register(assistanceRoutes(deps), { prefix: '/api/assistance' });
  await app.register(subsidiesRoutes(deps), { prefix: '/api/subsidies' });
  await app.register(handoverRoutes(deps), { prefix: '/api/handovers' });
  await app.register(trainingRoutes(deps), { prefix: '/api/training' });

  const webDist = opts.webDistDir;
  const serveWeb = !!webDist && existsSync(join(webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes (/roster, /users …) all load the SPA shell; unknown API paths get the error shape.
    if (serveWeb && req.method === 'GET' && !req.url.startsWith('/api/'))
      return reply.type('text/html').sendFile('index.html');
    return sendError(reply, 'not_found', `接口不存在：${req.method} ${req.url.split('?')[0]}`);
  });
  return app;
}
