import { Alert, Card, Empty, Flex, QRCode, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { MyVerification } from '../api';

/** Where a verifier checks this number: the public page with the number filled in. */
const verifyUrl = (no: string) => `${window.location.origin}/verify?no=${encodeURIComponent(no)}`;

/** 16 characters are easier to read out and type in fours; the server ignores the spaces. */
const grouped = (no: string) => no.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * The graduate's verification number to hand to a verifier, as text, link and QR code, and
 * whether a lookup would be answered right now.
 */
export function VerificationNumberCard({ data }: { data: MyVerification }) {
  const { t } = useI18n();
  const no = data.verificationNo;
  const active = data.authorisations.filter((a) => a.active);
  // The latest expiry counts: authorisations overlap, and any running one lets a lookup through.
  const until = active
    .map((a) => a.expiresAt)
    .sort()
    .at(-1);
  return (
    <Card
      size="small"
      title={t('myVerification.number.title')}
      style={{ height: '100%' }}
      data-testid="verification-number"
    >
      {no ? (
        <Flex gap={16} wrap align="flex-start">
          <div role="img" aria-label={t('myVerification.number.qr')} data-testid="verification-qr">
            <QRCode value={verifyUrl(no)} size={148} bordered={false} style={{ padding: 0 }} />
          </div>
          <Flex vertical gap={8} style={{ minWidth: 0, flex: '1 1 200px' }}>
            <Typography.Text
              strong
              copyable={{ text: no }}
              style={{ fontFamily: 'monospace', fontSize: 18, whiteSpace: 'nowrap' }}
              data-testid="my-verification-no"
            >
              {grouped(no)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('myVerification.number.hint')}
            </Typography.Text>
            <Typography.Text copyable style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
              {verifyUrl(no)}
            </Typography.Text>
            {until ? (
              <Alert
                type="success"
                showIcon
                title={t('myVerification.number.open', { at: formatDateTime(until) })}
              />
            ) : (
              <Alert type="warning" showIcon title={t('myVerification.number.closed')} />
            )}
          </Flex>
        </Flex>
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4}>
              <Typography.Text>{t('myVerification.number.none')}</Typography.Text>
              <Link to="/destination">{t('myVerification.number.goRegister')}</Link>
            </Flex>
          }
        />
      )}
    </Card>
  );
}
