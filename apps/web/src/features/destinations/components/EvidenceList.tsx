import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm } from 'antd';
import { EvidenceFileList } from '../../../components/EvidenceFiles';
import { useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { evidenceFilePath, useRemoveEvidence, type Evidence } from '../api';
import { evidenceKindName } from '../labels';

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
    <EvidenceFileList
      files={evidence}
      label={t('destinations.evidence.title')}
      testId="evidence-list"
      itemTestId="evidence-item"
      kindOf={(e) => evidenceKindName(e.kind, lang)}
      hrefOf={(e) => evidenceFilePath(graduateId, e.id)}
      openTitle={t('destinations.evidence.open')}
      action={removable ? (e) => <RemoveButton evidence={e} /> : undefined}
    />
  );
}
