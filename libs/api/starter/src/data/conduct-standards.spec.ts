import { APPLICABILITY_CONDITIONS, CHECK_METHODS, DEFAULT_POSITIONS, PROPERTY_FORMATS, STANDARD_CATEGORIES } from '@pinzhi/domain';
import { CONDUCT_STANDARDS, SALES_OFFICE_STANDARDS, SERVICE_POLICY_EN, SERVICE_POLICY_ZH, type StandardSeed } from './conduct-standards';

const ALL: StandardSeed[] = [...CONDUCT_STANDARDS, ...SALES_OFFICE_STANDARDS];
const byCode = (code: string) => ALL.find((s) => s.code === code);

/**
 * One short verbatim fragment of the seed per numbered rule of 基本行为规范和服务技巧.
 * Each must turn up in some conduct standard: that is what shows every rule was transcribed.
 */
const RULE_ANCHORS: Array<[rule: string, anchor: string]> = [
  ['一、1、1)', '纽扣要扣齐'],
  ['一、1、2)', '不显露个人衣物'],
  ['一、1、3)', '左胸襟处'],
  ['一、1、4)', '鞋带系好'],
  ['一、1、5)', '不允许穿背心、短裤、拖鞋'],
  ['一、1、6)', '不允许戴有色眼镜'],
  ['一、2、1)', '前发不遮眼'],
  ['一、2、2)', '后发根不超过衣领'],
  ['一、2、2)(其中)', '保安头发不长于5'],
  ['一、2、3)', '不允许染除黑色外的其他颜色'],
  ['一、2、4)', '不允许剃光头'],
  ['一、3、1)', '不涂有色指甲油'],
  ['一、3、2)', '经常洗澡防汗臭'],
  ['一、3、3)', '口气清新'],
  ['一、3、4)', '眼屎、耳垢'],
  ['一、4', '女员工应淡妆打扮'],
  ['一、5', '检查自己的仪表'],
  ['二、1、1)', '和颜悦色'],
  ['二、1、2)', '将客户劝离工作场所'],
  ['二、1、3)', '投诉应耐心倾听'],
  ['二、2、1)', '把手放入衣袋里'],
  ['二、2、2)', '勾肩搭背'],
  ['二、2、3)', '抢道穿行'],
  ['二、2、4)', '不应奔跑、跳跃'],
  ['二、2、5)', '遮住自己的视线'],
  ['二、2、6)', '靠路右侧行走'],
  ['二、2、7)', '主动点头示意'],
  ['二、3', '女员工一律半坐'],
  ['二、3、1)', '前俯后仰'],
  ['二、3、2)', '翘二郎腿'],
  ['二、3、3)', '趴在工作台上'],
  ['二、3、4)', '晃动桌椅'],
  ['二、4、1)', '随地吐痰'],
  ['二、4、2)', '不允许吃零食'],
  ['二、4、3)', '不吸烟'],
];

/**
 * The seed's 基本行为规范和服务技巧 section (from 一、仪容仪表 on), line for line as the
 * document has it, including its mid-sentence line breaks and ASCII punctuation.
 */
