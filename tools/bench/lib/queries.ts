/** The GraphQL documents of the pages the suite measures, shared by suite.ts and cpu-per-request.ts. */
export const SCENARIO_QUERIES = {
  list: `query List($first: Int) { projects(first: $first) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id code name stage property { id name } region { id name } manager { id displayName } nextDueOccurrence { id dueAt template { id name } } openRectificationCount } } }`,
  detail: `query Detail($id: ID!) { project(id: $id) { id code name stage timeZone contractStart contractEnd property { id name format } region { id name } manager { id displayName }
        handbook { id name latestNumber latest { id number publishedAt sections { key titleZh items { key requirementZh score standard { id code titleZh } } } } } } }`,
};
