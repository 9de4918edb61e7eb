// `npm run bench -- <name> [options]`: one entry point so every benchmark is found the same way.
import { complianceBench } from './compliance';
import { importBench } from './import';
import { matchBench } from './match';
import { matchSpeedBench } from './match-speed';
import { monitorBench } from './monitor';
import { assistanceBench } from './assistance';
import { searchBench } from './search';

const BENCHES: Record<string, { about: string; run: (args: string[]) => Promise<void> }> = {
  compliance: {
    about:
      'job-ad checks per second on one core vs. jieba-only and naive keyword baselines (--ads N, --length N, --runs N)',
    run: complianceBench,
  },
  import: {
    about:
      'roster import of 100,000 rows vs. a raw COPY, on PGlite and PostgreSQL (--rows N, --runs N, --profile, --skip-pglite, --skip-postgres)',
    run: importBench,
  },
  match: {
    about:
      'person–job model on (a) a simulated market with a known ground truth and (b) a time split of the demo’s application history: Recall@10 and NDCG@10 vs. random, most-popular and keyword-only baselines (--jobs N, --graduates N)',
    run: matchBench,
  },
  'match-speed': {
    about:
      'recommendations at 500,000 postings and 1,000,000 graduates: live top-20 p50/p95, stored top-20, nightly batch for 100,000, each vs. brute force, PGlite and PostgreSQL (--postings N, --graduates N, --batch N, --samples N, --brute-samples N, --skip-pglite, --skip-postgres, --keep-database NAME)',
    run: matchSpeedBench,
  },
  assistance: {
    about:
      'the assistance dashboard at 1,000,000 graduates of one province (5 % targets): a province office and a career centre p50/p95 vs. the target figures counted over the whole cohort, PGlite and PostgreSQL (--graduates N, --samples N, --naive-samples N, --skip-pglite, --skip-postgres, --keep-database NAME)',
    run: assistanceBench,
  },
  monitor: {
    about:
      'monitoring dashboards at 1,000,000 graduates of one province: breakdowns by university and by major p50/p95 vs. a naive GROUP BY, PGlite and PostgreSQL (--graduates N, --samples N, --naive-samples N, --skip-pglite, --skip-postgres, --keep-database NAME)',
    run: monitorBench,
  },
  search: {
    about:
      'Chinese full-text search over 500,000 published postings, p50/p95 vs. an ILIKE scan, PGlite and PostgreSQL (--postings N, --rounds N, --skip-pglite, --skip-postgres)',
    run: searchBench,
  },
};

function usage(): string {
  const lines = Object.entries(BENCHES).map(([name, b]) => `  ${name.padEnd(10)} ${b.about}`);
  return `usage: npm run bench -- <name> [options]\navailable benches:\n${lines.join('\n')}`;
}

const [name, ...args] = process.argv.slice(2);
const bench = name === undefined ? undefined : BENCHES[name];
if (!bench) {
  console.error(name === undefined ? 'no bench named' : `unknown bench "${name}"`);
  console.error(usage());
  process.exit(2);
}
try {
  await bench.run(args);
} catch (err) {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
