import { RATE_DEFINITIONS } from '@jiuye/domain/monitoring/rates';

// Messages of 就业监测 (monitoring dashboards, tracking after leaving, 离校未就业), spread into
// messages.zh-CN.ts and messages.en.ts so this slice touches those shared files in one line each.

/** Simplified Chinese (the source of the keys). */
export const monitoringZh = {
  'nav.monitoring': '就业监测',

  'monitoring.cohort': '届别',
  'monitoring.cohortLabel': '{year} 届',
  'monitoring.scopePath': '监测范围',
  'monitoring.national': '全国',
  'monitoring.unknownOrigin': '未知',
  'monitoring.male': '男',
  'monitoring.female': '女',
  'monitoring.noAssistance': '非帮扶对象',
  'monitoring.backHome': '回到本人管理范围',
  'monitoring.noData': '该范围还没有毕业生数据。导入毕业生名册后，这里会显示去向落实情况。',
  'monitoring.footnote':
    '只计审核通过的毕业去向登记：待审核、未登记的毕业生不计入已落实。数据随每次审核实时更新。',
  'monitoring.tab.overview': '去向落实率',
  'monitoring.tab.tracking': '离校后跟踪',
  'monitoring.tab.unplaced': '离校未就业名单',

  'monitoring.rate.placementRate': '去向落实率',
  'monitoring.rate.employedUnitRate': '单位就业率',
  'monitoring.rate.selfEmployedRate': '自主创业率',
  'monitoring.rate.freelanceRate': '自由职业率',
  'monitoring.rate.furtherStudyRate': '升学率',
  'monitoring.rate.registrationRate': '登记率',
  // The same text the server computes by (packages/domain/src/monitoring/rates.ts).
  'monitoring.definition.placementRate': RATE_DEFINITIONS.placementRate,
  'monitoring.definition.employedUnitRate': RATE_DEFINITIONS.employedUnitRate,
  'monitoring.definition.selfEmployedRate': RATE_DEFINITIONS.selfEmployedRate,
  'monitoring.definition.freelanceRate': RATE_DEFINITIONS.freelanceRate,
  'monitoring.definition.furtherStudyRate': RATE_DEFINITIONS.furtherStudyRate,
  'monitoring.definition.registrationRate': RATE_DEFINITIONS.registrationRate,
  'monitoring.definition.pendingReview':
    '已登记毕业去向、正在等待院系或学校审核的人数；审核通过前不计入去向落实率。',
  'monitoring.definition.total': '本届进入毕业生名册的人数，是各项比率的分母。',
  'monitoring.definitionOf': '{name}的定义',
  'monitoring.pendingReview': '待审核',
  'monitoring.total': '毕业生数',
  'monitoring.placed': '已落实',
  'monitoring.graduatesN': '{n} 人',
  'monitoring.lastYearValue': '上一届（{year}）{value}',
  'monitoring.lastYearNone': '上一届（{year}）无数据',

  'monitoring.trend.title': '去向落实率逐周趋势',
  'monitoring.trend.series': '{year} 届',
  'monitoring.trend.lastYearSeries': '{year} 届（上年同期）',
  'monitoring.trend.label': '{year} 届去向落实率逐周趋势：截至 {date} 为 {rate}，上一届同期为 {lastYear}',
  'monitoring.trend.empty': '该届在此范围内没有毕业生',

  'monitoring.map.title': '各省份去向落实率',
  'monitoring.map.label': '各省份去向落实率：{list}',
  'monitoring.map.hint':
    '示意图：每个方块代表一个省级行政区，位置大致对应地理方位；点击有数据的省份可查看该省详情。',
  'monitoring.map.noData': '暂无毕业生数据',
  'monitoring.map.empty': '该届暂无各省份数据',

  'monitoring.breakdown.title': '分组统计',
  'monitoring.breakdown.by': '分组方式',
  'monitoring.breakdown.empty': '没有可显示的分组数据',
  'monitoring.dimension.province': '省份',
  'monitoring.dimension.university': '学校',
  'monitoring.dimension.college': '院系',
  'monitoring.dimension.major': '专业',
  'monitoring.dimension.degree': '学历层次',
  'monitoring.dimension.gender': '性别',
  'monitoring.dimension.assistance': '帮扶类别',
  'monitoring.dimension.origin': '生源地',
  'monitoring.drillInto': '查看 {name} 的监测数据',
  'monitoring.sortBy': '排序',
  'monitoring.exportXlsx': '导出 Excel',
  'monitoring.exportCsv': '导出 CSV',

  'monitoring.tracking.intro':
    '{year} 届毕业生在离校时（6 月 30 日）及离校后 6、12、24 个月的去向落实情况，按当时已审核通过的登记统计。',
  'monitoring.tracking.atLeaving': '离校时',
  'monitoring.tracking.after': '离校 {n} 个月',
  'monitoring.tracking.notReached': '尚未到统计时点',
  'monitoring.tracking.notReachedHint': '{date} 之后统计',

  'monitoring.unplaced.title': '离校未就业毕业生',
  'monitoring.unplaced.intro': '{year} 届离校时（{date}）未落实去向的毕业生，共 {total} 人',
  'monitoring.unplaced.notLeft':
    '本届毕业生尚未离校（{date}），名单按目前的去向列出，离校后以离校时的状态为准。',
  'monitoring.unplaced.empty': '没有离校未就业的毕业生',
  'monitoring.unplaced.phone': '手机号（脱敏）',
  'monitoring.unplaced.assistance': '帮扶类别',
  'monitoring.unplaced.atLeaving': '离校时去向',
  'monitoring.unplaced.now': '当前去向',
  'monitoring.unplaced.atLeavingValue': '离校时：{value}',
} as const satisfies Record<string, string>;

