/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Dashboard {\n    allProjects: projects(first: 1) {\n      totalCount\n    }\n    operating: projects(first: 1, filter: { stage: OPERATING }) {\n      totalCount\n    }\n    prospect: projects(first: 1, filter: { stage: PROSPECT }) {\n      totalCount\n    }\n    survey: projects(first: 1, filter: { stage: SURVEY }) {\n      totalCount\n    }\n    proposal: projects(first: 1, filter: { stage: PROPOSAL }) {\n      totalCount\n    }\n    takeover: projects(first: 1, filter: { stage: TAKEOVER }) {\n      totalCount\n    }\n    regions(first: 1) {\n      totalCount\n    }\n    recent: projects(first: 6, sort: { field: UPDATED_AT, direction: DESC }) {\n      nodes {\n        id\n        code\n        name\n        stage\n        timeZone\n        updatedAt\n        region {\n          id\n          name\n        }\n        property {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        code\n        name\n        stage\n        contractStart\n        contractEnd\n        timeZone\n        archivedAt\n        createdAt\n        updatedAt\n        property {\n          id\n          name\n          format\n        }\n        region {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    stage\n    allowedNextStages\n    contractStart\n    contractEnd\n    serviceScope\n    timeZone\n    archivedAt\n    version\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n      format\n      address\n    }\n    region {\n      id\n      name\n    }\n    manager {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.ProjectDetailFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation ChangeProjectStage($id: ID!, $stage: ProjectStage!, $expectedVersion: Int) {\n    changeProjectStage(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ChangeProjectStageDocument,
    "\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": typeof types.ArchiveProjectDocument,
    "\n  query ManagerOptions {\n    members(first: 100, filter: { active: true }) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.ManagerOptionsDocument,
    "\n  fragment PropertyFields on Property {\n    id\n    name\n    format\n    address\n    grossFloorArea\n    zones {\n      id\n      name\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.PropertyFieldsFragmentDoc,
    "\n  query Properties($filter: PropertyFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    properties(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...PropertyFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PropertiesDocument,
    "\n  query Property($id: ID!) {\n    property(id: $id) {\n      ...PropertyFields\n    }\n  }\n": typeof types.PropertyDocument,
    "\n  query PropertyOptions($search: String) {\n    properties(filter: { search: $search }, first: 100) {\n      nodes {\n        id\n        name\n        format\n      }\n      totalCount\n    }\n  }\n": typeof types.PropertyOptionsDocument,
    "\n  mutation CreateProperty($input: PropertyInput!) {\n    createProperty(input: $input) {\n      ...PropertyFields\n    }\n  }\n": typeof types.CreatePropertyDocument,
    "\n  mutation UpdateProperty($id: ID!, $input: PropertyInput!, $expectedVersion: Int) {\n    updateProperty(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PropertyFields\n    }\n  }\n": typeof types.UpdatePropertyDocument,
    "\n  fragment RegionFields on Region {\n    id\n    name\n    code\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  query Regions($first: Int, $after: String) {\n    regions(first: $first, after: $after) {\n      nodes {\n        ...RegionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query RegionOptions {\n    regions(first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.RegionOptionsDocument,
    "\n  mutation CreateRegion($input: RegionInput!) {\n    createRegion(input: $input) {\n      ...RegionFields\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($id: ID!, $input: RegionInput!, $expectedVersion: Int) {\n    updateRegion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RegionFields\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEntries(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        operation\n        entity\n        entityId\n        changes\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query AuditUserOptions {\n    members(first: 100) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.AuditUserOptionsDocument,
    "\n  fragment MemberFields on Member {\n    id\n    role\n    regionIds\n    regions {\n      id\n      name\n    }\n    active\n    version\n    createdAt\n    user {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query Members($filter: MemberFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    members(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...MemberFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!, $expectedVersion: Int) {\n    updateMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  fragment MeFields on Me {\n    role\n    regionIds\n    user {\n      id\n      email\n      displayName\n    }\n    tenant {\n      id\n      slug\n      name\n    }\n    regions {\n      id\n      name\n    }\n    tenants {\n      slug\n      name\n      role\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $tenantSlug: String) {\n    login(email: $email, password: $password, tenantSlug: $tenantSlug) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Dashboard {\n    allProjects: projects(first: 1) {\n      totalCount\n    }\n    operating: projects(first: 1, filter: { stage: OPERATING }) {\n      totalCount\n    }\n    prospect: projects(first: 1, filter: { stage: PROSPECT }) {\n      totalCount\n    }\n    survey: projects(first: 1, filter: { stage: SURVEY }) {\n      totalCount\n    }\n    proposal: projects(first: 1, filter: { stage: PROPOSAL }) {\n      totalCount\n    }\n    takeover: projects(first: 1, filter: { stage: TAKEOVER }) {\n      totalCount\n    }\n    regions(first: 1) {\n      totalCount\n    }\n    recent: projects(first: 6, sort: { field: UPDATED_AT, direction: DESC }) {\n      nodes {\n        id\n        code\n        name\n        stage\n        timeZone\n        updatedAt\n        region {\n          id\n          name\n        }\n        property {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        code\n        name\n        stage\n        contractStart\n        contractEnd\n        timeZone\n        archivedAt\n        createdAt\n        updatedAt\n        property {\n          id\n          name\n          format\n        }\n        region {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ProjectsDocument,
    "\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    stage\n    allowedNextStages\n    contractStart\n    contractEnd\n    serviceScope\n    timeZone\n    archivedAt\n    version\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n      format\n      address\n    }\n    region {\n      id\n      name\n    }\n    manager {\n      id\n      displayName\n      email\n    }\n  }\n": types.ProjectDetailFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation ChangeProjectStage($id: ID!, $stage: ProjectStage!, $expectedVersion: Int) {\n    changeProjectStage(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n": types.ChangeProjectStageDocument,
    "\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      ...ProjectDetail\n    }\n  }\n": types.ArchiveProjectDocument,
    "\n  query ManagerOptions {\n    members(first: 100, filter: { active: true }) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.ManagerOptionsDocument,
    "\n  fragment PropertyFields on Property {\n    id\n    name\n    format\n    address\n    grossFloorArea\n    zones {\n      id\n      name\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.PropertyFieldsFragmentDoc,
    "\n  query Properties($filter: PropertyFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    properties(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...PropertyFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PropertiesDocument,
    "\n  query Property($id: ID!) {\n    property(id: $id) {\n      ...PropertyFields\n    }\n  }\n": types.PropertyDocument,
    "\n  query PropertyOptions($search: String) {\n    properties(filter: { search: $search }, first: 100) {\n      nodes {\n        id\n        name\n        format\n      }\n      totalCount\n    }\n  }\n": types.PropertyOptionsDocument,
    "\n  mutation CreateProperty($input: PropertyInput!) {\n    createProperty(input: $input) {\n      ...PropertyFields\n    }\n  }\n": types.CreatePropertyDocument,
    "\n  mutation UpdateProperty($id: ID!, $input: PropertyInput!, $expectedVersion: Int) {\n    updateProperty(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PropertyFields\n    }\n  }\n": types.UpdatePropertyDocument,
    "\n  fragment RegionFields on Region {\n    id\n    name\n    code\n    version\n    createdAt\n    updatedAt\n  }\n": types.RegionFieldsFragmentDoc,
    "\n  query Regions($first: Int, $after: String) {\n    regions(first: $first, after: $after) {\n      nodes {\n        ...RegionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.RegionsDocument,
    "\n  query RegionOptions {\n    regions(first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.RegionOptionsDocument,
    "\n  mutation CreateRegion($input: RegionInput!) {\n    createRegion(input: $input) {\n      ...RegionFields\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($id: ID!, $input: RegionInput!, $expectedVersion: Int) {\n    updateRegion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RegionFields\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEntries(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        operation\n        entity\n        entityId\n        changes\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query AuditUserOptions {\n    members(first: 100) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.AuditUserOptionsDocument,
    "\n  fragment MemberFields on Member {\n    id\n    role\n    regionIds\n    regions {\n      id\n      name\n    }\n    active\n    version\n    createdAt\n    user {\n      id\n      email\n      displayName\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query Members($filter: MemberFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    members(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...MemberFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      temporaryPassword\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!, $expectedVersion: Int) {\n    updateMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  fragment MeFields on Me {\n    role\n    regionIds\n    user {\n      id\n      email\n      displayName\n    }\n    tenant {\n      id\n      slug\n      name\n    }\n    regions {\n      id\n      name\n    }\n    tenants {\n      slug\n      name\n      role\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $tenantSlug: String) {\n    login(email: $email, password: $password, tenantSlug: $tenantSlug) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    allProjects: projects(first: 1) {\n      totalCount\n    }\n    operating: projects(first: 1, filter: { stage: OPERATING }) {\n      totalCount\n    }\n    prospect: projects(first: 1, filter: { stage: PROSPECT }) {\n      totalCount\n    }\n    survey: projects(first: 1, filter: { stage: SURVEY }) {\n      totalCount\n    }\n    proposal: projects(first: 1, filter: { stage: PROPOSAL }) {\n      totalCount\n    }\n    takeover: projects(first: 1, filter: { stage: TAKEOVER }) {\n      totalCount\n    }\n    regions(first: 1) {\n      totalCount\n    }\n    recent: projects(first: 6, sort: { field: UPDATED_AT, direction: DESC }) {\n      nodes {\n        id\n        code\n        name\n        stage\n        timeZone\n        updatedAt\n        region {\n          id\n          name\n        }\n        property {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    allProjects: projects(first: 1) {\n      totalCount\n    }\n    operating: projects(first: 1, filter: { stage: OPERATING }) {\n      totalCount\n    }\n    prospect: projects(first: 1, filter: { stage: PROSPECT }) {\n      totalCount\n    }\n    survey: projects(first: 1, filter: { stage: SURVEY }) {\n      totalCount\n    }\n    proposal: projects(first: 1, filter: { stage: PROPOSAL }) {\n      totalCount\n    }\n    takeover: projects(first: 1, filter: { stage: TAKEOVER }) {\n      totalCount\n    }\n    regions(first: 1) {\n      totalCount\n    }\n    recent: projects(first: 6, sort: { field: UPDATED_AT, direction: DESC }) {\n      nodes {\n        id\n        code\n        name\n        stage\n        timeZone\n        updatedAt\n        region {\n          id\n          name\n        }\n        property {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        code\n        name\n        stage\n        contractStart\n        contractEnd\n        timeZone\n        archivedAt\n        createdAt\n        updatedAt\n        property {\n          id\n          name\n          format\n        }\n        region {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String, $last: Int, $before: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        code\n        name\n        stage\n        contractStart\n        contractEnd\n        timeZone\n        archivedAt\n        createdAt\n        updatedAt\n        property {\n          id\n          name\n          format\n        }\n        region {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    stage\n    allowedNextStages\n    contractStart\n    contractEnd\n    serviceScope\n    timeZone\n    archivedAt\n    version\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n      format\n      address\n    }\n    region {\n      id\n      name\n    }\n    manager {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetail on Project {\n    id\n    code\n    name\n    stage\n    allowedNextStages\n    contractStart\n    contractEnd\n    serviceScope\n    timeZone\n    archivedAt\n    version\n    createdAt\n    updatedAt\n    property {\n      id\n      name\n      format\n      address\n    }\n    region {\n      id\n      name\n    }\n    manager {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int) {\n    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProjectStage($id: ID!, $stage: ProjectStage!, $expectedVersion: Int) {\n    changeProjectStage(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeProjectStage($id: ID!, $stage: ProjectStage!, $expectedVersion: Int) {\n    changeProjectStage(id: $id, stage: $stage, expectedVersion: $expectedVersion) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProject($id: ID!) {\n    archiveProject(id: $id) {\n      ...ProjectDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOptions {\n    members(first: 100, filter: { active: true }) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerOptions {\n    members(first: 100, filter: { active: true }) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PropertyFields on Property {\n    id\n    name\n    format\n    address\n    grossFloorArea\n    zones {\n      id\n      name\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PropertyFields on Property {\n    id\n    name\n    format\n    address\n    grossFloorArea\n    zones {\n      id\n      name\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Properties($filter: PropertyFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    properties(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...PropertyFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Properties($filter: PropertyFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    properties(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...PropertyFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Property($id: ID!) {\n    property(id: $id) {\n      ...PropertyFields\n    }\n  }\n"): (typeof documents)["\n  query Property($id: ID!) {\n    property(id: $id) {\n      ...PropertyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyOptions($search: String) {\n    properties(filter: { search: $search }, first: 100) {\n      nodes {\n        id\n        name\n        format\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PropertyOptions($search: String) {\n    properties(filter: { search: $search }, first: 100) {\n      nodes {\n        id\n        name\n        format\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProperty($input: PropertyInput!) {\n    createProperty(input: $input) {\n      ...PropertyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProperty($input: PropertyInput!) {\n    createProperty(input: $input) {\n      ...PropertyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProperty($id: ID!, $input: PropertyInput!, $expectedVersion: Int) {\n    updateProperty(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PropertyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProperty($id: ID!, $input: PropertyInput!, $expectedVersion: Int) {\n    updateProperty(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...PropertyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region {\n    id\n    name\n    code\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RegionFields on Region {\n    id\n    name\n    code\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($first: Int, $after: String) {\n    regions(first: $first, after: $after) {\n      nodes {\n        ...RegionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Regions($first: Int, $after: String) {\n    regions(first: $first, after: $after) {\n      nodes {\n        ...RegionFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOptions {\n    regions(first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionOptions {\n    regions(first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: RegionInput!) {\n    createRegion(input: $input) {\n      ...RegionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: RegionInput!) {\n    createRegion(input: $input) {\n      ...RegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($id: ID!, $input: RegionInput!, $expectedVersion: Int) {\n    updateRegion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RegionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($id: ID!, $input: RegionInput!, $expectedVersion: Int) {\n    updateRegion(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...RegionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEntries(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        operation\n        entity\n        entityId\n        changes\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditEntries(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        operation\n        entity\n        entityId\n        changes\n        createdAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUserOptions {\n    members(first: 100) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditUserOptions {\n    members(first: 100) {\n      nodes {\n        id\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    role\n    regionIds\n    regions {\n      id\n      name\n    }\n    active\n    version\n    createdAt\n    user {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    role\n    regionIds\n    regions {\n      id\n      name\n    }\n    active\n    version\n    createdAt\n    user {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    members(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...MemberFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: MemberFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    members(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...MemberFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      member {\n        ...MemberFields\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!, $expectedVersion: Int) {\n    updateMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!, $expectedVersion: Int) {\n    updateMember(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    role\n    regionIds\n    user {\n      id\n      email\n      displayName\n    }\n    tenant {\n      id\n      slug\n      name\n    }\n    regions {\n      id\n      name\n    }\n    tenants {\n      slug\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    role\n    regionIds\n    user {\n      id\n      email\n      displayName\n    }\n    tenant {\n      id\n      slug\n      name\n    }\n    regions {\n      id\n      name\n    }\n    tenants {\n      slug\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $tenantSlug: String) {\n    login(email: $email, password: $password, tenantSlug: $tenantSlug) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $tenantSlug: String) {\n    login(email: $email, password: $password, tenantSlug: $tenantSlug) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;