import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The bar over a review list while rows are ticked: how many, the bulk actions, and clearing. */
export function BulkBar({
  testId,
  selectedText,
  clearText,
  onClear,
  children,
}: {
  testId: string;
  /** e.g. "已选择 3 条". */
  selectedText: string;
  clearText: string;
  onClear: () => void;
  /** The bulk action buttons. */
  children: ReactNode;
}) {
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={testId}>
      <Flex gap={8} wrap align="center">
        <Typography.Text>{selectedText}</Typography.Text>
        {children}
        <Button type="text" onClick={onClear}>
          {clearText}
        </Button>
      </Flex>
    </Card>
  );
}
