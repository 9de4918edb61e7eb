import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ROLES, SCOPE_KINDS, type Role } from '@jiuye/domain/roles';
import {
  normalizeIdNumber,
  normalizeUscc,
  upgradeIdNumber15,
  validateIdNumber,
  validateUscc,
} from '@jiuye/domain';
import { exitOnStartupError, loadConfig } from './platform/config';
import { AppError } from './platform/errors';
import type { Platform } from './platform/runtime';
import type { ScopeInput } from './modules/users/users.service';
import type { SeedScale } from './seed/demo';

// The server, database and import code load only for the commands that need them, so
// `jiuye check id` starts in a fraction of the time.

const CLI_ACTOR = { id: null, label: 'cli' };

/** Thrown for bad CLI usage; exits 2 like commander's own usage errors. */
class UsageError extends Error {}

async function withPlatform<T>(
  fn: (p: Platform) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const { openPlatform } = await import('./platform/runtime');
  let platform: Platform;
  try {
    platform = await openPlatform(loadConfig(), opts);
  } catch (err) {
    exitOnStartupError(err);
  }
  try {
    return await fn(platform);
  } finally {
    await platform.close();
  }
}

function printCheck(
  result: { valid: boolean; reason: string | null },
  json: boolean,
  extra: Record<string, unknown> = {},
) {
  if (json) console.log(JSON.stringify({ valid: result.valid, reason: result.reason, ...extra }));
  else console.log(result.valid ? '有效 (valid)' : `无效 (invalid)：${result.reason}`);
  process.exitCode = result.valid ? 0 : 1;
}

