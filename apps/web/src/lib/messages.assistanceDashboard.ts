// Messages of the assistance dashboard (帮扶工作看板, issue 7), spread into messages.zh-CN.ts and
// messages.en.ts.

/** Simplified Chinese (the source of the keys). */
export const assistanceDashboardZh = {
  'nav.assistanceDashboard': '帮扶工作看板',

  'assistanceDashboard.scope': '{scope} · {year} 届毕业生',
  'assistanceDashboard.noData':
    '管理范围内还没有 {year} 届毕业生的数据。导入名册后，这里会显示帮扶工作情况。',
  'assistanceDashboard.definitionOf': '{name}的定义',
  'assistanceDashboard.ofN': '{part} / {whole} 人',
  'assistanceDashboard.people': '{n} 人',
  'assistanceDashboard.pendingReview': '另有 {n} 项认定待审核',
  'assistanceDashboard.targets': '帮扶对象覆盖',
  'assistanceDashboard.targetGraduates': '帮扶对象',
  'assistanceDashboard.withPlan': '已制定帮扶计划',
  'assistanceDashboard.withService': '已获得帮扶服务',
  'assistanceDashboard.standard': '服务标准达标',
  'assistanceDashboard.meetingStandard': '达标率',
  'assistanceDashboard.unplacedTargets': '未落实去向的帮扶对象',
  'assistanceDashboard.placement': '去向落实率',
  'assistanceDashboard.placementTargets': '帮扶对象',
  'assistanceDashboard.placementAll': '全体毕业生',
  'assistanceDashboard.subsidies': '一次性求职补贴',
  'assistanceDashboard.subsidyApplications': '申请',
  'assistanceDashboard.subsidyPaid': '已发放',
  'assistanceDashboard.subsidyToPay': '待发放',
  'assistanceDashboard.subsidyTooltip': '{status}：{n} 份，{amount}',
  'assistanceDashboard.noSubsidies': '该届还没有补贴申请',
  'assistanceDashboard.handover': '离校未就业实名帮扶',
  'assistanceDashboard.contactRate': '联系率',
  'assistanceDashboard.goalRate': '六个月目标达成率',
  'assistanceDashboard.notConsented': '未同意移交',

  'assistanceDashboard.def.targetGraduates':
    '该届至少有一个已认定帮扶对象类别的毕业生人数（一人多类只计一次）；待审核的认定不计入。',
  'assistanceDashboard.def.withPlan': '已制定“一人一策”帮扶计划的帮扶对象占全部帮扶对象的比例。',
  'assistanceDashboard.def.withService': '帮扶台账中至少有一条服务记录的帮扶对象占全部帮扶对象的比例。',
  'assistanceDashboard.def.meetingStandard':
    '未落实去向的帮扶对象中，已获得服务标准要求的全部服务（政策宣讲、就业指导、岗位推荐、培训或见习机会各达规定次数）的比例。',
  'assistanceDashboard.def.unplacedTargets':
    '没有审核通过的已落实毕业去向的帮扶对象人数，服务标准按他们计算。',
  'assistanceDashboard.def.placementTargets': '帮扶对象中毕业去向已落实（审核通过）的比例。',
  'assistanceDashboard.def.placementAll': '该范围全体毕业生中毕业去向已落实（审核通过）的比例，用于对照。',
  'assistanceDashboard.def.subsidyApplications':
    '该届毕业生提交的一次性求职补贴申请份数（含已驳回、已撤回）。',
  'assistanceDashboard.def.subsidyPaid': '人社部门已登记发放的补贴金额合计和人数。',
  'assistanceDashboard.def.subsidyToPay': '已审核通过、尚未登记发放的补贴金额合计和人数。',
  'assistanceDashboard.def.contactRate': '已移交人社部门的毕业生中，至少联系上一次的比例。',
  'assistanceDashboard.def.goalRate':
    '已移交且有就业意愿的毕业生中，已实现就业、参加培训或参加见习的比例（目标：移交后六个月内）。',
  'assistanceDashboard.def.notConsented': '离校时未落实去向、但不同意移交的毕业生，由学校继续跟踪服务。',
} as const satisfies Record<string, string>;

