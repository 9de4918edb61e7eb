// Source: 《中华人民共和国职业分类大典（2022年版）》 (MOHRSS, published 2022-09-28), whose 8 大类 keep the
// structure and codes 1–8 of GB/T 6565-2015. The 2022 edition renamed 大类 7 from 军人 to 军队人员;
// the other names are unchanged from 2015 as far as the public transcriptions found here show
// (MOHRSS said two 大类 had their names or definitions adjusted, and only the 军队人员 change could be
// traced). Not checked against the printed 2022 book.

/** One 大类 (major group) of the occupation classification. */
export interface OccupationMajorGroup {
  /** 1–8, as in GB/T 6565-2015 and the 2022 大典. */
  readonly code: string;
  /** The 2022 大典's classification code for the group. */
  readonly gbm: string;
  readonly name: string;
  /** Name in the 2015 edition / GB/T 6565-2015 where it differs. */
  readonly name2015?: string;
}

/** The eight major groups. */
export const OCCUPATION_MAJOR_GROUPS = [
  { code: '1', gbm: 'GBM 10000', name: '党的机关、国家机关、群众团体和社会组织、企事业单位负责人' },
  { code: '2', gbm: 'GBM 20000', name: '专业技术人员' },
  { code: '3', gbm: 'GBM 30000', name: '办事人员和有关人员' },
  { code: '4', gbm: 'GBM 40000', name: '社会生产服务和生活服务人员' },
  { code: '5', gbm: 'GBM 50000', name: '农、林、牧、渔业生产及辅助人员' },
  { code: '6', gbm: 'GBM 60000', name: '生产制造及有关人员' },
  { code: '7', gbm: 'GBM 70000', name: '军队人员', name2015: '军人' },
  { code: '8', gbm: 'GBM 80000', name: '不便分类的其他从业人员' },
] as const satisfies readonly OccupationMajorGroup[];

/** A major-group code 1–8. */
export type OccupationMajorGroupCode = (typeof OCCUPATION_MAJOR_GROUPS)[number]['code'];

/** The major group for a code "1"–"8", or for a longer occupation code such as "2-02-10-03"; null otherwise. */
export function getOccupationMajorGroup(code: string): OccupationMajorGroup | null {
  const first = code.trim().charAt(0);
  return OCCUPATION_MAJOR_GROUPS.find((g) => g.code === first) ?? null;
}
