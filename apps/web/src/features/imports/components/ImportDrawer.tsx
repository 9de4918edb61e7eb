import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Drawer, Flex, Form, Progress, Typography, Upload, type UploadFile } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/api';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { rosterKeys } from '../../roster/api';
import { ErrorAlert } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS, uploadRoster } from '../api';
import { ImportResult } from './ImportResult';

const ACCEPT = '.csv,.xlsx';

type Stage = { kind: 'pick' } | { kind: 'uploading'; percent: number } | { kind: 'tracking'; id: string };

function hasAcceptedExtension(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

// A header-only CSV with a BOM, so Excel on Chinese Windows opens it with the right encoding.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(
  `\uFEFF${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(',')}\r\n`,
)}`;

function FormatNote() {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      title={t('imports.headersTitle')}
      description={
        <>
          <div>{t('imports.headersRequired', { cols: REQUIRED_COLUMNS.join(',') })}</div>
          <div>{t('imports.headersOptional', { cols: OPTIONAL_COLUMNS.join(',') })}</div>
          <div>{t('imports.encodings')}</div>
          <div>{t('imports.idempotent')}</div>
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            href={TEMPLATE_HREF}
            download={t('imports.templateFile')}
            style={{ paddingInline: 0 }}
          >
            {t('imports.template')}
          </Button>
        </>
      }
    />
  );
}

/**
 * Upload a roster file and follow the background job to its summary.
 * Staff above university level must name the university the file belongs to.
 */
export function ImportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const needsUniversity = me.scope.kind === 'province' || me.scope.kind === 'national';
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [universityCode, setUniversityCode] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const queryClient = useQueryClient();

  const reset = () => {
    setStage({ kind: 'pick' });
    setFiles([]);
    setUploadError(null);
    setFileError(null);
  };

  const start = () => {
    const file = files[0]?.originFileObj;
    if (!file) {
      setFileError(t('imports.fileRequired'));
      return;
    }
    if (needsUniversity && !universityCode) return;
    setUploadError(null);
    const controller = new AbortController();
    abort.current = controller;
    setStage({ kind: 'uploading', percent: 0 });
    uploadRoster(
      file,
      needsUniversity ? (universityCode ?? undefined) : undefined,
      (percent) => setStage({ kind: 'uploading', percent }),
      controller.signal,
    ).then(
      ({ id }) => setStage({ kind: 'tracking', id }),
      (error: unknown) => {
        setStage({ kind: 'pick' });
        if (!(error instanceof DOMException && error.name === 'AbortError')) setUploadError(error);
      },
    );
  };

  const cancelUpload = () => abort.current?.abort();

  const close = () => {
    // An upload in flight is cancelled; a queued job keeps running on the server and stays in the history.
    cancelUpload();
    // The result view refreshes the roster when it sees the job finish; closing early must not skip that.
    if (stage.kind === 'tracking') void queryClient.invalidateQueries({ queryKey: rosterKeys.all });
    onClose();
  };

  return (
    <Drawer
      title={t('imports.drawerTitle')}
      open={open}
      onClose={close}
      size={isPhone ? '100%' : 640}
      destroyOnHidden={false}
      afterOpenChange={(visible) => {
        if (!visible && stage.kind === 'tracking') reset();
      }}
      footer={
        stage.kind === 'tracking' ? (
          <Flex justify="space-between" wrap gap={8}>
            {me.role === 'career_centre' ? <Link to="/imports">{t('imports.toHistory')}</Link> : <span />}
            <Button onClick={reset}>{t('imports.another')}</Button>
          </Flex>
        ) : null
      }
    >
      {stage.kind === 'tracking' ? (
        <ImportResult id={stage.id} />
      ) : (
        <Flex vertical gap={16}>
          <FormatNote />
          {uploadError !== null && <ErrorAlert error={uploadError} />}
          <Form layout="vertical" onFinish={start} disabled={stage.kind === 'uploading'}>
            {needsUniversity && (
              <Form.Item label={t('imports.university')} required extra={t('imports.universityRequired')}>
                <UniversitySelect
                  value={universityCode}
                  onChange={(code) => setUniversityCode(code ?? null)}
                  provinceCode={me.scope.kind === 'province' ? me.scope.provinceCode : null}
                  aria-label={t('imports.university')}
                />
              </Form.Item>
            )}
            <Form.Item
              label={t('imports.file')}
              required
              validateStatus={fileError ? 'error' : undefined}
              help={fileError ?? undefined}
            >
              <Upload.Dragger
                accept={ACCEPT}
                maxCount={1}
                fileList={files}
                beforeUpload={(file) => {
                  if (!hasAcceptedExtension(file.name)) {
                    setFileError(t('imports.fileType'));
                    return Upload.LIST_IGNORE;
                  }
                  setFileError(null);
                  // Returning false keeps the file local; it is sent by our own XHR with progress reporting.
                  return false;
                }}
                onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('imports.pickFile')}</p>
                <p className="ant-upload-hint">{t('imports.pickFileHint')}</p>
              </Upload.Dragger>
            </Form.Item>
            {stage.kind !== 'uploading' && (
              <Button
                type="primary"
                htmlType="submit"
                block={isPhone}
                disabled={files.length === 0 || (needsUniversity && !universityCode)}
              >
                {t('imports.start')}
              </Button>
            )}
          </Form>
          {stage.kind === 'uploading' && (
            <Flex vertical gap={8}>
              <Typography.Text>{t('imports.uploading')}</Typography.Text>
              <Progress percent={stage.percent} status="active" />
              <Button onClick={cancelUpload}>{t('imports.cancelUpload')}</Button>
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
