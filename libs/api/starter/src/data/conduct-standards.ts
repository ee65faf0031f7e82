/**
 * Staff conduct standards (基本行为规范和服务技巧) and the sales-office service plan
 * (关于售楼中心物业管理草案), transcribed from the seed document as the first entries of a
 * tenant's standards library.
 *
 * requirementZh keeps the seed's own wording character for character, including its
 * punctuation (the seed uses ASCII `,` `(` `)` `:` `;` alongside full-width `、` `。`); lines
 * the document broke mid-sentence are joined. Where a numbered rule is split, each standard
 * carries its own part of the rule verbatim. Sales-office items quote the seed or follow it
 * closely (see the notes on the individual entries).
 */
import type { ApplicabilityCondition, CheckMethod, DefaultPositionCode, PropertyFormat, StandardCategory } from '@pinzhi/domain';

export interface StandardSeed {
  /** Stable, unique, e.g. 'CON-ATT-01' (conduct/attire/1), 'SAL-SVC-01'. */
  code: string;
  category: StandardCategory;
  /** Short title in Chinese (≤ 40 characters). */
  titleZh: string;
  titleEn: string;
  /** The seed's own Chinese wording of the rule. */
  requirementZh: string;
  requirementEn: string;
  /** [] means all positions. */
  positions: DefaultPositionCode[];
  condition: ApplicabilityCondition | null;
  checkMethod: CheckMethod;
  /** Points at stake when inspected: 1–5 (2 typical; 5 for critical). */
  defaultScore: number;
  /** True only for rules whose breach is serious on its own. */
  critical: boolean;
  /** [] = every property format. */
  formats: PropertyFormat[];
  /** Where the rule is in the seed document. */
  source: string;
}

/** 服务的方针 (service policy). */
export const SERVICE_POLICY_ZH = '礼貌、热情、友善、乐观、主动、平等';
export const SERVICE_POLICY_EN = 'Courtesy, warmth, friendliness, optimism, initiative and equal treatment';

const CONDUCT = '基本行为规范和服务技巧';
const SALES = '关于售楼中心物业管理草案';

/** Defaults shared by every conduct standard: all positions, all formats, observed, 2 points. */
function conduct(s: Pick<StandardSeed, 'code' | 'category' | 'titleZh' | 'titleEn' | 'requirementZh' | 'requirementEn' | 'source'> & Partial<StandardSeed>): StandardSeed {
  return { positions: [], condition: null, checkMethod: 'OBSERVE', defaultScore: 2, critical: false, formats: [], ...s, source: `${CONDUCT} ${s.source}` };
}

/** Defaults shared by every sales-office standard: SALES_CENTER format only. */
function sales(s: Pick<StandardSeed, 'code' | 'titleZh' | 'titleEn' | 'requirementZh' | 'requirementEn' | 'source'> & Partial<StandardSeed>): StandardSeed {
  return { category: 'SALES_OFFICE', positions: [], condition: null, checkMethod: 'OBSERVE', defaultScore: 2, critical: false, ...s, formats: ['SALES_CENTER'], source: `${SALES} ${s.source}` };
}

