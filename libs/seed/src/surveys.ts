import {
  Handbook,
  HandbookRevisionProposal,
  Project,
  SurveyQuestionnaire,
  SurveyResponse,
  SurveyRound,
  SurveyTicket,
  type TenantDb,
} from '@pinzhi/db';
import { addDays, localDateIn, type SurveyAnswer, type SurveyChannel, type SurveyQuestion } from '@pinzhi/domain';

const opt = (key: string, text: string, textEn: string) => ({ key, text, textEn });

export const DEMO_SURVEY_QUESTIONS: SurveyQuestion[] = [
  {
    key: 'overall',
    kind: 'RATING',
    text: '您对本案场服务的总体满意度',
    textEn: 'Overall, how satisfied are you with the service at this sales office?',
    required: true,
    options: [],
  },
  {
    key: 'reception',
    kind: 'RATING',
    text: '接待人员的礼仪与专业程度',
    textEn: 'Courtesy and professionalism of the reception staff',
    required: true,
    options: [],
  },
  {
    key: 'cleanliness',
    kind: 'RATING',
    text: '售楼大厅及样板房的环境卫生',
    textEn: 'Cleanliness of the sales hall and show flats',
    required: true,
    options: [],
  },
  {
    key: 'best',
    kind: 'SINGLE_CHOICE',
    text: '您最满意的服务环节',
    textEn: 'Which part of the service did you like best?',
    required: true,
    options: [
      opt('welcome', '迎宾接待', 'Welcome'),
      opt('drinks', '水吧服务', 'Refreshments'),
      opt('tour', '样板房引导', 'Show flat tour'),
      opt('parking', '停车引导', 'Parking'),
    ],
  },
  {
    key: 'improve',
    kind: 'MULTIPLE_CHOICE',
    text: '您认为需要改进的方面（可多选）',
    textEn: 'What should we improve? (choose any)',
    required: false,
    options: [
      opt('parking', '停车位与引导', 'Parking'),
      opt('waiting', '等候时间', 'Waiting time'),
      opt('toilets', '卫生间', 'Toilets'),
      opt('signs', '导视标识', 'Signage'),
    ],
  },
  { key: 'advice', kind: 'TEXT', text: '其他意见或建议', textEn: 'Any other comments?', required: false, options: [] },
];

const CHANNELS: SurveyChannel[] = ['PAPER', 'FACE_TO_FACE', 'PHONE', 'ONLINE'];
const ADVICE = [
  '周末停车位不够，希望增加临时车位',
  '水吧饮品种类可以再多一些',
  '样板房讲解很细致',
  '卫生间希望增加婴儿护理台',
  '导视牌不够清楚，第一次来找不到入口',
  '',
];

/** A deterministic response: the second round is better on parking after the first round's proposal. */
function answers(i: number, round: number): SurveyAnswer[] {
  const r = (base: number) => Math.max(1, Math.min(5, base + ((i * 7 + round * 3) % 3) - 1));
  const improve = round === 1 ? (i % 2 ? ['parking', 'waiting'] : ['parking']) : i % 3 === 0 ? ['signs'] : [];
  const advice = ADVICE[(i + round) % ADVICE.length];
  return [
    { questionKey: 'overall', rating: r(round === 1 ? 4 : 5) },
    { questionKey: 'reception', rating: r(5) },
    { questionKey: 'cleanliness', rating: r(4) },
    { questionKey: 'best', choices: [['welcome', 'drinks', 'tour', 'parking'][(i + round) % (round === 1 ? 3 : 4)]] },
    ...(improve.length ? [{ questionKey: 'improve', choices: improve }] : []),
    ...(advice ? [{ questionKey: 'advice', text: advice }] : []),
  ];
}

/**
 * 销售案场客户意见调查 at the sales center (SH-003): one questionnaire, two finished rounds
 * with responses from every channel, a handbook revision proposal from the first round, and
 * a third round open now with a shared link and one-time tokens.
 */
export async function seedSurveys(db: TenantDb, qualityUserId: string, now = new Date()): Promise<void> {
  const project = await db.repo(Project).findOne({ code: 'SH-003' });
  if (!project) return;
  const today = localDateIn(now, 'Asia/Shanghai');
  const q = await db.repo(SurveyQuestionnaire).insert({
    title: '售楼处客户满意度调查问卷',
    titleEn: 'Sales office customer satisfaction survey',
    questions: DEMO_SURVEY_QUESTIONS,
    frozenAt: now,
    archivedAt: null,
  });
  const rounds = [
    { name: '第一轮客户意见调查（开盘期）', opens: -70, closes: -56, count: 18 },
    { name: '第二轮客户意见调查（持续销售期）', opens: -35, closes: -21, count: 24 },
  ];
  const created: SurveyRound[] = [];
  for (const [ri, def] of rounds.entries()) {
    const round = await db.repo(SurveyRound).insert({
      projectId: project.id,
      questionnaireId: q.id,
      name: def.name,
      channels: ['PAPER', 'PHONE', 'FACE_TO_FACE', 'ONLINE'],
      opensOn: addDays(today, def.opens),
      closesOn: addDays(today, def.closes),
      closedAt: null,
      linkSecret: null,
    });
    created.push(round);
    const rows = Array.from({ length: def.count }, (_, i) => ({
      roundId: round.id,
      channel: CHANNELS[i % CHANNELS.length],
      answers: answers(i, ri + 1),
      enteredByUserId: CHANNELS[i % CHANNELS.length] === 'ONLINE' ? null : qualityUserId,
      deviceId: CHANNELS[i % CHANNELS.length] === 'ONLINE' ? `seed-device-${ri}-${i}` : null,
      ticketId: null,
      // Spread over the round's days (seeded history, so the timestamps are set here).
      createdAt: new Date(`${addDays(today, def.opens + (i % (def.closes - def.opens + 1)))}T03:00:00Z`),
    }));
    await db.repo(SurveyResponse).insertMany(rows as never);
  }
  const handbook = await db.repo(Handbook).findOne({ projectId: project.id });
  await db.repo(HandbookRevisionProposal).insert({
    projectId: project.id,
    handbookId: handbook?.id ?? null,
    roundId: created[0].id,
    questionKey: 'improve',
    text: '首轮调查中超过半数客户反映停车位与引导不足：建议在手册“秩序维护”章节增加周末高峰时段停车引导岗（10:00–17:00），并在入口增设临时停车导视。',
    status: 'OPEN',
    proposedByUserId: qualityUserId,
    decidedByUserId: null,
    decisionNote: null,
  });
  const open = await db.repo(SurveyRound).insert({
    projectId: project.id,
    questionnaireId: q.id,
    name: '第三轮客户意见调查（尾盘期）',
    channels: ['PAPER', 'PHONE', 'ONLINE'],
    opensOn: addDays(today, -3),
    closesOn: addDays(today, 25),
    closedAt: null,
    linkSecret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  });
  const codes = [
    'DEMO2345AB',
    'DEMO2345AC',
    'DEMO2345AD',
    'DEMO2345AE',
    'DEMO2345AF',
    'DEMO2345AG',
    'DEMO2345AH',
    'DEMO2345AJ',
    'DEMO2345AK',
    'DEMO2345AL',
  ];
  await db.repo(SurveyTicket).insertMany(codes.map((code) => ({ roundId: open.id, code, usedAt: null })));
  await db.repo(SurveyResponse).insertMany(
    [0, 1].map((i) => ({
      roundId: open.id,
      channel: 'PAPER' as const,
      answers: answers(i, 2),
      enteredByUserId: qualityUserId,
      deviceId: null,
      ticketId: null,
    })),
  );
}
