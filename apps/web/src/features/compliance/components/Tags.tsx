import { Tag, Typography } from 'antd';
import { useT } from '../../../lib/i18n';
import type { PostingStatus, ReviewStatus, Severity, Verdict } from '../api';
import { POSTING_STATUS_LABELS, REVIEW_STATUS_LABELS, SEVERITY_LABELS, VERDICT_LABELS } from '../labels';

/** 通过 / 有提示 / 不可发布. */
export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const t = useT();
  const { label, color } = VERDICT_LABELS[verdict];
  return (
    <Tag color={color} data-verdict={verdict}>
      {t(label)}
    </Tag>
  );
}

/** 禁止 / 提示. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useT();
  const { label, color } = SEVERITY_LABELS[severity];
  return <Tag color={color}>{t(label)}</Tag>;
}

export function PostingStatusTag({ status }: { status: PostingStatus }) {
  const t = useT();
  const { label, color } = POSTING_STATUS_LABELS[status];
  return (
    <Tag color={color} data-status={status}>
      {t(label)}
    </Tag>
  );
}

/** Nothing for postings no official needs to look at, so lists stay quiet. */
export function ReviewStatusTag({ status, showNone = false }: { status: ReviewStatus; showNone?: boolean }) {
  const t = useT();
  if (status === 'none') {
    return showNone ? (
      <Typography.Text type="secondary">{t(REVIEW_STATUS_LABELS.none.label)}</Typography.Text>
    ) : null;
  }
  const { label, color } = REVIEW_STATUS_LABELS[status];
  return <Tag color={color}>{t(label)}</Tag>;
}
