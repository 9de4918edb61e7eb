import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { RegionFilterPicker } from '../../jobs/components/RegionPicker';
import { usePickedNames, type MultiPickerProps } from '../../jobs/components/pickedNames';

/**
 * Desired regions: any level (全湖北, 武汉市 or 洪山区), since the model credits a wish along the
 * province → city → county tree. The search's single-region cascader picks one, "添加" adds it;
 * the chosen ones are closable tags. Codes the server refused are shown in red.
 */
export function DesiredRegionsPicker({
  value = [],
  onChange,
  names,
  id,
  max,
  invalid = [],
}: MultiPickerProps & { invalid?: readonly string[] }) {
  const t = useT();
  const { nameOf, remember } = usePickedNames(names);
  const [picked, setPicked] = useState<{ code: string; name?: string }>();
  const full = value.length >= max;

  const add = () => {
    if (!picked || value.includes(picked.code)) return;
    if (picked.name) remember([{ code: picked.code, name: picked.name }]);
    onChange?.([...value, picked.code]);
    setPicked(undefined);
  };

  return (
    <Flex vertical gap={8}>
      <Space.Compact style={{ width: '100%' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <RegionFilterPicker
            id={id}
            value={picked?.code}
            onChange={(code, name) => setPicked(code ? { code, name } : undefined)}
          />
        </div>
        <Button icon={<PlusOutlined />} disabled={!picked || full} onClick={add}>
          {t('prefs.regionsAdd')}
        </Button>
      </Space.Compact>
      {full && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('prefs.regionsFull', { n: max })}
        </Typography.Text>
      )}
      {value.length > 0 ? (
        <Flex wrap gap={4} data-testid="desired-regions">
          {value.map((code) => (
            <Tag
              key={code}
              color={invalid.includes(code) ? 'error' : undefined}
              closable
              closeIcon={<CloseOutlined aria-label={t('prefs.regionRemove', { name: nameOf(code) })} />}
              onClose={() => onChange?.(value.filter((other) => other !== code))}
              style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
            >
              {nameOf(code)}
            </Tag>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('prefs.regionsNone')}
        </Typography.Text>
      )}
    </Flex>
  );
}
