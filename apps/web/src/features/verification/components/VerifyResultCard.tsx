import { CheckCircleFilled } from '@ant-design/icons';
import { DESTINATION_CATEGORIES } from '@jiuye/domain/reference/destination-codes';
import { Card, Descriptions, Flex, Tag, Typography, theme } from 'antd';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n, type Lang } from '../../../lib/i18n';
import type { VerifyResult } from '../api';

/** The server names the category in Chinese; the reference data has its English name. */
function categoryName(name: string, lang: Lang): string {
  if (lang !== 'en') return name;
  return DESTINATION_CATEGORIES.find((c) => c.nameZh === name)?.nameEn ?? name;
}

/** What the lookup confirmed, field by field, with when it was confirmed (for the verifier's records). */
export function VerifyResultCard({ result }: { result: VerifyResult }) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      data-testid="verify-result"
      title={
        <Flex align="center" gap={8}>
          <CheckCircleFilled style={{ color: token.colorSuccess }} />
          <span>{t('publicVerify.result.title')}</span>
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 130 } }}
        items={[
          { key: 'name', label: t('publicVerify.result.name'), children: result.name },
          { key: 'university', label: t('publicVerify.result.university'), children: result.universityName },
          {
            key: 'year',
            label: t('publicVerify.result.year'),
            children: t('publicVerify.result.yearValue', { year: result.graduationYear }),
          },
          {
            key: 'category',
            label: t('publicVerify.result.category'),
            children: categoryName(result.category, lang),
          },
          { key: 'place', label: t('publicVerify.result.place'), children: result.placeName ?? EMPTY },
          { key: 'date', label: t('publicVerify.result.date'), children: result.destinationDate ?? EMPTY },
          {
            key: 'approvedOn',
            label: t('publicVerify.result.approvedOn'),
            children: result.approvedOn ?? EMPTY,
          },
          {
            key: 'status',
            label: t('publicVerify.result.status'),
            children: <Tag color="success">{result.status}</Tag>,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {t('publicVerify.result.footer', { at: formatDateTime(result.verifiedAt) })}
      </Typography.Paragraph>
    </Card>
  );
}
