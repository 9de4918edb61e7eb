import { Card, Checkbox, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A review list's phone card: a tick box when the row can be decided, the rest opens the row. */
export function SelectableCard({
  selectable,
  checked,
  onCheck,
  selectLabel,
  onOpen,
  openLabel,
  children,
}: {
  selectable: boolean;
  checked: boolean;
  onCheck: (on: boolean) => void;
  selectLabel: string;
  onOpen: () => void;
  openLabel: string;
  children: ReactNode;
}) {
  return (
    <Card size="small">
      <Flex gap={8} align="flex-start">
        {selectable && (
          <Checkbox checked={checked} onChange={(e) => onCheck(e.target.checked)} aria-label={selectLabel} />
        )}
        <div
          style={{ minWidth: 0, flex: 1, cursor: 'pointer' }}
          onClick={onOpen}
          role="button"
          aria-label={openLabel}
        >
          {children}
        </div>
      </Flex>
    </Card>
  );
}

/** A phone card's first line: the person's name with a quieter detail (学号, phone), a tag at the end. */
export function CardHeading({ name, detail, tag }: { name: ReactNode; detail: ReactNode; tag: ReactNode }) {
  return (
    <Flex justify="space-between" gap={8}>
      <Typography.Text strong>
        {name}
        <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 6 }}>
          {detail}
        </Typography.Text>
      </Typography.Text>
      {tag}
    </Flex>
  );
}
