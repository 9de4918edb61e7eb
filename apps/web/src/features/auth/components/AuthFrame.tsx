import { Card, Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useT } from '../../../lib/i18n';

/** Centered card used by the signed-out pages, with the language switch reachable before login. */
export function AuthFrame({
  title,
  width = 400,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} - ${t('app.title')}`;
  }, [title, t]);
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '16px 12px', background: '#f0f4fa' }}>
      <Flex justify="flex-end" style={{ width: '100%' }}>
        <LanguageSwitch />
      </Flex>
      <Flex vertical align="center" style={{ width: '100%', maxWidth: width, margin: 'auto 0' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        <Card title={title} style={{ width: '100%' }}>
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
