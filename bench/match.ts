// `npm run bench -- match`: offline evaluation of the person–job model (issue 5), in one run, on
// (a) a simulated market with a known ground truth and (b) a time split of the platform's own
// application history, each against random, most-popular and keyword-only baselines: Recall@10 and
// NDCG@10 side by side.
//
// (a) How the market is generated (seeded, so every run is the same):
// - Jobs: N postings from the demo generator (seed/posting-generator.ts): an occupation template's
//   title, duties and requirements, the major classes it recruits from, its occupation group, pay
//   by degree and type, one to three work places among 24 counties of 8 cities.
// - Graduates: M people, each with LATENT preferences drawn first — a favourite occupation
//   template, a home city, a salary floor, the skills of that template they really have, their
//   major (a class the template recruits from, or 30 % of the time an unrelated one) and degree.
// - Ground truth: a graduate's utility for a job = 3·(major fits: same class or 专业不限) +
//   2·(job in home city) + 1.5·(pay reaches the floor) + 2·(job from the favourite template) +
//   1·(shared skills ≥ 2) + Gumbel noise; degree they lack = −∞. The 20 highest are "relevant".
// - What the model sees is the OBSERVED profile, noisier than the latent one: the home city is
//   stated 70 % of the time (else nothing), the salary floor 60 % of the time (±15 %), the favourite
//   template's occupation group 50 % of the time, and half of the real skills (plus one wrong one).
// - Baselines: random order; most popular (jobs ranked by simulated application counts, which
//   follow pay and freshness, the same for everyone); keyword-only (résumé skills found in the job).
//
// (b) The platform's own history: the demo (seed/demo.ts, clock fixed) is seeded into an in-memory
// PGlite database, applications and all, and its history is split by time.
// - How the history is generated (seed/demo-history.ts; never with the model's scoring): ~2,000
//   graduates with LATENT preferences — a favourite occupation template among those recruiting
//   from their major class or a class like it (a 专科 计算机类 or a master's in 软件工程 looks for
//   计算机类 jobs; 15 % — 30 % of 专科 — want sales or office work instead), a home city (their
//   生源地 city half of the time, else mostly 武汉), a pay floor, the template's skills they have.
//   They come when jobs do (a day or two after some posting went up), one to three sessions a few
//   days apart; each session shows the newest 60 open postings, a search for the favourite job's
//   title (newest 20) and 30 older ones, and they apply to up to three whose utility — 2.5·favourite
//   template + 1.5·major fit (0.5 for 专业不限) + 1.8·home city + 1.2·pay ≥ floor + 0.5·shared skills
//   (≤ 2) + Gumbel noise — reaches 4. Employers view 80 %, invite by their own fit (major, skills),
//   half the interviews end in an offer; a graduate signs one offer (likelier the more they wanted
//   it), then stops, declining other offers. The platform stores only a résumé with ~70 % of the
//   real skills (plus generic or unrelated ones) and, for 85 %, 求职意向 stating the home city 65 %,
//   the pay 55 % (±15 %) and the occupation group 50 % of the time.
// - Split: applications created before the 80th percentile of creation times train, the rest test.
//   The affinity is learned from the training offers by the platform's own refreshAffinity on the
//   database rolled back to the split (later applications and events removed, every status as of
//   its last event before the split); most popular = training-period application counts (newer
//   first among equals).
// - Test: every graduate with test-period applications to postings open at the split (published
//   before it, deadline not passed) gets those postings ranked, less the ones they had applied to:
//   by the model (scoreMatch with their saved 求职意向 and résumé skills, the training affinity,
//   freshness as of the split; all open postings, not just the live candidate routes) and by the
//   baselines. Relevant = the postings they applied to after the split. Shown for reference, not
//   as baselines: the model without the affinity, and newest first (the job board's own order).
// - The history is simulated as well, from the same kinds of reasons the model uses, so (b) checks
//   the whole path — stored history, time split, learned affinity, noisy stored profiles, real
//   browsing and deadlines — not how real graduates choose; real history will replace it.
//
// Results go to bench/results/match.json: part (a) under `simulated`, part (b) under `history`.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng, type DegreeKey, type Rng } from '@jiuye/domain';
import {
  mentionsIn,
  rankMatches,
  type AffinityLookup,
  scoreMatch,
  type GraduateProfile,
  type JobProfile,
} from '@jiuye/domain/matching/score';
import { qualifyingDegrees } from '@jiuye/domain/search/posting-tags';
import { indexTokens, parseQuery } from '@jiuye/domain/search/tokens';
import { createDb, sql, type Database } from '../apps/server/src/db';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { affinities, subjectsOf } from '../apps/server/src/modules/matching/matching.repository';
import { refreshAffinity } from '../apps/server/src/modules/matching/matching.service';
import { learnedAffinity, graduateProfileOf } from '../apps/server/src/modules/matching/ranking';
import { createPiiCipher } from '../apps/server/src/platform/crypto';
import { seedDemo } from '../apps/server/src/seed/demo';
import { generatePosting } from '../apps/server/src/seed/posting-generator';
import { OCCUPATIONS } from '../apps/server/src/seed/posting-templates';

