/**
 * Weights of the person–job match (人岗相适). One place, so the model can be tuned and explained;
 * why each default is what it is: docs/MATCHING.md. They sum to 1, so a score is a share of a
 * perfect fit (0–1) before penalties.
 */
export const MATCH_WEIGHTS = {
  /** 专业对口: the posting asks for the graduate's major, its class, its category, or any major. */
  major: 0.26,
  /** Where graduates of this major class actually went (learned affinity to the posting's occupation group). */
  affinity: 0.1,
  /** 意向地区: the graduate's desired regions (and 生源地 when they chose it) along province → city → county. */
  region: 0.18,
  /** 薪资: the graduate's expectation against the posting's range. */
  salary: 0.12,
  /** 技能匹配: words of the résumé found in the posting. */
  skills: 0.14,
  /** 意向职业: the posting's occupation group is one the graduate wants. */
  occupation: 0.08,
  /** 重点领域/基层项目 the graduate opted into. */
  keyField: 0.04,
  /** Newer postings are likelier to be open and answered. */
  freshness: 0.05,
  /** 认证单位. */
  verified: 0.03,
} as const;

export type MatchFeature = keyof typeof MATCH_WEIGHTS;

/** Partial credit along the major hierarchy (same major > same 专业类 > 专业不限 > same 学科门类). */
export const MAJOR_CREDIT = { major: 1, class: 0.8, any: 0.6, category: 0.4 } as const;
/** Partial credit along the region tree for the nearest desired region. */
export const REGION_CREDIT = { county: 1, city: 0.8, province: 0.5 } as const;
/** Credit on a feature the graduate said nothing about (no region, no salary): neither helps nor hurts much. */
export const NEUTRAL_CREDIT = 0.5;
/** 生源地 counts at this share of a desired region, and only when the graduate chose it. */
export const ORIGIN_SHARE = 0.5;
/** Skills: this many shared words earn the full skills weight. */
export const SKILLS_FOR_FULL_CREDIT = 5;
/** Freshness halves every this many days. */
export const FRESHNESS_HALF_LIFE_DAYS = 14;
/**
 * A posting whose degree the graduate lacks is not hidden (they may see it) but sinks: its score is
 * multiplied by this factor.
 */
export const DEGREE_SHORTFALL_FACTOR = 0.2;
/** 不感兴趣: a dismissed posting is dropped; its organisation and occupation group are damped by this. */
export const DISMISSED_SIMILAR_FACTOR = 0.7;
