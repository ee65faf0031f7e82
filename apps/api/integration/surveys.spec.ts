import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { TestApp, codes, fieldReasons } from '@pinzhi/api-testing';

/**
 * 销售案场客户意见调查: questionnaires (frozen once answered), rounds with channels and dates,
 * staff entry, the public link (one-time tokens, a shared link once per device, closed and
 * expired rounds, rate limit), tallies, the export and handbook revision proposals.
 */
let t: TestApp;
let admin: string;
let quality: string;
let ops: string;
let viewer: string;
let TODAY: Date;
const ids: Record<string, string> = {};
const localDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const day = (n: number) => dayjs(localDate(TODAY)).add(n, 'day').format('YYYY-MM-DD');

const QUESTIONS = [
  { key: 'overall', kind: 'RATING', text: '您对案场服务的总体满意度', textEn: 'Overall satisfaction', required: true, options: [] },
  {
    key: 'best',
    kind: 'SINGLE_CHOICE',
    text: '您最满意的服务',
    required: true,
    options: [
      { key: 'reception', text: '接待', textEn: 'Reception' },
      { key: 'cleaning', text: '保洁' },
      { key: 'security', text: '秩序' },
    ],
  },
  {
    key: 'channels',
    kind: 'MULTIPLE_CHOICE',
    text: '您是如何了解本项目的',
    required: false,
    options: [
      { key: 'web', text: '网络' },
      { key: 'friend', text: '朋友' },
      { key: 'ad', text: '广告' },
    ],
  },
  { key: 'advice', kind: 'TEXT', text: '您的建议', required: false, options: [] },
];
const ROUND =
  'id name state channels linkToken tickets { code token usedAt } tally { responses byChannel { channel count } questions { questionKey answered averageRating counts { key count percent } texts } }';
const PUBLIC =
  'query($t: String!) { publicSurvey(token: $t) { companyName companyLogo roundName projectName title oneTime questions { key kind text options { key text } } } }';
const SUBMIT =
  'mutation($t: String!, $d: String, $a: [SurveyAnswerInput!]!) { submitPublicSurvey(token: $t, deviceId: $d, answers: $a) { ok } }';
const answers = (rating: number, best: string, advice?: string) => [
  { questionKey: 'overall', rating },
  { questionKey: 'best', choices: [best] },
  { questionKey: 'channels', choices: ['web', 'friend'] },
  ...(advice ? [{ questionKey: 'advice', text: advice }] : []),
];
const reasonOf = (r: any) => r.errors?.[0]?.extensions?.reason;

let questionnaireId: string;
let roundId: string;
let linkToken: string;
const pub = (query: string, variables: Record<string, unknown>) => t.gql(query, variables, null);
const round = async (token = quality) =>
  (await t.ok(`query($id: ID!) { surveyRound(id: $id) { ${ROUND} } }`, { id: roundId }, token)).surveyRound;

beforeAll(async () => {
  t = await TestApp.start();
  TODAY = t.seededAt;
  t.setNow(TODAY);
  admin = await t.token('admin@demo.test');
  quality = await t.token('quality@demo.test');
  ops = await t.token('ops@demo.test');
  viewer = await t.token('viewer@demo.test');
  const r = await t.ok('{ projects(first: 100) { nodes { id code } } }', {}, admin);
  for (const p of r.projects.nodes) ids[p.code] = p.id;
});
afterAll(() => t.stop());
afterEach(() => t.setNow(TODAY));

