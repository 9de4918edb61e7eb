import type { ComplianceCategory } from './types';

/** Display names of the finding categories (zh first, en for the English locale). */
export const CATEGORY_LABELS: Record<ComplianceCategory, { zh: string; en: string }> = {
  gender: { zh: '性别歧视', en: 'Gender' },
  marriage_childbirth: { zh: '婚育限制', en: 'Marriage / childbirth' },
  ethnicity_religion: { zh: '民族、种族、宗教歧视', en: 'Ethnicity / religion' },
  disability: { zh: '残疾歧视', en: 'Disability' },
  health: { zh: '传染病病原携带者歧视', en: 'Infectious-disease carriers' },
  hukou_region: { zh: '户籍、地域限制', en: 'Hukou / region' },
  school_tier: { zh: '院校层次限制', en: 'School tier' },
  age: { zh: '年龄门槛', en: 'Age limit' },
  appearance: { zh: '身高、外貌要求', en: 'Height / appearance' },
  personal_info: { zh: '超范围收集个人信息', en: 'Excessive personal information' },
  fee: { zh: '向求职者收费', en: 'Fees charged to applicants' },
  training_loan: { zh: '培训贷', en: 'Training loan' },
  paid_referral: { zh: '付费内推、花钱买岗位', en: 'Paid referral' },
  fake_parttime: { zh: '刷单、虚假兼职', en: 'Fake part-time work' },
  document_withholding: { zh: '扣押证件', en: 'Withholding documents' },
  pyramid_scheme: { zh: '传销、拉人头', en: 'Pyramid scheme' },
  offplatform_contact: { zh: '站外私下联系', en: 'Off-platform contact' },
  unrealistic_pay: { zh: '薪酬明显不实', en: 'Unrealistic pay' },
  missing_info: { zh: '招聘信息不完整', en: 'Missing information' },
};