export const CONDUCT_STANDARDS: StandardSeed[] = [
  // 一、仪容仪表 — 1、服饰着装
  // 1) is split: wearing the uniform at all (critical) vs. the state it is worn in.
  conduct({
    code: 'CON-ATT-01',
    category: 'ATTIRE',
    titleZh: '上班时间穿工作服',
    titleEn: 'Uniform worn during working hours',
    requirementZh: '上班时间必须穿工作服',
    requirementEn: 'The work uniform must be worn during working hours.',
    defaultScore: 5,
    critical: true,
    source: '一、1、1)',
  }),
  conduct({
    code: 'CON-ATT-02',
    category: 'ATTIRE',
    titleZh: '工作服整洁、纽扣扣齐',
    titleEn: 'Uniform clean and fully buttoned',
    requirementZh: '工作服要整洁,纽扣要扣齐,不允许敞开外衣,非工作需要不允许将衣袖、裤管卷起,不允许将衣服搭在肩上',
    requirementEn:
      'Keep the uniform clean and neat with every button done up; do not wear the jacket open, do not roll up sleeves or trouser legs unless the work requires it, and do not drape clothes over your shoulders.',
    source: '一、1、1)',
  }),
  conduct({
    code: 'CON-ATT-03',
    category: 'ATTIRE',
    titleZh: '不显露个人衣物及物品',
    titleEn: 'No personal clothing or belongings on show',
    requirementZh: '制服外衣衣袖、衣领不显露个人衣物,制服外不显露个人物品,服装衣袋不装过大过厚物品,袋内物品不外露',
    requirementEn:
      'No personal clothing may show at the sleeves or collar of the uniform jacket and no personal belongings outside the uniform; do not carry large or bulky items in uniform pockets, and keep pocket contents out of sight.',
    defaultScore: 1,
    source: '一、1、2)',
  }),
  conduct({
    code: 'CON-ATT-04',
    category: 'ATTIRE',
    titleZh: '工作牌端正佩戴于左胸',
    titleEn: 'Staff badge worn straight on the left chest',
    requirementZh: '上班统一佩戴工作牌,工作牌应端正地戴在左胸襟处',
    requirementEn: 'Always wear the staff badge at work, straight on the left chest.',
    source: '一、1、3)',
  }),
  conduct({
    code: 'CON-ATT-05',
    category: 'ATTIRE',
    titleZh: '鞋袜整洁、鞋带系好',
    titleEn: 'Shoes and socks neat and clean, laces tied',
    requirementZh: '鞋袜穿戴整齐清洁,鞋带系好,不允许穿鞋不穿袜,非工作需要不允许打赤脚或穿雨鞋到处走,工作完毕应在工作场所将鞋擦干净再走',
    requirementEn:
      'Wear shoes and socks neatly and keep them clean, with laces tied; do not wear shoes without socks; do not walk about barefoot or in rain boots unless the work requires it; when work is finished, wipe your shoes clean at the workplace before leaving.',
    source: '一、1、4)',
  }),
  conduct({
    code: 'CON-ATT-06',
    category: 'ATTIRE',
    titleZh: '不穿背心、短裤、拖鞋',
    titleEn: 'No vests, shorts or slippers',
    requirementZh: '非特殊情况不允许穿背心、短裤、拖鞋',
    requirementEn: 'Except in special circumstances, do not wear sleeveless vests, shorts or slippers.',
    defaultScore: 3,
    source: '一、1、5)',
  }),
  conduct({
    code: 'CON-ATT-07',
    category: 'ATTIRE',
    titleZh: '不戴有色眼镜',
    titleEn: 'No tinted glasses',
    requirementZh: '男女员工均不允许戴有色眼镜',
    requirementEn: 'No staff member, male or female, may wear tinted glasses.',
    source: '一、1、6)',
  }),

  // 一、仪容仪表 — 2、须发
  conduct({
    code: 'CON-HAI-01',
    category: 'HAIR',
    titleZh: '女员工前发不遮眼、后发不过肩',
    titleEn: 'Women: fringe clear of the eyes, hair above the shoulders',
    requirementZh: '女员工前发不遮眼,后发不超过肩部,不梳怪异发型',
    requirementEn: 'Female staff: the fringe must not cover the eyes, the hair at the back must not go past the shoulders, and no outlandish hairstyles.',
    condition: 'WOMEN_ONLY',
    source: '一、2、1)',
  }),
  // 2) is split: the men's rule for everyone, and the stricter length limit for security guards,
  // which is measured. The men's standard leaves out the guards' parenthesis (其中:…).
  conduct({
    code: 'CON-HAI-02',
    category: 'HAIR',
    titleZh: '男员工发不过领、不盖耳、不蓄须',
    titleEn: 'Men: hair above the collar, ears uncovered, no beard',
    requirementZh: '男员工后发根不超过衣领,不盖耳,不蓄须',
    requirementEn: 'Male staff: the hair at the back must not reach past the collar or cover the ears, and no beards.',
    condition: 'MEN_ONLY',
    source: '一、2、2)',
  }),
  conduct({
    code: 'CON-HAI-03',
    category: 'HAIR',
    titleZh: '保安头发不长于5㎝',
    titleEn: 'Security guards: hair no longer than 5 cm',
    requirementZh: '保安头发不长于5㎝',
    requirementEn: 'Security guards’ hair must be no longer than 5 cm.',
    positions: ['SECURITY'],
    condition: 'MEN_ONLY',
    checkMethod: 'MEASURE',
    source: '一、2、2)(其中)',
  }),
  conduct({
    code: 'CON-HAI-04',
    category: 'HAIR',
    titleZh: '头发整洁、不染黑色以外颜色',
    titleEn: 'Hair neat; no colours other than black',
    requirementZh: '所有员工头发保持整洁光鲜,不允许染除黑色外的其他颜色',
    requirementEn: 'All staff must keep their hair clean and well groomed, and may not dye it any colour other than black.',
    source: '一、2、3)',
  }),
  conduct({
    code: 'CON-HAI-05',
    category: 'HAIR',
    titleZh: '不剃光头',
    titleEn: 'No shaved heads',
    requirementZh: '所有员工不允许剃光头',
    requirementEn: 'No staff member may shave their head.',
    source: '一、2、4)',
  }),

  // 一、仪容仪表 — 3、个人卫生
  conduct({
    code: 'CON-HYG-01',
    category: 'HYGIENE',
    titleZh: '手部干净、不涂有色指甲油',
    titleEn: 'Clean hands; no coloured nail polish',
    requirementZh: '保持手部干净,指甲内不允许残留污物,不涂有色指甲油',
    requirementEn: 'Keep your hands clean with no dirt under the fingernails, and do not wear coloured nail polish.',
    source: '一、3、1)',
  }),
  conduct({
    code: 'CON-HYG-02',
    category: 'HYGIENE',
    titleZh: '勤洗澡勤换衣、无汗臭',
    titleEn: 'Bathe and change clothes often; no body odour',
    requirementZh: '员工应经常洗澡防汗臭,勤换衣服。衣服因工作而弄湿、弄脏后应及时换洗',
    requirementEn: 'Bathe often to prevent body odour and change your clothes frequently. If your clothes get wet or dirty through work, change and wash them promptly.',
    source: '一、3、2)',
  }),
  conduct({
    code: 'CON-HYG-03',
    category: 'HYGIENE',
    titleZh: '口腔清洁、口气清新',
    titleEn: 'Clean mouth, fresh breath',
    requirementZh: '上班前不允许吃有异味食品,保持口腔清洁,口气清新',
    requirementEn: 'Do not eat strong-smelling food before work; keep your mouth clean and your breath fresh.',
    source: '一、3、3)',
  }),
  conduct({
    code: 'CON-HYG-04',
    category: 'HYGIENE',
    titleZh: '眼、耳清洁',
    titleEn: 'Clean eyes and ears',
    requirementZh: '保持眼、耳、清洁,不允许残留眼屎、耳垢',
    requirementEn: 'Keep your eyes and ears clean, with no sleep in the corners of the eyes and no earwax.',
    defaultScore: 1,
    source: '一、3、4)',
  }),

  // 一、仪容仪表 — 4 (化妆)
  conduct({
    code: 'CON-MKP-01',
    category: 'MAKEUP',
    titleZh: '女员工淡妆、不浓妆艳抹',
    titleEn: 'Women: light make-up only',
    requirementZh: '女员工应淡妆打扮,不允许浓妆艳抹,避免使用味浓的化妆品',
    requirementEn: 'Female staff should wear light make-up; heavy, garish make-up is not allowed, and strongly scented cosmetics should be avoided.',
    condition: 'WOMEN_ONLY',
    source: '一、4',
  }),

  // 一、仪容仪表 — 5 (仪表整理)
  conduct({
    code: 'CON-GRM-01',
    category: 'GROOMING',
    titleZh: '上班前检查仪表，不在客户面前整理仪容',
    titleEn: 'Check appearance before work; never tidy up in front of customers',
    requirementZh: '每天上班前应注意检查自己的仪表,上班时不能在客户面前或公共场所整理仪容仪表,必要时应到卫生间或工作间整理',
    requirementEn:
      'Check your appearance every day before starting work. While on duty, do not tidy your appearance in front of customers or in public areas; if you need to, go to a washroom or staff room.',
    source: '一、5',
  }),

  // 二、行为举止 — 1、服务态度
  conduct({
    code: 'CON-SVC-01',
    category: 'SERVICE_ATTITUDE',
    titleZh: '服务时面带笑容、热情主动',
    titleEn: 'Smile and be warm and proactive when serving',
    requirementZh: '对客户服务无论如何时都应面带笑容,和颜悦色,热情主动',
    requirementEn: 'Whenever you serve customers, smile, be pleasant and kind, and be warm and proactive.',
    defaultScore: 3,
    source: '二、1、1)',
  }),
  conduct({
    code: 'CON-SVC-02',
    category: 'SERVICE_ATTITUDE',
    titleZh: '劝离客户时文明礼貌',
    titleEn: 'Be courteous when asking customers to leave',
    requirementZh: '在将客户劝离工作场所时要文明礼貌,并做好解释及道歉工作',
    requirementEn: 'When asking customers to leave a work area, be civil and polite, explain why and apologise.',
    checkMethod: 'INTERVIEW',
    defaultScore: 3,
    source: '二、1、2)',
  }),
  conduct({
    code: 'CON-SVC-03',
    category: 'SERVICE_ATTITUDE',
    titleZh: '虚心接受评价，耐心倾听投诉并及时汇报',
    titleEn: 'Accept feedback graciously; hear complaints out and report them',
    requirementZh: '谦虚和悦接受客户的评价,对客户的投诉应耐心倾听,并及时向主管汇报',
    requirementEn: 'Accept customers’ comments modestly and pleasantly; listen patiently to customer complaints and report them to your supervisor promptly.',
    checkMethod: 'INTERVIEW',
    defaultScore: 3,
    source: '二、1、3)',
  }),

  // 二、行为举止 — 2、行走
  conduct({
    code: 'CON-WLK-01',
    category: 'WALKING',
    titleZh: '行走时不插兜、不抱胸、不背手',
    titleEn: 'No hands in pockets, folded arms or hands behind the back when walking',
    requirementZh: '行走时不允许把手放入衣袋里,也不允许双手抱胸或背手走路',
    requirementEn: 'Do not walk with your hands in your pockets, with your arms folded across your chest, or with your hands clasped behind your back.',
    source: '二、2、1)',
  }),
  conduct({
    code: 'CON-WLK-02',
    category: 'WALKING',
    titleZh: '同行时不勾肩搭背、不嬉戏打闹',
    titleEn: 'No arms round shoulders or horseplay when walking with others',
    requirementZh: '在工作场合与他人同行时,不允许勾肩搭背,不允许同行时嬉戏打闹',
    requirementEn: 'When walking with others at work, do not put your arms around each other’s shoulders, and do not fool around.',
    source: '二、2、2)',
  }),
  conduct({
    code: 'CON-WLK-03',
    category: 'WALKING',
    titleZh: '不与客户抢道',
    titleEn: 'Do not cut in front of customers',
    requirementZh: '行走时,不允许与客户抢道穿行;特殊情况下,应向客户示意后方可越行',
    requirementEn: 'Do not push past or cut in front of customers when walking; if you must pass, first signal to the customer.',
    source: '二、2、3)',
  }),
  conduct({
    code: 'CON-WLK-04',
    category: 'WALKING',
    titleZh: '步履轻快、不奔跑跳跃',
    titleEn: 'Walk briskly; no running or jumping',
    requirementZh: '走路动作应轻快,但非紧急情况不应奔跑、跳跃',
    requirementEn: 'Walk lightly and briskly, but do not run or jump unless there is an emergency.',
    source: '二、2、4)',
  }),
  conduct({
    code: 'CON-WLK-05',
    category: 'WALKING',
    titleZh: '拉运货物时不遮挡视线',
    titleEn: 'Keep a clear view when moving goods',
    requirementZh: '手拉货物行走时不应遮住自己的视线',
    requirementEn: 'When moving goods by hand, do not let the load block your view.',
    source: '二、2、5)',
  }),
  conduct({
    code: 'CON-WLK-06',
    category: 'WALKING',
    titleZh: '靠右行走',
    titleEn: 'Keep to the right',
    requirementZh: '尽量靠路右侧行走',
    requirementEn: 'Keep to the right-hand side of the way wherever possible.',
    defaultScore: 1,
    source: '二、2、6)',
  }),
  conduct({
    code: 'CON-WLK-07',
    category: 'WALKING',
    titleZh: '遇上司或客户主动点头示意',
    titleEn: 'Nod in greeting to supervisors and customers',
    requirementZh: '与上司或客户相遇时,应主动点头示意',
    requirementEn: 'When you meet a supervisor or a customer, be the first to nod in greeting.',
    source: '二、2、7)',
  }),

  // 二、行为举止 — 3、就座: the paragraph's requirements, then each forbidden posture. The
  // seed lists the postures themselves under "就座时不允许有以下几种姿势", so their
  // requirementZh names the posture and the title states the prohibition.
  conduct({
    code: 'CON-SIT-01',
    category: 'SITTING',
    titleZh: '坐姿端正（男员工满坐、女员工半坐）',
    titleEn: 'Sit upright and properly',
    requirementZh:
      '就座时姿态要端正,入座要轻缓,上身要直,人体重心要稳,腰部挺起,手自然放在双膝上,双膝并拢,目光平视,面带笑容,男员工满坐,女员工一律半坐,严禁将双手夹在腿中间',
    requirementEn:
      'Sit in a proper posture: sit down gently, keep the upper body straight, your weight steady and your back upright, rest your hands naturally on your knees with the knees together, look straight ahead and smile. Men sit on the whole seat; women always sit on the front half of it. Never clamp your hands between your legs.',
    source: '二、3',
  }),
  conduct({
    code: 'CON-SIT-02',
    category: 'SITTING',
    titleZh: '坐时不前俯后仰、不摇腿翘脚',
    titleEn: 'No rocking or leg-swinging when seated',
    requirementZh: '坐在椅子上前俯后仰,摇腿翘脚',
    requirementEn: 'Not allowed when seated: rocking back and forth in the chair, jiggling your legs or cocking your feet up.',
    source: '二、3、1)',
  }),
  conduct({
    code: 'CON-SIT-03',
    category: 'SITTING',
    titleZh: '上司或客户面前不抱胸、不跷二郎腿、不半躺',
    titleEn: 'No folded arms, crossed legs or lounging before supervisors or customers',
    requirementZh: '在上司或客户面前双手抱着胸前,翘二郎腿或半躺半坐',
    requirementEn: 'Not allowed when seated in front of a supervisor or customer: arms folded across the chest, legs crossed, or half lying back in the seat.',
    source: '二、3、2)',
  }),
  conduct({
    code: 'CON-SIT-04',
    category: 'SITTING',
    titleZh: '不趴在工作台上、不把脚放上工作台',
    titleEn: 'No slumping over the desk or feet on it',
    requirementZh: '趴在工作台上或把脚放于工作台上',
    requirementEn: 'Not allowed when seated: slumping over the workstation or putting your feet up on it.',
    source: '二、3、3)',
  }),
  conduct({
    code: 'CON-SIT-05',
    category: 'SITTING',
    titleZh: '不晃动桌椅发出声音',
    titleEn: 'No rattling desks or chairs',
    requirementZh: '晃动桌椅,发出声音',
    requirementEn: 'Not allowed when seated: rocking the desk or chair so that it makes a noise.',
    defaultScore: 1,
    source: '二、3、4)',
  }),

  // 二、行为举止 — 4、其他行为
  conduct({
    code: 'CON-BEH-01',
    category: 'BEHAVIOUR',
    titleZh: '不随地吐痰、不乱扔果皮纸屑',
    titleEn: 'No spitting or littering',
    requirementZh: '不允许随地吐痰,乱扔果皮、纸屑',
    requirementEn: 'Do not spit on the ground or drop fruit peel or scraps of paper.',
    defaultScore: 5,
    critical: true,
    source: '二、4、1)',
  }),
  conduct({
    code: 'CON-BEH-02',
    category: 'BEHAVIOUR',
    titleZh: '上班不吃零食、不做与工作无关的事',
    titleEn: 'No snacking or non-work activities on duty',
    requirementZh: '上班时间不允许吃零食,玩弄个人小物品或做与工作无关的事情',
    requirementEn: 'During working hours, do not eat snacks, fiddle with personal items or do anything unrelated to work.',
    source: '二、4、2)',
  }),
  // Kept whole: the seed's "不" governs the whole list (不吸烟、掏鼻孔、…), so no part of it
  // after 吸烟 can be quoted on its own. Critical because it forbids smoking before customers.
  conduct({
    code: 'CON-BEH-03',
    category: 'BEHAVIOUR',
    titleZh: '公共场所及客户面前不吸烟、无不雅举动',
    titleEn: 'No smoking or unseemly habits in public or before customers',
    requirementZh: '在公共场所及客户面前不吸烟、掏鼻孔、掏耳朵、搔痒、不允许脱鞋、卷裤脚衣袖、不允许伸懒腰、哼小调、打哈欠',
    requirementEn:
      'In public areas and in front of customers, do not smoke, pick your nose or ears, or scratch yourself; do not take off your shoes or roll up your trouser legs or sleeves; do not stretch, hum or yawn.',
    defaultScore: 5,
    critical: true,
    source: '二、4、3)',
  }),
];