describe('questionnaires and rounds', () => {
  it('creates a questionnaire (Quality Center) and reports structural problems at the field', async () => {
    const CREATE =
      'mutation($input: QuestionnaireInput!) { createSurveyQuestionnaire(input: $input) { id title version questions { key kind options { key } } } }';
    const bad = await t.gql(
      CREATE,
      {
        input: {
          title: '坏问卷',
          questions: [
            { key: 'a', kind: 'SINGLE_CHOICE', text: '只有一个选项', options: [{ key: 'x', text: 'X' }] },
            { key: 'a', kind: 'RATING', text: '重复', options: [] },
          ],
        },
      },
      quality,
    );
    expect(fieldReasons(bad)).toEqual(['input.questions.0.options:REQUIRED', 'input.questions.1.key:TAKEN']);
    expect(codes(await t.gql(CREATE, { input: { title: 'x', questions: QUESTIONS } }, ops))).toEqual(['FORBIDDEN']);
    const r = await t.ok(
      CREATE,
      { input: { title: '案场客户满意度调查', titleEn: 'Sales office satisfaction', questions: QUESTIONS } },
      quality,
    );
    questionnaireId = r.createSurveyQuestionnaire.id;
    expect(r.createSurveyQuestionnaire.questions.map((q: any) => q.kind)).toEqual(['RATING', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TEXT']);
  });

  it('opens a round at the sales center with channels, dates and a shared link', async () => {
    const CREATE = 'mutation($input: SurveyRoundInput!) { createSurveyRound(input: $input) { id state linkToken version } }';
    const input = {
      projectId: ids['SH-003'],
      questionnaireId,
      name: '第三轮客户意见调查',
      channels: ['PAPER', 'PHONE', 'ONLINE'],
      opensOn: day(-1),
      closesOn: day(10),
      sharedLink: true,
    };
    expect(fieldReasons(await t.gql(CREATE, { input: { ...input, closesOn: day(-5) } }, quality))).toEqual(['input.closesOn:DATE_ORDER']);
    expect(fieldReasons(await t.gql(CREATE, { input: { ...input, questionnaireId: ids['SH-001'] } }, quality))).toEqual([
      'input.questionnaireId:NOT_FOUND',
    ]);
    const r = await t.ok(CREATE, { input }, quality);
    roundId = r.createSurveyRound.id;
    linkToken = r.createSurveyRound.linkToken;
    expect(r.createSurveyRound.state).toBe('OPEN');
    expect(linkToken).toMatch(new RegExp(`^${roundId}\\.[0-9a-f]{32}$`));
  });

  it('lets REGIONAL_OPS read their regions’ rounds without the tokens, and nobody else', async () => {
    const mine = await t.ok('{ surveyRounds(first: 50) { nodes { id project { code } } } }', {}, ops);
    expect(mine.surveyRounds.nodes.map((n: any) => n.id)).toContain(roundId);
    const r = await round(ops);
    expect(r.linkToken).toBeNull();
    expect(r.tickets).toEqual([]);
    expect(codes(await t.gql('{ surveyRounds { totalCount } }', {}, viewer))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql('mutation($id: ID!) { closeSurveyRound(id: $id) { id } }', { id: roundId }, ops))).toEqual(['FORBIDDEN']);
  });
});

describe('staff entry', () => {
  const ENTER =
    'mutation($id: ID!, $input: SurveyResponseInput!) { enterSurveyResponse(roundId: $id, input: $input) { id channel public answers { questionKey rating choices text } } }';

  it('enters a paper response with its channel and refuses missing answers and unused channels', async () => {
    const missing = await t.gql(
      ENTER,
      {
        id: roundId,
        input: {
          channel: 'PAPER',
          answers: [
            { questionKey: 'overall', rating: 9 },
            { questionKey: 'nope', text: 'x' },
          ],
        },
      },
      quality,
    );
    expect(fieldReasons(missing)).toEqual(expect.arrayContaining(['input.answers.0.rating:OUT_OF_RANGE']));
    const wrong = await t.gql(
      ENTER,
      {
        id: roundId,
        input: {
          channel: 'PAPER',
          answers: [
            { questionKey: 'overall', rating: 4 },
            { questionKey: 'best', choices: ['reception', 'cleaning'] },
            { questionKey: 'nope', text: 'x' },
          ],
        },
      },
      quality,
    );
    expect(fieldReasons(wrong)).toEqual(['input.answers.1.choices:INVALID_VALUE', 'input.answers.2.questionKey:NOT_FOUND']);
    const none = await t.gql(ENTER, { id: roundId, input: { channel: 'PAPER', answers: [] } }, quality);
    expect(fieldReasons(none)).toEqual(['input.answers.overall:REQUIRED', 'input.answers.best:REQUIRED']);
    expect(
      fieldReasons(await t.gql(ENTER, { id: roundId, input: { channel: 'FACE_TO_FACE', answers: answers(5, 'reception') } }, quality)),
    ).toEqual(['input.channel:INVALID_VALUE']);
    expect(codes(await t.gql(ENTER, { id: roundId, input: { channel: 'PAPER', answers: answers(5, 'reception') } }, ops))).toEqual([
      'FORBIDDEN',
    ]);
    const r = await t.ok(ENTER, { id: roundId, input: { channel: 'PAPER', answers: answers(5, 'reception', '停车位太少') } }, quality);
    expect(r.enterSurveyResponse).toMatchObject({ channel: 'PAPER', public: false });
    expect(r.enterSurveyResponse.answers[0]).toEqual({ questionKey: 'overall', rating: 5, choices: null, text: null });
  });

  it('freezes the questionnaire once answered; a copy is editable', async () => {
    const UPDATE = 'mutation($id: ID!, $input: QuestionnaireInput!) { updateSurveyQuestionnaire(id: $id, input: $input) { id } }';
    const frozen = await t.gql(UPDATE, { id: questionnaireId, input: { title: '改', questions: QUESTIONS } }, quality);
    expect(fieldReasons(frozen)).toEqual(['input.questions:INVALID_VALUE']);
    const copy = await t.ok(
      'mutation($id: ID!) { copySurveyQuestionnaire(id: $id) { id title frozenAt version } }',
      { id: questionnaireId },
      quality,
    );
    expect(copy.copySurveyQuestionnaire).toMatchObject({ title: '案场客户满意度调查（副本）', frozenAt: null });
    await t.ok(UPDATE, { id: copy.copySurveyQuestionnaire.id, input: { title: '第二版', questions: QUESTIONS.slice(0, 2) } }, quality);
  });
});

describe('the public link', () => {
  it('shows the questionnaire without signing in, and counts a one-time token once', async () => {
    const issued = await t.ok(
      'mutation($id: ID!) { issueSurveyTickets(roundId: $id, count: 3) { code token usedAt } }',
      { id: roundId },
      quality,
    );
    const [ticket] = issued.issueSurveyTickets;
    expect(ticket.token).toBe(`${roundId}.${ticket.code}`);
    expect(
      fieldReasons(await t.gql('mutation($id: ID!) { issueSurveyTickets(roundId: $id, count: 0) { code } }', { id: roundId }, quality)),
    ).toEqual(['count:OUT_OF_RANGE']);

    const shown = await pub(PUBLIC, { t: ticket.token });
    expect(shown.data!.publicSurvey).toMatchObject({
      companyName: '示范物业', // the page is the company's, not the software's
      roundName: '第三轮客户意见调查',
      projectName: '云栖售楼中心案场服务',
      title: '案场客户满意度调查',
      oneTime: true,
    });
    // The company's own logo (公司设置; the demo company has one), shown on the page.
    expect(shown.data!.publicSurvey.companyLogo).toMatch(/^data:image\/png;base64,/);
    const before = (await round()).tally.responses;
    const ok = await pub(SUBMIT, { t: ticket.token, a: answers(3, 'cleaning') });
    expect(ok.data!.submitPublicSurvey).toEqual({ ok: true });
    const after = await round();
    expect(after.tally.responses).toBe(before + 1);
    expect(after.tickets.find((x: any) => x.code === ticket.code).usedAt).not.toBeNull();
    expect(after.tally.byChannel).toEqual([
      { channel: 'PAPER', count: 1 },
      { channel: 'PHONE', count: 0 },
      { channel: 'ONLINE', count: 1 },
    ]);

    const reused = await pub(SUBMIT, { t: ticket.token, a: answers(1, 'cleaning') });
    expect(codes(reused)).toEqual(['SURVEY_UNAVAILABLE']);
    expect(reasonOf(reused)).toBe('TOKEN_USED');
    expect(reused.errors![0].message).toBe('This survey code has already been used. Each code can be used once.');
    expect(reused.errors![0].extensions!['messageZh']).toBe('该问卷码已被使用，每个问卷码只能填写一次。');
    expect(reasonOf(await pub(PUBLIC, { t: ticket.token }))).toBe('TOKEN_USED');
    expect((await round()).tally.responses).toBe(before + 1);
  });

  it('takes one response per device through the shared link', async () => {
    const bad = await pub(SUBMIT, { t: linkToken, d: 'device-a', a: [{ questionKey: 'overall', rating: 4 }] });
    expect(fieldReasons(bad)).toEqual(['answers.best:REQUIRED']);
    expect((await pub(SUBMIT, { t: linkToken, d: 'device-a', a: answers(4, 'security', '样板房很好') })).data!.submitPublicSurvey.ok).toBe(
      true,
    );
    expect(reasonOf(await pub(SUBMIT, { t: linkToken, d: 'device-a', a: answers(4, 'security') }))).toBe('ALREADY_ANSWERED');
    expect(reasonOf(await pub(SUBMIT, { t: linkToken, a: answers(4, 'security') }))).toBe('DEVICE_REQUIRED');
    expect(reasonOf(await pub(PUBLIC, { t: `${roundId}.0000000000` }))).toBe('NOT_FOUND');
    expect(reasonOf(await pub(PUBLIC, { t: 'garbage' }))).toBe('NOT_FOUND');
  });

  it('tallies counts, percentages and the average rating per question', async () => {
    const r = await round();
    expect(r.tally.responses).toBe(3);
    const [overall, best, channels, advice] = r.tally.questions;
    expect(overall).toMatchObject({ answered: 3, averageRating: 4 }); // 5, 3, 4
    expect(overall.counts.map((c: any) => c.count)).toEqual([0, 0, 1, 1, 1]);
    expect(best.counts).toEqual([
      { key: 'reception', count: 1, percent: 33.33 },
      { key: 'cleaning', count: 1, percent: 33.33 },
      { key: 'security', count: 1, percent: 33.33 },
    ]);
    expect(channels.counts.find((c: any) => c.key === 'web')).toEqual({ key: 'web', count: 3, percent: 100 });
    expect(advice).toMatchObject({ answered: 2, texts: ['样板房很好', '停车位太少'] });
  });

  it('refuses an expired round and a round closed by hand', async () => {
    const tickets = (await t.ok('mutation($id: ID!) { issueSurveyTickets(roundId: $id, count: 1) { token } }', { id: roundId }, quality))
      .issueSurveyTickets;
    t.setNow(dayjs(TODAY).add(12, 'day').toDate());
    const expired = await pub(SUBMIT, { t: tickets[0].token, a: answers(5, 'reception') });
    expect(reasonOf(expired)).toBe('CLOSED');
    expect(expired.errors![0].extensions!['messageZh']).toBe('该问卷已结束，感谢您的关注。');
    t.setNow(TODAY);
    await t.ok('mutation($id: ID!) { closeSurveyRound(id: $id) { state closedAt } }', { id: roundId }, quality);
    expect(reasonOf(await pub(PUBLIC, { t: linkToken }))).toBe('CLOSED');
    expect((await round()).state).toBe('CLOSED');
  });
});

describe('export and proposals', () => {
  it('exports the tally and the responses to .xlsx', async () => {
    const res = await t.get(`/downloads/survey-rounds/${roundId}/results.xlsx`, ops);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['统计', '答卷']);
    expect(wb.getWorksheet('答卷')!.rowCount).toBe(4);
    expect((await t.get(`/downloads/survey-rounds/${roundId}/results.xlsx`, viewer)).status).toBe(403);
  });

  it('turns a finding into a handbook revision proposal the Quality Center decides', async () => {
    const PROPOSE =
      'mutation($input: HandbookProposalInput!) { proposeHandbookRevision(input: $input) { id status text questionKey version project { code } handbook { id } proposedBy { email } } }';
    expect(fieldReasons(await t.gql(PROPOSE, { input: { roundId, questionKey: 'zzz', text: 'x' } }, quality))).toEqual([
      'input.questionKey:NOT_FOUND',
    ]);
    const p = await t.ok(
      PROPOSE,
      { input: { roundId, questionKey: 'advice', text: '增加访客停车引导岗，高峰时段安排秩序维护员引导停车' } },
      quality,
    );
    expect(p.proposeHandbookRevision).toMatchObject({
      status: 'OPEN',
      project: { code: 'SH-003' },
      proposedBy: { email: 'quality@demo.test' },
    });
    const list = await t.ok('{ handbookProposals(status: OPEN) { totalCount nodes { id text } } }', {}, ops);
    expect(list.handbookProposals.nodes.map((n: any) => n.id)).toContain(p.proposeHandbookRevision.id);
    const DECIDE =
      'mutation($id: ID!, $s: HandbookProposalStatus!, $v: Int) { decideHandbookProposal(id: $id, status: $s, note: "下一版手册采纳", expectedVersion: $v) { status decisionNote } }';
    expect(codes(await t.gql(DECIDE, { id: p.proposeHandbookRevision.id, s: 'ACCEPTED' }, ops))).toEqual(['FORBIDDEN']);
    const d = await t.ok(DECIDE, { id: p.proposeHandbookRevision.id, s: 'ACCEPTED', v: p.proposeHandbookRevision.version }, quality);
    expect(d.decideHandbookProposal).toEqual({ status: 'ACCEPTED', decisionNote: '下一版手册采纳' });
    expect(fieldReasons(await t.gql(DECIDE, { id: p.proposeHandbookRevision.id, s: 'REJECTED' }, quality))).toEqual([
      'status:INVALID_TRANSITION',
    ]);
  });
});

