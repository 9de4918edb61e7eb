import { sql, type RawBuilder } from 'kysely';
import {
  completionProblems,
  isCalendarDay,
  programmeProblems,
  shanghaiDate,
  type ProgrammeInput,
} from '@jiuye/domain';
import type { Database } from '../../db';
import { uniqueViolationOf } from '../../db/errors';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { graduateScopeSql } from '../graduates/graduates.policy';
import * as repo from './training.repository';

// Training programmes for targets (issue 7, measure 十二): a university runs its own (career
// centre), a province runs 宏志助航 and public courses (its education or HR&SS department).
// Staff enrol the graduates they reach; a graduate joins an open programme of their university or
// province; attendance is kept per session and completion needs 80 % of the sessions.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export const BATCH_MAX = 500;

/** The programmes a user manages. */
function programmeScopeOf(user: AuthUser): repo.ProgrammeScope {
  const s = user.scope;
  if (user.role === 'career_centre' && s.universityCode)
    return { kind: 'university', universityCode: s.universityCode };
  if (
    (user.role === 'edu_official' || user.role === 'hrss_official') &&
    s.kind === 'province' &&
    s.provinceCode
  )
    return { kind: 'province', provinceCode: s.provinceCode };
  if (user.role === 'edu_official' && s.kind === 'national') return { kind: 'all' };
  throw new AppError('forbidden', '您的角色不管理培训项目');
}

/**
 * The graduates a user may enrol: a career centre its own, a provincial education department its
 * province's, an HR&SS office those handed over to it, a national official anyone.
 */
function reachOf(user: AuthUser): RawBuilder<boolean> {
  const s = user.scope;
  if (user.role === 'career_centre' && s.universityCode)
    return graduateScopeSql({ kind: 'university', universityCode: s.universityCode });
  if (user.role === 'edu_official')
    return s.kind === 'national'
      ? sql<boolean>`true`
      : graduateScopeSql({ kind: 'province', provinceCode: s.provinceCode ?? '' });
  if (user.role === 'hrss_official')
    return sql<boolean>`exists (select 1 from handovers h where h.graduate_id = g.id and h.province_code = ${s.provinceCode ?? ''})`;
  return sql<boolean>`false`;
}

/**
 * Whether a programme takes a graduate: a university's its own graduates; a province's the graduates
 * of its universities and the leavers handed over to it (whose hukou is there).
 */
const takes = (
  p: repo.ProgrammeRow,
  g: { university_code: string; province_code: string; handed_over_to: string | null },
) =>
  p.university_code
    ? p.university_code === g.university_code
    : p.province_code === g.province_code || p.province_code === g.handed_over_to;

const programmeDto = (p: repo.ProgrammeRow) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  organiser: p.organiser,
  universityCode: p.university_code,
  universityName: p.university_name,
  provinceCode: p.province_code,
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  sessions: p.sessions,
  capacity: p.capacity,
  description: p.description,
  status: p.status,
  enrolled: p.enrolled,
  completed: p.completed,
});

export async function list(
  deps: ServiceDeps,
  user: AuthUser,
  f: { status?: string; kind?: string; limit: number; offset: number },
) {
  const page = await repo.listProgrammes(deps.db, programmeScopeOf(user), f);
  return { total: page.total, items: page.items.map(programmeDto) };
}

async function programmeInScope(db: Database, user: AuthUser, id: string) {
  const p = await repo.findProgramme(db, programmeScopeOf(user), id);
  if (!p) throw new AppError('not_found', '培训项目不存在或不在您的管理范围内');
  return p;
}

export async function get(deps: ServiceDeps, user: AuthUser, id: string) {
  const p = await programmeInScope(deps.db, user, id);
  const enrolments = await repo.enrolmentsOf(deps.db, id);
  return {
    ...programmeDto(p),
    enrolments: enrolments.map((e) => ({
      graduateId: e.graduate_id,
      name: e.name,
      studentNo: e.student_no,
      universityName: e.university_name,
      status: e.status,
      attended: e.attended,
      completedOn: e.completed_on,
      certificateNo: e.certificate_no,
    })),
  };
}

