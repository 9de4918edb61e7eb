import {
  addDays,
  ASSISTANCE_CATEGORIES,
  createRng,
  openCohort,
  shanghaiDate,
  TARGET_PROOF_KINDS,
  type Rng,
} from '@jiuye/domain';
import type { Deps } from '../platform/context';
import { PLACEHOLDER_PDF, PLACEHOLDER_SHA256 } from './demo-destinations';

// Demo assistance (issue 7), so every screen has something to show: Hubei's subsidy rules for the
// cohort that left school this year and the one graduating next; for the demo university's unplaced
// targets of this year's leavers, plans, ledger entries and subsidy applications at every stage
// (one paid); consents and a hand-over of those leavers to the Hubei office with follow-ups;
// a provincial 宏志助航 course and a university course with trainees and attendance; and, for the
// walkthrough graduate, a couple of services to answer and a pending identification.

const SEED = 20_261_207;
/** Yuan, as fen: the amount is the demo's, not any province's published figure. */
const DEMO_SUBSIDY_FEN = 150_000;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

export interface AssistanceSeedSummary {
  plans: number;
  services: number;
  applications: number;
  handedOver: number;
  trainees: number;
}

/** Seeds the assistance demo around the demo university, its counsellor and the Hubei offices. */
export async function seedAssistance(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: {
    province: string;
    universityCode: string;
    collegeId: string;
    graduateId: string;
    users: { counsellor: string; centre: string; hrss: string; edu: string };
    names: { counsellor: string; hrss: string };
  },
): Promise<AssistanceSeedSummary> {
  const { db } = deps;
  const rng = createRng(SEED);
  const now = deps.clock();
  const today = shanghaiDate(now);
  const cohort = openCohort(now);
  // Case work is on the cohort that has just left school (the roster's newest; the one graduating
  // next year holds only the walkthrough graduate in the demo).
  const year = cohort - 1;
  const daysAgo = (n: number) => addDays(today, -n);
  const summary: AssistanceSeedSummary = {
    plans: 0,
    services: 0,
    applications: 0,
    handedOver: 0,
    trainees: 0,
  };

  // Rules: the leavers' window has closed, the next cohort's is open.
  for (const ruleYear of [year, cohort])
    await db
      .insertInto('subsidy_rules')
      .values({
        province_code: opts.province,
        graduation_year: ruleYear,
        categories: ASSISTANCE_CATEGORIES.map((c) => c.key),
        amount_fen: DEMO_SUBSIDY_FEN,
        opens_on: `${ruleYear - 1}-10-01`,
        closes_on: `${ruleYear}-06-30`,
        evidence: ['帮扶对象认定证明', '毕业生本人银行卡信息页'],
        updated_by: opts.users.hrss,
        updated_at: now,
      })
      .execute();

  const evidence = async (graduateId: string, kind: string) =>
    (
      await db
        .insertInto('assistance_evidence')
        .values({
          graduate_id: graduateId,
          kind,
          file_name: '演示材料.pdf',
          mime_type: 'application/pdf',
          size_bytes: PLACEHOLDER_PDF.length,
          sha256: PLACEHOLDER_SHA256,
          content: PLACEHOLDER_PDF,
          uploaded_by: null,
          uploaded_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  // ── The leavers' targets in the counsellor's college ──
  // The roster identifies a few; more were identified on application over the year.
  const applicants = await db
    .selectFrom('graduates as g')
    .select('g.id')
    .leftJoin('destinations as d', 'd.graduate_id', 'g.id')
    .where('g.college_id', '=', opts.collegeId)
    .where('g.graduation_year', '=', year)
    .where('g.id', '<>', opts.graduateId)
    .where((eb) =>
      eb.or([eb('d.approved_category', 'is', null), eb('d.approved_category', '=', 'not_placed')]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assistance_targets as t')
            .select('t.graduate_id')
            .whereRef('t.graduate_id', '=', 'g.id'),
        ),
      ),
    )
    .orderBy('g.student_no')
    .limit(18)
    .execute();
  const identified = [
    'poverty_alleviated',
    'subsistence_allowance',
    'zero_employment',
    'disability',
    'near_subsistence',
  ] as const;
  for (const [i, a] of applicants.entries()) {
    const category = identified[i % identified.length]!;
    const kind = TARGET_PROOF_KINDS.find((k) => (k.for as readonly string[]).includes(category))!.key;
    const decided = new Date(`${daysAgo(60 - i)}T10:00:00+08:00`);
    await db
      .insertInto('assistance_targets')
      .values({
        graduate_id: a.id,
        category,
        source: 'application',
        status: i < 15 ? 'approved' : i < 17 ? 'pending_college' : 'pending_university',
        evidence_id: await evidence(a.id, kind),
        note: null,
        decided_by: i < 15 ? opts.users.centre : null,
        decided_at: i < 15 ? decided : null,
        applied_by: null,
        created_at: decided,
        updated_at: decided,
      })
      .execute();
  }
  const targets = await db
    .selectFrom('assistance_targets as t')
    .innerJoin('graduates as g', 'g.id', 't.graduate_id')
    .leftJoin('users as u', 'u.graduate_id', 'g.id')
    .select(['g.id', 'g.id_number_index', 't.category', 'u.id as user_id'])
    .leftJoin('destinations as d', 'd.graduate_id', 'g.id')
    .where('g.college_id', '=', opts.collegeId)
    .where('g.graduation_year', '=', year)
    .where('t.status', '=', 'approved')
    .where((eb) =>
      eb.or([eb('d.approved_category', 'is', null), eb('d.approved_category', '=', 'not_placed')]),
    )
    .orderBy('g.student_no')
    .limit(24)
    .execute();
  const postings = await db
    .selectFrom('job_postings')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .limit(20)
    .execute();
  const statuses = [
    'pending_college',
    'pending_college',
    'pending_university',
    'pending_province',
    'approved',
    'paid',
    'rejected',
  ] as const;
  for (const [i, g] of targets.entries()) {
    if (i % 3 !== 2) {
      await db
        .insertInto('assistance_plans')
        .values({
          graduate_id: g.id,
          counsellor_id: opts.users.counsellor,
          goals: pick(rng, [
            '毕业前落实一份专业对口的工作',
            '提升面试能力，争取进入省内国有企业',
            '参加宏志助航培训后，在本地落实工作或见习',
          ]),
          created_by: opts.users.counsellor,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db
        .insertInto('assistance_plan_actions')
        .values([
          {
            graduate_id: g.id,
            position: 0,
            title: '一对一简历修改',
            due_on: daysAgo(10),
            done_on: daysAgo(12),
          },
          {
            graduate_id: g.id,
            position: 1,
            title: '推荐不少于 3 个岗位',
            due_on: addDays(today, 20),
            done_on: null,
          },
          {
            graduate_id: g.id,
            position: 2,
            title: '报名就业能力培训',
            due_on: addDays(today, 40),
            done_on: null,
          },
        ])
        .execute();
      summary.plans++;
    }
    // Services: the first few meet the default standard, the rest are part-way.
    const kinds =
      i < 4
        ? [
            'policy_explanation',
            'guidance_session',
            'job_referral',
            'job_referral',
            'job_referral',
            'training_offer',
          ]
        : ['policy_explanation', 'job_referral'].slice(0, i % 3);
    for (const [n, kind] of kinds.entries()) {
      const posting = kind === 'job_referral' ? postings[(i + n) % Math.max(1, postings.length)] : undefined;
      if (kind === 'job_referral' && !posting) continue;
      await db
        .insertInto('assistance_services')
        .values({
          graduate_id: g.id,
          kind,
          service_on: daysAgo(30 - n * 4),
          note: kind === 'training_offer' ? '推荐参加宏志助航就业能力培训' : '',
          posting_id: posting?.id ?? null,
          actor_id: opts.users.counsellor,
          actor_name: opts.names.counsellor,
          response: pick(rng, ['accepted', 'accepted', 'declined', 'pending'] as const),
          created_at: now,
        })
        .execute();
      summary.services++;
    }
    // Subsidy applications at every stage, for the first targets.
    if (i < statuses.length) {
      const status = statuses[i]!;
      const files = [
        await evidence(g.id, '帮扶对象认定证明'),
        await evidence(g.id, '毕业生本人银行卡信息页'),
      ];
      const row = await db
        .insertInto('subsidy_applications')
        .values({
          graduate_id: g.id,
          person_index: g.id_number_index,
          province_code: opts.province,
          university_code: opts.universityCode,
          graduation_year: year,
          category: g.category,
          amount_fen: DEMO_SUBSIDY_FEN,
          evidence_ids: files,
          note: null,
          status,
          applied_by: null,
          on_behalf: false,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const steps: [
        stage: 'applicant' | 'college' | 'university' | 'province',
        decision: string,
        actor: string | null,
      ][] = [['applicant', 'submit', g.user_id]];
      const reached = ['pending_university', 'pending_province', 'approved', 'paid'].indexOf(status);
      if (reached >= 0) steps.push(['college', 'approve', opts.users.counsellor]);
      if (reached >= 1) steps.push(['university', 'approve', opts.users.centre]);
      if (reached >= 2) steps.push(['province', 'approve', opts.users.hrss]);
      if (status === 'rejected') steps.push(['college', 'reject', opts.users.counsellor]);
      if (status === 'paid') steps.push(['province', 'pay', opts.users.hrss]);
      for (const [stage, decision, actor] of steps)
        await db
          .insertInto('subsidy_decisions')
          .values({
            application_id: row.id,
            stage,
            decision: decision as 'approve',
            reason:
              decision === 'reject'
                ? '材料中的银行卡信息页不清晰，请重新上传后再申请'
                : decision === 'pay'
                  ? '发放凭证 HB-DEMO-000001'
                  : null,
            actor_id: actor,
            at: now,
          })
          .execute();
      if (status === 'paid')
        await db
          .insertInto('subsidy_payments')
          .values({
            application_id: row.id,
            person_index: g.id_number_index,
            amount_fen: DEMO_SUBSIDY_FEN,
            paid_on: daysAgo(3),
            reference: 'HB-DEMO-000001',
            recorded_by: opts.users.hrss,
            recorded_at: now,
          })
          .execute();
      summary.applications++;
    }
  }

  // ── The walkthrough graduate: two services to answer, an identification under review ──
  for (const [n, kind] of ['policy_explanation', 'job_referral'].entries())
    await db
      .insertInto('assistance_services')
      .values({
        graduate_id: opts.graduateId,
        kind,
        service_on: daysAgo(5 - n * 2),
        note: kind === 'policy_explanation' ? '介绍一次性求职补贴与宏志助航培训' : '',
        posting_id: kind === 'job_referral' ? (postings[0]?.id ?? null) : null,
        actor_id: opts.users.counsellor,
        actor_name: opts.names.counsellor,
        created_at: now,
      })
      .execute();
  const proofKind = TARGET_PROOF_KINDS.find((k) => k.key === 'zero_employment_certificate')!.key;
  const proof = await evidence(opts.graduateId, proofKind);
  await db
    .insertInto('assistance_targets')
    .values({
      graduate_id: opts.graduateId,
      category: 'zero_employment',
      source: 'application',
      status: 'pending_college',
      evidence_id: proof,
      note: '父母均处于失业状态',
      applied_by: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();

  // ── The leavers: consents and the hand-over to the Hubei office ──
  const unplaced = await db
    .selectFrom('graduates as g')
    .leftJoin('destinations as d', 'd.graduate_id', 'g.id')
    .select(['g.id', 'g.origin_region_code'])
    .where('g.university_code', '=', opts.universityCode)
    .where('g.graduation_year', '=', year)
    .where((eb) =>
      eb.or([
        eb('d.approved_category', 'is', null),
        eb('d.approved_category', 'not in', ['employed_unit', 'self_employed', 'freelance', 'further_study']),
      ]),
    )
    .where('g.origin_region_code', 'is not', null)
    .orderBy('g.student_no')
    .limit(80)
    .execute();
  const handedOn = `${year}-07-15`;
  const batch = await db
    .insertInto('handover_batches')
    .values({
      university_code: opts.universityCode,
      graduation_year: year,
      handed_over: 0,
      created_by: opts.users.centre,
      created_at: new Date(`${handedOn}T10:00:00+08:00`),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, g] of unplaced.entries()) {
    const consent = i % 5 !== 4;
    const wantsJob = i % 7 !== 6;
    await db
      .insertInto('handover_consents')
      .values({
        graduate_id: g.id,
        consent,
        wants_job: wantsJob,
        recorded_by: null,
        via: 'graduate',
        note: null,
        at: new Date(`${year}-06-20T10:00:00+08:00`),
      })
      .execute();
    // Some who agreed are left for the career centre to hand over on the screen.
    if (!consent || i % 9 === 8 || !g.origin_region_code || g.origin_region_code.endsWith('0000')) continue;
    await db
      .insertInto('handovers')
      .values({
        graduate_id: g.id,
        batch_id: batch.id,
        university_code: opts.universityCode,
        graduation_year: year,
        region_code: g.origin_region_code,
        province_code: g.origin_region_code.slice(0, 2),
        wants_job: wantsJob,
        handed_over_on: handedOn,
      })
      .execute();
    summary.handedOver++;
    if (!g.origin_region_code.startsWith(opts.province) || rng() < 0.2) continue;
    // The Hubei office has reached most of its leavers; many have an outcome.
    const contactOn = addDays(handedOn, 3 + Math.floor(rng() * 30));
    const followups: {
      kind: 'contact' | 'service' | 'outcome';
      on_day: string;
      reached: boolean | null;
      outcome: string | null;
      note: string;
    }[] = [
      { kind: 'contact', on_day: contactOn, reached: true, outcome: null, note: '电话联系，了解求职意向' },
    ];
    if (rng() < 0.7)
      followups.push({
        kind: 'service',
        on_day: addDays(contactOn, 10),
        reached: null,
        outcome: null,
        note: '推送本地招聘会信息与见习岗位',
      });
    if (rng() < 0.6)
      followups.push({
        kind: 'outcome',
        on_day: addDays(contactOn, 40),
        reached: null,
        outcome: wantsJob
          ? pick(rng, ['employed', 'employed', 'traineeship', 'training', 'seeking'])
          : 'not_seeking',
        note: '',
      });
    for (const f of followups)
      await db
        .insertInto('handover_followups')
        .values({
          graduate_id: g.id,
          ...f,
          actor_id: opts.users.hrss,
          actor_name: opts.names.hrss,
          created_at: now,
        })
        .execute();
    const outcome = followups.find((f) => f.kind === 'outcome');
    await db
      .updateTable('handovers')
      .set({
        first_contact_on: contactOn,
        outcome: outcome?.outcome ?? null,
        outcome_on: outcome?.on_day ?? null,
      })
      .where('graduate_id', '=', g.id)
      .execute();
  }
  await db
    .updateTable('handover_batches')
    .set({ handed_over: summary.handedOver })
    .where('id', '=', batch.id)
    .execute();

  // ── Training: the province's 宏志助航 course and the university's own ──
  const programmes = [
    {
      name: `宏志助航计划 就业能力培训（${year} 届第一期）`,
      kind: 'hongzhi',
      organiser: '湖北省教育厅',
      university_code: null,
      starts_on: daysAgo(40),
      ends_on: daysAgo(5),
      sessions: 8,
      capacity: 60,
      // Over: enrolment closed, trainees completing.
      status: 'closed' as const,
      created_by: opts.users.edu,
    },
    {
      name: '求职面试技能工作坊',
      kind: 'other',
      organiser: '学校就业指导中心',
      university_code: opts.universityCode,
      starts_on: addDays(today, 7),
      ends_on: addDays(today, 28),
      sessions: 4,
      capacity: 30,
      status: 'open' as const,
      created_by: opts.users.centre,
    },
  ];
  for (const [p, spec] of programmes.entries()) {
    const programme = await db
      .insertInto('training_programmes')
      .values({
        ...spec,
        province_code: opts.province,
        description: '面向帮扶对象的公益培训（演示）',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (p !== 0) continue;
    for (const [i, g] of targets.slice(0, 12).entries()) {
      const attended = Array.from({ length: spec.sessions }, (_, n) => n + 1).filter(() => rng() < 0.9);
      const completed = attended.length >= Math.ceil(spec.sessions * 0.8) && i % 4 !== 3;
      await db
        .insertInto('training_enrolments')
        .values({
          programme_id: programme.id,
          graduate_id: g.id,
          status: completed ? 'completed' : 'enrolled',
          enrolled_by: opts.users.edu,
          enrolled_at: now,
          completed_on: completed ? spec.ends_on : null,
          certificate_no: completed ? `HZZH-${year}-${String(i + 1).padStart(4, '0')}` : null,
        })
        .execute();
      if (attended.length > 0)
        await db
          .insertInto('training_attendance')
          .values(
            attended.map((session_no) => ({
              programme_id: programme.id,
              graduate_id: g.id,
              session_no,
              recorded_by: opts.users.edu,
              recorded_at: now,
            })),
          )
          .execute();
      summary.trainees++;
    }
  }
  return summary;
}