const RESULTS = fileURLToPath(new URL('./results/match.json', import.meta.url));
const K = 10;
const RELEVANT = 20;
const CITIES = ['4201', '4205', '4206', '4210', '1101', '3101', '4403', '5101'];
const COUNTIES = CITIES.flatMap((c) => [`${c}02`, `${c}03`, `${c}05`]);
/** Skills a résumé lists and a posting can mention; each template's skills are those its text names. */
const SKILL_VOCAB = [
  'Java',
  'MySQL',
  'Python',
  'Excel',
  'SQL',
  'Linux',
  'CAD',
  'PLC',
  'SolidWorks',
  'React',
  'Vue',
  'Figma',
  'Photoshop',
  'ERP',
  'JavaScript',
  'Spring Boot',
  '会计',
  '审计',
  '税务',
  '教研',
  '护理',
  '新媒体',
  '剪辑',
  '翻译',
  '外贸',
  '测试',
  '数据分析',
  '机器学习',
  '施工',
  '造价',
  '招聘',
  '销售',
  '普通话',
  '教师资格证',
  '文案',
  '质检',
  '仪器',
  '合同',
  '信贷',
  '社会工作',
];
const DEGREES: DegreeKey[] = ['associate', 'bachelor', 'bachelor', 'bachelor', 'master', 'doctor'];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

interface Job {
  profile: JobProfile;
  template: number;
  popularity: number;
}

interface Graduate {
  observed: GraduateProfile;
  relevant: Set<string>;
}

function templateSkills(): string[][] {
  return OCCUPATIONS.map((o) => {
    const text = [...o.titles, ...o.duties, ...o.requirements].join(' ').toLowerCase();
    return SKILL_VOCAB.filter((s) => text.includes(s.toLowerCase()));
  });
}

function buildJobs(rng: Rng, n: number, now: Date): Job[] {
  const today = now.toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const g = generatePosting(rng, { today, regions: COUNTIES });
    const template = OCCUPATIONS.findIndex((o) => o.titles.some((t) => g.input.title.startsWith(t)));
    const ageDays = g.publishedDaysAgo;
    return {
      template,
      // Applications follow pay and freshness, the same for every graduate.
      popularity: g.input.salaryMax / 1000 + 20 * 0.5 ** (ageDays / 10) + rng() * 5,
      profile: {
        id: `j${i}`,
        organisationId: `o${i % 300}`,
        majorCodes: g.input.majorCodes,
        minDegree: g.input.minDegree,
        regionCodes: g.input.regionCodes,
        salaryMin: g.input.salaryMin,
        salaryMax: g.input.salaryMax,
        mentions: mentionsIn(
          new Set(indexTokens(`${g.input.title}\n${g.input.description}\n${g.input.requirements ?? ''}`)),
        ),
        occupationCode: g.input.occupationCode ?? null,
        keyFields: g.input.keyFields,
        publishedAt: new Date(now.getTime() - ageDays * 86_400_000),
        verified: true,
      },
    };
  });
}

const gumbel = (rng: Rng) => -Math.log(-Math.log(Math.max(1e-12, rng())));

