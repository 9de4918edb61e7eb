import { readCorpus, type CorpusAd } from '@jiuye/domain/compliance/corpus';
import type { Deps } from '../platform/context';
import * as jobsRepo from '../modules/jobs/jobs.repository';
import { postingFieldsOf } from '../modules/jobs/jobs.service';
import * as complianceRepo from '../modules/compliance/compliance.repository';

// Demo postings come from the labelled corpus (ads written for this project), so what the demo
// shows is exactly what the checker and its tests see.

async function insert(
  deps: Pick<Deps, 'db' | 'clock'>,
  organisation: { id: string; name: string },
  province: string,
  ad: CorpusAd,
  state: 'draft' | 'published',
  publishedAt: Date,
) {
  const { result, fields } = postingFieldsOf(ad, organisation.name);
  const { id } = await jobsRepo.insertPosting(deps.db, {
    ...fields,
    organisation_id: organisation.id,
    province_code: province,
    created_by: null,
  });
  if (state === 'published') {
    await jobsRepo.markPublished(
      deps.db,
      id,
      {
        compliance_verdict: result.verdict,
        compliance_findings: fields.compliance_findings,
        acknowledged: result.verdict === 'warn',
        acknowledgedBy: null,
        needsReview: result.verdict === 'warn',
      },
      publishedAt,
    );
  }
  return { id, result };
}

/**
 * Published clean postings across verified organisations, plus the cases the review queue is
 * for: an ad published with acknowledged warnings, a graduate's report, and an organisation
 * with three refused ads (a repeat offender). Returns how many postings it created.
 */
export async function seedPostings(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: { employerId: string; graduateUserId: string; province: string },
): Promise<number> {
  const corpus = readCorpus();
  const clean = corpus.filter((ad) => ad.labels.length === 0 && !ad.id.startsWith('h-'));
  const onlyWarnings = corpus.filter(
    (ad) => ad.labels.length === 1 && (ad.labels[0] === 'appearance' || ad.labels[0] === 'age'),
  );
  const blocked = corpus.filter((ad) => ad.labels.includes('fee') || ad.labels.includes('gender'));
  const employer = await deps.db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', opts.employerId)
    .executeTakeFirstOrThrow();
  const organisations = await deps.db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('verification', '=', 'verified')
    .where('id', '!=', opts.employerId)
    .orderBy('uscc')
    .limit(40)
    .execute();
  const now = deps.clock().getTime();
  const hoursAgo = (h: number) => new Date(now - h * 3_600_000);
  let created = 0;
  let reportable: string | undefined;

  for (const [i, ad] of clean.entries()) {
    const org = i < 5 ? employer : organisations[i % organisations.length]!;
    const posting = await insert(deps, org, opts.province, ad, 'published', hoursAgo(i * 5));
    if (!reportable && posting.result.verdict === 'pass' && org !== employer) reportable = posting.id;
    created++;
  }
  // The demo employer also has a draft that cannot be published and one awaiting review.
  await insert(deps, employer, opts.province, blocked[0]!, 'draft', hoursAgo(1));
  await insert(deps, employer, opts.province, onlyWarnings[0]!, 'published', hoursAgo(2));
  created += 2;

  // A repeat offender: three ads refused at publication, and one warned ad in the queue.
  const offender = organisations[organisations.length - 1]!;
  for (const ad of blocked.slice(1, 4)) {
    const { id, result } = await insert(deps, offender, opts.province, ad, 'draft', hoursAgo(30));
    await complianceRepo.insertBlock(deps.db, {
      posting_id: id,
      organisation_id: offender.id,
      rule_ids: [...new Set(result.findings.filter((f) => f.severity === 'block').map((f) => f.ruleId))],
      created_by: null,
    });
    created++;
  }
  await insert(deps, offender, opts.province, onlyWarnings[1]!, 'published', hoursAgo(3));
  created++;

  // A graduate's report on an otherwise clean ad puts it in the queue too.
  if (reportable) {
    await complianceRepo.insertReport(deps.db, {
      posting_id: reportable,
      reporter_id: opts.graduateUserId,
      category: 'fee',
      reason: '面试时对方口头要求先交 300 元资料费，招聘信息里没有写。',
      evidence: '面试时间：上周三下午；地点：公司前台。',
    });
    await jobsRepo.setPostingState(deps.db, reportable, { review_status: 'pending' }, deps.clock());
  }
  return created;
}
