import { Complaint, ComplaintAction, ComplaintDiscussion } from '@pinzhi/db';
import { COMPLAINT_READERS } from '@pinzhi/domain';
import { entityRecordKind, ForbiddenError, type RecordKind } from '@pinzhi/api-core';
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
