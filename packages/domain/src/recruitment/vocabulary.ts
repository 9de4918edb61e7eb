// The structured vocabulary of organisations and job postings. Pure data, safe for the web bundle.

/**
 * 单位性质 (unit nature). `reportCode` is the code of the common graduate-employment data scheme
 * (10 机关, 20 科研设计单位, 21 高等教育单位, 22 中初教育单位, 23 医疗卫生单位, 29 其他事业单位,
 * 31 国有企业, 32 三资企业, 39 其他企业, 40 部队, 55 农村建制村, 56 城镇社区), as used in universities'
 * destination reports; recalled from those reports' code tables, not checked against a published
 * standard here. 民营企业, 社会组织 and 人力资源服务机构 are Jiuye's subdivisions that the scheme
 * reports under 39 其他企业 (社会组织 under 29): recruiters and graduates ask for them by name.
 */
export const UNIT_NATURES = [
  { key: 'government', reportCode: '10', name: '机关', nameEn: 'Government agency' },
  { key: 'research', reportCode: '20', name: '科研设计单位', nameEn: 'Research institute' },
  { key: 'higher_education', reportCode: '21', name: '高等教育单位', nameEn: 'Higher education' },
  { key: 'school', reportCode: '22', name: '中初教育单位', nameEn: 'School' },
  { key: 'medical', reportCode: '23', name: '医疗卫生单位', nameEn: 'Medical institution' },
  { key: 'public_institution', reportCode: '29', name: '其他事业单位', nameEn: 'Other public institution' },
  { key: 'state_owned', reportCode: '31', name: '国有企业', nameEn: 'State-owned enterprise' },
  { key: 'foreign_invested', reportCode: '32', name: '三资企业', nameEn: 'Foreign-invested enterprise' },
  { key: 'private', reportCode: '39', name: '民营企业', nameEn: 'Private enterprise' },
  { key: 'military', reportCode: '40', name: '部队', nameEn: 'Armed forces' },
  { key: 'village', reportCode: '55', name: '农村建制村', nameEn: 'Village' },
  { key: 'community', reportCode: '56', name: '城镇社区', nameEn: 'Urban community' },
  { key: 'social_organisation', reportCode: '29', name: '社会组织', nameEn: 'Social organisation' },
  { key: 'hr_agency', reportCode: '39', name: '人力资源服务机构', nameEn: 'HR service agency' },
] as const;
export type UnitNatureKey = (typeof UNIT_NATURES)[number]['key'];

/** Staff head-count bands an organisation registers under. */
export const ORGANISATION_SIZES = [
  { key: 'micro', name: '20人以下', nameEn: 'Under 20' },
  { key: 'small', name: '20–99人', nameEn: '20–99' },
  { key: 'medium', name: '100–499人', nameEn: '100–499' },
  { key: 'large', name: '500–999人', nameEn: '500–999' },
  { key: 'xlarge', name: '1000人以上', nameEn: '1,000 and more' },
] as const;
export type OrganisationSizeKey = (typeof ORGANISATION_SIZES)[number]['key'];

/** 全职, 实习 (students, measure 六) or 见习 (leavers and young unemployed, not employment). */
export const JOB_TYPES = [
  { key: 'full_time', name: '全职', nameEn: 'Full-time' },
  { key: 'internship', name: '实习', nameEn: 'Internship' },
  { key: 'traineeship', name: '见习', nameEn: 'Traineeship' },
] as const;
export type JobTypeKey = (typeof JOB_TYPES)[number]['key'];

/**
 * Key-field tags (measure 八: 重点领域 and 基层就业专项计划). The 重点领域 follow the areas national
 * employment notices keep naming; the 基层 programmes are the national schemes of destination codes
 * 50/51 (三支一扶, 西部计划, 特岗计划, 选调生) plus community work and enlistment.
 */
export const KEY_FIELDS = [
  { key: 'advanced_manufacturing', group: 'key_field', name: '先进制造', nameEn: 'Advanced manufacturing' },
  { key: 'digital_economy', group: 'key_field', name: '数字经济', nameEn: 'Digital economy' },
  { key: 'new_energy', group: 'key_field', name: '新能源与节能环保', nameEn: 'New energy & environment' },
  { key: 'biomedicine', group: 'key_field', name: '生物医药', nameEn: 'Biomedicine' },
  {
    key: 'modern_agriculture',
    group: 'key_field',
    name: '现代农业与乡村振兴',
    nameEn: 'Agriculture & rural revitalisation',
  },
  {
    key: 'health_care',
    group: 'key_field',
    name: '医疗卫生与养老托育',
    nameEn: 'Health, elderly & child care',
  },
  { key: 'education', group: 'key_field', name: '教育', nameEn: 'Education' },
  {
    key: 'three_supports',
    group: 'grassroots',
    name: '三支一扶',
    nameEn: '"Three supports, one assistance"',
  },
  {
    key: 'western_programme',
    group: 'grassroots',
    name: '大学生志愿服务西部计划',
    nameEn: 'Western China volunteer programme',
  },
  { key: 'special_teachers', group: 'grassroots', name: '特岗计划', nameEn: 'Special-post teachers' },
  {
    key: 'selected_graduates',
    group: 'grassroots',
    name: '选调生',
    nameEn: 'Selected graduate civil servants',
  },
  { key: 'community_work', group: 'grassroots', name: '城乡社区工作', nameEn: 'Community work' },
  { key: 'enlistment', group: 'grassroots', name: '应征入伍', nameEn: 'Military enlistment' },
] as const;
export type KeyFieldKey = (typeof KEY_FIELDS)[number]['key'];

/** Common benefits a posting can tick (free text is not offered: it would dodge the ad check). */
export const BENEFITS = [
  { key: 'social_insurance', name: '五险一金', nameEn: 'Social insurance & housing fund' },
  { key: 'annuity', name: '企业年金', nameEn: 'Enterprise annuity' },
  { key: 'supplementary_medical', name: '补充医疗保险', nameEn: 'Supplementary medical insurance' },
  { key: 'housing', name: '住房补贴或宿舍', nameEn: 'Housing allowance or dormitory' },
  { key: 'meals', name: '餐补或食堂', nameEn: 'Meals' },
  { key: 'transport', name: '交通补贴', nameEn: 'Transport allowance' },
  { key: 'bonus', name: '年终奖', nameEn: 'Annual bonus' },
  { key: 'paid_leave', name: '带薪年假', nameEn: 'Paid annual leave' },
  { key: 'training', name: '免费培训', nameEn: 'Free training' },
  { key: 'settlement', name: '落户支持', nameEn: 'Hukou settlement support' },
  { key: 'flexible_hours', name: '弹性工作', nameEn: 'Flexible hours' },
  { key: 'health_check', name: '年度体检', nameEn: 'Annual health check' },
] as const;
export type BenefitKey = (typeof BENEFITS)[number]['key'];

/** Days a posting may run at most before its deadline (a stale ad misleads graduates). */
export const MAX_POSTING_DAYS = 180;
/** Head count per posting: at least one; anything above is a mass-recruitment drive, not one ad. */
export const HEADCOUNT_LIMITS = { min: 1, max: 9999 } as const;
/** Regions (counties, cities or provinces) and majors one posting may name. */
export const MAX_POSTING_REGIONS = 30;
export const MAX_POSTING_MAJORS = 50;
