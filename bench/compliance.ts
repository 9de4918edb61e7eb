// `npm run bench -- compliance`: ads checked per second on one core (the target is ≥ 2,000 ads
// of ~500 characters), against two baselines measured in the same run: jieba segmentation alone
// (the floor any segmenting checker pays) and a naive substring scan for the rules' key words.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getAdChecker, type AdInput } from '@jiuye/domain/compliance/index';
import { getJieba } from '@jiuye/domain/text/jieba';
import { readCorpus } from '@jiuye/domain/compliance/corpus';
import { median, timedSync } from './shared/stats';

const RESULTS = fileURLToPath(new URL('./results/compliance.json', import.meta.url));

// Naive baseline vocabulary: the words a keyword filter would list (no negation, no evasions).
const NAIVE_WORDS = (
  '限男|限女|男性优先|女性优先|女性勿扰|男士优先|已婚|未婚|已育|汉族|少数民族|宗教|残疾|乙肝|携带者|户口|户籍|本地人|' +
  '985|211|双一流|一本|第一学历|岁以下|身高|形象气质|家庭背景|父母职业|报名费|押金|保证金|培训费|服装费|培训贷|分期|' +
  '内推费|包录用|刷单|打字员|点赞|扣押|保管身份证|传销|下线|拉人头|加盟费|微信|vx|qq|日赚|月入过万'
).split('|');

/** Ads of about `length` characters, built from the corpus so the mix of findings is realistic. */
function buildAds(count: number, length: number): AdInput[] {
  const corpus = readCorpus();
  const ads: AdInput[] = [];
  for (let i = 0; ads.length < count; i++) {
    const first = corpus[i % corpus.length]!;
    let description = first.description;
    for (let j = 1; description.length < length; j++) {
      description += `\n${corpus[(i + j * 7) % corpus.length]!.description}`;
    }
    ads.push({ ...first, description: description.slice(0, length) });
  }
  return ads;
}

function parseArgs(args: string[]): { ads: number; length: number; runs: number } {
  const options = { ads: 5000, length: 500, runs: 7 };
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/, '') as keyof typeof options;
    const value = Number(args[i + 1]);
    if (!(key in options) || !Number.isInteger(value) || value <= 0) {
      throw new Error(`bad option ${args[i]} ${args[i + 1] ?? ''} (use --ads N --length N --runs N)`);
    }
    options[key] = value;
  }
  return options;
}

export async function complianceBench(args: string[]): Promise<void> {
  const { ads: count, length, runs } = parseArgs(args);
  const ads = buildAds(count, length);
  const texts = ads.map((ad) => `${ad.title}\n${ad.description}`);
  const checker = getAdChecker();
  const jieba = getJieba();
  // Warm-up: compile regexes, load dictionaries, let the JIT settle.
  for (const ad of ads.slice(0, 500)) checker.check(ad);

  const ours: number[] = [];
  const segmentOnly: number[] = [];
  const naive: number[] = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    ours.push(
      timedSync(() => {
        findings = 0;
        for (const ad of ads) findings += checker.check(ad).findings.length;
      }),
    );
    segmentOnly.push(timedSync(() => texts.forEach((text) => jieba.cut(text, false))));
    naive.push(timedSync(() => texts.forEach((text) => NAIVE_WORDS.some((word) => text.includes(word)))));
  }
  const rate = (seconds: number[]) => count / median(seconds);
  const result = {
    bench: 'compliance',
    ads: count,
    charactersPerAd: length,
    runs,
    findingsPerRun: findings,
    adsPerSecond: rate(ours),
    baselines: {
      jiebaSegmentationOnly: { adsPerSecond: rate(segmentOnly), ratio: median(segmentOnly) / median(ours) },
      naiveSubstringScan: { adsPerSecond: rate(naive), ratio: median(naive) / median(ours) },
    },
    targetAdsPerSecond: 2000,
    meetsTarget: rate(ours) >= 2000,
    secondsPerRun: { ours, segmentOnly, naive },
  };
  console.log(`\ncompliance check, ${count} ads × ${length} characters, medians of ${runs} runs, one core`);
  console.log(
    `  our checker           ${Math.round(result.adsPerSecond).toLocaleString('en')} ads/s  (${findings} findings)`,
  );
  console.log(
    `  jieba cut only        ${Math.round(result.baselines.jiebaSegmentationOnly.adsPerSecond).toLocaleString('en')} ads/s  (ratio ours/baseline ${result.baselines.jiebaSegmentationOnly.ratio.toFixed(2)})`,
  );
  console.log(
    `  naive substring scan  ${Math.round(result.baselines.naiveSubstringScan.adsPerSecond).toLocaleString('en')} ads/s  (ratio ours/baseline ${result.baselines.naiveSubstringScan.ratio.toFixed(3)})`,
  );
  console.log(`  target ≥ 2,000 ads/s: ${result.meetsTarget ? 'met' : 'NOT met'}`);
  await mkdir(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
}
