// A search box that searches while the user types, after a pause (and at once on Enter), and
// follows its value when the URL changes (back/forward, "clear filters").
import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { RULES } from '@pinzhi/domain';

export const SEARCH_DEBOUNCE_MS = 600;

export interface SearchBoxProps {
  value: string;
  onSearch: (text: string) => void;
  placeholder?: string;
  width?: number;
  testId?: string;
}

export function SearchBox({ value, onSearch, placeholder, width = 240, testId }: SearchBoxProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [onSearch, text, value]);
  return (
    <Input.Search
      allowClear
      value={text}
      maxLength={RULES.searchText.max}
      placeholder={placeholder}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim())}
      style={{ width }}
      data-testid={testId}
    />
  );
}