export const assistanceDashboardEn: Record<keyof typeof assistanceDashboardZh, string> = {
  'nav.assistanceDashboard': 'Assistance dashboard',

  'assistanceDashboard.scope': '{scope} · class of {year}',
  'assistanceDashboard.noData':
    'No graduates of the class of {year} in your scope yet; the figures appear once the roster is imported.',
  'assistanceDashboard.definitionOf': 'Definition of {name}',
  'assistanceDashboard.ofN': '{part} of {whole}',
  'assistanceDashboard.people': '{n} people',
  'assistanceDashboard.pendingReview': '{n} identification(s) awaiting review',
  'assistanceDashboard.targets': 'Reach of assistance',
  'assistanceDashboard.targetGraduates': 'Assistance targets',
  'assistanceDashboard.withPlan': 'With a plan',
  'assistanceDashboard.withService': 'With a service',
  'assistanceDashboard.standard': 'Service standard',
  'assistanceDashboard.meetingStandard': 'Meeting the standard',
  'assistanceDashboard.unplacedTargets': 'Unplaced targets',
  'assistanceDashboard.placement': 'Placement rate',
  'assistanceDashboard.placementTargets': 'Assistance targets',
  'assistanceDashboard.placementAll': 'All graduates',
  'assistanceDashboard.subsidies': 'One-time job-search subsidy',
  'assistanceDashboard.subsidyApplications': 'Applications',
  'assistanceDashboard.subsidyPaid': 'Paid',
  'assistanceDashboard.subsidyToPay': 'To be paid',
  'assistanceDashboard.subsidyTooltip': '{status}: {n}, {amount}',
  'assistanceDashboard.noSubsidies': 'No subsidy applications in this cohort yet',
  'assistanceDashboard.handover': 'Hand-over of unplaced leavers',
  'assistanceDashboard.contactRate': 'Contact rate',
  'assistanceDashboard.goalRate': 'Six-month goal met',
  'assistanceDashboard.notConsented': 'Did not agree to hand-over',

  'assistanceDashboard.def.targetGraduates':
    'Graduates of the cohort with at least one identified assistance category (counted once); identifications awaiting review are not counted.',
  'assistanceDashboard.def.withPlan': 'Share of targets with a personal assistance plan (一人一策).',
  'assistanceDashboard.def.withService': 'Share of targets with at least one service in the ledger.',
  'assistanceDashboard.def.meetingStandard':
    'Share of unplaced targets who received everything the service standard asks (policy explanations, guidance, job referrals, training or traineeship offers).',
  'assistanceDashboard.def.unplacedTargets':
    'Targets without an approved placed destination; the service standard is counted over them.',
  'assistanceDashboard.def.placementTargets': 'Share of targets with an approved placed destination.',
  'assistanceDashboard.def.placementAll':
    'Share of all graduates in scope with an approved placed destination, to compare.',
  'assistanceDashboard.def.subsidyApplications':
    'Subsidy applications of the cohort, including rejected and withdrawn ones.',
  'assistanceDashboard.def.subsidyPaid': 'Total amount and people the HR&SS office recorded as paid.',
  'assistanceDashboard.def.subsidyToPay': 'Total amount and people approved but not yet recorded as paid.',
  'assistanceDashboard.def.contactRate': 'Share of the graduates handed over who were reached at least once.',
  'assistanceDashboard.def.goalRate':
    'Share of the graduates handed over who want a job and are employed, in training or in a traineeship (goal: within six months).',
  'assistanceDashboard.def.notConsented':
    "Unplaced leavers who did not agree to the hand-over; the university's own follow-up continues.",
};
