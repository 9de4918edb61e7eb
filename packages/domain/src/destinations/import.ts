import type { Issue } from '../errors';
import { NOT_PLACED_LABELS } from '../reference/destination-codes';
import { UNIT_NATURES } from '../recruitment/vocabulary';
import { tableSpec, type TableColumn } from '../table-columns';
import { destinationFormOf, type DestinationDetails, type DestinationInput } from './registration';
import { EVIDENCE_KINDS, proofKindsFor, type EvidenceKind } from './review';

// `jiuye import destinations`: registrations a university keeps in another system, one row per
// graduate. A row fills the fields its destination code's form needs; the proof stays in the
// university's system, and the row names which proof it is (the integrity rules still apply).

export type DestinationColumnKey =
  | 'studentNo'
  | 'destinationCode'
  | 'proof'
  | 'unitName'
  | 'uscc'
  | 'nature'
  | 'industryCode'
  | 'regionCode'
  | 'occupationCode'
  | 'date'
  | 'monthlyPay'
  | 'programme'
  | 'online'
  | 'work'
  | 'statementSigned'
  | 'institution'
  | 'major'
  | 'country'
  | 'label';

const column = (
  key: DestinationColumnKey,
  header: string,
  alias: string,
  variants: string[] = [],
  required = false,
): TableColumn<DestinationColumnKey> => ({ key, header, alias, required, variants });

/** The template's columns; only 学号 and 去向代码 are needed in every file. */
export const DESTINATION_COLUMNS: readonly TableColumn<DestinationColumnKey>[] = [
  column('studentNo', '学号', 'student_no', ['student_number'], true),
  column('destinationCode', '去向代码', 'destination_code', ['毕业去向代码', '毕业去向'], true),
  column('proof', '证明材料', 'proof', ['证明材料类型', '材料类型']),
  column('unitName', '单位名称', 'unit_name', ['企业名称', '网店名称', '服务单位', '用人单位']),
  column('uscc', '统一社会信用代码', 'uscc', ['信用代码', '单位代码']),
  column('nature', '单位性质', 'unit_nature'),
  column('industryCode', '所属行业', 'industry', ['行业', '行业门类', '行业代码']),
  column('regionCode', '地区代码', 'region_code', [
    '工作地点代码',
    '工作地区代码',
    '服务地代码',
    '经营地代码',
  ]),
  column('occupationCode', '职业类别', 'occupation', ['职业', '职业代码']),
  column('date', '日期', 'date', ['签约日期', '入伍日期', '开始日期', '服务开始日期']),
  column('monthlyPay', '月薪', 'monthly_pay', ['月薪（元）', '月工资', '薪酬']),
  column('programme', '项目名称', 'programme', ['基层项目']),
  column('online', '网店', 'online_shop', ['是否网店']),
  column('work', '从事工作', 'work', ['自由职业内容']),
  column('statementSigned', '承诺书已签署', 'statement_signed', ['已签承诺书']),
  column('institution', '录取院校', 'institution', ['院校名称', '院校或单位', '学校名称']),
  column('major', '录取专业', 'admitted_major', ['专业或岗位', '升学专业']),
  column('country', '国家或地区', 'country', ['留学国家']),
  column('label', '未就业类别', 'not_placed_label', ['未落实原因', '暂未就业原因']),
];

/** The destination template as uploads read it. */
export const DESTINATION_TABLE = tableSpec(DESTINATION_COLUMNS);

/** One imported row, ready to register, with the proof it names. */
export interface ImportedDestination {
  studentNo: string;
  input: DestinationInput;
  proof: EvidenceKind | null;
}