const trimmed = (p: ProgrammeInput): ProgrammeInput => ({
  ...p,
  name: p.name.trim(),
  organiser: p.organiser.trim(),
  description: p.description.trim(),
});

export async function create(deps: ServiceDeps, user: AuthUser, actor: Actor, input: ProgrammeInput) {
  const scope = programmeScopeOf(user);
  if (scope.kind === 'all')
    throw new AppError('forbidden', '全国范围的账号不能直接创建培训项目，请由省级部门创建');
  const p = trimmed(input);
  const issues = programmeProblems(p);
  if (issues.length > 0) throw validationError(issues);
  // A career centre's user carries no province; its university's is the programme's.
  const provinceCode =
    scope.kind === 'province'
      ? scope.provinceCode
      : await deps.db
          .selectFrom('universities')
          .select('province_code')
          .where('code', '=', scope.universityCode)
          .executeTakeFirstOrThrow()
          .then((u) => u.province_code);
  const { id } = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertProgramme(trx, {
      name: p.name,
      kind: p.kind,
      organiser: p.organiser,
      university_code: scope.kind === 'university' ? scope.universityCode : null,
      province_code: provinceCode,
      starts_on: p.startsOn,
      ends_on: p.endsOn,
      sessions: p.sessions,
      capacity: p.capacity,
      description: p.description,
      created_by: user.id,
      created_at: deps.clock(),
    });
    await recordAudit(
      trx,
      actor,
      { action: 'training.create', targetType: 'programme', targetId: row.id, detail: { name: p.name } },
      deps.clock,
    );
    return row;
  });
  return get(deps, user, id);
}

/** Changes a programme, or opens or closes it; sessions and capacity never drop below what is recorded. */
export async function update(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  input: Partial<ProgrammeInput> & { status?: 'open' | 'closed' },
) {
  const current = await programmeInScope(deps.db, user, id);
  const merged = trimmed({
    name: input.name ?? current.name,
    kind: input.kind ?? current.kind,
    organiser: input.organiser ?? current.organiser,
    startsOn: input.startsOn ?? current.starts_on,
    endsOn: input.endsOn ?? current.ends_on,
    sessions: input.sessions ?? current.sessions,
    capacity: input.capacity ?? current.capacity,
    description: input.description ?? current.description,
  });
  const issues = programmeProblems(merged);
  if (merged.capacity < current.enrolled)
    issues.push({ path: 'capacity', message: `名额不能少于已报名的 ${current.enrolled} 人` });
  const enrolments = await repo.enrolmentsOf(deps.db, id);
  const maxSession = Math.max(0, ...enrolments.flatMap((e) => e.attended));
  if (merged.sessions < maxSession)
    issues.push({
      path: 'sessions',
      message: `已记录到第 ${maxSession} 次课的考勤，课次不能少于 ${maxSession}`,
    });
  if (issues.length > 0) throw validationError(issues);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateProgramme(trx, id, {
      name: merged.name,
      kind: merged.kind,
      organiser: merged.organiser,
      starts_on: merged.startsOn,
      ends_on: merged.endsOn,
      sessions: merged.sessions,
      capacity: merged.capacity,
      description: merged.description,
      ...(input.status ? { status: input.status } : {}),
    });
    await recordAudit(
      trx,
      actor,
      { action: 'training.update', targetType: 'programme', targetId: id, detail: { ...input } },
      deps.clock,
    );
  });
  return get(deps, user, id);
}

/** Enrols one graduate, counting against the programme's places (the caller holds the lock). */
async function enrolOne(
  trx: Database,
  programme: { id: string; capacity: number },
  graduateId: string,
  by: string,
  at: Date,
) {
  const existing = await repo.findEnrolment(trx, programme.id, graduateId);
  if (existing && existing.status !== 'withdrawn') return '已报名';
  if ((await repo.countActive(trx, programme.id)) >= programme.capacity) return '名额已满';
  await repo.enrol(trx, programme.id, graduateId, by, at);
  return null;
}

