import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../lib/i18n';

/** Page title plus optional actions; also names the browser tab so history entries are distinguishable. */
export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} - ${t('app.title')}`;
  }, [title, t]);
  return (
    <Flex align="center" justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
