import { Flex } from 'antd';
import { EvidenceFacts, EvidenceName, FileTypeIcon } from '../../../components/EvidenceFiles';
import { useI18n } from '../../../lib/i18n';
import { evidenceFilePath, type Evidence, type Subject } from '../api';
import { proofKindName } from '../labels';

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
      <FileTypeIcon mimeType={evidence.mimeType} size={16} offset={3} />
      <div style={{ minWidth: 0 }}>
        <EvidenceName
          kind={proofKindName(evidence.kind, lang)}
          fileName={evidence.fileName}
          href={evidenceFilePath(subject, evidence.id)}
          openTitle={t('assistance.evidence.open')}
        />
        {!compact && <EvidenceFacts file={evidence} />}
      </div>
    </Flex>
  );
}
