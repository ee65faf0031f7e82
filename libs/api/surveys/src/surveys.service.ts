import { randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  Handbook,
  HandbookRevisionProposal,
  StaleVersionError,
  UniqueViolationError,
  Project,
  SurveyQuestionnaire,
  SurveyResponse,
  SurveyRound,
  SurveyTicket,
  paginate,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RateLimiter,
  type RateLimits,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { canSeeProject, limitToScope, seesWholeCompany } from '@pinzhi/api-core';
import {
  SURVEY_CHANNELS,
  SURVEY_OWNERS,
  SURVEY_READERS,
  SURVEY_RULES,
  answerProblems,
  localDateIn,
  normaliseAnswers,
  questionnaireProblems,
  surveyRoundState,
  tally,
  type ProposalStatus,
  type SurveyAnswer,
  type SurveyChannel,
  type SurveyQuestion,
} from '@pinzhi/domain';
import type { HandbookProposalInput, HandbookProposalsArgs, QuestionnaireInput, SurveyRoundInput, SurveyRoundsArgs } from './inputs';
import { SurveyRoundSortField, HandbookProposalSortField } from './inputs';

/** Survey dates are calendar dates in China. */
export const SURVEY_TIME_ZONE = 'Asia/Shanghai';
const today = (ctx: { now: () => Date }) => localDateIn(ctx.now(), SURVEY_TIME_ZONE);

export function requireOwner(ctx: RequestContext): void {
  if (!SURVEY_OWNERS.includes(ctx.user.role))
    throw new ForbiddenError('Only the Quality Center or a tenant admin may run customer surveys');
}
function requireReader(ctx: RequestContext): void {
  if (!SURVEY_READERS.includes(ctx.user.role)) throw new ForbiddenError('Your role cannot read customer surveys');
}

/** Why the public link refuses, with the message in both languages (the page shows the user's). */
export type PublicRefusal = 'NOT_FOUND' | 'NOT_OPEN' | 'CLOSED' | 'TOKEN_USED' | 'ALREADY_ANSWERED' | 'DEVICE_REQUIRED' | 'ADDRESS_LIMIT';
const REFUSALS: Record<PublicRefusal, { en: string; zh: string }> = {
  NOT_FOUND: { en: 'This survey link is not valid.', zh: '该问卷链接无效。' },
  NOT_OPEN: { en: 'This survey is not open yet.', zh: '该问卷尚未开始。' },
  CLOSED: { en: 'This survey has closed. Thank you for your interest.', zh: '该问卷已结束，感谢您的关注。' },
  TOKEN_USED: {
    en: 'This survey code has already been used. Each code can be used once.',
    zh: '该问卷码已被使用，每个问卷码只能填写一次。',
  },
  ALREADY_ANSWERED: {
    en: 'You have already filled in this survey on this device. Thank you!',
    zh: '您已在此设备上填写过本问卷，感谢您的参与！',
  },
  DEVICE_REQUIRED: { en: 'Please open the link in a browser that allows storage.', zh: '请在允许本地存储的浏览器中打开链接。' },
  ADDRESS_LIMIT: {
    en: 'Many responses to this survey have already come from your network, so it cannot take more from it. Please ask the sales staff for a personal survey code.',
    zh: '您所在网络提交的本问卷答卷已达上限，暂时无法继续提交。请向案场工作人员索取个人问卷码后填写。',
  },
};
export function refusal(reason: PublicRefusal): GraphQLError {
  return new GraphQLError(REFUSALS[reason].en, { extensions: { code: 'SURVEY_UNAVAILABLE', reason, messageZh: REFUSALS[reason].zh } });
}

/** How the public link finds a round's tenant (the composition root: cross-tenant by round id only). */
export type RoundTenantResolver = (roundId: string) => Promise<TenantDb | null>;

export interface PublicLimits {
  /** Public requests (open or submit) per client address per minute. */
  requestsPerMinute: number;
  /** Responses through a round's shared link from one client address, for the whole round. */
  responsesPerAddressPerRound: number;
}
export const DEFAULT_PUBLIC_LIMITS: PublicLimits = { requestsPerMinute: 30, responsesPerAddressPerRound: 20 };

const ROUND_ID = /^[0-9a-f-]{36}$/i;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function newCode(): string {
  return Array.from(randomBytes(10), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** Questionnaires, rounds, tickets, responses, tallies and handbook revision proposals. */
export class SurveysService {
  readonly #requests: RateLimiter;
  readonly #perRound: RateLimiter;

  constructor(
    private readonly roundTenant: RoundTenantResolver,
    rateLimits: RateLimits,
    limits: PublicLimits = DEFAULT_PUBLIC_LIMITS,
  ) {
    this.#requests = rateLimits.define({ name: 'survey:address', per: 'address', points: limits.requestsPerMinute, windowSeconds: 60 });
    // Stuffing the shared link: each device answers once, and each address at most this many times per round.
    this.#perRound = rateLimits.define({
      name: 'survey-round:address',
      per: 'address-and-round',
      points: limits.responsesPerAddressPerRound,
      windowSeconds: 90 * 86400,
    });
  }

  // ── questionnaires ───────────────────────────────────────────────────────
  questionnaires(ctx: RequestContext, includeArchived: boolean) {
    requireReader(ctx);
    const qb = ctx.db.repo(SurveyQuestionnaire).query('q');
    if (!includeArchived) qb.andWhere('q.archivedAt IS NULL');
    return qb.orderBy('q.title', 'ASC').take(200).getMany();
  }

  questionnaire(ctx: RequestContext, id: string) {
    requireReader(ctx);
    return ctx.db.repo(SurveyQuestionnaire).getById(id);
  }

  private questions(input: QuestionnaireInput): SurveyQuestion[] {
    const questions = input.questions.map((q) => ({
      key: q.key,
      kind: q.kind,
      text: q.text.trim(),
      textEn: q.textEn?.trim() || null,
      required: q.required,
      options: q.options.map((o) => ({ key: o.key, text: o.text.trim(), textEn: o.textEn?.trim() || null })),
    }));
    const problems = questionnaireProblems(questions);
    if (problems.length)
      throw new BadUserInputError(problems.map((p) => fieldError(['input', 'questions', String(p.index), p.field], p.reason, p.message)));
    return questions;
  }

  async saveQuestionnaire(ctx: RequestContext, id: string | null, input: QuestionnaireInput, expectedVersion?: number | null) {
    requireOwner(ctx);
    const questions = this.questions(input);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(SurveyQuestionnaire).getById(id) : null;
      if (before?.frozenAt)
        throw BadUserInputError.field(
          ['input', 'questions'],
          'INVALID_VALUE',
          'This questionnaire has responses and is frozen; copy it to change the questions',
        );
      const values = { title: input.title.trim(), titleEn: input.titleEn?.trim() || null, questions };
      const after = before
        ? await db.repo(SurveyQuestionnaire).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(SurveyQuestionnaire).insert({ ...values, frozenAt: null, archivedAt: null });
      await db.audit({
        operation: before ? 'updateQuestionnaire' : 'createQuestionnaire',
        entity: 'SurveyQuestionnaire',
        entityId: after.id,
        changes: changedFields(before, after, ['title', 'titleEn', 'questions']),
      });
      return after;
    });
  }

  async copyQuestionnaire(ctx: RequestContext, id: string) {
    requireOwner(ctx);
    return ctx.db.transaction(async (db) => {
      const from = await db.repo(SurveyQuestionnaire).getById(id);
      const title = `${from.title}（副本）`.slice(0, SURVEY_RULES.title.max);
      const after = await db.repo(SurveyQuestionnaire).insert({
        title,
        titleEn: from.titleEn ? `${from.titleEn} (copy)`.slice(0, SURVEY_RULES.title.max) : null,
        questions: from.questions,
        frozenAt: null,
        archivedAt: null,
      });
      await db.audit({
        operation: 'copyQuestionnaire',
        entity: 'SurveyQuestionnaire',
        entityId: after.id,
        changes: { copiedFrom: { from: null, to: from.id } },
      });
      return after;
    });
  }

  async archiveQuestionnaire(ctx: RequestContext, id: string) {
    requireOwner(ctx);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(SurveyQuestionnaire).getById(id);
      if (before.archivedAt) return before;
      const after = await db.repo(SurveyQuestionnaire).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archiveQuestionnaire',
        entity: 'SurveyQuestionnaire',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  // ── rounds ───────────────────────────────────────────────────────────────
  async rounds(ctx: RequestContext, args: SurveyRoundsArgs) {
    requireReader(ctx);
    checkPageArgs(args);
    const qb = ctx.db.repo(SurveyRound).query('r');
    if (args.projectId) qb.andWhere('r.projectId = :projectId', { projectId: args.projectId });
    if (!seesWholeCompany(ctx.user)) {
      qb.innerJoin(Project, 'p', 'p.id = r.projectId');
      limitToScope(qb, ctx.user, { project: 'p.id', region: 'p.regionId' });
    }
    const sort = sortOrder(SurveyRoundSortField, args.sort, { field: 'opensOn', direction: 'DESC' });
    const page = await paginate(qb, { ...args, alias: 'r', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  /** A round the caller may read (REGIONAL_OPS: their regions; otherwise NOT_FOUND). */
  async round(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<SurveyRound> {
    requireReader(ctx);
    const round = await db.repo(SurveyRound).getById(id);
    const project = await db.repo(Project).getById(round.projectId);
    if (!canSeeProject(ctx.user, project)) throw new NotFoundError('SurveyRound', id);
    return round;
  }

  state(ctx: { now: () => Date }, round: SurveyRound) {
    return surveyRoundState(round.opensOn, round.closesOn, round.closedAt, today(ctx));
  }

  private async checkRound(db: TenantDb, input: SurveyRoundInput, before: SurveyRound | null): Promise<void> {
    const errors: FieldError[] = [];
    const project = await db.repo(Project).findById(input.projectId);
    if (!project || project.archivedAt) errors.push(fieldError(['input', 'projectId'], 'NOT_FOUND', 'This project does not exist'));
    const q = await db.repo(SurveyQuestionnaire).findById(input.questionnaireId);
    if (!q || q.archivedAt) errors.push(fieldError(['input', 'questionnaireId'], 'NOT_FOUND', 'This questionnaire does not exist'));
    if (input.closesOn < input.opensOn)
      errors.push(fieldError(['input', 'closesOn'], 'DATE_ORDER', 'The round must close on or after the day it opens'));
    if (new Set(input.channels).size !== input.channels.length)
      errors.push(fieldError(['input', 'channels'], 'INVALID_VALUE', 'A channel is listed twice'));
    if (
      before &&
      (before.questionnaireId !== input.questionnaireId || before.projectId !== input.projectId) &&
      (await db.repo(SurveyResponse).exists({ roundId: before.id }))
    ) {
      errors.push(
        fieldError(['input', 'questionnaireId'], 'INVALID_VALUE', 'The round has responses; its project and questionnaire cannot change'),
      );
    }
    if (errors.length) throw new BadUserInputError(errors);
  }

  async saveRound(ctx: RequestContext, id: string | null, input: SurveyRoundInput, expectedVersion?: number | null) {
    requireOwner(ctx);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(SurveyRound).getById(id) : null;
      await this.checkRound(db, input, before);
      const linkSecret = input.sharedLink ? (before?.linkSecret ?? randomBytes(16).toString('hex')) : null;
      const values = {
        projectId: input.projectId,
        questionnaireId: input.questionnaireId,
        name: input.name.trim(),
        channels: input.channels,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        linkSecret,
      };
      const after = before
        ? await db.repo(SurveyRound).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(SurveyRound).insert({ ...values, closedAt: null });
      await db.audit({
        operation: before ? 'updateSurveyRound' : 'createSurveyRound',
        entity: 'SurveyRound',
        entityId: after.id,
        changes: changedFields(before, after, ['projectId', 'questionnaireId', 'name', 'channels', 'opensOn', 'closesOn']),
      });
      return after;
    });
  }

  async closeRound(ctx: RequestContext, id: string) {
    requireOwner(ctx);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(SurveyRound).getById(id);
      if (before.closedAt) return before;
      const after = await db.repo(SurveyRound).update(id, { closedAt: ctx.now() });
      await db.audit({
        operation: 'closeSurveyRound',
        entity: 'SurveyRound',
        entityId: id,
        changes: changedFields(before, after, ['closedAt']),
      });
      return after;
    });
  }

  async issueTickets(ctx: RequestContext, roundId: string, count: number) {
    requireOwner(ctx);
    if (!Number.isInteger(count) || count < SURVEY_RULES.tickets.min || count > SURVEY_RULES.tickets.max) {
      throw BadUserInputError.field(
        'count',
        'OUT_OF_RANGE',
        `Issue between ${SURVEY_RULES.tickets.min} and ${SURVEY_RULES.tickets.max} tokens at a time`,
        { min: SURVEY_RULES.tickets.min, max: SURVEY_RULES.tickets.max },
      );
    }
    return ctx.db.transaction(async (db) => {
      const round = await db.repo(SurveyRound).getById(roundId);
      if (this.state(ctx, round) === 'CLOSED') throw BadUserInputError.field('roundId', 'INVALID_VALUE', 'The round is closed');
      const tickets = await db
        .repo(SurveyTicket)
        .insertMany(Array.from({ length: count }, () => ({ roundId: round.id, code: newCode(), usedAt: null })));
      await db.audit({
        operation: 'issueSurveyTickets',
        entity: 'SurveyRound',
        entityId: round.id,
        changes: { tickets: { from: null, to: count } },
      });
      return tickets.map((x) => ({ ...x, token: `${round.id}.${x.code}` }));
    });
  }

  tickets(db: TenantDb, roundId: string) {
    return db
      .repo(SurveyTicket)
      .query('t')
      .andWhere('t.roundId = :roundId', { roundId })
      .orderBy('t.createdAt', 'ASC')
      .addOrderBy('t.code', 'ASC')
      .getMany();
  }

  // ── responses ────────────────────────────────────────────────────────────
  private answerErrors(questions: SurveyQuestion[], answers: SurveyAnswer[], path: string[]): FieldError[] {
    return answerProblems(questions, answers).map((p) =>
      p.index >= 0
        ? fieldError([...path, String(p.index), p.field], p.reason, p.message, { questionKey: p.questionKey })
        : fieldError([...path, p.questionKey], p.reason, p.message, { questionKey: p.questionKey }),
    );
  }

  /** Writes a response and freezes the questionnaire (inside the caller's transaction). */
  private async writeResponse(
    db: TenantDb,
    now: Date,
    round: SurveyRound,
    questionnaire: SurveyQuestionnaire,
    values: {
      channel: SurveyChannel;
      answers: SurveyAnswer[];
      enteredByUserId: string | null;
      deviceId: string | null;
      ticketId: string | null;
    },
  ) {
    const response = await db
      .repo(SurveyResponse)
      .insert({ roundId: round.id, ...values, answers: normaliseAnswers(questionnaire.questions, values.answers) });
    if (!questionnaire.frozenAt)
      await db.repo(SurveyQuestionnaire).updateWhere({ id: questionnaire.id }, { frozenAt: now }, { bookkeeping: true });
    await db.audit({
      operation: values.enteredByUserId ? 'enterSurveyResponse' : 'submitPublicSurvey',
      entity: 'SurveyResponse',
      entityId: response.id,
      record: { entity: 'SurveyRound', id: round.id },
      changes: { roundId: { from: null, to: round.id }, channel: { from: null, to: values.channel } },
    });
    return response;
  }

  /** Staff enter a response taken on paper, by phone or face to face (or online on a visitor's behalf). */
  async enterResponse(ctx: RequestContext, roundId: string, channel: SurveyChannel, answers: SurveyAnswer[]) {
    requireOwner(ctx);
    return ctx.db.transaction(async (db) => {
      const round = await db.repo(SurveyRound).getById(roundId);
      if (round.closedAt) throw BadUserInputError.field('roundId', 'INVALID_VALUE', 'The round is closed');
      if (today(ctx) < round.opensOn) throw BadUserInputError.field('roundId', 'INVALID_VALUE', 'The round has not opened yet');
      if (!round.channels.includes(channel))
        throw BadUserInputError.field(['input', 'channel'], 'INVALID_VALUE', 'This round does not use that channel');
      const questionnaire = await db.repo(SurveyQuestionnaire).getById(round.questionnaireId);
      const errors = this.answerErrors(questionnaire.questions, answers, ['input', 'answers']);
      if (errors.length) throw new BadUserInputError(errors);
      return this.writeResponse(db, ctx.now(), round, questionnaire, {
        channel,
        answers,
        enteredByUserId: ctx.user.userId,
        deviceId: null,
        ticketId: null,
      });
    });
  }

  async responses(ctx: RequestContext, roundId: string, db: TenantDb = ctx.db) {
    const round = await this.round(ctx, roundId, db);
    return db.repo(SurveyResponse).query('r').andWhere('r.roundId = :id', { id: round.id }).orderBy('r.createdAt', 'ASC').getMany();
  }

  /** Counts per question and channel, from the round's responses. */
  async tally(db: TenantDb, round: SurveyRound) {
    const questionnaire = await db.repo(SurveyQuestionnaire).getById(round.questionnaireId);
    const rows = await db
      .repo(SurveyResponse)
      .query('r')
      .select(['r.id', 'r.channel', 'r.answers', 'r.createdAt'])
      .andWhere('r.roundId = :id', { id: round.id })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
    const channels = SURVEY_CHANNELS.filter((c) => round.channels.includes(c) || rows.some((r) => r.channel === c));
    const byChannel = channels.map((channel) => ({ channel, count: rows.filter((r) => r.channel === channel).length }));
    return {
      responses: rows.length,
      byChannel,
      questions: tally(
        questionnaire.questions,
        rows.map((r) => r.answers),
      ),
    };
  }

  // ── the public link ──────────────────────────────────────────────────────
  private async limit(ctx: { ip: string }) {
    const decision = await this.#requests.consume(ctx.ip || 'unknown');
    if (decision.allowed) return;
    const retryAfterSeconds = decision.retryAfterSeconds;
    throw new GraphQLError(`Too many requests; try again in ${retryAfterSeconds} seconds.`, {
      extensions: {
        code: 'TOO_MANY_ATTEMPTS',
        reason: 'REQUESTS',
        retryAfterSeconds,
        messageZh: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试。`,
      },
    });
  }

  /** Token `<roundId>.<secret>`: the round's shared-link secret or one of its one-time codes. */
  private async open(token: string): Promise<{ db: TenantDb; round: SurveyRound; ticket: SurveyTicket | null }> {
    const dot = token.indexOf('.');
    const roundId = dot > 0 ? token.slice(0, dot) : '';
    const secret = dot > 0 ? token.slice(dot + 1) : '';
    if (!ROUND_ID.test(roundId) || !secret || secret.length > 64) throw refusal('NOT_FOUND');
    const db = await this.roundTenant(roundId);
    if (!db) throw refusal('NOT_FOUND');
    const round = await db.repo(SurveyRound).findById(roundId);
    if (!round) throw refusal('NOT_FOUND');
    if (
      round.linkSecret &&
      round.linkSecret.length === secret.length &&
      timingSafeEqual(Buffer.from(round.linkSecret), Buffer.from(secret))
    )
      return { db, round, ticket: null };
    const ticket = await db.repo(SurveyTicket).findOne({ roundId: round.id, code: secret.toUpperCase() });
    if (!ticket) throw refusal('NOT_FOUND');
    return { db, round, ticket };
  }

  private checkOpen(ctx: { now: () => Date }, round: SurveyRound): void {
    const state = this.state(ctx, round);
    if (state === 'CLOSED') throw refusal('CLOSED');
    if (state === 'SCHEDULED') throw refusal('NOT_OPEN');
  }

  async publicSurvey(ctx: RequestContext, token: string) {
    await this.limit(ctx);
    const { db, round, ticket } = await this.open(token);
    this.checkOpen(ctx, round);
    if (ticket?.usedAt) throw refusal('TOKEN_USED');
    const questionnaire = await db.repo(SurveyQuestionnaire).getById(round.questionnaireId);
    const project = await db.repo(Project).getById(round.projectId);
    return {
      tenantId: db.tenantId,
      roundName: round.name,
      projectName: project.name,
      title: questionnaire.title,
      titleEn: questionnaire.titleEn,
      questions: questionnaire.questions,
      oneTime: !!ticket,
      closesOn: round.closesOn,
    };
  }

  async submitPublic(ctx: RequestContext, token: string, deviceId: string | null, answers: SurveyAnswer[]) {
    await this.limit(ctx);
    const { db, round, ticket: found } = await this.open(token);
    this.checkOpen(ctx, round);
    const device = found ? null : (deviceId ?? '').trim();
    if (!found && (!device || device.length > 64)) throw refusal('DEVICE_REQUIRED');
    // The shared link: refuse a known device and bad answers before counting against the
    // address's cap, then count (atomically, shared by every instance) before writing.
    const roundKey = `${round.id}|${ctx.ip || 'unknown'}`;
    if (device) {
      if (await db.repo(SurveyResponse).exists({ roundId: round.id, deviceId: device })) throw refusal('ALREADY_ANSWERED');
      const questionnaire = await db.repo(SurveyQuestionnaire).getById(round.questionnaireId);
      const errors = this.answerErrors(questionnaire.questions, answers, ['answers']);
      if (errors.length) throw new BadUserInputError(errors);
      const decision = await this.#perRound.consume(roundKey, { windowSeconds: this.secondsUntilRoundEnds(ctx, round) });
      if (!decision.allowed) throw refusal('ADDRESS_LIMIT');
    }
    try {
      return await db.transaction(async (tx) => {
        const ticket = found ? await tx.repo(SurveyTicket).getById(found.id) : null;
        if (ticket?.usedAt) throw refusal('TOKEN_USED');
        if (device && (await tx.repo(SurveyResponse).exists({ roundId: round.id, deviceId: device }))) throw refusal('ALREADY_ANSWERED');
        const questionnaire = await tx.repo(SurveyQuestionnaire).getById(round.questionnaireId);
        const errors = this.answerErrors(questionnaire.questions, answers, ['answers']);
        if (errors.length) throw new BadUserInputError(errors);
        if (ticket) await tx.repo(SurveyTicket).update(ticket.id, { usedAt: ctx.now() });
        await this.writeResponse(tx, ctx.now(), round, questionnaire, {
          channel: 'ONLINE',
          answers,
          enteredByUserId: null,
          deviceId: device || null,
          ticketId: ticket?.id ?? null,
        });
        return { ok: true };
      });
    } catch (e) {
      // Nothing was written: the address keeps its point.
      if (device) await this.#perRound.refund(roundKey).catch(() => undefined);
      // Two racing submissions: the unique keys (round, device) and (ticket) let one win.
      if (e instanceof UniqueViolationError || e instanceof StaleVersionError) throw refusal(found ? 'TOKEN_USED' : 'ALREADY_ANSWERED');
      throw e;
    }
  }

  /** The per-address cap lasts as long as the round (to the end of its closing day, China time), at least a day. */
  private secondsUntilRoundEnds(ctx: { now: () => Date }, round: SurveyRound): number {
    const end = Date.parse(`${round.closesOn}T23:59:59+08:00`);
    const seconds = Number.isNaN(end) ? 0 : Math.ceil((end - ctx.now().getTime()) / 1000);
    return Math.max(86400, seconds + 86400);
  }

  // ── handbook revision proposals ──────────────────────────────────────────
  async propose(ctx: RequestContext, input: HandbookProposalInput) {
    requireOwner(ctx);
    return ctx.db.transaction(async (db) => {
      const round = await db.repo(SurveyRound).findById(input.roundId);
      if (!round) throw BadUserInputError.field(['input', 'roundId'], 'NOT_FOUND', 'This survey round does not exist');
      if (input.questionKey) {
        const q = await db.repo(SurveyQuestionnaire).getById(round.questionnaireId);
        if (!q.questions.some((x) => x.key === input.questionKey))
          throw BadUserInputError.field(['input', 'questionKey'], 'NOT_FOUND', 'This question is not in the round’s questionnaire');
      }
      const handbook = await db.repo(Handbook).findOne({ projectId: round.projectId });
      const after = await db.repo(HandbookRevisionProposal).insert({
        projectId: round.projectId,
        handbookId: handbook?.id ?? null,
        roundId: round.id,
        questionKey: input.questionKey ?? null,
        text: input.text.trim(),
        status: 'OPEN',
        proposedByUserId: ctx.user.userId,
        decidedByUserId: null,
        decisionNote: null,
      });
      await db.audit({
        operation: 'proposeHandbookRevision',
        entity: 'HandbookRevisionProposal',
        entityId: after.id,
        changes: changedFields(null, after, ['projectId', 'roundId', 'questionKey', 'text']),
      });
      return after;
    });
  }

  async proposals(ctx: RequestContext, args: HandbookProposalsArgs) {
    requireReader(ctx);
    checkPageArgs(args);
    const qb = ctx.db.repo(HandbookRevisionProposal).query('h');
    if (args.status) qb.andWhere('h.status = :status', { status: args.status });
    if (args.projectId) qb.andWhere('h.projectId = :projectId', { projectId: args.projectId });
    if (!seesWholeCompany(ctx.user)) {
      qb.innerJoin(Project, 'p', 'p.id = h.projectId');
      limitToScope(qb, ctx.user, { project: 'p.id', region: 'p.regionId' });
    }
    const sort = sortOrder(HandbookProposalSortField, args.sort, { field: 'createdAt', direction: 'DESC' });
    const page = await paginate(qb, { ...args, alias: 'h', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  async decideProposal(ctx: RequestContext, id: string, status: ProposalStatus, note: string | null, expectedVersion?: number | null) {
    requireOwner(ctx);
    if (status === 'OPEN') throw BadUserInputError.field('status', 'INVALID_VALUE', 'Decide ACCEPTED or REJECTED');
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(HandbookRevisionProposal).getById(id);
      if (before.status !== 'OPEN') throw BadUserInputError.field('status', 'INVALID_TRANSITION', 'This proposal has already been decided');
      const after = await db
        .repo(HandbookRevisionProposal)
        .update(id, { status, decisionNote: note?.trim() || null, decidedByUserId: ctx.user.userId }, expectedVersion ?? undefined);
      await db.audit({
        operation: 'decideHandbookProposal',
        entity: 'HandbookRevisionProposal',
        entityId: id,
        changes: changedFields(before, after, ['status', 'decisionNote']),
      });
      return after;
    });
  }
}
