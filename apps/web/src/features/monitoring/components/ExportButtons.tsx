import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { ExportFormat } from '../api';

/**
 * Downloads of what is on screen as .xlsx and CSV: plain links, so the browser saves the file under
 * the server's name and the session cookie goes along.
 */
export function ExportButtons({ href, testId }: { href: (format: ExportFormat) => string; testId: string }) {
  const { t } = useI18n();
  return (
    <Flex gap={8} wrap data-testid={testId}>
      <Button size="small" icon={<DownloadOutlined />} href={href('xlsx')} download>
        {t('monitoring.exportXlsx')}
      </Button>
      <Button size="small" icon={<DownloadOutlined />} href={href('csv')} download>
        {t('monitoring.exportCsv')}
      </Button>
    </Flex>
  );
}
