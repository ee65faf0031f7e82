import { ComplaintActionResolver, ComplaintDiscussionResolver, ComplaintEventResolver, ComplaintResolver } from './complaints.resolver';
import { ComplaintsService } from './complaints.service';
import { complaintRecordKinds, complaintSearch } from './records';

export * from './types';
export { ComplaintsService } from './complaints.service';

/** Major complaints, disputes and technical problems (重大投诉/纠纷/技术问题). */
export function complaintsModule() {
  const complaints = new ComplaintsService();
  return {
    records: complaintRecordKinds(complaints),
    search: complaintSearch(complaints),
    complaints,
    resolvers: [ComplaintResolver, ComplaintDiscussionResolver, ComplaintActionResolver, ComplaintEventResolver] as const,
    instances: [
      new ComplaintResolver(complaints),
      new ComplaintDiscussionResolver(),
      new ComplaintActionResolver(),
      new ComplaintEventResolver(),
    ],
  };
}