/**
 * The sales-office service plan as checkable standards for the SALES_CENTER format.
 * Sections 一 to 五 in order, then the services named only in the plan's opening paragraph
 * (首段). The opening paragraph's consulting, cleaning and sales-event items repeat
 * sections 一, 四 and 五 and are covered there.
 */
export const SALES_OFFICE_STANDARDS: StandardSeed[] = [
  // 一、提供物业管理咨询
  sales({
    code: 'SAL-CNS-01',
    category: 'CUSTOMER_SERVICE',
    titleZh: '解答客户及销售员的物业管理咨询',
    titleEn: 'Property-management questions from customers and sales staff answered',
    requirementZh: '负责物业管理方面的咨询服务,就客户及销售员提出的问题给予解答',
    requirementEn: 'Provide property-management consulting: answer the questions that customers and sales staff raise.',
    positions: ['SALES_OFFICE', 'CUSTOMER_SERVICE'],
    checkMethod: 'INTERVIEW',
    defaultScore: 3,
    source: '一、提供物业管理咨询',
  }),
  sales({
    code: 'SAL-CNS-02',
    category: 'CUSTOMER_SERVICE',
    titleZh: '对销售员反馈的意见提出解决方案',
    titleEn: 'Solutions proposed for feedback from sales staff',
    requirementZh: '就销售员反馈的物业管理方面的意见和建议提出具体的解决方案,增强客户信心',
    requirementEn: 'Propose concrete solutions to the property-management comments and suggestions passed on by sales staff, to strengthen customer confidence.',
    positions: ['SALES_OFFICE', 'CUSTOMER_SERVICE'],
    checkMethod: 'DOCUMENT',
    source: '一、提供物业管理咨询',
  }),

  // 二、开展客户意见征询 (the seed's "我们拟" — "we plan to" — is left out of the requirement)
  sales({
    code: 'SAL-SUR-01',
    category: 'CUSTOMER_SERVICE',
    titleZh: '销售期间开展2—3次客户意见征询',
    titleEn: 'Two to three customer opinion surveys during sales',
    requirementZh: '在销售过程中,通过问卷、电话、面谈等方式开展2—3次客户意见征询',
    requirementEn: 'During the sales period, conduct two to three rounds of customer opinion surveys by questionnaire, telephone, face-to-face interview or similar means.',
    positions: ['CUSTOMER_SERVICE'],
    checkMethod: 'DOCUMENT',
    defaultScore: 3,
    source: '二、开展客户意见征询',
  }),
  sales({
    code: 'SAL-SUR-02',
    category: 'CUSTOMER_SERVICE',
    titleZh: '统计客户需求并及时修订管理方案',
    titleEn: 'Survey results tallied and the management plan revised',
    requirementZh: '就客户及购房者对物业管理方面的需求加以收集和统计,及时修订和调整管理方案,确保日后物业管理服务的适用性',
    requirementEn:
      'Collect and tally what customers and home buyers need from property management, and promptly revise and adjust the management plan so that the future property-management service fits those needs.',
    positions: ['CUSTOMER_SERVICE'],
    checkMethod: 'DOCUMENT',
    source: '二、开展客户意见征询',
  }),

  // 三、提供优质客户服务
  sales({
    code: 'SAL-AMN-01',
    titleZh: '配置雨伞架、急救包',
    titleEn: 'Umbrella stand and first-aid kit provided',
    requirementZh: '在销售中心内配置雨伞架、急救包等,以便购房者不时之需',
    requirementEn: 'Provide an umbrella stand, a first-aid kit and the like in the sales center, so that they are there whenever buyers need them.',
    positions: ['SALES_OFFICE'],
    source: '三、1.',
  }),
  sales({
    code: 'SAL-AMN-02',
    titleZh: '配置资料架及时尚杂志',
    titleEn: 'Literature racks and lifestyle magazines provided',
    requirementZh: '配置一定量资料架及时尚杂志等,让购房者(尤其是家庭购房者)可感受休闲之乐',
    requirementEn: 'Provide a number of literature racks, lifestyle magazines and the like so that buyers (especially families) can relax and enjoy their visit.',
    positions: ['SALES_OFFICE'],
    defaultScore: 1,
    source: '三、1.',
  }),
  sales({
    code: 'SAL-AMN-03',
    titleZh: '提供泊车位、赠送雨伞等服务',
    titleEn: 'Parking and complimentary umbrellas offered',
    requirementZh: '在销售中心提供泊车位、赠送雨伞等各项服务',
    requirementEn: 'Offer parking spaces, complimentary umbrellas and similar services at the sales center.',
    positions: ['SALES_OFFICE', 'SECURITY'],
    source: '三、2.',
  }),

  // 四、提供安全管理及保洁服务 (one sentence covering both; split by who does the work)
  sales({
    code: 'SAL-SEC-01',
    category: 'SECURITY',
    titleZh: '销售中心及样板房安全管理',
    titleEn: 'Security of the sales center and model homes',
    requirementZh: '为销售中心及样板房提供专业的安全管理服务',
    requirementEn: 'Provide professional security management for the sales center and the model homes.',
    positions: ['SECURITY'],
    defaultScore: 3,
    source: '四、提供安全管理及保洁服务',
  }),
  // Follows the seed closely: "安全管理服务和" removed from the shared sentence.
  sales({
    code: 'SAL-CLN-01',
    category: 'CLEANING',
    titleZh: '销售中心及样板房保洁',
    titleEn: 'Cleaning of the sales center and model homes',
    requirementZh: '为销售中心及样板房提供专业的保洁服务,维持销售现场的良好环境',
    requirementEn: 'Provide professional cleaning for the sales center and the model homes, keeping the sales site in good condition.',
    positions: ['CLEANER'],
    defaultScore: 3,
    source: '四、提供安全管理及保洁服务；首段(负责售楼处各个区域的清洁工作)',
  }),

  // 五、协助举办展销活动
  sales({
    code: 'SAL-EVT-01',
    titleZh: '协助举办展销及促销活动',
    titleEn: 'Support for sales exhibitions and promotional events',
    requirementZh: '协助定期举办展销会、其他庆祝或促销活动',
    requirementEn: 'Help stage the regular sales exhibitions and other celebrations or promotional events.',
    positions: ['SALES_OFFICE'],
    checkMethod: 'INTERVIEW',
    source: '五、协助举办展销活动',
  }),

  // Opening paragraph (首段): services listed there and nowhere else.
  sales({
    code: 'SAL-SEC-02',
    category: 'SECURITY',
    titleZh: '进出车辆及物品管理',
    titleEn: 'Vehicles and goods entering and leaving controlled',
    requirementZh: '进出车辆及物品的管理工作',
    requirementEn: 'Manage the vehicles and goods that enter and leave.',
    positions: ['SECURITY'],
    defaultScore: 3,
    source: '首段',
  }),
  sales({
    code: 'SAL-OPS-01',
    titleZh: '巡视售楼处卫生及设施设备运行',
    titleEn: 'Sales office patrolled for cleanliness and equipment',
    requirementZh: '巡视售楼处的卫生情况、各设施设备的运行情况',
    requirementEn: 'Patrol the sales office to check its cleanliness and how all facilities and equipment are running.',
    checkMethod: 'DOCUMENT',
    source: '首段',
  }),
  sales({
    code: 'SAL-OPS-02',
    titleZh: '维护售楼处设施设备正常运行',
    titleEn: 'Sales-office equipment kept in working order',
    requirementZh: '维护售楼处内各设备设施的正常运行',
    requirementEn: 'Keep all equipment and facilities in the sales office running properly.',
    source: '首段',
  }),
  sales({
    code: 'SAL-PRE-01',
    titleZh: '协助前期物业进驻准备',
    titleEn: 'Preparations for the early-stage management team supported',
    requirementZh: '协助前期物业的进驻准备工作',
    requirementEn: 'Help prepare for the early-stage property-management team to move in.',
    checkMethod: 'DOCUMENT',
    source: '首段',
  }),
];
