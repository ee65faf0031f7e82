import { Employee, InspectionItemResult, Position, Project, Standard, type TenantDb } from '@pinzhi/db';
import { requireFindingsRetraining } from '@pinzhi/api-training';
import { chargeProblem, localDateIn, type Gender } from '@pinzhi/domain';

/** The hair standard of the conduct rules: "security guards ≤ 5 cm" (men only, guards only). */
const HAIR = 'CON-HAI-03';
/** Other findings charged to people besides the hair guard (one per project at most). */
const OTHERS = 4;

/**
 * 扣分到人 demo: the two latest failed hair items of one project are charged to one of its male
 * guards — charged twice, so the conduct course that teaches the standard is required of him
 * again (a FINDINGS requirement, through training's listener as a submission would) — and a
 * few other recent failures are charged to eligible employees. Uses the failures the history
 * already has (nothing rescored), so every figure of the demo stays as it was.
 */
export async function seedChargedFindings(db: TenantDb, now: Date): Promise<void> {
  const hair = await db.repo(Standard).findOne({ code: HAIR });
  const employees = (await db.repo(Employee).find())
    .filter((e) => e.active)
    .sort((a, b) => (a.employeeNo ?? '').localeCompare(b.employeeNo ?? ''));
  const positions = new Map((await db.repo(Position).find()).map((p) => [p.id, p]));
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.id, p]));
  const fails = (await db.repo(InspectionItemResult).query('r').andWhere("r.result = 'FAIL'").getMany()).sort(
    (a, b) => b.localDate.localeCompare(a.localDate) || b.submittedAt.getTime() - a.submittedAt.getTime() || a.id.localeCompare(b.id),
  );
  const standards = new Map((await db.repo(Standard).findByIds([...new Set(fails.map((f) => f.standardId))])).map((s) => [s.id, s]));
  const candidate = (e: Employee) => ({
    active: e.active,
    projectId: e.projectId,
    positionCode: positions.get(e.positionId)?.code ?? null,
    gender: e.gender as Gender | null,
  });
  const eligible = (r: InspectionItemResult) => {
    const s = standards.get(r.standardId);
    return s ? employees.filter((e) => !chargeProblem(candidate(e), s, r.projectId)) : [];
  };
  const charge = async (r: InspectionItemResult, e: Employee) => {
    await db.repo(InspectionItemResult).updateByIds([r.id], { employeeId: e.id });
    r.employeeId = e.id;
  };
  let guard: Employee | null = null;
  if (hair) {
    // The project with the most hair failures and a guard to charge them to.
    const byProject = new Map<string, InspectionItemResult[]>();
    for (const r of fails.filter((f) => f.standardId === hair.id && eligible(f).length))
      byProject.set(r.projectId, [...(byProject.get(r.projectId) ?? []), r]);
    const best = [...byProject.values()]
      .filter((rs) => rs.length >= 2)
      .sort(
        (a, b) =>
          b.length - a.length || (projects.get(a[0]!.projectId)?.code ?? '').localeCompare(projects.get(b[0]!.projectId)?.code ?? ''),
      )[0];
    if (best) {
      const [latest, earlier] = best;
      guard = eligible(latest!)[0]!;
      await charge(earlier!, guard);
      await charge(latest!, guard);
      await requireFindingsRetraining(db, {
        findings: [{ employeeId: guard.id, standardId: hair.id }],
        localDate: localDateIn(now, 'Asia/Shanghai'),
      });
    }
  }
  const used = new Set<string>([...(guard ? [guard.id] : [])]);
  const projectsDone = new Set<string>();
  let others = 0;
  for (const r of fails) {
    if (others >= OTHERS) break;
    if (r.employeeId || r.standardId === hair?.id || projectsDone.has(`${r.projectId}/${r.standardId}`)) continue;
    const who = eligible(r).find((e) => !used.has(e.id));
    if (!who) continue;
    await charge(r, who);
    used.add(who.id);
    projectsDone.add(`${r.projectId}/${r.standardId}`);
    others++;
  }
}
