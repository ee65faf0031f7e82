// 巡检点与巡逻路线: patrol points (each with a QR code), routes (an ordered set of points with a
// schedule from inspection planning) and patrol runs. The rules here are pure and shared by the
// API and the field app, so the phone flags a missed or out-of-order point the same way the
// server stores it.
import type { Role } from './roles';

export const PATROL_RULES = {
  pointName: { min: 1, max: 60 },
  locationHint: { max: 200 },
  /** Quick-check items (standards) asked at a point. */
  quickChecksPerPoint: { max: 10 },
  routeName: { min: 1, max: 60 },
  pointsPerRoute: { min: 1, max: 50 },
  note: { max: 500 },
  photosPerPoint: { max: 5 },
  /** Device scan times may be this far ahead of the server clock … */
  clockSkewMinutes: { max: 10 },
  /** … and at most this old when the run reaches the server (a phone offline for days). */
  scannedDaysAgo: { max: 7 },
  /** The secret printed in a point's QR link (base32). */
  tagLength: 10,
} as const;

/** Who sets up patrol points and routes and their schedules; REGIONAL_OPS within their regions, a 项目经理 in his projects. */
export const PATROL_MANAGERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'PROJECT_MANAGER'];

/**
 * Who may walk a route that is not from a plan (an unscheduled run). A planned run is for whoever
 * the occurrence assignment allows (its assignee, holders of its assignee role, planners).
 * Project roles patrol their own projects (their data scope).
 */
export const PATROLLERS: readonly Role[] = [
  'TENANT_ADMIN',
  'QUALITY_CENTER',
  'REGIONAL_OPS',
  'INSPECTOR',
  'PROJECT_MANAGER',
  'PROJECT_STAFF',
];

/** Who reads patrol reports (routes by day, monthly coverage), within their data scope. */
export const PATROL_REPORT_READERS: readonly Role[] = [
  'TENANT_ADMIN',
  'QUALITY_CENTER',
  'REGIONAL_OPS',
  'VIEWER',
  'MARKETING_CS',
  'HR',
  'PROJECT_MANAGER',
];

export const QUICK_CHECK_RESULTS = ['PASS', 'FAIL'] as const;
export type QuickCheckResult = (typeof QUICK_CHECK_RESULTS)[number];

/** DONE = scanned in the window; LATE = scanned after the window closed; MISSED = not scanned. */
export const PATROL_POINT_OUTCOMES = ['DONE', 'LATE', 'MISSED'] as const;
export type PatrolPointOutcome = (typeof PATROL_POINT_OUTCOMES)[number];

export interface PatrolScan {
  pointId: string;
  scannedAt: Date;
}

export interface PatrolPointResult {
  pointId: string;
  /** 1-based place on the route. */
  position: number;
  scannedAt: Date | null;
  /** 1-based order in which it was scanned; null when missed. */
  scanOrder: number | null;
  outcome: PatrolPointOutcome;
  /** Scanned after a point that comes later on the route. */
  outOfOrder: boolean;
}

export interface PatrolCounts {
  planned: number;
  done: number;
  late: number;
  missed: number;
  outOfOrder: number;
}

/**
 * The outcome of each point of a route for a run's scans. A point scanned twice counts at its
 * first scan; scans of points not on the route are ignored (the API refuses them). A scan is out
 * of order when a point further along the route was scanned before it ("B after C, though B
 * comes first"). With a window (a planned run), a scan after it is LATE.
 */
export function patrolOutcomes(
  routePointIds: readonly string[],
  scans: readonly PatrolScan[],
  windowEndsAt: Date | null,
): PatrolPointResult[] {
  const position = new Map(routePointIds.map((id, i) => [id, i + 1]));
  const first = new Map<string, Date>();
  for (const s of [...scans].sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime())) {
    if (position.has(s.pointId) && !first.has(s.pointId)) first.set(s.pointId, s.scannedAt);
  }
  const ordered = [...first.entries()].sort((a, b) => a[1].getTime() - b[1].getTime());
  const scanOrder = new Map<string, number>();
  const outOfOrder = new Set<string>();
  let furthest = 0;
  ordered.forEach(([id], i) => {
    scanOrder.set(id, i + 1);
    const p = position.get(id)!;
    if (p < furthest) outOfOrder.add(id);
    furthest = Math.max(furthest, p);
  });
  return routePointIds.map((pointId, i) => {
    const at = first.get(pointId) ?? null;
    const outcome: PatrolPointOutcome = !at ? 'MISSED' : windowEndsAt && at > windowEndsAt ? 'LATE' : 'DONE';
    return {
      pointId,
      position: i + 1,
      scannedAt: at,
      scanOrder: scanOrder.get(pointId) ?? null,
      outcome,
      outOfOrder: outOfOrder.has(pointId),
    };
  });
}

export function patrolCounts(results: readonly Pick<PatrolPointResult, 'outcome' | 'outOfOrder'>[]): PatrolCounts {
  return {
    planned: results.length,
    done: results.filter((r) => r.outcome === 'DONE').length,
    late: results.filter((r) => r.outcome === 'LATE').length,
    missed: results.filter((r) => r.outcome === 'MISSED').length,
    outOfOrder: results.filter((r) => r.outOfOrder).length,
  };
}

/** Share of planned points that were scanned (on time or late), in percent with one decimal; null when nothing was planned. */
export function patrolCoverage(planned: number, scanned: number): number | null {
  if (planned <= 0) return null;
  return Math.round((Math.min(scanned, planned) / planned) * 1000) / 10;
}

/** The path a point's QR code holds: it opens the field app at that point (the tag proves the code was read). */
export function patrolPointPath(pointId: string, tag: string): string {
  return `/field/p/${encodeURIComponent(pointId)}?k=${encodeURIComponent(tag)}`;
}

/**
 * Reads a scanned QR text: a full link (any host: the code may have been printed by another
 * server address) or a path. Returns null for anything that is not a patrol point link.
 */
export function parsePatrolLink(text: string): { pointId: string; tag: string | null } | null {
  let url: URL;
  try {
    url = new URL(text.trim(), 'http://local.invalid');
  } catch {
    return null;
  }
  const m = /^\/field\/p\/([^/?#]+)\/?$/.exec(url.pathname);
  if (!m) return null;
  const pointId = decodeURIComponent(m[1]!);
  if (!/^[0-9a-fA-F-]{36}$/.test(pointId)) return null;
  return { pointId, tag: url.searchParams.get('k') };
}
