import { App, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';

export interface BulkResultRow {
  key: string;
  /** Who the row is, e.g. "张三（2023001）". */
  who: string;
  /** Between the name and the tag (e.g. the category decided). */
  detail?: ReactNode;
  tag: ReactNode;
  /** The server's reason for a refusal. */
  message?: string | null;
}

/** "name（学号）" of a row still on screen, else its id: how bulk results name each row. */
export function personLabel(item: { name: string; studentNo: string } | undefined, id: string): string {
  return item ? `${item.name}（${item.studentNo}）` : id;
}

/** Each row of a bulk decision, taken or refused with the server's reason (every review queue lists them so). */
export function BulkResultList({ rows, testId }: { rows: readonly BulkResultRow[]; testId: string }) {
  return (
    <ul style={{ paddingInlineStart: 0, margin: 0, listStyle: 'none' }} data-testid={testId}>
      {rows.map((r) => (
        <li key={r.key} style={{ padding: '4px 0', overflowWrap: 'anywhere' }}>
          <Flex gap={6} wrap align="center">
            <Typography.Text strong>{r.who}</Typography.Text>
            {r.detail}
            {r.tag}
          </Flex>
          {r.message && <Typography.Text type="danger">{r.message}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

/** Tells the outcome of a bulk decision: a toast when all were taken, else a dialog listing each row. */
export function useBulkReport() {
  const t = useT();
  const { message, modal } = App.useApp();
  return ({
    refused,
    doneText,
    partialTitle,
    details,
  }: {
    refused: number;
    doneText: string;
    partialTitle: string;
    details: ReactNode;
  }) => {
    if (refused === 0) {
      void message.success(doneText);
      return;
    }
    modal.warning({ title: partialTitle, content: details, okText: t('common.close'), width: 560 });
  };
}
