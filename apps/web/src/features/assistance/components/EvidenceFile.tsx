import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { evidenceFilePath, type Evidence, type Subject } from '../api';
import { formatBytes, proofKindName } from '../labels';

/**
 * One proof file: its kind, its name (opens the file in a new tab; a staff member's opening is
 * audited) and, unless `compact`, its size and upload time.
 */
export function EvidenceFile({
  evidence,
  subject,
  compact,
}: {
  evidence: Evidence;
  /** null: the signed-in graduate's own file. */
  subject: Subject;
  compact?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <Flex gap={6} align="flex-start" style={{ minWidth: 0 }} data-testid="evidence-file">
      {evidence.mimeType === 'application/pdf' ? (
        <FilePdfOutlined style={{ fontSize: 16, color: '#cf1322', marginTop: 3 }} />
      ) : (
        <FileImageOutlined style={{ fontSize: 16, color: '#1677ff', marginTop: 3 }} />
      )}
      <div style={{ minWidth: 0 }}>
        <Flex gap={6} wrap align="center">
          <Tag style={{ marginInlineEnd: 0 }}>{proofKindName(evidence.kind, lang)}</Tag>
          <Typography.Link
            href={evidenceFilePath(subject, evidence.id)}
            target="_blank"
            rel="noopener"
            style={{ overflowWrap: 'anywhere' }}
            title={t('assistance.evidence.open')}
          >
            {evidence.fileName}
          </Typography.Link>
        </Flex>
        {!compact && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatBytes(evidence.sizeBytes)} · {formatDateTime(evidence.uploadedAt)}
          </Typography.Text>
        )}
      </div>
    </Flex>
  );
}