/** Staff enrol graduates they reach; each refusal says why. */
export async function enrol(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  graduateIds: string[],
) {
  const p = await programmeInScope(deps.db, user, id);
  if (p.status !== 'open') throw new AppError('conflict', '培训项目已关闭报名');
  if (p.ends_on < shanghaiDate(deps.clock()))
    throw new AppError('conflict', `培训项目已于 ${p.ends_on} 结束，不能再报名`);
  const reached = await repo.graduatesReached(deps.db, reachOf(user), [...new Set(graduateIds)]);
  const refused: { graduateId: string; message: string }[] = [];
  let enrolled = 0;
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockProgramme(trx, id);
    const now = deps.clock();
    for (const graduateId of new Set(graduateIds)) {
      const g = reached.get(graduateId);
      const why = !g
        ? '毕业生不存在或不在您的管理范围内'
        : !takes(p, g)
          ? '不是本项目面向的学校或省份的毕业生'
          : await enrolOne(trx, locked!, graduateId, user.id, now);
      if (why) refused.push({ graduateId, message: why });
      else enrolled++;
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'training.enrol',
        targetType: 'programme',
        targetId: id,
        detail: { enrolled, refused: refused.length },
      },
      deps.clock,
    );
  });
  return { enrolled, refused };
}

/** Records who attended a session (replacing that session's record). */
export async function recordAttendance(
  deps: ServiceDeps,
  user: AuthUser,
  id: string,
  input: { sessionNo: number; graduateIds: string[] },
) {
  const p = await programmeInScope(deps.db, user, id);
  if (!Number.isInteger(input.sessionNo) || input.sessionNo < 1 || input.sessionNo > p.sessions)
    throw validationError([{ path: 'sessionNo', message: `课次须为 1 到 ${p.sessions}` }]);
  const enrolments = await repo.enrolmentsOf(deps.db, id);
  const active = new Set(enrolments.filter((e) => e.status !== 'withdrawn').map((e) => e.graduate_id));
  const unknown = input.graduateIds.map((g, i) => ({ g, i })).filter(({ g }) => !active.has(g));
  if (unknown.length > 0)
    throw validationError(
      unknown.map(({ i }) => ({ path: `graduateIds.${i}`, message: '不是本项目的在训学员' })),
    );
  await deps.db
    .transaction()
    .execute((trx) =>
      repo.replaceAttendance(
        trx,
        id,
        input.sessionNo,
        [...new Set(input.graduateIds)],
        user.id,
        deps.clock(),
      ),
    );
  return get(deps, user, id);
}

/** Marks a trainee complete with their certificate number (unique in the programme). */
export async function complete(
  deps: ServiceDeps,
  user: AuthUser,
  actor: Actor,
  id: string,
  graduateId: string,
  input: { certificateNo: string; completedOn: string },
) {
  const p = await programmeInScope(deps.db, user, id);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const e = await repo.findEnrolment(trx, id, graduateId);
      if (!e) throw new AppError('not_found', '该毕业生没有报名本项目');
      const attended = await repo.attendanceCount(trx, id, graduateId);
      const issues = completionProblems({
        status: e.status,
        attended,
        sessions: p.sessions,
        certificateNo: input.certificateNo,
      });
      const today = shanghaiDate(deps.clock());
      if (!isCalendarDay(input.completedOn))
        issues.push({ path: 'completedOn', message: '结业日期须为 YYYY-MM-DD 格式的真实日期' });
      else if (input.completedOn > today)
        issues.push({ path: 'completedOn', message: `结业日期不能晚于今天（${today}）` });
      else if (input.completedOn < p.starts_on)
        issues.push({ path: 'completedOn', message: `结业日期不能早于开班日期（${p.starts_on}）` });
      if (issues.length > 0) throw validationError(issues);
      await repo.setEnrolment(trx, id, graduateId, {
        status: 'completed',
        completed_on: input.completedOn,
        certificate_no: input.certificateNo.trim(),
      });
      await recordAudit(
        trx,
        actor,
        {
          action: 'training.complete',
          targetType: 'programme',
          targetId: id,
          detail: { graduateId, certificateNo: input.certificateNo.trim() },
        },
        deps.clock,
      );
    });
  } catch (err) {
    if (uniqueViolationOf(err) !== null)
      throw validationError([
        { path: 'certificateNo', message: `证书编号 ${input.certificateNo.trim()} 已发给本项目的其他学员` },
      ]);
    throw err;
  }
  return get(deps, user, id);
}

