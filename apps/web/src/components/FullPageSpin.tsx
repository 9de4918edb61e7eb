import { Flex, Spin } from 'antd';
import { useT } from '../lib/i18n';

/** Centered spinner for the moments before the session or a page chunk is known. */
export function FullPageSpin({ height = '100vh' }: { height?: number | string }) {
  const t = useT();
  return (
    <Flex align="center" justify="center" style={{ minHeight: height }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