/** A problem with one cell (or the row), by column. */
export interface ImportIssue {
  field: DestinationColumnKey;
  code: string;
  message: string;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const yes = (v: string | undefined) => YES.has((v ?? '').trim().toLowerCase());

/** Which column a domain issue's path (details.*) came from, for the form at hand. */
function columnOfPath(path: string, form: DestinationDetails['form']): DestinationColumnKey {
  const field = path.replace(/^details\./, '');
  const byField: Record<string, DestinationColumnKey> = {
    uscc: 'uscc',
    name: form === 'unit' || form === 'business' ? 'unitName' : 'institution',
    unitName: 'unitName',
    nature: 'nature',
    industryCode: 'industryCode',
    regionCode: 'regionCode',
    occupationCode: 'occupationCode',
    contractDate: 'date',
    enlistmentDate: 'date',
    startDate: 'date',
    monthlyPayFen: 'monthlyPay',
    programme: form === 'programme' ? 'programme' : 'major',
    online: 'online',
    work: 'work',
    statementSigned: 'statementSigned',
    institution: 'institution',
    country: 'country',
    label: 'label',
  };
  return byField[field] ?? 'destinationCode';
}

/** Domain issues of a row's registration as import issues on its columns. */
export function importIssuesOf(issues: readonly Issue[], form: DestinationDetails['form']): ImportIssue[] {
  return issues.map((i) => ({
    field: columnOfPath(i.path, form),
    code: 'invalid_value',
    message: i.message,
  }));
}

/**
 * A row's registration as the domain takes it (null when its code is unknown) and what is wrong
 * with its 学号, code and proof; the fields are destinationProblems' to check (importIssuesOf).
 */
export function destinationFromRow(values: Partial<Record<DestinationColumnKey, string>>): {
  row: ImportedDestination | null;
  issues: ImportIssue[];
} {
  const v = (k: DestinationColumnKey) => (values[k] ?? '').trim();
  const issues: ImportIssue[] = [];
  const studentNo = v('studentNo');
  if (!studentNo) issues.push({ field: 'studentNo', code: 'missing', message: '学号不能为空' });
  const code = v('destinationCode');
  const known = destinationFormOf(code);
  if (!known) {
    issues.push({ field: 'destinationCode', code: 'unknown_code', message: `去向代码“${code}”不存在` });
    return { row: null, issues };
  }
  // The proof is named by its Chinese name or key; internship certificates never prove employment.
  const proofText = v('proof');
  const proof = EVIDENCE_KINDS.find(
    (k) => k.key === proofText || k.name === proofText || k.name.startsWith(proofText),
  );
  const accepted = proofKindsFor(code);
  if (accepted.length > 0) {
    const names = accepted.map((k) => EVIDENCE_KINDS.find((e) => e.key === k)!.name).join('或');
    if (!proofText)
      issues.push({
        field: 'proof',
        code: 'missing_proof',
        message: `去向 ${code} 须注明证明材料（${names}）`,
      });
    else if (proof?.key === 'internship_certificate')
      issues.push({
        field: 'proof',
        code: 'internship_proof',
        message: '实习证明、见习证明不能作为就业证明',
      });
    else if (!proof || !accepted.includes(proof.key))
      issues.push({
        field: 'proof',
        code: 'wrong_proof',
        message: `“${proofText}”不能证明该去向，应为：${names}`,
      });
  }
  const nature = UNIT_NATURES.find((n) => n.key === v('nature') || n.name === v('nature'));
  const label = NOT_PLACED_LABELS.find((l) => l.key === v('label') || l.name === v('label'));
  const pay = Number(v('monthlyPay').replace(/[,，元]/g, ''));
  const details = ((): DestinationDetails => {
    switch (known.form) {
      case 'unit':
        return {
          form: 'unit',
          uscc: v('uscc'),
          name: v('unitName'),
          nature: nature?.key ?? v('nature'),
          industryCode: v('industryCode'),
          regionCode: v('regionCode'),
          occupationCode: v('occupationCode'),
          contractDate: v('date'),
          monthlyPayFen: Number.isFinite(pay) ? Math.round(pay * 100) : 0,
        };
      case 'enlistment':
        return { form: 'enlistment', regionCode: v('regionCode'), enlistmentDate: v('date') };
      case 'programme':
        return {
          form: 'programme',
          programme: v('programme') || known.code.name,
          unitName: v('unitName'),
          regionCode: v('regionCode'),
          startDate: v('date'),
        };
      case 'business':
        return {
          form: 'business',
          uscc: v('uscc'),
          name: v('unitName'),
          regionCode: v('regionCode'),
          startDate: v('date'),
          online: yes(values.online),
        };
      case 'freelance':
        return {
          form: 'freelance',
          work: v('work'),
          regionCode: v('regionCode'),
          statementSigned: yes(values.statementSigned),
        };
      case 'study':
        return { form: 'study', institution: v('institution'), programme: v('major') };
      case 'abroad':
        return {
          form: 'abroad',
          country: v('country'),
          institution: v('institution'),
          programme: v('major'),
        };
      case 'not_placed':
        return { form: 'not_placed', label: label?.key ?? v('label') };
    }
  })();
  return {
    row: {
      studentNo,
      input: { destinationCode: code, details },
      proof: proof && accepted.includes(proof.key) ? proof.key : null,
    },
    issues,
  };
}
