// Placeholder: the project's inspection-plan screen lands with the next change.
export default function ProjectInspectionPlanTab(_props: { projectId: string }) {
  return null;
}
