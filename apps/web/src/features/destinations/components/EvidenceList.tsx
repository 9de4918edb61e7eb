import { DeleteOutlined, FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { evidenceFilePath, useRemoveEvidence, type Evidence } from '../api';
import { evidenceKindName, formatBytes } from '../labels';

/** Removes one of the graduate's own files, after a confirmation (the history keeps a note of it). */
function RemoveButton({ evidence }: { evidence: Evidence }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const remove = useRemoveEvidence();
  return (
    <Popconfirm
      title={t('destinations.evidence.removeConfirm')}
      description={evidence.fileName}
      okText={t('destinations.evidence.remove')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remove.mutateAsync(evidence.id).then(
          () => void message.success(t('destinations.evidence.removed')),
          (error: unknown) => showError(error),
        )
      }
    >
      <Button
        type="text"
        danger
        size="small"
        icon={<DeleteOutlined />}
        aria-label={t('destinations.evidence.removeLabel', { name: evidence.fileName })}
      />
    </Popconfirm>
  );
}

/**
 * The evidence files of a registration: kind, name (opens the file in a new tab), size and time.
 * `graduateId` null is the graduate's own list; `removable` offers deleting (the graduate's own,
 * before approval).
 */
export function EvidenceList({
  evidence,
  graduateId,
  removable,
}: {
  evidence: readonly Evidence[];
  graduateId: string | null;
  removable: boolean;
}) {
  const { t, lang } = useI18n();
  if (evidence.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('destinations.evidence.empty')} />;
  return (
    <ul
      aria-label={t('destinations.evidence.title')}
      data-testid="evidence-list"
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
    >
      {evidence.map((e) => (
        <li
          key={e.id}
          data-testid="evidence-item"
          style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 10px', minWidth: 0 }}
        >
          <Flex gap={8} align="flex-start">
            {e.mimeType === 'application/pdf' ? (
              <FilePdfOutlined style={{ fontSize: 20, color: '#cf1322', marginTop: 2 }} />
            ) : (
              <FileImageOutlined style={{ fontSize: 20, color: '#1677ff', marginTop: 2 }} />
            )}
            <div style={{ minWidth: 0, flex: 1 }}>
              <Flex gap={6} wrap align="center">
                <Tag style={{ marginInlineEnd: 0 }}>{evidenceKindName(e.kind, lang)}</Tag>
                <Typography.Link
                  href={evidenceFilePath(graduateId, e.id)}
                  target="_blank"
                  rel="noopener"
                  style={{ overflowWrap: 'anywhere' }}
                  title={t('destinations.evidence.open')}
                >
                  {e.fileName}
                </Typography.Link>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatBytes(e.sizeBytes)} · {formatDateTime(e.uploadedAt)}
              </Typography.Text>
            </div>
            {removable && <RemoveButton evidence={e} />}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
