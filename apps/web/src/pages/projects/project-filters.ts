// Projects list view state ↔ URL query string ↔ GraphQL variables.
import { PROJECT_STAGES, PROPERTY_FORMATS, RULES, type ProjectStage, type PropertyFormat } from '@pinzhi/domain';
import { pickEnum } from '../../lib/url-state';
import type { ProjectFilter, ProjectSortField } from '../../gql/graphql';

export interface ProjectListFilters {
  regionId?: string;
  format?: PropertyFormat;
  stage?: ProjectStage;
  search?: string;
  includeArchived?: boolean;
}

/** URL key of each sortable column ↔ the API's sort field. */
export const SORT_KEYS = { code: 'CODE', name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' } as const satisfies Record<
  string,
  ProjectSortField
>;

/** URL keys of the filters ("clear filters" removes them). */
export const FILTER_KEYS = ['region', 'format', 'stage', 'q', 'archived'] as const;

export function filtersFromParams(params: URLSearchParams): ProjectListFilters {
  const search = params.get('q')?.trim().slice(0, RULES.searchText.max) || undefined;
  return {
    regionId: params.get('region') || undefined,
    format: pickEnum(params.get('format'), PROPERTY_FORMATS),
    stage: pickEnum(params.get('stage'), PROJECT_STAGES),
    search,
    includeArchived: params.get('archived') === '1' || undefined,
  };
}

export function toFilterVariable(filters: ProjectListFilters): ProjectFilter | undefined {
  const filter: ProjectFilter = {};
  if (filters.regionId) filter.regionId = filters.regionId;
  if (filters.format) filter.format = filters.format;
  if (filters.stage) filter.stage = filters.stage;
  if (filters.search) filter.search = filters.search;
  if (filters.includeArchived) filter.includeArchived = true;
  return Object.keys(filter).length ? filter : undefined;
}

/** The URL changes that set filter values (empty values remove the key). */
export function filterParams(filters: ProjectListFilters): Record<string, string | undefined> {
  return {
    region: filters.regionId,
    format: filters.format,
    stage: filters.stage,
    q: filters.search,
    archived: filters.includeArchived ? '1' : undefined,
  };
}