/** Withdraws a trainee who has not completed. */
export async function withdraw(deps: ServiceDeps, user: AuthUser, id: string, graduateId: string) {
  await programmeInScope(deps.db, user, id);
  await deps.db.transaction().execute(async (trx) => {
    const e = await repo.findEnrolment(trx, id, graduateId);
    if (!e || e.status === 'withdrawn') throw new AppError('not_found', '该毕业生不是本项目的在训学员');
    if (e.status === 'completed') throw new AppError('conflict', '已结业的学员不能退出');
    await repo.setEnrolment(trx, id, graduateId, { status: 'withdrawn' });
  });
  return get(deps, user, id);
}

// ── Graduates ──

/** A graduate's enrolments (their own view and their case page). */
export async function enrolmentsOfGraduate(db: Database, graduateId: string) {
  return (await repo.enrolmentsOfGraduate(db, graduateId)).map((e) => ({
    programmeId: e.programme_id,
    name: e.name,
    kind: e.kind,
    organiser: e.organiser,
    startsOn: e.starts_on,
    endsOn: e.ends_on,
    sessions: e.sessions,
    status: e.status,
    attended: e.attended,
    completedOn: e.completed_on,
    certificateNo: e.certificate_no,
  }));
}

async function ownGraduate(db: Database, user: AuthUser) {
  if (user.role !== 'graduate' || !user.scope.graduateId)
    throw new AppError('forbidden', '只有毕业生本人可以报名');
  return db
    .selectFrom('graduates')
    .select(['id', 'university_code', 'province_code'])
    .where('id', '=', user.scope.graduateId)
    .executeTakeFirstOrThrow();
}

/** Open programmes the graduate may join, and their enrolments. */
export async function mine(deps: ServiceDeps, user: AuthUser) {
  const g = await ownGraduate(deps.db, user);
  const [available, enrolments] = await Promise.all([
    repo.listProgrammes(deps.db, repo.openToGraduateSql(g, shanghaiDate(deps.clock())), {
      limit: 100,
      offset: 0,
    }),
    enrolmentsOfGraduate(deps.db, g.id),
  ]);
  return { available: available.items.map(programmeDto), enrolments };
}

/** The graduate joins an open programme of their university, their province or the one they were handed over to. */
export async function enrolSelf(deps: ServiceDeps, user: AuthUser, programmeId: string) {
  const g = await ownGraduate(deps.db, user);
  const open = repo.openToGraduateSql(g, shanghaiDate(deps.clock()));
  if (!(await repo.findProgramme(deps.db, open, programmeId)))
    throw new AppError('not_found', '培训项目不存在、已关闭报名或不面向您');
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockProgramme(trx, programmeId);
    const why = await enrolOne(trx, locked!, g.id, user.id, deps.clock());
    if (why) throw new AppError('conflict', why === '已报名' ? '您已报名该项目' : '该项目名额已满');
  });
  return mine(deps, user);
}

/** Whether a programme is open to a graduate (a ledger's training offer must name one they could join). */
export async function programmeOpenTo(
  db: Database,
  programmeId: string,
  g: { id: string; university_code: string; province_code: string },
  today: string,
) {
  const open = repo.openToGraduateSql(g, today);
  return !!(await repo.findProgramme(db, open, programmeId));
}