function buildGraduates(rng: Rng, m: number, jobs: Job[], skillsOf: string[][]): Graduate[] {
  const allClasses = [...new Set(OCCUPATIONS.flatMap((o) => o.majorClasses))];
  return Array.from({ length: m }, () => {
    const template = Math.floor(rng() * OCCUPATIONS.length);
    const t = OCCUPATIONS[template]!;
    const majorClass =
      t.majorClasses.length > 0 && rng() < 0.7 ? pick(rng, t.majorClasses) : pick(rng, allClasses);
    const degree = pick(rng, DEGREES);
    const homeCity = pick(rng, CITIES);
    const floor = Math.round(t.salary[0] * (0.8 + rng() * 0.5));
    const real = skillsOf[template]!.filter(() => rng() < 0.8).map((label) => ({
      label,
      lexemes: parseQuery(label).lexemes,
    }));
    const utility = (j: Job) => {
      if (!qualifyingDegrees(j.profile.minDegree).includes(degree)) return -Infinity;
      const majorFits =
        j.profile.majorCodes.length === 0 || j.profile.majorCodes.some((c) => c.slice(0, 4) === majorClass);
      const home = j.profile.regionCodes.some((r) => r.startsWith(homeCity));
      const shared = real.filter((s) => j.profile.mentions(s)).length;
      return (
        3 * Number(majorFits) +
        2 * Number(home) +
        1.5 * Number(j.profile.salaryMax >= floor) +
        2 * Number(j.template === template) +
        1 * Number(shared >= 2) +
        gumbel(rng)
      );
    };
    const relevant = new Set(
      jobs
        .map((j) => ({ id: j.profile.id, u: utility(j) }))
        .sort((a, b) => b.u - a.u)
        .slice(0, RELEVANT)
        .map((x) => x.id),
    );
    const stated = real.filter(() => rng() < 0.5);
    if (rng() < 0.5) {
      const wrong = pick(rng, SKILL_VOCAB);
      stated.push({ label: wrong, lexemes: parseQuery(wrong).lexemes });
    }
    const observed: GraduateProfile = {
      majorCode: `${majorClass}01`,
      degree,
      desiredRegions: rng() < 0.7 ? [`${homeCity}00`] : [],
      originRegion: null,
      useOrigin: false,
      salaryExpectation: rng() < 0.6 ? Math.round(floor * (0.85 + rng() * 0.3)) : null,
      skills: stated,
      desiredOccupations: rng() < 0.5 ? [t.occupation] : [],
      keyFieldOptIns: [],
    };
    return { observed, relevant };
  });
}

function metrics(ranked: readonly string[], relevant: Set<string>) {
  const top = ranked.slice(0, K);
  const hits = top.map((id) => (relevant.has(id) ? 1 : 0));
  const dcg = hits.reduce<number>((s, h, i) => s + h / Math.log2(i + 2), 0);
  const ideal = Array.from({ length: Math.min(K, relevant.size) }, (_, i) => 1 / Math.log2(i + 2)).reduce(
    (a, b) => a + b,
    0,
  );
  return {
    recall: hits.reduce<number>((a, b) => a + b, 0) / relevant.size,
    ndcg: ideal > 0 ? dcg / ideal : 0,
  };
}

type Metrics = { recallAt10: number; ndcgAt10: number };
const BASELINES = ['random', 'mostPopular', 'keywordOnly'] as const;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Mean Recall@10 and NDCG@10 of a ranker over graduates. */
function evaluate<G>(
  graduates: readonly G[],
  rank: (g: G) => string[],
  relevant: (g: G) => Set<string>,
): Metrics {
  let recall = 0;
  let ndcg = 0;
  for (const g of graduates) {
    const m = metrics(rank(g), relevant(g));
    recall += m.recall;
    ndcg += m.ndcg;
  }
  return { recallAt10: round3(recall / graduates.length), ndcgAt10: round3(ndcg / graduates.length) };
}

const beatsAll = (r: Record<string, Metrics>) =>
  BASELINES.every((b) => r.model!.recallAt10 > r[b]!.recallAt10 && r.model!.ndcgAt10 > r[b]!.ndcgAt10);

