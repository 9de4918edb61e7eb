import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatBytes, formatDateTime } from '../lib/format';

/** What every feature's proof file carries, whichever feature it belongs to. */
export interface StoredFile {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** A proof file's icon: red for a PDF, blue for a picture (the only two kinds accepted). */
export function FileTypeIcon({ mimeType, size, offset }: { mimeType: string; size: number; offset: number }) {
  const style = { fontSize: size, marginTop: offset };
  return mimeType === 'application/pdf' ? (
    <FilePdfOutlined style={{ ...style, color: '#cf1322' }} />
  ) : (
    <FileImageOutlined style={{ ...style, color: '#1677ff' }} />
  );
}

/** A proof file's kind and its name, which opens the file in a new tab (a staff member's opening is audited). */
export function EvidenceName({
  kind,
  fileName,
  href,
  openTitle,
}: {
  kind: string;
  fileName: string;
  href: string;
  openTitle: string;
}) {
  return (
    <Flex gap={6} wrap align="center">
      <Tag style={{ marginInlineEnd: 0 }}>{kind}</Tag>
      <Typography.Link
        href={href}
        target="_blank"
        rel="noopener"
        style={{ overflowWrap: 'anywhere' }}
        title={openTitle}
      >
        {fileName}
      </Typography.Link>
    </Flex>
  );
}

/** A proof file's size and upload time, in the quiet line under its name. */
export function EvidenceFacts({ file }: { file: StoredFile }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {formatBytes(file.sizeBytes)} · {formatDateTime(file.uploadedAt)}
    </Typography.Text>
  );
}

/** The proof files of an application or registration, one bordered row each, for a drawer or a page. */
export function EvidenceFileList<T extends StoredFile>({
  files,
  label,
  testId,
  itemTestId,
  kindOf,
  hrefOf,
  openTitle,
  action,
}: {
  files: readonly T[];
  /** Accessible name of the list. */
  label: string;
  testId: string;
  itemTestId?: string;
  kindOf: (file: T) => string;
  hrefOf: (file: T) => string;
  openTitle: string;
  /** At the end of a row, e.g. removing the file. */
  action?: (file: T) => ReactNode;
}) {
  return (
    <ul
      aria-label={label}
      data-testid={testId}
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
    >
      {files.map((e) => (
        <li
          key={e.id}
          data-testid={itemTestId}
          style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 10px', minWidth: 0 }}
        >
          <Flex gap={8} align="flex-start">
            <FileTypeIcon mimeType={e.mimeType} size={20} offset={2} />
            <div style={{ minWidth: 0, flex: 1 }}>
              <EvidenceName kind={kindOf(e)} fileName={e.fileName} href={hrefOf(e)} openTitle={openTitle} />
              <EvidenceFacts file={e} />
            </div>
            {action?.(e)}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
