import { UploadOutlined } from '@ant-design/icons';
import {
  EVIDENCE_KINDS,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  proofKindsFor,
} from '@jiuye/domain/destinations/review';
import { App, Button, Flex, Form, Progress, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../lib/errors';
import { EVIDENCE_ACCEPT, useEvidenceUpload } from '../../../lib/evidenceUpload';
import { useI18n } from '../../../lib/i18n';
import { useUploadEvidence } from '../api';
import { evidenceKindName } from '../labels';

const MAX_MB = EVIDENCE_MAX_BYTES / 1024 / 1024;

/**
 * Picks the kind of a proof, then a file that is uploaded at once with its progress shown. The kinds
 * that prove the registered destination come first and are preselected. Type and size are checked
 * here to save a wasted upload; the server reads the type from the content and decides.
 */
export function EvidenceUpload({
  graduateId,
  destinationCode,
  count,
}: {
  /** null: the signed-in graduate's own registration. */
  graduateId: string | null;
  destinationCode: string;
  /** Files already kept, against the limit. */
  count: number;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadEvidence(graduateId);
  const proof = proofKindsFor(destinationCode);
  const [kind, setKind] = useState<string | undefined>(proof[0]);
  const full = count >= EVIDENCE_MAX_FILES;
  // A refused kind or file is said under the picker; anything else (too large, no registration yet) below.
  const { start, percent, help, otherError } = useEvidenceUpload({
    upload,
    maxBytes: EVIDENCE_MAX_BYTES,
    wrongType: t('destinations.evidence.wrongType'),
    tooLarge: t('destinations.evidence.tooLarge', { mb: MAX_MB }),
    onUploaded: (saved) =>
      void message.success(t('destinations.evidence.uploaded', { name: saved.fileName })),
  });

  const options = [...EVIDENCE_KINDS]
    .sort((a, b) => Number(proof.includes(b.key)) - Number(proof.includes(a.key)))
    .map((k) => ({
      value: k.key,
      label: proof.includes(k.key)
        ? t('destinations.evidence.needed', { name: evidenceKindName(k.key, lang) })
        : evidenceKindName(k.key, lang),
    }));

  return (
    <Flex vertical gap={8} data-testid="evidence-upload">
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('destinations.evidence.kind')}
          extra={t('destinations.evidence.rules', { mb: MAX_MB, n: EVIDENCE_MAX_FILES })}
          validateStatus={help ? 'error' : undefined}
          help={help ?? undefined}
          style={{ marginBottom: 0 }}
        >
          <Flex gap={8} wrap>
            <Select
              value={kind}
              onChange={setKind}
              options={options}
              placeholder={t('destinations.evidence.kindPlaceholder')}
              aria-label={t('destinations.evidence.kind')}
              style={{ flex: '1 1 220px', minWidth: 0 }}
              disabled={full || percent !== null}
            />
            <Upload
              accept={EVIDENCE_ACCEPT}
              showUploadList={false}
              disabled={!kind || full || percent !== null}
              beforeUpload={(file) => {
                if (kind) start(kind, file);
                // The file goes through our own request (with progress), not the Upload's.
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} disabled={!kind || full || percent !== null}>
                {t('destinations.evidence.pick')}
              </Button>
            </Upload>
          </Flex>
        </Form.Item>
      </Form>
      {kind === 'internship_certificate' && (
        <Typography.Text type="warning">{t('destinations.evidence.internshipNote')}</Typography.Text>
      )}
      {full && (
        <Typography.Text type="warning">
          {t('destinations.evidence.full', { n: EVIDENCE_MAX_FILES })}
        </Typography.Text>
      )}
      {percent !== null && <Progress percent={percent} size="small" status="active" />}
      {otherError && <ErrorAlert error={otherError} />}
    </Flex>
  );
}