/** Part (a): the simulated market. */
function simulatedPart(nJobs: number, nGraduates: number) {
  const rng = createRng(20_261_128);
  const now = new Date('2026-11-28T00:00:00Z');
  console.log(`(a) simulating ${nJobs} jobs and ${nGraduates} graduates…`);
  const jobs = buildJobs(rng, nJobs, now);
  const graduates = buildGraduates(rng, nGraduates, jobs, templateSkills());
  const popular = [...jobs].sort((a, b) => b.popularity - a.popularity).map((j) => j.profile.id);
  const rankers: Record<string, (g: Graduate) => string[]> = {
    model: (g) =>
      jobs
        .map((j) => ({ id: j.profile.id, s: scoreMatch(g.observed, j.profile, now, () => 0).score }))
        .sort((a, b) => b.s - a.s)
        .map((x) => x.id),
    random: () =>
      jobs
        .map((j) => ({ id: j.profile.id, s: rng() }))
        .sort((a, b) => b.s - a.s)
        .map((x) => x.id),
    mostPopular: () => popular,
    keywordOnly: (g) =>
      jobs
        .map((j) => ({
          id: j.profile.id,
          s: g.observed.skills.filter((s) => j.profile.mentions(s)).length + rng() * 0.01,
        }))
        .sort((a, b) => b.s - a.s)
        .map((x) => x.id),
  };
  const results: Record<string, Metrics> = {};
  for (const [name, rank] of Object.entries(rankers))
    results[name] = evaluate(graduates, rank, (g) => g.relevant);
  return results;
}

// ── Part (b): a time split of the platform's own application history ──

/** The moment the demo is seeded at in the scratch database (fixed, so every run is the same). */
const HISTORY_NOW = new Date('2026-11-28T04:00:00Z');
/** Applications created before this quantile of creation times train; the rest test. */
const TRAIN_SHARE = 0.8;

interface HistoryPosting {
  profile: JobProfile;
  closesAt: number;
  trainApplications: number;
}

interface HistoryGraduate {
  profile: GraduateProfile;
  appliedBefore: Set<string>;
  relevant: Set<string>;
}

/** Shanghai end of a YYYY-MM-DD deadline. */
const endOfDay = (day: string | null) => (day ? Date.parse(`${day}T23:59:59+08:00`) : Infinity);

/**
 * The state of the applications at `split`, in the scratch database: later applications and events
 * are removed and every status rolled back to its last event before the split. Then the platform's
 * own refreshAffinity learns from it, so the training affinity follows exactly the production rule.
 */
async function trainingAffinity(db: Database, split: Date) {
  await sql`delete from applications where created_at >= ${split}`.execute(db);
  await sql`delete from application_events where created_at >= ${split}`.execute(db);
  await sql`update applications a set status = e.to_status
    from (select distinct on (application_id) application_id, to_status from application_events
          order by application_id, created_at desc, id desc) e
    where e.application_id = a.id`.execute(db);
  await refreshAffinity({ db, clock: () => split });
  const learned = await affinities(db);
  const offers = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['offer', 'signed'])
    .executeTakeFirstOrThrow();
  return { affinity: learnedAffinity(learned).fit, offers: Number(offers.n), classes: learned.size };
}

