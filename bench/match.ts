// `npm run bench -- match`: offline evaluation of the person–job model (issue 5) on a simulated
// market with a known ground truth, against random, most-popular and keyword-only baselines, in one
// run: Recall@10 and NDCG@10. (The time split of the platform's own application history and the
// speed figures at 500,000 jobs are the next steps of issue 5.)
//
// How the market is generated (seeded, so every run is the same):
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
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng, type DegreeKey, type Rng } from '@jiuye/domain';
import { mentionsIn, scoreMatch, type GraduateProfile, type JobProfile } from '@jiuye/domain/matching/score';
import { qualifyingDegrees } from '@jiuye/domain/search/posting-tags';
import { indexTokens, parseQuery } from '@jiuye/domain/search/tokens';
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
  const rng = createRng(20_261_128);
  const now = new Date('2026-11-28T00:00:00Z');
  console.log(`simulating ${nJobs} jobs and ${nGraduates} graduates…`);
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
  const results: Record<string, { recallAt10: number; ndcgAt10: number }> = {};
  for (const [name, rank] of Object.entries(rankers)) {
    let recall = 0;
    let ndcg = 0;
    for (const g of graduates) {
      const m = metrics(rank(g), g.relevant);
      recall += m.recall;
      ndcg += m.ndcg;
    }
    results[name] = {
      recallAt10: Math.round((recall / graduates.length) * 1000) / 1000,
      ndcgAt10: Math.round((ndcg / graduates.length) * 1000) / 1000,
    };
    console.log(
      `${name.padEnd(12)} Recall@10 ${results[name].recallAt10}  NDCG@10 ${results[name].ndcgAt10}`,
    );
  }
  const beats = ['random', 'mostPopular', 'keywordOnly'].every(
    (b) =>
      results.model!.recallAt10 > results[b]!.recallAt10 && results.model!.ndcgAt10 > results[b]!.ndcgAt10,
  );
  console.log(`model beats every baseline on the simulated market: ${beats ? 'yes' : 'NO'}`);
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(
    RESULTS,
    `${JSON.stringify({ bench: 'match', date: new Date().toISOString(), jobs: nJobs, graduates: nGraduates, relevantPerGraduate: RELEVANT, k: K, simulated: results, modelBeatsEveryBaseline: beats }, null, 2)}\n`,
  );
}
