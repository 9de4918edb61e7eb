import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Progress, Select, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../lib/errors';
import { EVIDENCE_ACCEPT, useEvidenceUpload } from '../../../lib/evidenceUpload';
import { useI18n } from '../../../lib/i18n';
import { EVIDENCE_MAX_BYTES, useUploadEvidence, type Evidence, type Subject } from '../api';

const MAX_MB = EVIDENCE_MAX_BYTES / 1024 / 1024;

/**
 * Picks the kind of a proof, then a file that is uploaded at once with its progress shown
 * (multipart `kind` + `file`, like the destination's evidence). Type and size are checked here to
 * save a wasted upload; the server reads the type from the content and decides.
 */
export function ProofUpload({
  subject,
  kinds,
  onUploaded,
  testId,
}: {
  subject: Subject;
  /** The kinds this proof may be, the fitting one first (preselected). */
  kinds: { value: string; label: string }[];
  onUploaded: (evidence: Evidence) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadEvidence(subject);
  const first = kinds[0]?.value;
  const [kind, setKind] = useState<string | undefined>(first);
  // Another category offers other kinds: start again from the one that fits it.
  useEffect(() => setKind(first), [first]);
  const { start, percent, help, otherError } = useEvidenceUpload({
    upload,
    maxBytes: EVIDENCE_MAX_BYTES,
    wrongType: t('assistance.evidence.wrongType'),
    tooLarge: t('assistance.evidence.tooLarge', { mb: MAX_MB }),
    onUploaded: (saved) => {
      void message.success(t('assistance.evidence.uploaded', { name: saved.fileName }));
      onUploaded(saved);
    },
  });

  return (
    <Flex vertical gap={6} data-testid={testId ?? 'proof-upload'}>
      <Flex gap={8} wrap>
        <Select
          value={kind}
          onChange={setKind}
          options={kinds}
          placeholder={t('assistance.evidence.kindPlaceholder')}
          aria-label={t('assistance.evidence.kind')}
          style={{ flex: '1 1 200px', minWidth: 0 }}
          disabled={percent !== null}
        />
        <Upload
          accept={EVIDENCE_ACCEPT}
          showUploadList={false}
          disabled={!kind || percent !== null}
          beforeUpload={(file) => {
            if (kind) start(kind, file);
            // The file goes through our own request (with progress), not the Upload's.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} disabled={!kind || percent !== null}>
            {t('assistance.evidence.pick')}
          </Button>
        </Upload>
      </Flex>
      <Typography.Text type={help ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {help ?? t('assistance.evidence.rules', { mb: MAX_MB })}
      </Typography.Text>
      {percent !== null && <Progress percent={percent} size="small" status="active" />}
      {otherError && <ErrorAlert error={otherError} />}
    </Flex>
  );
}