/** Part (b): seeds the demo into an in-memory database and evaluates on its own history. */
async function historyPart() {
  console.log('(b) seeding the demo (with its application history) into an in-memory database…');
  const handle = await createDb({ kind: 'pglite', dataDir: null });
  try {
    await migrateToLatest(handle.db);
    const db = handle.db;
    const started = performance.now();
    await seedDemo({ db, cipher: createPiiCipher(Buffer.alloc(32, 7)), clock: () => HISTORY_NOW });
    console.log(`    seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const apps = await db
      .selectFrom('applications')
      .select(['posting_id', 'graduate_id', 'created_at'])
      .orderBy('created_at')
      .execute();
    const times = apps.map((a) => new Date(a.created_at).getTime());
    const split = new Date(times[Math.floor(times.length * TRAIN_SHARE)]!);
    const train = apps.filter((_, i) => times[i]! < split.getTime());
    const test = apps.filter((_, i) => times[i]! >= split.getTime());

    const postingRows = await db
      .selectFrom('job_postings as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'p.id',
        'p.organisation_id',
        'p.title',
        'p.description',
        'p.requirements',
        'p.major_codes',
        'p.min_degree',
        'p.region_codes',
        'p.salary_min_fen',
        'p.salary_max_fen',
        'p.occupation_code',
        'p.key_fields',
        'p.published_at',
        sql<string | null>`p.deadline::text`.as('deadline'),
        sql<boolean>`o.verification = 'verified'`.as('verified'),
      ])
      .where('p.published_at', 'is not', null)
      .where('p.published_at', '<', split)
      .execute();
    const trainCounts = new Map<string, number>();
    for (const a of train) trainCounts.set(a.posting_id, (trainCounts.get(a.posting_id) ?? 0) + 1);
    // Open at the split: published before it, deadline not passed.
    const open: HistoryPosting[] = postingRows
      .map((p) => ({
        closesAt: endOfDay(p.deadline),
        trainApplications: trainCounts.get(p.id) ?? 0,
        profile: {
          id: p.id,
          organisationId: p.organisation_id,
          majorCodes: p.major_codes,
          minDegree: p.min_degree as DegreeKey | null,
          regionCodes: p.region_codes,
          salaryMin: Number(p.salary_min_fen ?? 0) / 100,
          salaryMax: Number(p.salary_max_fen ?? 0) / 100,
          mentions: mentionsIn(new Set(indexTokens(`${p.title}\n${p.description}\n${p.requirements ?? ''}`))),
          occupationCode: p.occupation_code,
          keyFields: p.key_fields,
          publishedAt: new Date(p.published_at!),
          verified: p.verified,
        },
      }))
      .filter((p) => p.closesAt >= split.getTime());
    const openIds = new Set(open.map((p) => p.profile.id));

    // Graduates with test-period applications to postings open at the split: what the platform
    // knew of them (saved 求职意向, résumé skills, roster) and what they applied to before.
    const relevantOf = new Map<string, Set<string>>();
    for (const a of test)
      if (openIds.has(a.posting_id)) {
        if (!relevantOf.has(a.graduate_id)) relevantOf.set(a.graduate_id, new Set());
        relevantOf.get(a.graduate_id)!.add(a.posting_id);
      }
    const ids = [...relevantOf.keys()];
    const people = await subjectsOf(db, ids);
    const appliedBefore = new Map<string, Set<string>>();
    for (const a of train) {
      if (!appliedBefore.has(a.graduate_id)) appliedBefore.set(a.graduate_id, new Set());
      appliedBefore.get(a.graduate_id)!.add(a.posting_id);
    }
    const graduates: HistoryGraduate[] = people.map((g) => ({
      appliedBefore: appliedBefore.get(g.id) ?? new Set(),
      relevant: relevantOf.get(g.id)!,
      profile: graduateProfileOf(g),
    }));

    const { affinity, offers, classes } = await trainingAffinity(db, split);
    const rng = createRng(20_261_129);
    const candidatesOf = (g: HistoryGraduate) => open.filter((p) => !g.appliedBefore.has(p.profile.id));
    const byModel = (lookup: AffinityLookup) => (g: HistoryGraduate) =>
      rankMatches(
        candidatesOf(g).map((p) => ({
          job: p.profile,
          result: scoreMatch(g.profile, p.profile, split, lookup),
        })),
        { postingIds: new Set(), organisationIds: new Set(), occupationCodes: new Set() },
        K,
      ).map((m) => m.job.id);
    const ordered = (items: { id: string; s: number }[]) => items.sort((a, b) => b.s - a.s).map((x) => x.id);
    const newest = (p: HistoryPosting) => p.profile.publishedAt.getTime() / 1e15;
    const rankers: Record<string, (g: HistoryGraduate) => string[]> = {
      model: byModel(affinity),
      random: (g) => ordered(candidatesOf(g).map((p) => ({ id: p.profile.id, s: rng() }))),
      // Training-period application counts, newer first among equals.
      mostPopular: (g) =>
        ordered(candidatesOf(g).map((p) => ({ id: p.profile.id, s: p.trainApplications + newest(p) }))),
      keywordOnly: (g) =>
        ordered(
          candidatesOf(g).map((p) => ({
            id: p.profile.id,
            s: g.profile.skills.filter((s) => p.profile.mentions(s)).length + rng() * 0.01,
          })),
        ),
      // Not baselines, for reference: the model without the learned affinity (what the affinity
      // adds), and the job board's default order, newest first (how much is freshness alone).
      newestFirst: (g) => ordered(candidatesOf(g).map((p) => ({ id: p.profile.id, s: newest(p) }))),
      modelWithoutAffinity: byModel(() => 0),
    };
    const results: Record<string, Metrics> = {};
    for (const [name, rank] of Object.entries(rankers))
      results[name] = evaluate(graduates, rank, (g) => g.relevant);
    // Where the affinity is meant to help: graduates whose 专业类 no open posting names (专科 and
    // graduate-school majors; postings name undergraduate classes), so the catalogue says nothing.
    const named = new Set(open.flatMap((p) => p.profile.majorCodes.map((c) => c.slice(0, 4))));
    const unnamed = graduates.filter((g) => !named.has(g.profile.majorCode.slice(0, 4)));
    const unnamedMajors = {
      graduates: unnamed.length,
      model: evaluate(unnamed, rankers.model!, (g) => g.relevant),
      modelWithoutAffinity: evaluate(unnamed, rankers.modelWithoutAffinity!, (g) => g.relevant),
    };
    const relevantTotal = graduates.reduce((n, g) => n + g.relevant.size, 0);
    return {
      results,
      unnamedMajors,
      split: {
        splitAt: split.toISOString(),
        daysBeforeSeed: round3((HISTORY_NOW.getTime() - split.getTime()) / 86_400_000),
        applications: apps.length,
        trainApplications: train.length,
        testApplications: test.length,
        trainOffers: offers,
        affinityMajorClasses: classes,
        openPostings: open.length,
        graduatesEvaluated: graduates.length,
        relevantPerGraduate: round3(relevantTotal / graduates.length),
        testApplicationsToPostingsOpenAtSplit: relevantTotal,
      },
    };
  } finally {
    await handle.db.destroy();
  }
}

/** `npm run bench -- match [--jobs N] [--graduates N]` */
export async function matchBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { jobs: { type: 'string', default: '3000' }, graduates: { type: 'string', default: '500' } },
  });
  const nJobs = Number(values.jobs);
  const nGraduates = Number(values.graduates);
  if (!Number.isInteger(nJobs) || nJobs < 100) throw new Error('--jobs must be an integer ≥ 100');
  if (!Number.isInteger(nGraduates) || nGraduates < 10)
    throw new Error('--graduates must be an integer ≥ 10');
  const simulated = simulatedPart(nJobs, nGraduates);
  const history = await historyPart();
  const s = history.split;
  console.log(
    `    split at ${s.splitAt} (${s.daysBeforeSeed} days before the seed): ${s.trainApplications} training / ${s.testApplications} test applications, ${s.trainOffers} training offers over ${s.affinityMajorClasses} major classes; ${s.graduatesEvaluated} graduates ranked over ${s.openPostings} open postings, ${s.relevantPerGraduate} relevant each`,
  );
  const cell = (m: Metrics | undefined) =>
    m ? `${m.recallAt10.toFixed(3).padStart(9)} ${m.ndcgAt10.toFixed(3).padStart(8)}` : ' '.repeat(18);
  console.log(`\n${''.padEnd(22)}(a) simulated market   (b) time split of the history`);
  console.log(`${'ranker'.padEnd(22)}Recall@10  NDCG@10    Recall@10  NDCG@10`);
  for (const name of ['model', ...BASELINES, 'modelWithoutAffinity', 'newestFirst'])
    console.log(`${name.padEnd(22)}${cell(simulated[name])}     ${cell(history.results[name])}`);
  const u = history.unnamedMajors;
  console.log(
    `\n(b) for the ${u.graduates} graduates whose 专业类 no open posting names: model ${cell(u.model)}, without the affinity ${cell(u.modelWithoutAffinity)}`,
  );
  const beatsSimulated = beatsAll(simulated);
  const beatsHistory = beatsAll(history.results);
  console.log(`\nmodel beats every baseline on (a) the simulated market: ${beatsSimulated ? 'yes' : 'NO'}`);
  console.log(
    `model beats every baseline on (b) the time split of the history: ${beatsHistory ? 'yes' : 'NO'}`,
  );
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(
    RESULTS,
    `${JSON.stringify(
      {
        bench: 'match',
        date: new Date().toISOString(),
        jobs: nJobs,
        graduates: nGraduates,
        relevantPerGraduate: RELEVANT,
        k: K,
        simulated,
        modelBeatsEveryBaseline: beatsSimulated,
        history: {
          ...history.split,
          results: history.results,
          unnamedMajors: history.unnamedMajors,
          modelBeatsEveryBaseline: beatsHistory,
        },
        modelBeatsEveryBaselineOnBoth: beatsSimulated && beatsHistory,
      },
      null,
      2,
    )}\n`,
  );
}