const program = new Command('jiuye')
  .description('就业服务平台命令行 (Jiuye platform CLI)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('serve')
  .description('启动平台（Web + API，同一端口）')
  .action(async () => {
    try {
      const { serve } = await import('./main');
      await serve();
    } catch (err) {
      exitOnStartupError(err);
    }
  });

const check = program.command('check').description('校验证件号码、检查招聘信息');
check
  .command('id <value>')
  .description('校验身份证号（GB 11643：校验码、出生日期、地区码；15 位号码给出升级后的 18 位）')
  .option('--json', '输出 JSON')
  .action((value: string, opts: { json?: boolean }) => {
    const normalized = normalizeIdNumber(value);
    const result = validateIdNumber(normalized);
    const extra: Record<string, unknown> = {};
    if (/^\d{15}$/.test(normalized)) {
      try {
        extra.upgraded = upgradeIdNumber15(normalized);
      } catch {
        // An invalid 15-digit number has no upgrade; the reason already says why.
      }
    }
    printCheck(result, !!opts.json, extra);
  });
check
  .command('uscc <value>')
  .description('校验统一社会信用代码（GB 32100 校验码与 GB 11714 组织机构代码）')
  .option('--json', '输出 JSON')
  .action((value: string, opts: { json?: boolean }) =>
    printCheck(validateUscc(normalizeUscc(value)), !!opts.json),
  );

check
  .command('ad <file>')
  .description(
    '检查招聘信息的公平就业与防诈骗问题（文本：首行为标题；.json：{title, description, requirements?, salaryMin?, salaryMax?}；- 读标准输入）',
  )
  .option('--json', '输出 JSON：{verdict, findings}')
  .action(async (file: string, opts: { json?: boolean }) => {
    const { readAdFile, printAdCheck } = await import('./modules/compliance/compliance.cli');
    const ad = await readAdFile(file);
    if (!ad.ok) throw new UsageError(ad.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    printAdCheck(ad.ad, !!opts.json);
  });
const db = program.command('db').description('数据库');
db.command('migrate')
  .description('执行全部待执行的迁移')
  .action(async () => {
    const { migrateToLatest } = await import('./db/migrate');
    await withPlatform(
      async (p) => {
        const applied = await migrateToLatest(p.deps.db);
        console.log(applied.length ? `已执行迁移：${applied.join(', ')}` : '数据库已是最新');
      },
      { migrate: false },
    );
  });
db.command('seed')
  .description('加载确定性的演示数据')
  .addOption(
    new Option('--scale <scale>', '规模：demo（约 2 万毕业生）或 province（100 万）')
      .choices(['demo', 'province'])
      .default('demo'),
  )
  .option('--force', '即使数据库已有账号也加载（演示数据会与现有数据并存）')
  .action(async (opts: { scale: SeedScale; force?: boolean }) => {
    const { isEmpty, seedDemo } = await import('./seed/demo');
    await withPlatform(async (p) => {
      if (!opts.force && !(await isEmpty(p.deps))) {
        console.log('数据库已有数据，未加载演示数据（如确需加载请加 --force）');
        return;
      }
      const summary = await seedDemo(p.deps, { scale: opts.scale, progress: (m) => console.log(m) });
      console.log(
        `已加载：${summary.universities} 所高校，${summary.graduates} 名毕业生，${summary.employers} 家单位`,
      );
      for (const a of summary.accounts)
        console.log(`  ${a.username.padEnd(14)} ${a.role.padEnd(14)} ${a.scope}`);
    });
  });

/** Parses --scope: national | province:42 | university:<code> | college:<code>/<name> | organisation:<USCC> | self:<code>/<学号>. */
async function parseScope(p: Platform, spec: string): Promise<ScopeInput> {
  const [kind, value = ''] = spec.split(/:(.*)/s) as [string, string | undefined];
  if (!(SCOPE_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`--scope 的范围类型“${kind}”无效，应为 ${SCOPE_KINDS.join(' / ')}`);
  const db = p.deps.db;
  switch (kind as ScopeInput['kind']) {
    case 'national':
      return { kind: 'national' };
    case 'province':
      return { kind: 'province', provinceCode: value };
    case 'university':
      return { kind: 'university', universityCode: value };
    case 'college': {
      const [universityCode = '', name = ''] = value.split('/');
      const c = await db
        .selectFrom('colleges')
        .select('id')
        .where('university_code', '=', universityCode)
        .where('name', '=', name)
        .executeTakeFirst();
      if (!c) throw new UsageError(`院系不存在：${value}（格式 college:<学校标识码>/<院系名称>）`);
      return { kind: 'college', collegeId: c.id };
    }
    case 'organisation': {
      const o = await db
        .selectFrom('organisations')
        .select('id')
        .where('uscc', '=', normalizeUscc(value))
        .executeTakeFirst();
      if (!o) throw new UsageError(`单位不存在：${value}（格式 organisation:<统一社会信用代码>）`);
      return { kind: 'organisation', organisationId: o.id };
    }
    case 'self': {
      const [universityCode = '', studentNo = ''] = value.split('/');
      const g = await db
        .selectFrom('graduates')
        .select('id')
        .where('university_code', '=', universityCode)
        .where('student_no', '=', studentNo)
        .executeTakeFirst();
      if (!g) throw new UsageError(`毕业生不存在：${value}（格式 self:<学校标识码>/<学号>）`);
      return { kind: 'self', graduateId: g.id };
    }
  }
}

program
  .command('user')
  .description('账号管理')
  .command('create')
  .description('创建账号')
  .requiredOption('--username <name>', '用户名')
  .requiredOption('--password <password>', '初始密码（至少 10 位，含三类字符）')
  .addOption(new Option('--role <role>', '角色').choices([...ROLES]).makeOptionMandatory())
  .requiredOption(
    '--scope <scope>',
    '范围：national | province:42 | university:<学校标识码> | college:<学校标识码>/<院系> | organisation:<USCC> | self:<学校标识码>/<学号>',
  )
  .option('--display-name <name>', '显示名')
  .action(
    async (opts: { username: string; password: string; role: Role; scope: string; displayName?: string }) => {
      const { createUser } = await import('./modules/users/users.service');
      await withPlatform(async (p) => {
        const scope = await parseScope(p, opts.scope);
        const user = await createUser(p.deps, CLI_ACTOR, {
          username: opts.username,
          password: opts.password,
          role: opts.role,
          displayName: opts.displayName ?? opts.username,
          scope,
        });
        console.log(`已创建账号 ${user.username}（${user.role}，${user.scope.kind}）id=${user.id}`);
      });
    },
  );

const importCommand = program.command('import').description('批量导入');
importCommand
  .command('graduates <file>')
  .description('导入毕业生名册（CSV：UTF-8/GBK/GB18030，或 xlsx）')
  .requiredOption('--university <code>', '学校标识码')
  .option('--json', '输出 JSON：{accepted, rejected, errors}')
  .action(async (file: string, opts: { university: string; json?: boolean }) => {
    const path = resolve(file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`文件不存在或不是普通文件：${file}`);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const { createCliImport, importResult, runGraduateImport } =
      await import('./modules/imports/imports.service');
    await withPlatform(async (p) => {
      const id = await createCliImport(p.deps, opts.university, {
        fileName: basename(path),
        path,
        size: info.size,
        sha256: hash.digest('hex'),
      });
      await runGraduateImport(p.deps, id, CLI_ACTOR, { deleteFileWhenDone: false });
      const r = await importResult(p.deps, id);
      if (r.status !== 'succeeded') {
        if (opts.json) console.log(JSON.stringify({ error: r.message }));
        console.error(`无法处理该文件：${r.message ?? '未知错误'}`);
        process.exitCode = 1;
        return;
      }
      if (opts.json)
        console.log(JSON.stringify({ accepted: r.accepted, rejected: r.rejected, errors: r.errorSample }));
      else {
        console.log(`导入完成：接受 ${r.accepted} 行，拒绝 ${r.rejected} 行`);
        if (r.createdColleges.length) console.log(`新建院系：${r.createdColleges.join('、')}`);
        for (const w of r.warnings) console.log(`提示：${w}`);
        for (const e of r.errorSample.slice(0, 50))
          console.log(`  第 ${e.row} 行 [${e.field}] ${e.code}：${e.message}`);
        if (r.errorSample.length > 50)
          console.log(`  ……共 ${r.errorSample.length} 条错误（用 --json 查看全部）`);
      }
    });
  });

importCommand
  .command('destinations <file>')
  .description('导入毕业去向登记（学校在其他系统登记、审核的记录；CSV：UTF-8/GBK，或 xlsx）')
  .requiredOption('--university <code>', '学校标识码')
  .option('--json', '输出 JSON：{accepted, rejected, unchanged, errors}')
  .action(async (file: string, opts: { university: string; json?: boolean }) => {
    const path = resolve(file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`文件不存在或不是普通文件：${file}`);
    const { importDestinations } = await import('./modules/destinations/destinations.import');
    const { RosterFileError } = await import('./modules/imports/roster-reader');
    await withPlatform(async (p) => {
      let r;
      try {
        r = await importDestinations(p.deps, CLI_ACTOR, {
          path,
          fileName: basename(path),
          universityCode: opts.university,
        });
      } catch (err) {
        if (!(err instanceof RosterFileError) && !(err instanceof AppError)) throw err;
        if (opts.json) console.log(JSON.stringify({ error: err.message }));
        console.error(`无法处理该文件：${err.message}`);
        process.exitCode = 1;
        return;
      }
      if (opts.json) console.log(JSON.stringify(r));
      else {
        console.log(
          `导入完成：接受 ${r.accepted} 行（其中 ${r.unchanged} 行与已有登记相同），拒绝 ${r.rejected} 行`,
        );
        for (const e of r.errors.slice(0, 50))
          console.log(`  第 ${e.row} 行 [${e.field}] ${e.code}：${e.message}`);
        if (r.errors.length > 50) console.log(`  ……共 ${r.errors.length} 条错误（用 --json 查看全部）`);
      }
    });
  });

const jobsCommand = program.command('jobs').description('岗位');
jobsCommand
  .command('reindex')
  .description('重建全部已发布岗位的搜索索引')
  .action(async () => {
    const { reindexAllPostings } = await import('./modules/jobs/jobs.service');
    await withPlatform(async (p) => {
      console.log(`已重建 ${await reindexAllPostings(p.deps.db)} 个已发布岗位的搜索索引`);
    });
  });
jobsCommand
  .command('expire')
  .description('把已过截止日期的岗位标为已过期并移出搜索（服务运行时每 10 分钟自动执行）')
  .action(async () => {
    const { expirePostings } = await import('./modules/jobs/jobs.service');
    await withPlatform(async (p) => {
      console.log(`已过期 ${await expirePostings(p.deps)} 个岗位`);
    });
  });

program
  .command('matching')
  .description('人岗匹配')
  .command('batch')
  .description('重新学习专业—职业去向，并为跟踪期内的全部毕业生预计算推荐（服务运行时每晚 2 点后自动执行）')
  .option('--limit <n>', '最多处理多少名毕业生')
  .action(async (opts: { limit?: string }) => {
    const limit = opts.limit === undefined ? undefined : Number(opts.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
      throw new UsageError(`--limit 应为正整数，收到“${opts.limit}”`);
    const { runMatchingBatch } = await import('./modules/matching/batch');
    const { refreshAffinity } = await import('./modules/matching/matching.service');
    await withPlatform(async (p) => {
      await refreshAffinity(p.deps);
      const r = await runMatchingBatch(p.deps, {
        asOf: p.deps.clock(),
        ...(limit === undefined ? {} : { limit }),
        progress: (done) => process.stderr.write(`\r已处理 ${done} 名毕业生…`),
      });
      process.stderr.write('\n');
      console.log(
        `已为 ${r.graduates} 名毕业生预计算推荐（在招岗位 ${r.postings} 个），用时 ${(r.ms / 1000).toFixed(1)} 秒`,
      );
    });
  });

program
  .command('audit')
  .description('审计日志')
  .command('verify')
  .description('校验审计日志哈希链，报告第一处断点')
  .option('--json', '输出 JSON')
  .action(async (opts: { json?: boolean }) => {
    const { verifyAuditChain } = await import('./modules/audit/audit.service');
    await withPlatform(async (p) => {
      const r = await verifyAuditChain(p.deps.db);
      if (opts.json) console.log(JSON.stringify(r));
      else if (r.ok) console.log(`审计链完整：已校验 ${r.checked} 条记录`);
      else
        console.log(
          `审计链在第 ${r.firstBroken!.id} 条记录处断开：${r.firstBroken!.reason}（之前 ${r.checked} 条完好）`,
        );
      process.exitCode = r.ok ? 0 : 1;
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof UsageError) {
    console.error(err.message);
    process.exitCode = 2;
  } else if (err instanceof AppError) {
    console.error(
      `${err.message}${err.issues ? '\n' + err.issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n') : ''}`,
    );
    process.exitCode = 1;
  } else {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
