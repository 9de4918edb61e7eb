import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db';
import { placedSql } from '../../db/graduate-facts';
import { graduateScopeSql, type GraduateScope } from '../graduates/graduates.policy';

// The only SQL of 帮扶对象, 一人一策 plans, the service ledger and the standard.

/** A graduate as assistance shows them, within a scope. */
export function findSubject(db: Database, scope: GraduateScope, graduateId: string) {
  return db
    .selectFrom('graduates as g')
    .innerJoin('colleges as c', 'c.id', 'g.college_id')
    .innerJoin('universities as u', 'u.code', 'g.university_code')
    .select([
      'g.id',
      'g.name',
      'g.student_no',
      'g.gender',
      'g.university_code',
      'u.name as university_name',
      'g.province_code',
      'g.college_id',
      'c.name as college_name',
      'g.major_code',
      'g.degree',
      'g.graduation_year',
      'g.origin_region_code',
      'g.id_number_index',
      'g.phone_enc',
      placedSql.as('placed'),
    ])
    .where(graduateScopeSql(scope))
    .where('g.id', '=', graduateId)
    .executeTakeFirst();
}
export type AssistanceSubject = NonNullable<Awaited<ReturnType<typeof findSubject>>>;

// ── Evidence ──

export function insertEvidence(
  db: Database,
  e: {
    graduate_id: string;
    kind: string;
    file_name: string;
    mime_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
    uploaded_at: Date;
  },
) {
  return db
    .insertInto('assistance_evidence')
    .values(e)
    .returning(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'uploaded_at'])
    .executeTakeFirstOrThrow();
}