/** English. */
export const monitoringEn: Record<keyof typeof monitoringZh, string> = {
  'nav.monitoring': 'Monitoring',

  'monitoring.cohort': 'Cohort',
  'monitoring.cohortLabel': 'Class of {year}',
  'monitoring.scopePath': 'Monitoring scope',
  'monitoring.national': 'National',
  'monitoring.unknownOrigin': 'Unknown',
  'monitoring.male': 'Male',
  'monitoring.female': 'Female',
  'monitoring.noAssistance': 'Not an assistance target',
  'monitoring.backHome': 'Back to my own scope',
  'monitoring.noData':
    'No graduates in this scope yet. Once a graduate roster is imported, their destinations show here.',
  'monitoring.footnote':
    'Only approved destination registrations count: graduates pending review or not registered are not counted as placed. Figures update with every review.',
  'monitoring.tab.overview': 'Placement rate',
  'monitoring.tab.tracking': 'After leaving',
  'monitoring.tab.unplaced': 'Unplaced leavers',

  'monitoring.rate.placementRate': 'Placement rate',
  'monitoring.rate.employedUnitRate': 'Employed by a unit',
  'monitoring.rate.selfEmployedRate': 'Self-employed',
  'monitoring.rate.freelanceRate': 'Freelance',
  'monitoring.rate.furtherStudyRate': 'Further study',
  'monitoring.rate.registrationRate': 'Registration rate',
  'monitoring.definition.placementRate':
    'Placement rate (去向落实率) = (employed by a unit + self-employed + freelance + further study) ÷ all graduates. Only approved registrations count; pending, unregistered and not-yet-placed graduates count as not placed. It is the sum of the four rates below it.',
  'monitoring.definition.employedUnitRate':
    'Graduates with destination code 10 employment agreement, 11 labour contract, 12 other forms of hiring, 27 research/administrative assistant, 46 conscript or 50/51 grassroots programmes ÷ all graduates.',
  'monitoring.definition.selfEmployedRate':
    'Graduates with destination code 75 self-employed ÷ all graduates.',
  'monitoring.definition.freelanceRate': 'Graduates with destination code 76 freelance ÷ all graduates.',
  'monitoring.definition.furtherStudyRate':
    'Graduates with destination code 80 further study in China or 85 study abroad ÷ all graduates (study abroad counts as further study).',
  'monitoring.definition.registrationRate':
    'Graduates who registered a destination (pending review included) ÷ all graduates.',
  'monitoring.definition.pendingReview':
    'Registrations waiting for the college’s or the university’s review; they count as placed only once approved.',
  'monitoring.definition.total': 'Graduates of the cohort on the roster: the denominator of every rate.',
  'monitoring.definitionOf': 'Definition of {name}',
  'monitoring.pendingReview': 'Pending review',
  'monitoring.total': 'Graduates',
  'monitoring.placed': 'Placed',
  'monitoring.graduatesN': '{n} graduates',
  'monitoring.lastYearValue': 'Last year ({year}): {value}',
  'monitoring.lastYearNone': 'Last year ({year}): no data',

  'monitoring.trend.title': 'Placement rate week by week',
  'monitoring.trend.series': 'Class of {year}',
  'monitoring.trend.lastYearSeries': 'Class of {year} (same date)',
  'monitoring.trend.label':
    'Placement rate of the class of {year} week by week: {rate} as of {date}, against {lastYear} for last year’s class on the same date',
  'monitoring.trend.empty': 'No graduates of this cohort in this scope',

  'monitoring.map.title': 'Placement rate by province',
  'monitoring.map.label': 'Placement rate by province: {list}',
  'monitoring.map.hint':
    'Schematic: each square is one province-level division, placed roughly where it lies. Click a province with data to see it.',
  'monitoring.map.noData': 'No graduates',
  'monitoring.map.empty': 'No provincial figures for this cohort',

  'monitoring.breakdown.title': 'Breakdown',
  'monitoring.breakdown.by': 'Break down by',
  'monitoring.breakdown.empty': 'No figures to show',
  'monitoring.dimension.province': 'Province',
  'monitoring.dimension.university': 'University',
  'monitoring.dimension.college': 'College',
  'monitoring.dimension.major': 'Major',
  'monitoring.dimension.degree': 'Degree level',
  'monitoring.dimension.gender': 'Gender',
  'monitoring.dimension.assistance': 'Assistance category',
  'monitoring.dimension.origin': 'Home province',
  'monitoring.drillInto': 'Show the figures of {name}',
  'monitoring.sortBy': 'Sort by',
  'monitoring.exportXlsx': 'Export Excel',
  'monitoring.exportCsv': 'Export CSV',

  'monitoring.tracking.intro':
    'Destinations of the class of {year} when they left school (30 June) and 6, 12 and 24 months after, counting the registrations approved by then.',
  'monitoring.tracking.atLeaving': 'At leaving',
  'monitoring.tracking.after': '{n} months after leaving',
  'monitoring.tracking.notReached': 'Not reached yet',
  'monitoring.tracking.notReachedHint': 'Counted after {date}',

  'monitoring.unplaced.title': 'Graduates unplaced at leaving',
  'monitoring.unplaced.intro': 'Class of {year} not placed when they left school ({date}): {total}',
  'monitoring.unplaced.notLeft':
    'This cohort has not left school yet ({date}): the list shows where graduates stand today; after leaving it shows where they stood then.',
  'monitoring.unplaced.empty': 'No graduates were unplaced at leaving',
  'monitoring.unplaced.phone': 'Phone (masked)',
  'monitoring.unplaced.assistance': 'Assistance category',
  'monitoring.unplaced.atLeaving': 'At leaving',
  'monitoring.unplaced.now': 'Now',
  'monitoring.unplaced.atLeavingValue': 'At leaving: {value}',
};
