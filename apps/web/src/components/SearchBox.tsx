import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useIsPhone } from '../lib/responsive';

/**
 * A list filter's search box: typing stays local until Enter (one request, not one per key), and
 * the box follows the URL's value when it changes elsewhere. Full width on a phone.
 */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  width,
}: {
  value: string | undefined;
  /** The trimmed text, or undefined when it is blank. */
  onSearch: (q: string | undefined) => void;
  /** Also its accessible name. */
  placeholder: string;
  /** Width on wider screens. */
  width: number;
}) {
  const isPhone = useIsPhone();
  const [search, setSearch] = useState(value ?? '');
  useEffect(() => setSearch(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      value={search}
      onChange={(e) => setSearch(e.target.value)}
      onSearch={(typed) => onSearch(typed.trim() || undefined)}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width: isPhone ? '100%' : width }}
    />
  );
}