describe('isolation and limits', () => {
  it('shows another tenant none of these rounds', async () => {
    const other = await t.token('admin@other.test');
    const r = await t.ok(
      '{ surveyRounds(first: 100) { nodes { id } } surveyQuestionnaires { id } handbookProposals { totalCount } }',
      {},
      other,
    );
    expect(r.surveyRounds.nodes.map((n: any) => n.id)).not.toContain(roundId);
    expect(r.surveyQuestionnaires.map((n: any) => n.id)).not.toContain(questionnaireId);
    expect(r.handbookProposals.totalCount).toBe(0);
  });

  it('rate-limits the public link per client address, whatever X-Forwarded-For says', async () => {
    // 30 public requests per minute per address (counted on the app's clock), from an address of its own.
    const results: string[] = [];
    for (let i = 0; i < 31; i++)
      results.push(
        codes(
          await t.gql(PUBLIC, { t: linkToken }, null, { remoteAddress: '192.0.2.77', headers: { 'x-forwarded-for': `10.9.8.${i}` } }),
        )[0],
      );
    expect(results.slice(0, -1).every((c) => c === 'SURVEY_UNAVAILABLE')).toBe(true);
    expect(results[results.length - 1]).toBe('TOO_MANY_ATTEMPTS');
    // Another address is not affected.
    expect(codes(await t.gql(PUBLIC, { t: linkToken }, null, { remoteAddress: '192.0.2.78' }))).toEqual(['SURVEY_UNAVAILABLE']);
  });
});

describe('demo data', () => {
  it('has two finished rounds with responses at the sales center and one open with tokens', async () => {
    const r = await t.ok(
      `{ surveyRounds(first: 50) { nodes { name state project { code } tally { responses byChannel { channel count } } tickets { usedAt } linkToken } } handbookProposals(status: OPEN) { nodes { text project { code } handbook { id } } } }`,
      {},
      quality,
    );
    const seeded = r.surveyRounds.nodes.filter((n: any) => n.name.includes('客户意见调查（'));
    expect(seeded.map((n: any) => [n.state, n.project.code])).toEqual([
      ['OPEN', 'SH-003'],
      ['CLOSED', 'SH-003'],
      ['CLOSED', 'SH-003'],
    ]);
    expect(seeded[1].tally.responses).toBe(24);
    expect(seeded[2].tally.responses).toBe(18);
    expect(seeded[2].tally.byChannel.every((c: any) => c.count > 0)).toBe(true);
    expect(seeded[0].tickets).toHaveLength(10);
    expect(seeded[0].linkToken).toBeTruthy();
    expect(r.handbookProposals.nodes.some((n: any) => n.project.code === 'SH-003' && n.text.includes('停车'))).toBe(true);
  });
});