/** A graduate's evidence files (without their content). */
export function evidenceOf(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_evidence')
    .select(['id', 'kind', 'file_name', 'mime_type', 'size_bytes', 'uploaded_at'])
    .where('graduate_id', '=', graduateId)
    .orderBy('uploaded_at')
    .execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof evidenceOf>>[number];

export function countEvidence(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_evidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('graduate_id', '=', graduateId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** One evidence file with its content, only if it is the graduate's. */
export function findEvidenceFile(db: Database, graduateId: string, evidenceId: string) {
  return db
    .selectFrom('assistance_evidence')
    .select(['file_name', 'mime_type', 'content'])
    .where('graduate_id', '=', graduateId)
    .where('id', '=', evidenceId)
    .executeTakeFirst();
}

// ── Targets ──

export function targetsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_targets')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .orderBy('created_at')
    .execute();
}
export type TargetRow = Awaited<ReturnType<typeof targetsOf>>[number];

export function findTarget(db: Database, graduateId: string, category: string, lock = false) {
  let q = db
    .selectFrom('assistance_targets')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .where('category', '=', category);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Writes an application (a new one, or a rejected one applied for again). */
export async function saveTargetApplication(
  db: Database,
  t: {
    graduate_id: string;
    category: string;
    status: 'pending_college' | 'pending_university' | 'approved';
    evidence_id: string | null;
    note: string | null;
    applied_by: string;
    at: Date;
  },
) {
  const decided = t.status === 'approved';
  const values = {
    graduate_id: t.graduate_id,
    category: t.category,
    source: 'application' as const,
    status: t.status,
    evidence_id: t.evidence_id,
    note: t.note,
    applied_by: t.applied_by,
    decision_reason: null,
    decided_by: decided ? t.applied_by : null,
    decided_at: decided ? t.at : null,
    created_at: t.at,
    updated_at: t.at,
  };
  await db
    .insertInto('assistance_targets')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['graduate_id', 'category']).doUpdateSet({
        source: 'application',
        status: values.status,
        evidence_id: values.evidence_id,
        note: values.note,
        applied_by: values.applied_by,
        decision_reason: null,
        decided_by: values.decided_by,
        decided_at: values.decided_at,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

export async function decideTarget(
  db: Database,
  graduateId: string,
  category: string,
  d: { status: string; reason: string | null; by: string; at: Date },
) {
  await db
    .updateTable('assistance_targets')
    .set({
      status: d.status as 'approved',
      decision_reason: d.reason,
      decided_by: d.by,
      decided_at: d.at,
      updated_at: d.at,
    })
    .where('graduate_id', '=', graduateId)
    .where('category', '=', category)
    .execute();
}

export async function insertTargetEvent(
  db: Database,
  e: {
    graduate_id: string;
    category: string;
    action: string;
    status: string;
    reason: string | null;
    actor_id: string | null;
    at: Date;
  },
) {
  await db.insertInto('assistance_target_events').values(e).execute();
}

export function targetEventsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_target_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.category', 'e.action', 'e.status', 'e.reason', 'e.at', 'u.display_name as actor_name'])
    .where('e.graduate_id', '=', graduateId)
    .orderBy('e.id', 'desc')
    .execute();
}

/**
 * Identifies the roster's categories of one import's rows as targets (the university's own
 * records). A category applied for and still pending or rejected becomes approved.
 */
export async function identifyFromRoster(db: Database, importId: string, universityCode: string, at: Date) {
  await sql`
    insert into assistance_targets (graduate_id, category, source, status, created_at, updated_at)
    select g.id, s.assistance_category, 'roster', 'approved', ${at}, ${at}
    from import_staging s
    join graduates g on g.university_code = ${universityCode} and g.student_no = s.student_no
    where s.import_id = ${importId} and s.assistance_category is not null
    on conflict (graduate_id, category) do update
      set source = 'roster', status = 'approved', updated_at = excluded.updated_at
      where assistance_targets.status <> 'approved'`.execute(db);
}

/** Identifications waiting at a stage, within a scope. */
export function pendingTargets(
  db: Database,
  scope: GraduateScope,
  status: string,
  limit: number,
  offset: number,
) {
  const base = db
    .selectFrom('assistance_targets as t')
    .innerJoin('graduates as g', 'g.id', 't.graduate_id')
    .innerJoin('colleges as c', 'c.id', 'g.college_id')
    .where(graduateScopeSql(scope))
    .where('t.status', '=', status as 'approved');
  return Promise.all([
    base
      .leftJoin('assistance_evidence as e', 'e.id', 't.evidence_id')
      .select([
        't.graduate_id',
        'g.name',
        'g.student_no',
        'g.graduation_year',
        'c.name as college_name',
        't.category',
        't.source',
        't.note',
        't.created_at',
        'e.id as evidence_id',
        'e.kind as evidence_kind',
        'e.file_name as evidence_file_name',
        'e.mime_type as evidence_mime_type',
        'e.size_bytes as evidence_size_bytes',
        'e.uploaded_at as evidence_uploaded_at',
      ])
      .orderBy('t.created_at')
      .orderBy('t.graduate_id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n)),
  ]);
}

// ── Plans ──

export function planOf(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_plans as p')
    .leftJoin('users as u', 'u.id', 'p.counsellor_id')
    .select(['p.goals', 'p.counsellor_id', 'u.display_name as counsellor_name', 'p.updated_at'])
    .where('p.graduate_id', '=', graduateId)
    .executeTakeFirst();
}

export function planActionsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_plan_actions')
    .select(['id', 'title', 'due_on', 'done_on'])
    .where('graduate_id', '=', graduateId)
    .orderBy('position')
    .execute();
}

/** Replaces a plan and its actions. */
export async function savePlan(
  db: Database,
  p: {
    graduate_id: string;
    counsellor_id: string | null;
    goals: string;
    by: string;
    at: Date;
    actions: { title: string; due_on: string; done_on: string | null }[];
  },
) {
  await db
    .insertInto('assistance_plans')
    .values({
      graduate_id: p.graduate_id,
      counsellor_id: p.counsellor_id,
      goals: p.goals,
      created_by: p.by,
      created_at: p.at,
      updated_at: p.at,
    })
    .onConflict((oc) =>
      oc
        .column('graduate_id')
        .doUpdateSet({ counsellor_id: p.counsellor_id, goals: p.goals, updated_at: p.at }),
    )
    .execute();
  await db.deleteFrom('assistance_plan_actions').where('graduate_id', '=', p.graduate_id).execute();
  if (p.actions.length > 0)
    await db
      .insertInto('assistance_plan_actions')
      .values(p.actions.map((a, position) => ({ graduate_id: p.graduate_id, position, ...a })))
      .execute();
}

/** Counsellors whose college lies in a scope (a plan's assignee must be one of them). */
export function counsellorsIn(db: Database, scope: { universityCode: string; collegeId?: string | null }) {
  let q = db
    .selectFrom('users as u')
    .innerJoin('colleges as c', 'c.id', 'u.college_id')
    .select(['u.id', 'u.display_name as name', 'c.id as college_id', 'c.name as college_name'])
    .where('u.role', '=', 'counsellor')
    .where('u.status', '=', 'active')
    .where('c.university_code', '=', scope.universityCode);
  if (scope.collegeId) q = q.where('c.id', '=', scope.collegeId);
  return q.orderBy('c.name').orderBy('u.display_name').execute();
}

// ── Service ledger ──

export function servicesOf(db: Database, graduateId: string) {
  return db
    .selectFrom('assistance_services as s')
    .leftJoin('job_postings as p', 'p.id', 's.posting_id')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin('training_programmes as t', 't.id', 's.programme_id')
    .select([
      's.id',
      's.kind',
      's.service_on',
      's.note',
      's.actor_name',
      's.response',
      's.response_note',
      's.posting_id',
      'p.title as posting_title',
      'o.name as organisation_name',
      's.programme_id',
      't.name as programme_name',
      's.created_at',
    ])
    .where('s.graduate_id', '=', graduateId)
    .orderBy('s.service_on', 'desc')
    .orderBy('s.created_at', 'desc')
    .execute();
}
export type ServiceRow = Awaited<ReturnType<typeof servicesOf>>[number];

export function insertService(
  db: Database,
  s: {
    graduate_id: string;
    kind: string;
    service_on: string;
    note: string;
    posting_id: string | null;
    programme_id: string | null;
    actor_id: string;
    actor_name: string;
    created_at: Date;
  },
) {
  return db.insertInto('assistance_services').values(s).returning('id').executeTakeFirstOrThrow();
}

export async function setServiceResponse(
  db: Database,
  graduateId: string,
  serviceId: string,
  r: { response: 'accepted' | 'declined' | 'unreachable'; note: string | null; at: Date },
) {
  const res = await db
    .updateTable('assistance_services')
    .set({ response: r.response, response_note: r.note, responded_at: r.at })
    .where('graduate_id', '=', graduateId)
    .where('id', '=', serviceId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Whether a posting exists and is (or was) published, so a referral points at a real job. */
export function findPosting(db: Database, postingId: string) {
  return db
    .selectFrom('job_postings')
    .select(['id', 'status'])
    .where('id', '=', postingId)
    .executeTakeFirst();
}

// ── Standard ──

export function standardOf(db: Database, universityCode: string) {
  return db
    .selectFrom('assistance_standards')
    .selectAll()
    .where('university_code', '=', universityCode)
    .executeTakeFirst();
}

export function standardsOf(db: Database, universityCodes: readonly string[]) {
  if (universityCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_standards')
    .selectAll()
    .where('university_code', 'in', universityCodes)
    .execute();
}

export async function saveStandard(
  db: Database,
  s: {
    university_code: string;
    policy_explanation: number;
    guidance_session: number;
    job_referral: number;
    training_or_traineeship: number;
    updated_by: string;
    updated_at: Date;
  },
) {
  const { university_code: _key, ...rest } = s;
  await db
    .insertInto('assistance_standards')
    .values(s)
    .onConflict((oc) => oc.column('university_code').doUpdateSet(rest))
    .execute();
}

// ── Case lists ──

export interface CaseFilter {
  graduationYear?: number;
  category?: string;
  status?: 'approved' | 'pending';
  collegeId?: string;
  counsellorId?: string;
  q?: string;
  placed?: boolean;
  sort: 'studentNo' | 'name' | 'gaps';
  limit: number;
  offset: number;
}

const caseWhere = (scope: GraduateScope, f: CaseFilter): RawBuilder<boolean> => {
  const parts: RawBuilder<unknown>[] = [graduateScopeSql(scope)];
  const targetParts: RawBuilder<unknown>[] = [sql`t.graduate_id = g.id`];
  if (f.category) targetParts.push(sql`t.category = ${f.category}`);
  if (f.status === 'approved') targetParts.push(sql`t.status = 'approved'`);
  else if (f.status === 'pending') targetParts.push(sql`t.status like 'pending%'`);
  else targetParts.push(sql`t.status <> 'rejected'`);
  parts.push(sql`exists (select 1 from assistance_targets t where ${sql.join(targetParts, sql` and `)})`);
  if (f.graduationYear) parts.push(sql`g.graduation_year = ${f.graduationYear}`);
  if (f.collegeId) parts.push(sql`g.college_id = ${f.collegeId}`);
  if (f.counsellorId)
    parts.push(
      sql`exists (select 1 from assistance_plans p where p.graduate_id = g.id and p.counsellor_id = ${f.counsellorId})`,
    );
  if (f.q) {
    const like = `${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    parts.push(sql`(g.name like ${like} or g.student_no like ${like})`);
  }
  if (f.placed !== undefined) parts.push(f.placed ? placedSql : sql`not ${placedSql}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
};

/** Service counts per kind of the graduate aliased g, as columns. */
const serviceCounts = sql`
  left join lateral (
    select
      count(*) filter (where s.kind = 'policy_explanation')::int as policy_explanation,
      count(*) filter (where s.kind = 'guidance_session')::int as guidance_session,
      count(*) filter (where s.kind = 'job_referral')::int as job_referral,
      count(*) filter (where s.kind = 'training_offer')::int as training_offer,
      count(*) filter (where s.kind = 'traineeship_offer')::int as traineeship_offer,
      count(*)::int as total
    from assistance_services s where s.graduate_id = g.id
  ) sc on true`;

export interface CaseRow {
  id: string;
  name: string;
  student_no: string;
  college_name: string;
  major_code: string;
  degree: string;
  graduation_year: number;
  university_code: string;
  categories: { category: string; status: string; source: string }[];
  placed: boolean;
  has_plan: boolean;
  counsellor_name: string | null;
  policy_explanation: number;
  guidance_session: number;
  job_referral: number;
  training_offer: number;
  traineeship_offer: number;
  total: number;
}

/**
 * A page of graduates with a target. `standard` orders by what is missing (unplaced first, the
 * most missing first) when sorting by gaps.
 */
export async function listCases(
  db: Database,
  scope: GraduateScope,
  f: CaseFilter,
  standard: { p: number; g: number; j: number; t: number },
) {
  const where = caseWhere(scope, f);
  const missing = sql`(case when ${placedSql} then 0 else
      greatest(0, ${standard.p} - coalesce(sc.policy_explanation, 0))
    + greatest(0, ${standard.g} - coalesce(sc.guidance_session, 0))
    + greatest(0, ${standard.j} - coalesce(sc.job_referral, 0))
    + greatest(0, ${standard.t} - coalesce(sc.training_offer, 0) - coalesce(sc.traineeship_offer, 0)) end)`;
  const order =
    f.sort === 'name'
      ? sql`g.name, g.student_no`
      : f.sort === 'gaps'
        ? sql`${missing} desc, g.student_no`
        : sql`g.university_code, g.student_no`;
  const [rows, total] = await Promise.all([
    sql<CaseRow>`
      select g.id, g.name, g.student_no, c.name as college_name, g.major_code, g.degree, g.graduation_year,
        g.university_code,
        (select coalesce(json_agg(json_build_object('category', t.category, 'status', t.status, 'source', t.source)
           order by t.created_at), '[]') from assistance_targets t where t.graduate_id = g.id) as categories,
        ${placedSql} as placed,
        (p.graduate_id is not null) as has_plan,
        u.display_name as counsellor_name,
        coalesce(sc.policy_explanation, 0) as policy_explanation,
        coalesce(sc.guidance_session, 0) as guidance_session,
        coalesce(sc.job_referral, 0) as job_referral,
        coalesce(sc.training_offer, 0) as training_offer,
        coalesce(sc.traineeship_offer, 0) as traineeship_offer,
        coalesce(sc.total, 0) as total
      from graduates g
      join colleges c on c.id = g.college_id
      left join assistance_plans p on p.graduate_id = g.id
      left join users u on u.id = p.counsellor_id
      ${serviceCounts}
      where ${where}
      order by ${order}
      limit ${f.limit} offset ${f.offset}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from graduates g where ${where}`.execute(db),
  ]);
  return { items: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

/** Unplaced targets of a cohort with their service counts and group keys, for the gaps view. */
export async function unplacedTargetCounts(db: Database, scope: GraduateScope, graduationYear: number) {
  const rows = await sql<{
    university_code: string;
    college_id: string;
    college_name: string;
    counsellor_id: string | null;
    counsellor_name: string | null;
    policy_explanation: number;
    guidance_session: number;
    job_referral: number;
    training_offer: number;
    traineeship_offer: number;
  }>`
    select g.university_code, g.college_id, c.name as college_name, p.counsellor_id, u.display_name as counsellor_name,
      coalesce(sc.policy_explanation, 0) as policy_explanation, coalesce(sc.guidance_session, 0) as guidance_session,
      coalesce(sc.job_referral, 0) as job_referral, coalesce(sc.training_offer, 0) as training_offer,
      coalesce(sc.traineeship_offer, 0) as traineeship_offer
    from (select distinct graduate_id from assistance_targets where status = 'approved') t
    join graduates g on g.id = t.graduate_id
    join colleges c on c.id = g.college_id
    left join assistance_plans p on p.graduate_id = g.id
    left join users u on u.id = p.counsellor_id
    ${serviceCounts}
    where ${graduateScopeSql(scope)} and g.graduation_year = ${graduationYear} and not ${placedSql}`.execute(
    db,
  );
  return rows.rows;
}

// ── Dashboard ──
// Targets are a small share of a cohort, so these queries start from the targets, not the roster.

/** Target figures of a cohort within a scope (see dashboard in the service). */
export async function targetFigures(db: Database, scope: GraduateScope, graduationYear: number) {
  const [byCategory, totals] = await Promise.all([
    sql<{ category: string; n: number }>`
      select t.category, count(*)::int as n
      from assistance_targets t join graduates g on g.id = t.graduate_id
      where ${graduateScopeSql(scope)} and g.graduation_year = ${graduationYear} and t.status = 'approved'
      group by t.category`.execute(db),
    sql<{ graduates: number; placed: number; with_plan: number; with_service: number; pending: number }>`
      select
        count(*) filter (where x.approved)::int as graduates,
        count(*) filter (where x.approved and x.placed)::int as placed,
        count(*) filter (where x.approved and x.with_plan)::int as with_plan,
        count(*) filter (where x.approved and x.with_service)::int as with_service,
        coalesce(sum(x.pending), 0)::int as pending
      from (
        select ${placedSql} as placed,
          exists (select 1 from assistance_targets t where t.graduate_id = g.id and t.status = 'approved') as approved,
          (select count(*) from assistance_targets t where t.graduate_id = g.id and t.status like 'pending%') as pending,
          exists (select 1 from assistance_plans p where p.graduate_id = g.id) as with_plan,
          exists (select 1 from assistance_services s where s.graduate_id = g.id) as with_service
        from (select distinct graduate_id from assistance_targets where status <> 'rejected') t
        join graduates g on g.id = t.graduate_id
        where ${graduateScopeSql(scope)} and g.graduation_year = ${graduationYear}
      ) x`.execute(db),
  ]);
  return { byCategory: byCategory.rows, totals: totals.rows[0]! };
}