const SEED_CONDUCT_LINES = [
  '一、仪容仪表',
  '1、服饰着装',
  '1)上班时间必须穿工作服,工作服要整洁,纽扣要扣齐,不允许敞开外衣,非',
  '工作需要不允许将衣袖、裤管卷起,不允许将衣服搭在肩上',
  '2)制服外衣衣袖、衣领不显露个人衣物,制服外不显露个人物品,服装衣袋不',
  '装过大过厚物品,袋内物品不外露',
  '3)上班统一佩戴工作牌,工作牌应端正地戴在左胸襟处',
  '4)鞋袜穿戴整齐清洁,鞋带系好,不允许穿鞋不穿袜,非工作需要不允许打赤',
  '脚或穿雨鞋到处走,工作完毕应在工作场所将鞋擦干净再走',
  '5)非特殊情况不允许穿背心、短裤、拖鞋',
  '6)男女员工均不允许戴有色眼镜',
  '2、须发',
  '1)女员工前发不遮眼,后发不超过肩部,不梳怪异发型',
  '2)男员工后发根不超过衣领(其中:保安头发不长于5㎝),不盖耳,不蓄须',
  '3)所有员工头发保持整洁光鲜,不允许染除黑色外的其他颜色',
  '4)所有员工不允许剃光头',
  '3、个人卫生',
  '1)保持手部干净,指甲内不允许残留污物,不涂有色指甲油',
  '2)员工应经常洗澡防汗臭,勤换衣服。衣服因工作而弄湿、弄脏后应及时换洗',
  '3)上班前不允许吃有异味食品,保持口腔清洁,口气清新',
  '4)保持眼、耳、清洁,不允许残留眼屎、耳垢',
  '4、女员工应淡妆打扮,不允许浓妆艳抹,避免使用味浓的化妆品',
  '5、每天上班前应注意检查自己的仪表,上班时不能在客户面前或公共场所整理仪容仪表,必要时应到卫生间或工作间整理',
  '二、行为举止',
  '1、服务态度',
  '1)对客户服务无论如何时都应面带笑容,和颜悦色,热情主动',
  '2)在将客户劝离工作场所时要文明礼貌,并做好解释及道歉工作',
  '3)谦虚和悦接受客户的评价,对客户的投诉应耐心倾听,并及时向主管汇报2、行走',
  '1)行走时不允许把手放入衣袋里,也不允许双手抱胸或背手走路',
  '2)在工作场合与他人同行时,不允许勾肩搭背,不允许同行时嬉戏打闹',
  '3)行走时,不允许与客户抢道穿行;特殊情况下,应向客户示意后方可越行',
  '4)走路动作应轻快,但非紧急情况不应奔跑、跳跃',
  '5)手拉货物行走时不应遮住自己的视线',
  '6)尽量靠路右侧行走',
  '7)与上司或客户相遇时,应主动点头示意',
  '3、就座时姿态要端正,入座要轻缓,上身要直,人体重心要稳,腰部挺起,手自然放在双膝上,双膝并拢,目光平视,面带笑容,男员工满坐,女员工一律半坐,严禁将双手夹在腿中间。就座时不允许有以下几种姿势:',
  '1)坐在椅子上前俯后仰,摇腿翘脚',
  '2)在上司或客户面前双手抱着胸前,翘二郎腿或半躺半坐',
  '3)趴在工作台上或把脚放于工作台上',
  '4)晃动桌椅,发出声音',
  '4、其他行为',
  '1)不允许随地吐痰,乱扔果皮、纸屑',
  '2)上班时间不允许吃零食,玩弄个人小物品或做与工作无关的事情',
  '3)在公共场所及客户面前不吸烟、掏鼻孔、掏耳朵、搔痒、不允许脱鞋、卷裤',
  '脚衣袖、不允许伸懒腰、哼小调、打哈欠',
];
const GUARD_PARENTHESIS = '(其中:保安头发不长于5㎝)';
const SEED_CONDUCT = SEED_CONDUCT_LINES.join('');
const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('conduct and sales-office standards', () => {
  it('has unique, well-formed codes', () => {
    const codes = ALL.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^(CON|SAL)-[A-Z]{3}-\d{2}$/);
    for (const s of CONDUCT_STANDARDS) expect(s.code.startsWith('CON-')).toBe(true);
    for (const s of SALES_OFFICE_STANDARDS) expect(s.code.startsWith('SAL-')).toBe(true);
  });

  it('numbers each code group 01, 02, … in order', () => {
    const groups = new Map<string, number[]>();
    for (const s of ALL) {
      const prefix = s.code.slice(0, 7);
      groups.set(prefix, [...(groups.get(prefix) ?? []), Number(s.code.slice(8))]);
    }
    for (const [prefix, numbers] of groups) {
      expect({ prefix, numbers }).toEqual({ prefix, numbers: numbers.map((_, i) => i + 1) });
    }
  });

  it('uses only known categories, positions, conditions, check methods and formats', () => {
    const positions = DEFAULT_POSITIONS.map((p) => p.code as string);
    for (const s of ALL) {
      expect(STANDARD_CATEGORIES).toContain(s.category);
      expect(CHECK_METHODS).toContain(s.checkMethod);
      if (s.condition !== null) expect(APPLICABILITY_CONDITIONS).toContain(s.condition);
      for (const p of s.positions) expect(positions).toContain(p);
      expect(new Set(s.positions).size).toBe(s.positions.length);
      for (const f of s.formats) expect(PROPERTY_FORMATS).toContain(f);
    }
  });

  it('fills every text field, with short titles and scores of 1–5', () => {
    for (const s of ALL) {
      for (const field of ['titleZh', 'titleEn', 'requirementZh', 'requirementEn', 'source'] as const) {
        expect({ code: s.code, field, empty: s[field].trim() === '' }).toEqual({ code: s.code, field, empty: false });
      }
      expect([...s.titleZh].length).toBeLessThanOrEqual(40);
      // Lines the document broke mid-sentence are joined.
      expect(s.requirementZh).not.toMatch(/\s/);
      expect(Number.isInteger(s.defaultScore)).toBe(true);
      expect(s.defaultScore).toBeGreaterThanOrEqual(1);
      expect(s.defaultScore).toBeLessThanOrEqual(5);
      if (s.critical) expect(s.defaultScore).toBe(5);
    }
  });

  it('keeps the seed wording of every conduct rule verbatim', () => {
    // A split rule may leave out the part that became its own standard (the guards' hair limit).
    const sources = [SEED_CONDUCT, SEED_CONDUCT.replace(GUARD_PARENTHESIS, '')];
    for (const s of CONDUCT_STANDARDS) {
      const zh = noSpace(s.requirementZh);
      expect({ code: s.code, verbatim: sources.some((src) => src.includes(zh)) }).toEqual({ code: s.code, verbatim: true });
      // The 行走 heading the seed glued onto 服务态度 3) is not part of any rule.
      expect(zh).not.toContain('2、行走');
    }
  });

  it.each(RULE_ANCHORS)('transcribes rule %s (%s)', (_rule, anchor) => {
    expect(CONDUCT_STANDARDS.some((s) => noSpace(s.requirementZh).includes(anchor))).toBe(true);
  });

  it('gives security guards a measured 5 cm hair standard, separate from the men’s hair rule', () => {
    const guard = CONDUCT_STANDARDS.filter((s) => s.requirementZh.includes('保安头发不长于5'));
    expect(guard).toHaveLength(1);
    expect(guard[0]).toMatchObject({ category: 'HAIR', positions: ['SECURITY'], condition: 'MEN_ONLY', checkMethod: 'MEASURE' });

    expect(byCode('CON-HAI-02')).toMatchObject({ positions: [], condition: 'MEN_ONLY' });
    expect(byCode('CON-HAI-02')?.requirementZh).toContain('不蓄须');
  });

  it('limits the women-only rules to women and keeps the sitting rule for everyone', () => {
    expect(byCode('CON-HAI-01')).toMatchObject({ condition: 'WOMEN_ONLY', positions: [] });
    expect(byCode('CON-MKP-01')).toMatchObject({ condition: 'WOMEN_ONLY', positions: [] });
    const sitting = CONDUCT_STANDARDS.find((s) => s.requirementZh.includes('男员工满坐,女员工一律半坐'));
    expect(sitting).toMatchObject({ category: 'SITTING', condition: null });
    const conditioned = CONDUCT_STANDARDS.filter((s) => s.condition !== null).map((s) => s.code);
    expect(conditioned.sort()).toEqual(['CON-HAI-01', 'CON-HAI-02', 'CON-HAI-03', 'CON-MKP-01']);
  });

  it('applies conduct standards to every property format and is sparing with critical flags', () => {
    for (const s of CONDUCT_STANDARDS) expect(s.formats).toEqual([]);
    const critical = ALL.filter((s) => s.critical).map((s) => s.code);
    expect(critical.sort()).toEqual(['CON-ATT-01', 'CON-BEH-01', 'CON-BEH-03']);
  });

  it('scopes every sales-office standard to the SALES_CENTER format', () => {
    expect(SALES_OFFICE_STANDARDS.length).toBeGreaterThan(0);
    for (const s of SALES_OFFICE_STANDARDS) expect(s.formats).toEqual(['SALES_CENTER']);
  });

  it('records customer opinion surveys as documented rounds during sales', () => {
    const survey = SALES_OFFICE_STANDARDS.find((s) => s.requirementZh.includes('客户意见征询'));
    expect(survey).toMatchObject({ checkMethod: 'DOCUMENT' });
    expect(survey?.requirementZh).toContain('2—3次');
    expect(survey?.requirementZh).toMatch(/问卷、电话、面谈/);
  });

  it('covers each service of the sales-office plan', () => {
    const anchors = [
      '咨询服务',
      '客户意见征询',
      '雨伞架、急救包',
      '资料架及时尚杂志',
      '泊车位、赠送雨伞',
      '安全管理服务',
      '保洁服务',
      '展销会',
      '进出车辆及物品',
      '巡视售楼处',
      '正常运行',
      '进驻准备',
    ];
    for (const anchor of anchors) {
      expect({ anchor, found: SALES_OFFICE_STANDARDS.some((s) => s.requirementZh.includes(anchor)) }).toEqual({ anchor, found: true });
    }
  });

  it('states the service policy in both languages', () => {
    expect(SERVICE_POLICY_ZH).toBe('礼貌、热情、友善、乐观、主动、平等');
    expect(SERVICE_POLICY_EN.trim()).not.toBe('');
  });
});
