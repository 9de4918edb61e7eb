import { Button, Flex, Typography } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../../lib/i18n';

/**
 * Last-resort boundary: a render crash or a page chunk that failed to load (e.g. after a redeploy).
 * Kept in the entry chunk and free of heavy components, because it must work when loading chunks does not.
 */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : '';
  return (
    <Flex vertical align="center" justify="center" gap={8} style={{ minHeight: '60vh', padding: 16 }}>
      <Typography.Title level={4}>{t('routeError.title')}</Typography.Title>
      <Typography.Text type="secondary">{detail || t('routeError.subtitle')}</Typography.Text>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </Button>
    </Flex>
  );
}
