// Standards library view state ↔ URL query string ↔ GraphQL filter.
import {
  DEFAULT_POSITIONS,
  PROPERTY_FORMATS,
  RULES,
  STANDARD_CATEGORIES,
  type PropertyFormat,
  type StandardCategory,
} from '@pinzhi/domain';
import { pickEnum } from '../../lib/url-state';
import type { StandardFilter } from '../../gql/graphql';

export interface StandardListFilters {
  search?: string;
  category?: StandardCategory;
  position?: string;
  format?: PropertyFormat;
  critical?: boolean;
  includeArchived?: boolean;
}

/** URL keys of the filters ("clear filters" removes them). */
export const FILTER_KEYS = ['q', 'category', 'position', 'format', 'critical', 'archived'] as const;

const POSITION_CODES = DEFAULT_POSITIONS.map((p) => p.code);

export function filtersFromParams(params: URLSearchParams): StandardListFilters {
  const critical = params.get('critical');
  return {
    search: params.get('q')?.trim().slice(0, RULES.searchText.max) || undefined,
    category: pickEnum(params.get('category'), STANDARD_CATEGORIES),
    position: pickEnum(params.get('position'), POSITION_CODES),
    format: pickEnum(params.get('format'), PROPERTY_FORMATS),
    critical: critical === '1' ? true : critical === '0' ? false : undefined,
    includeArchived: params.get('archived') === '1' || undefined,
  };
}

export function toFilterVariable(filters: StandardListFilters): StandardFilter | undefined {
  const filter: StandardFilter = {};
  if (filters.search) filter.search = filters.search;
  if (filters.category) filter.category = filters.category;
  if (filters.position) filter.position = filters.position;
  if (filters.format) filter.format = filters.format;
  if (filters.critical !== undefined) filter.critical = filters.critical;
  if (filters.includeArchived) filter.includeArchived = true;
  return Object.keys(filter).length ? filter : undefined;
}

/** The URL changes that set filter values (empty values remove the key). */
export function filterParams(filters: StandardListFilters): Record<string, string | undefined> {
  return {
    q: filters.search,
    category: filters.category,
    position: filters.position,
    format: filters.format,
    critical: filters.critical === undefined ? undefined : filters.critical ? '1' : '0',
    archived: filters.includeArchived ? '1' : undefined,
  };
}
