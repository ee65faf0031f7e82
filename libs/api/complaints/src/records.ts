import { Complaint, ComplaintAction, ComplaintDiscussion, Project } from '@pinzhi/db';
import { COMPLAINT_READERS } from '@pinzhi/domain';
import { entityRecordKind, ForbiddenError, type RecordKind, type SearchProvider } from '@pinzhi/api-core';
import type { ComplaintsService } from './complaints.service';

export function complaintRecordKinds(complaints: ComplaintsService): RecordKind[] {
  return [
    entityRecordKind(
      'Complaint',
      Complaint,
      (c) => ({ name: c.title, page: 'Complaint', pageId: c.id }),
      async (ctx, id) => {
        // The same rule as the complaint(id) query: readers only, then the region check in get().
        if (!(COMPLAINT_READERS as readonly string[]).includes(ctx.user.role)) throw new ForbiddenError();
        return complaints.get(ctx, id);
      },
    ),
    entityRecordKind('ComplaintAction', ComplaintAction, async (a, ctx) => {
      const c = await ctx.loaders.entity(Complaint).load(a.complaintId);
      return { name: a.description, page: 'Complaint', pageId: c?.id ?? a.complaintId };
    }),
    entityRecordKind('ComplaintDiscussion', ComplaintDiscussion, (d) => ({ name: d.heldOn, page: 'Complaint', pageId: d.complaintId })),
  ];
}

export function complaintSearch(complaints: ComplaintsService): SearchProvider[] {
  return [
    {
      kind: 'COMPLAINT',
      async search(ctx, text, first) {
        // The complaints(…) query's role rule (it is on the resolver, not in the service).
        if (!(COMPLAINT_READERS as readonly string[]).includes(ctx.user.role)) return null;
        const page = await complaints.list(ctx, { first, filter: { search: text } });
        const projects = await ctx.loaders.entity(Project).loadMany(page.nodes.map((c) => c.projectId));
        return {
          total: page.totalCount,
          hits: page.nodes.map((c, n) => {
            const p = projects[n];
            return {
              id: c.id,
              title: c.title,
              subtitle: p && !(p instanceof Error) ? p.name : null,
              page: 'Complaint' as const,
              pageId: c.id,
            };
          }),
        };
      },
    },
  ];
}
