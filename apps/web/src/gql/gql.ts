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
    "\n  fragment HandbookVersionContent on HandbookVersion {\n    id\n    number\n    status\n    version\n    basedOnNumber\n    changeSummary\n    createdAt\n    updatedAt\n    publishedAt\n    publishedBy {\n      id\n      displayName\n      email\n    }\n    sections {\n      key\n      titleZh\n      titleEn\n      items {\n        key\n        requirementZh\n        requirementEn\n        score\n        note\n        standard {\n          ...StandardFields\n        }\n      }\n      frequencies {\n        key\n        taskZh\n        taskEn\n        zoneId\n        locationZh\n        rrule\n        note\n      }\n    }\n  }\n": typeof types.HandbookVersionContentFragmentDoc,
    "\n  fragment HandbookHeader on Handbook {\n    id\n    kind\n    name\n    format\n    latestNumber\n    updatedAt\n    sourceTemplate {\n      id\n      name\n      format\n    }\n    project {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        name\n        format\n        zones {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HandbookHeaderFragmentDoc,
    "\n  query Handbook($id: ID!) {\n    handbook(id: $id) {\n      ...HandbookHeader\n      latest {\n        ...HandbookVersionContent\n      }\n      draft {\n        ...HandbookVersionContent\n      }\n      versions {\n        id\n        number\n        createdAt\n        publishedAt\n        changeSummary\n        publishedBy {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.HandbookDocument,
    "\n  query HandbookVersion($id: ID!) {\n    handbookVersion(id: $id) {\n      ...HandbookVersionContent\n    }\n  }\n": typeof types.HandbookVersionDocument,
    "\n  fragment DiffEntryFields on DiffEntry {\n    key\n    label\n    sectionKey\n    sectionTitle\n    changes {\n      field\n      from\n      to\n    }\n  }\n": typeof types.DiffEntryFieldsFragmentDoc,
    "\n  fragment DiffPartFields on DiffPart {\n    added {\n      ...DiffEntryFields\n    }\n    removed {\n      ...DiffEntryFields\n    }\n    changed {\n      ...DiffEntryFields\n    }\n  }\n": typeof types.DiffPartFieldsFragmentDoc,
    "\n  query HandbookDiff($handbookId: ID!, $fromNumber: Int!, $toNumber: Int) {\n    handbookDiff(handbookId: $handbookId, fromNumber: $fromNumber, toNumber: $toNumber) {\n      fromNumber\n      toNumber\n      sections {\n        ...DiffPartFields\n      }\n      items {\n        ...DiffPartFields\n      }\n      frequencies {\n        ...DiffPartFields\n      }\n    }\n  }\n": typeof types.HandbookDiffDocument,
    "\n  query HandbookTemplates($filter: HandbookFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    handbooks(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        kind\n        name\n        format\n        latestNumber\n        updatedAt\n        draft {\n          id\n          updatedAt\n        }\n        latest {\n          id\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.HandbookTemplatesDocument,
    "\n  query ProjectHandbook($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        format\n      }\n      handbook {\n        id\n        latestNumber\n      }\n    }\n  }\n": typeof types.ProjectHandbookDocument,
    "\n  mutation CreateHandbookTemplate($input: HandbookTemplateInput!) {\n    createHandbookTemplate(input: $input) {\n      id\n      name\n      format\n      latestNumber\n    }\n  }\n": typeof types.CreateHandbookTemplateDocument,
    "\n  mutation CreateProjectHandbook($projectId: ID!, $templateId: ID) {\n    createProjectHandbook(projectId: $projectId, templateId: $templateId) {\n      id\n      latestNumber\n    }\n  }\n": typeof types.CreateProjectHandbookDocument,
    "\n  mutation StartHandbookDraft($handbookId: ID!) {\n    startHandbookDraft(handbookId: $handbookId) {\n      ...HandbookVersionContent\n    }\n  }\n": typeof types.StartHandbookDraftDocument,
    "\n  mutation SaveHandbookDraft($handbookId: ID!, $input: HandbookDraftInput!, $expectedVersion: Int!) {\n    saveHandbookDraft(handbookId: $handbookId, input: $input, expectedVersion: $expectedVersion) {\n      ...HandbookVersionContent\n    }\n  }\n": typeof types.SaveHandbookDraftDocument,
    "\n  mutation PublishHandbook($handbookId: ID!, $changeSummary: String!, $expectedVersion: Int!) {\n    publishHandbook(handbookId: $handbookId, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      version\n      changeSummary\n      publishedAt\n    }\n  }\n": typeof types.PublishHandbookDocument,
    "\n  mutation DiscardHandbookDraft($handbookId: ID!) {\n    discardHandbookDraft(handbookId: $handbookId) {\n      id\n      latestNumber\n    }\n  }\n": typeof types.DiscardHandbookDraftDocument,
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
    "\n  fragment StandardFields on Standard {\n    id\n    code\n    category\n    titleZh\n    titleEn\n    requirementZh\n    requirementEn\n    positions\n    condition\n    checkMethod\n    defaultScore\n    critical\n    formats\n    source\n    archivedAt\n    updatedAt\n    version\n  }\n": typeof types.StandardFieldsFragmentDoc,
    "\n  query Standards($filter: StandardFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    standards(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...StandardFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.StandardsDocument,
    "\n  mutation CreateStandard($input: StandardInput!) {\n    createStandard(input: $input) {\n      ...StandardFields\n    }\n  }\n": typeof types.CreateStandardDocument,
    "\n  mutation UpdateStandard($id: ID!, $input: StandardInput!, $expectedVersion: Int) {\n    updateStandard(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...StandardFields\n    }\n  }\n": typeof types.UpdateStandardDocument,
    "\n  mutation ArchiveStandard($id: ID!) {\n    archiveStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n": typeof types.ArchiveStandardDocument,
    "\n  mutation RestoreStandard($id: ID!) {\n    restoreStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n": typeof types.RestoreStandardDocument,
    "\n  mutation ImportStandards($fileBase64: String!, $dryRun: Boolean!) {\n    importStandards(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      rows\n      created\n      updated\n      errors {\n        row\n        column\n        field\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportStandardsDocument,
    "\n  fragment MeFields on Me {\n    role\n    regionIds\n    user {\n      id\n      email\n      displayName\n    }\n    tenant {\n      id\n      slug\n      name\n    }\n    regions {\n      id\n      name\n    }\n    tenants {\n      slug\n      name\n      role\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!, $tenantSlug: String) {\n    login(email: $email, password: $password, tenantSlug: $tenantSlug) {\n      token\n      expiresAt\n      me {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Dashboard {\n    allProjects: projects(first: 1) {\n      totalCount\n    }\n    operating: projects(first: 1, filter: { stage: OPERATING }) {\n      totalCount\n    }\n    prospect: projects(first: 1, filter: { stage: PROSPECT }) {\n      totalCount\n    }\n    survey: projects(first: 1, filter: { stage: SURVEY }) {\n      totalCount\n    }\n    proposal: projects(first: 1, filter: { stage: PROPOSAL }) {\n      totalCount\n    }\n    takeover: projects(first: 1, filter: { stage: TAKEOVER }) {\n      totalCount\n    }\n    regions(first: 1) {\n      totalCount\n    }\n    recent: projects(first: 6, sort: { field: UPDATED_AT, direction: DESC }) {\n      nodes {\n        id\n        code\n        name\n        stage\n        timeZone\n        updatedAt\n        region {\n          id\n          name\n        }\n        property {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment HandbookVersionContent on HandbookVersion {\n    id\n    number\n    status\n    version\n    basedOnNumber\n    changeSummary\n    createdAt\n    updatedAt\n    publishedAt\n    publishedBy {\n      id\n      displayName\n      email\n    }\n    sections {\n      key\n      titleZh\n      titleEn\n      items {\n        key\n        requirementZh\n        requirementEn\n        score\n        note\n        standard {\n          ...StandardFields\n        }\n      }\n      frequencies {\n        key\n        taskZh\n        taskEn\n        zoneId\n        locationZh\n        rrule\n        note\n      }\n    }\n  }\n": types.HandbookVersionContentFragmentDoc,
    "\n  fragment HandbookHeader on Handbook {\n    id\n    kind\n    name\n    format\n    latestNumber\n    updatedAt\n    sourceTemplate {\n      id\n      name\n      format\n    }\n    project {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        name\n        format\n        zones {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HandbookHeaderFragmentDoc,
    "\n  query Handbook($id: ID!) {\n    handbook(id: $id) {\n      ...HandbookHeader\n      latest {\n        ...HandbookVersionContent\n      }\n      draft {\n        ...HandbookVersionContent\n      }\n      versions {\n        id\n        number\n        createdAt\n        publishedAt\n        changeSummary\n        publishedBy {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.HandbookDocument,
    "\n  query HandbookVersion($id: ID!) {\n    handbookVersion(id: $id) {\n      ...HandbookVersionContent\n    }\n  }\n": types.HandbookVersionDocument,
    "\n  fragment DiffEntryFields on DiffEntry {\n    key\n    label\n    sectionKey\n    sectionTitle\n    changes {\n      field\n      from\n      to\n    }\n  }\n": types.DiffEntryFieldsFragmentDoc,
    "\n  fragment DiffPartFields on DiffPart {\n    added {\n      ...DiffEntryFields\n    }\n    removed {\n      ...DiffEntryFields\n    }\n    changed {\n      ...DiffEntryFields\n    }\n  }\n": types.DiffPartFieldsFragmentDoc,
    "\n  query HandbookDiff($handbookId: ID!, $fromNumber: Int!, $toNumber: Int) {\n    handbookDiff(handbookId: $handbookId, fromNumber: $fromNumber, toNumber: $toNumber) {\n      fromNumber\n      toNumber\n      sections {\n        ...DiffPartFields\n      }\n      items {\n        ...DiffPartFields\n      }\n      frequencies {\n        ...DiffPartFields\n      }\n    }\n  }\n": types.HandbookDiffDocument,
    "\n  query HandbookTemplates($filter: HandbookFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    handbooks(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        kind\n        name\n        format\n        latestNumber\n        updatedAt\n        draft {\n          id\n          updatedAt\n        }\n        latest {\n          id\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.HandbookTemplatesDocument,
    "\n  query ProjectHandbook($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        format\n      }\n      handbook {\n        id\n        latestNumber\n      }\n    }\n  }\n": types.ProjectHandbookDocument,
    "\n  mutation CreateHandbookTemplate($input: HandbookTemplateInput!) {\n    createHandbookTemplate(input: $input) {\n      id\n      name\n      format\n      latestNumber\n    }\n  }\n": types.CreateHandbookTemplateDocument,
    "\n  mutation CreateProjectHandbook($projectId: ID!, $templateId: ID) {\n    createProjectHandbook(projectId: $projectId, templateId: $templateId) {\n      id\n      latestNumber\n    }\n  }\n": types.CreateProjectHandbookDocument,
    "\n  mutation StartHandbookDraft($handbookId: ID!) {\n    startHandbookDraft(handbookId: $handbookId) {\n      ...HandbookVersionContent\n    }\n  }\n": types.StartHandbookDraftDocument,
    "\n  mutation SaveHandbookDraft($handbookId: ID!, $input: HandbookDraftInput!, $expectedVersion: Int!) {\n    saveHandbookDraft(handbookId: $handbookId, input: $input, expectedVersion: $expectedVersion) {\n      ...HandbookVersionContent\n    }\n  }\n": types.SaveHandbookDraftDocument,
    "\n  mutation PublishHandbook($handbookId: ID!, $changeSummary: String!, $expectedVersion: Int!) {\n    publishHandbook(handbookId: $handbookId, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      version\n      changeSummary\n      publishedAt\n    }\n  }\n": types.PublishHandbookDocument,
    "\n  mutation DiscardHandbookDraft($handbookId: ID!) {\n    discardHandbookDraft(handbookId: $handbookId) {\n      id\n      latestNumber\n    }\n  }\n": types.DiscardHandbookDraftDocument,
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
    "\n  fragment StandardFields on Standard {\n    id\n    code\n    category\n    titleZh\n    titleEn\n    requirementZh\n    requirementEn\n    positions\n    condition\n    checkMethod\n    defaultScore\n    critical\n    formats\n    source\n    archivedAt\n    updatedAt\n    version\n  }\n": types.StandardFieldsFragmentDoc,
    "\n  query Standards($filter: StandardFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    standards(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...StandardFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.StandardsDocument,
    "\n  mutation CreateStandard($input: StandardInput!) {\n    createStandard(input: $input) {\n      ...StandardFields\n    }\n  }\n": types.CreateStandardDocument,
    "\n  mutation UpdateStandard($id: ID!, $input: StandardInput!, $expectedVersion: Int) {\n    updateStandard(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...StandardFields\n    }\n  }\n": types.UpdateStandardDocument,
    "\n  mutation ArchiveStandard($id: ID!) {\n    archiveStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n": types.ArchiveStandardDocument,
    "\n  mutation RestoreStandard($id: ID!) {\n    restoreStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n": types.RestoreStandardDocument,
    "\n  mutation ImportStandards($fileBase64: String!, $dryRun: Boolean!) {\n    importStandards(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      rows\n      created\n      updated\n      errors {\n        row\n        column\n        field\n        reason\n        message\n      }\n    }\n  }\n": types.ImportStandardsDocument,
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
export function graphql(source: "\n  fragment HandbookVersionContent on HandbookVersion {\n    id\n    number\n    status\n    version\n    basedOnNumber\n    changeSummary\n    createdAt\n    updatedAt\n    publishedAt\n    publishedBy {\n      id\n      displayName\n      email\n    }\n    sections {\n      key\n      titleZh\n      titleEn\n      items {\n        key\n        requirementZh\n        requirementEn\n        score\n        note\n        standard {\n          ...StandardFields\n        }\n      }\n      frequencies {\n        key\n        taskZh\n        taskEn\n        zoneId\n        locationZh\n        rrule\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HandbookVersionContent on HandbookVersion {\n    id\n    number\n    status\n    version\n    basedOnNumber\n    changeSummary\n    createdAt\n    updatedAt\n    publishedAt\n    publishedBy {\n      id\n      displayName\n      email\n    }\n    sections {\n      key\n      titleZh\n      titleEn\n      items {\n        key\n        requirementZh\n        requirementEn\n        score\n        note\n        standard {\n          ...StandardFields\n        }\n      }\n      frequencies {\n        key\n        taskZh\n        taskEn\n        zoneId\n        locationZh\n        rrule\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandbookHeader on Handbook {\n    id\n    kind\n    name\n    format\n    latestNumber\n    updatedAt\n    sourceTemplate {\n      id\n      name\n      format\n    }\n    project {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        name\n        format\n        zones {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HandbookHeader on Handbook {\n    id\n    kind\n    name\n    format\n    latestNumber\n    updatedAt\n    sourceTemplate {\n      id\n      name\n      format\n    }\n    project {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        name\n        format\n        zones {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Handbook($id: ID!) {\n    handbook(id: $id) {\n      ...HandbookHeader\n      latest {\n        ...HandbookVersionContent\n      }\n      draft {\n        ...HandbookVersionContent\n      }\n      versions {\n        id\n        number\n        createdAt\n        publishedAt\n        changeSummary\n        publishedBy {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Handbook($id: ID!) {\n    handbook(id: $id) {\n      ...HandbookHeader\n      latest {\n        ...HandbookVersionContent\n      }\n      draft {\n        ...HandbookVersionContent\n      }\n      versions {\n        id\n        number\n        createdAt\n        publishedAt\n        changeSummary\n        publishedBy {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandbookVersion($id: ID!) {\n    handbookVersion(id: $id) {\n      ...HandbookVersionContent\n    }\n  }\n"): (typeof documents)["\n  query HandbookVersion($id: ID!) {\n    handbookVersion(id: $id) {\n      ...HandbookVersionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiffEntryFields on DiffEntry {\n    key\n    label\n    sectionKey\n    sectionTitle\n    changes {\n      field\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  fragment DiffEntryFields on DiffEntry {\n    key\n    label\n    sectionKey\n    sectionTitle\n    changes {\n      field\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DiffPartFields on DiffPart {\n    added {\n      ...DiffEntryFields\n    }\n    removed {\n      ...DiffEntryFields\n    }\n    changed {\n      ...DiffEntryFields\n    }\n  }\n"): (typeof documents)["\n  fragment DiffPartFields on DiffPart {\n    added {\n      ...DiffEntryFields\n    }\n    removed {\n      ...DiffEntryFields\n    }\n    changed {\n      ...DiffEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandbookDiff($handbookId: ID!, $fromNumber: Int!, $toNumber: Int) {\n    handbookDiff(handbookId: $handbookId, fromNumber: $fromNumber, toNumber: $toNumber) {\n      fromNumber\n      toNumber\n      sections {\n        ...DiffPartFields\n      }\n      items {\n        ...DiffPartFields\n      }\n      frequencies {\n        ...DiffPartFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HandbookDiff($handbookId: ID!, $fromNumber: Int!, $toNumber: Int) {\n    handbookDiff(handbookId: $handbookId, fromNumber: $fromNumber, toNumber: $toNumber) {\n      fromNumber\n      toNumber\n      sections {\n        ...DiffPartFields\n      }\n      items {\n        ...DiffPartFields\n      }\n      frequencies {\n        ...DiffPartFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandbookTemplates($filter: HandbookFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    handbooks(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        kind\n        name\n        format\n        latestNumber\n        updatedAt\n        draft {\n          id\n          updatedAt\n        }\n        latest {\n          id\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HandbookTemplates($filter: HandbookFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    handbooks(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        id\n        kind\n        name\n        format\n        latestNumber\n        updatedAt\n        draft {\n          id\n          updatedAt\n        }\n        latest {\n          id\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHandbook($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        format\n      }\n      handbook {\n        id\n        latestNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectHandbook($id: ID!) {\n    project(id: $id) {\n      id\n      code\n      name\n      timeZone\n      property {\n        id\n        format\n      }\n      handbook {\n        id\n        latestNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHandbookTemplate($input: HandbookTemplateInput!) {\n    createHandbookTemplate(input: $input) {\n      id\n      name\n      format\n      latestNumber\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHandbookTemplate($input: HandbookTemplateInput!) {\n    createHandbookTemplate(input: $input) {\n      id\n      name\n      format\n      latestNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProjectHandbook($projectId: ID!, $templateId: ID) {\n    createProjectHandbook(projectId: $projectId, templateId: $templateId) {\n      id\n      latestNumber\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProjectHandbook($projectId: ID!, $templateId: ID) {\n    createProjectHandbook(projectId: $projectId, templateId: $templateId) {\n      id\n      latestNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHandbookDraft($handbookId: ID!) {\n    startHandbookDraft(handbookId: $handbookId) {\n      ...HandbookVersionContent\n    }\n  }\n"): (typeof documents)["\n  mutation StartHandbookDraft($handbookId: ID!) {\n    startHandbookDraft(handbookId: $handbookId) {\n      ...HandbookVersionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveHandbookDraft($handbookId: ID!, $input: HandbookDraftInput!, $expectedVersion: Int!) {\n    saveHandbookDraft(handbookId: $handbookId, input: $input, expectedVersion: $expectedVersion) {\n      ...HandbookVersionContent\n    }\n  }\n"): (typeof documents)["\n  mutation SaveHandbookDraft($handbookId: ID!, $input: HandbookDraftInput!, $expectedVersion: Int!) {\n    saveHandbookDraft(handbookId: $handbookId, input: $input, expectedVersion: $expectedVersion) {\n      ...HandbookVersionContent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishHandbook($handbookId: ID!, $changeSummary: String!, $expectedVersion: Int!) {\n    publishHandbook(handbookId: $handbookId, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      version\n      changeSummary\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishHandbook($handbookId: ID!, $changeSummary: String!, $expectedVersion: Int!) {\n    publishHandbook(handbookId: $handbookId, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {\n      id\n      number\n      status\n      version\n      changeSummary\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardHandbookDraft($handbookId: ID!) {\n    discardHandbookDraft(handbookId: $handbookId) {\n      id\n      latestNumber\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardHandbookDraft($handbookId: ID!) {\n    discardHandbookDraft(handbookId: $handbookId) {\n      id\n      latestNumber\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment StandardFields on Standard {\n    id\n    code\n    category\n    titleZh\n    titleEn\n    requirementZh\n    requirementEn\n    positions\n    condition\n    checkMethod\n    defaultScore\n    critical\n    formats\n    source\n    archivedAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment StandardFields on Standard {\n    id\n    code\n    category\n    titleZh\n    titleEn\n    requirementZh\n    requirementEn\n    positions\n    condition\n    checkMethod\n    defaultScore\n    critical\n    formats\n    source\n    archivedAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Standards($filter: StandardFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    standards(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...StandardFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Standards($filter: StandardFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    standards(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      nodes {\n        ...StandardFields\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandard($input: StandardInput!) {\n    createStandard(input: $input) {\n      ...StandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStandard($input: StandardInput!) {\n    createStandard(input: $input) {\n      ...StandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStandard($id: ID!, $input: StandardInput!, $expectedVersion: Int) {\n    updateStandard(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...StandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStandard($id: ID!, $input: StandardInput!, $expectedVersion: Int) {\n    updateStandard(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...StandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveStandard($id: ID!) {\n    archiveStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveStandard($id: ID!) {\n    archiveStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreStandard($id: ID!) {\n    restoreStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreStandard($id: ID!) {\n    restoreStandard(id: $id) {\n      ...StandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStandards($fileBase64: String!, $dryRun: Boolean!) {\n    importStandards(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      rows\n      created\n      updated\n      errors {\n        row\n        column\n        field\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStandards($fileBase64: String!, $dryRun: Boolean!) {\n    importStandards(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      rows\n      created\n      updated\n      errors {\n        row\n        column\n        field\n        reason\n        message\n      }\n    }\n  }\n"];
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