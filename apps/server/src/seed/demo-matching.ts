import { createRng, type DegreeKey, type Rng } from '@jiuye/domain';
import { qualifyingDegrees } from '@jiuye/domain/search/posting-tags';
import type { Insertable } from 'kysely';
import type { GraduatePreferenceTable } from '../db/schema';
import type { Deps } from '../platform/context';

// Demo 求职意向: about DEMO_PREFERENCES graduates have saved preferences, about half of them allow
// employers to discover them. A third of them studied what the demo employer's published postings
// ask for (and hold the degree), so 推荐人选 has candidates, among them assistance targets (优先关注).
// The demo graduate is left alone: the walkthrough starts by filling in its own preferences.

const DEMO_PREFERENCES = 300;
const FITTING = 100;
/** At least this many assistance targets among the fitting, discoverable graduates. */
const PRIORITY = 3;
const BATCH = 500;
/** Monthly pay expected by degree (yuan), before a ± jitter in steps of 500. */
const SALARY: Record<string, number> = { associate: 5000, bachelor: 7000, master: 9500, doctor: 13000 };

type Row = Insertable<GraduatePreferenceTable>;

const shuffled = <T>(rng: Rng, items: readonly T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** Saves demo preferences; returns how many graduates got them and how many are discoverable. */
export async function seedPreferences(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: { employerId: string; graduateId: string; province: string },
): Promise<{ graduates: number; discoverable: number }> {
  const rng = createRng(20_261_205);
  const [postings, graduates, cities] = await Promise.all([
    deps.db
      .selectFrom('job_postings')
      .select(['major_codes', 'min_degree'])
      .where('organisation_id', '=', opts.employerId)
      .where('status', '=', 'published')
      .execute(),
    deps.db
      .selectFrom('graduates')
      .select(['id', 'major_code', 'degree', 'origin_region_code', 'assistance_category'])
      .where('id', '!=', opts.graduateId)
      .orderBy('student_no')
      .execute(),
    deps.db
      .selectFrom('regions')
      .select('code')
      .where('level', '=', 'city')
      .where('code', 'like', `${opts.province}%`)
      .orderBy('code')
      .execute(),
  ]);
  // Whether a graduate could be suggested for one of the employer's postings (the server's rule:
  // a named major, a major of a named class or any major, and the degree).
  const fits = (g: (typeof graduates)[number]) =>
    postings.some((p) => {
      const majors = p.major_codes;
      const majorFits =
        majors.length === 0 || majors.some((m) => m === g.major_code || m === g.major_code.slice(0, 4));
      return majorFits && qualifyingDegrees(p.min_degree as DegreeKey | null).includes(g.degree as DegreeKey);
    });
  const fitting = graduates.filter(fits);
  const priority = fitting.filter((g) => g.assistance_category !== null).slice(0, PRIORITY);
  const chosenFitting = [
    ...priority,
    ...shuffled(
      rng,
      fitting.filter((g) => !priority.includes(g)),
    ).slice(0, FITTING - priority.length),
  ];
  const taken = new Set(chosenFitting.map((g) => g.id));
  const others = shuffled(
    rng,
    graduates.filter((g) => !taken.has(g.id)),
  ).slice(0, DEMO_PREFERENCES - chosenFitting.length);

  const cityCodes = cities.map((c) => c.code);
  const now = deps.clock();
  const rows: Row[] = [...chosenFitting, ...others].map((g, i) => {
    const originCity = g.origin_region_code ? `${g.origin_region_code.slice(0, 4)}00` : null;
    const regions = new Set<string>();
    if (originCity && cityCodes.includes(originCity) && rng() < 0.6) regions.add(originCity);
    while (regions.size === 0 || (regions.size < 3 && rng() < 0.3))
      regions.add(cityCodes[Math.floor(rng() * cityCodes.length)]!);
    const base = SALARY[g.degree] ?? SALARY.bachelor!;
    const r = rng();
    const occupations = r < 0.75 ? ['2'] : r < 0.9 ? ['2', '4'] : ['4'];
    // The fitting ones mostly opt in (assistance targets always, for the demo); the rest rarely.
    const discoverable = i < priority.length || rng() < (i < chosenFitting.length ? 0.75 : 0.375);
    return {
      graduate_id: g.id,
      desired_regions: [...regions],
      salary_expectation: base + 500 * (Math.floor(rng() * 5) - 2),
      desired_occupations: occupations,
      use_origin: false,
      discoverable,
      // Spread over the last month, so "most recently updated first" is a real order.
      updated_at: new Date(now.getTime() - Math.floor(rng() * 30 * 86_400_000)),
    };
  });
  for (let i = 0; i < rows.length; i += BATCH)
    await deps.db
      .insertInto('graduate_preferences')
      .values(rows.slice(i, i + BATCH))
      .execute();
  return { graduates: rows.length, discoverable: rows.filter((r) => r.discoverable).length };
}
