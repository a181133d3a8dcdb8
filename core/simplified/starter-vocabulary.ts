/**
 * The starter vocabulary: Hong Kong terms that OpenCC leaves as they are (it changes the
 * script, not the word), with the word a mainland news text uses. Compiled for this project;
 * each note is the reviewed reason for the entry. Seeded as global entries (migration 002),
 * each of which a user can switch off.
 *
 * Kept conservative: a term is listed only when its mainland equivalent is clear in news
 * text. A guard entry lists a longer phrase with its correct Simplified, so that a term
 * hidden across a word boundary does not fire (受傷的士兵 is 的 + 士兵, not a taxi); its note
 * ends with an example, in parentheses, that the guard keeps right.
 *
 * Left out on purpose, because they collide with ordinary text or are ambiguous:
 *   結他 → 吉他 (總結他的經驗, 團結他們); 入球 → 进球 (加入球隊); 上載 → 上传 (船上載有);
 *   行人路 → 人行道 (行人路過); 油站 → 加油站 (加油站, 輸油站); 沙律 → 沙拉 (長沙律師);
 *   發展商 → 开发商 (發展商業); 交通燈 → 交通信号灯 (交通燈號); 多士 → 吐司 (眾多士兵);
 *   球證 → 裁判 (全球證券); 花紅 → 奖金 (花紅柳綠); 單程路 → 单行道 (單程路線);
 *   塑膠 → 塑料 (mainland keeps 塑胶跑道); 街市 → 菜市场 (names of markets);
 *   冷氣 alone (cold air), 質素 alone (质量 for services, 素质 for people),
 *   芝士, 雪糕, 車厘子, 私隱, 透過 (mainland usage is split or the word has a second sense).
 */
export interface StarterTerm {
  traditional: string;
  simplified: string;
  note: string;
}

export const STARTER_VOCABULARY: readonly StarterTerm[] = [
  // Transport
  { traditional: '的士', simplified: '出租车', note: 'taxi, from English; mainland news writes 出租车' },
  { traditional: '的士兵', simplified: '的士兵', note: 'guard: 的 + 士兵 "the soldiers", not a taxi (受傷的士兵)' },
  { traditional: '的士氣', simplified: '的士气', note: 'guard: 的 + 士氣 "the morale", not a taxi (打擊了市民的士氣)' },
  { traditional: '的士高', simplified: '迪斯科', note: 'disco, Hong Kong transliteration; mainland 迪斯科' },
  { traditional: '巴士', simplified: '公交车', note: 'city bus; mainland news writes 公交车' },
  { traditional: '巴士路線', simplified: '公交线路', note: 'bus route; mainland 公交线路' },
  { traditional: '巴士公司', simplified: '公交公司', note: 'bus company; mainland 公交公司' },
  { traditional: '雙層巴士', simplified: '双层巴士', note: 'double-decker; mainland also says 双层巴士, so 巴士 is kept here' },
  { traditional: '旅遊巴士', simplified: '旅游大巴', note: 'tour coach; mainland 旅游大巴' },
  { traditional: '巴士底', simplified: '巴士底', note: 'guard: the Bastille, a name (巴士底獄)' },
  { traditional: '巴士拉', simplified: '巴士拉', note: 'guard: Basra, the Iraqi city, a name (巴士拉)' },
  { traditional: '巴士海峽', simplified: '巴士海峡', note: 'guard: the Bashi Channel, a name (巴士海峽)' },
  { traditional: '私家車', simplified: '私家车', note: 'private car; mainland says 私家车 too (same as OpenCC), listed as checked' },
  { traditional: '單車', simplified: '自行车', note: 'bicycle; mainland 自行车' },
  { traditional: '共享單車', simplified: '共享单车', note: 'shared bikes: the mainland term itself keeps 单车' },
  { traditional: '單車徑', simplified: '自行车道', note: 'cycle track; mainland 自行车道' },
  { traditional: '電單車', simplified: '摩托车', note: 'motorcycle in Hong Kong usage, not an electric bicycle; mainland 摩托车' },
  { traditional: '泊車', simplified: '停车', note: 'to park a car; mainland 停车' },
  { traditional: '代客泊車', simplified: '代客泊车', note: 'valet parking: mainland uses 代客泊车 as the name of the service' },
  { traditional: '停泊', simplified: '停泊', note: 'guard: 停泊 + 車輛 "parked vehicles", not 停 + 泊車 (違例停泊車輛)' },
  { traditional: '貨櫃', simplified: '集装箱', note: 'shipping container (貨櫃碼頭); mainland 集装箱' },
  { traditional: '迴旋處', simplified: '环岛', note: 'roundabout; mainland 环岛' },
  { traditional: '扶手電梯', simplified: '自动扶梯', note: 'escalator; mainland 自动扶梯' },
  { traditional: '升降機', simplified: '电梯', note: 'lift; mainland 电梯 (its 升降机 is a hoist)' },
  { traditional: '車呔', simplified: '轮胎', note: 'tyre, 呔 from English "tire"; mainland 轮胎' },
  { traditional: '地盤工人', simplified: '建筑工人', note: 'construction worker; only this phrase, since 地盤 alone also means turf' },
  // Home and food
  { traditional: '雪櫃', simplified: '冰箱', note: 'refrigerator; mainland 冰箱' },
  { traditional: '冷氣機', simplified: '空调', note: 'air conditioner; mainland 空调' },
  { traditional: '梳化', simplified: '沙发', note: 'sofa, Hong Kong transliteration; mainland 沙发' },
  { traditional: '洗頭水', simplified: '洗发水', note: 'shampoo; mainland 洗发水' },
  { traditional: '膠袋', simplified: '塑料袋', note: 'plastic bag; mainland 塑料袋' },
  { traditional: '膠樽', simplified: '塑料瓶', note: 'plastic bottle; mainland 塑料瓶' },
  { traditional: '飲管', simplified: '吸管', note: 'drinking straw; mainland 吸管' },
  { traditional: '士多啤梨', simplified: '草莓', note: 'strawberry, Hong Kong transliteration; mainland 草莓' },
  { traditional: '的士多啤梨', simplified: '的草莓', note: 'guard: 的 + 士多啤梨 "the strawberries", not a taxi (新鮮的士多啤梨)' },
  { traditional: '朱古力', simplified: '巧克力', note: 'chocolate; mainland 巧克力' },
  { traditional: '三文治', simplified: '三明治', note: 'sandwich; mainland 三明治' },
  { traditional: '忌廉', simplified: '奶油', note: 'cream, Hong Kong transliteration; mainland 奶油' },
  { traditional: '布甸', simplified: '布丁', note: 'pudding; mainland 布丁' },
  { traditional: '薯仔', simplified: '土豆', note: 'potato; mainland 土豆' },
  { traditional: '維他命', simplified: '维生素', note: 'vitamin; mainland 维生素' },
  // Technology
  { traditional: '晶片', simplified: '芯片', note: 'microchip; mainland 芯片' },
  { traditional: '矽', simplified: '硅', note: 'silicon (矽谷 → 硅谷); 矽 is not used in mainland writing, so it is safe alone' },
  { traditional: '伺服器', simplified: '服务器', note: 'server; mainland 服务器' },
  { traditional: '演算法', simplified: '算法', note: 'algorithm; mainland 算法' },
  { traditional: '資料庫', simplified: '数据库', note: 'database; mainland 数据库' },
  { traditional: '記憶體', simplified: '内存', note: 'computer memory; mainland 内存' },
  { traditional: '記憶體現', simplified: '记忆体现', note: 'guard: 記憶 + 體現 "the memory shows", not computer memory (這段記憶體現了)' },
  { traditional: '硬碟', simplified: '硬盘', note: 'hard disk; mainland 硬盘' },
  { traditional: '光碟', simplified: '光盘', note: 'optical disc; mainland 光盘' },
  { traditional: '滑鼠', simplified: '鼠标', note: 'computer mouse; mainland 鼠标' },
  { traditional: '解像度', simplified: '分辨率', note: 'display resolution; mainland 分辨率' },
  { traditional: '熒幕', simplified: '屏幕', note: 'screen; mainland 屏幕' },
  { traditional: '螢幕', simplified: '屏幕', note: 'screen (the other common Hong Kong spelling); mainland 屏幕' },
  { traditional: '寬頻', simplified: '宽带', note: 'broadband; mainland 宽带' },
  { traditional: '頻寬', simplified: '带宽', note: 'bandwidth; mainland 带宽' },
  { traditional: '雲端運算', simplified: '云计算', note: 'cloud computing; mainland 云计算' },
  { traditional: '應用程式', simplified: '应用程序', note: 'application (app); mainland 应用程序; 程式 alone is left for 方程式' },
  { traditional: '搜尋', simplified: '搜索', note: 'to search; mainland 搜索' },
  { traditional: '搜尋器', simplified: '搜索引擎', note: 'search engine; mainland 搜索引擎' },
  { traditional: '網誌', simplified: '博客', note: 'blog; mainland 博客' },
  { traditional: '駭客', simplified: '黑客', note: 'hacker; mainland 黑客' },
  { traditional: '機械人', simplified: '机器人', note: 'robot; mainland 机器人' },
  { traditional: '視像', simplified: '视频', note: 'video (視像會議, 視像通話); mainland 视频' },
  { traditional: '短訊', simplified: '短信', note: 'text message; mainland 短信' },
  { traditional: '電郵', simplified: '电子邮件', note: 'e-mail; mainland news writes 电子邮件' },
  { traditional: '手提電話', simplified: '手机', note: 'mobile phone; mainland 手机' },
  { traditional: '流動電話', simplified: '手机', note: 'mobile phone (formal Hong Kong term); mainland 手机' },
  { traditional: '手提電腦', simplified: '笔记本电脑', note: 'laptop; mainland 笔记本电脑' },
  { traditional: '資訊科技', simplified: '信息技术', note: 'information technology; mainland 信息技术' },
  { traditional: '鐳射', simplified: '激光', note: 'laser, Hong Kong transliteration; mainland 激光' },
  { traditional: '自動櫃員機', simplified: '自动取款机', note: 'cash machine (ATM); mainland 自动取款机' },
  { traditional: '信用咭', simplified: '信用卡', note: 'credit card, 咭 being the Hong Kong "card"; mainland 信用卡' },
  { traditional: '咭片', simplified: '名片', note: 'business card; mainland 名片' },
  // Society, money and services
  { traditional: '服務質素', simplified: '服务质量', note: 'quality of service; mainland 服务质量' },
  { traditional: '空氣質素', simplified: '空气质量', note: 'air quality; mainland 空气质量' },
  { traditional: '教學質素', simplified: '教学质量', note: 'teaching quality; mainland 教学质量' },
  { traditional: '公帑', simplified: '公款', note: 'public money (浪費公帑); mainland 公款' },
  { traditional: '入息', simplified: '收入', note: 'income (入息審查); mainland 收入' },
  { traditional: '收入', simplified: '收入', note: 'guard: 收入 + 息息相關, not 收 + 入息 (收入息息相關)' },
  { traditional: '按金', simplified: '押金', note: 'deposit (rent, hire); mainland 押金' },
  { traditional: '按金額', simplified: '按金额', note: 'guard: 按 + 金額 "by the amount", not a deposit (按金額計算)' },
  { traditional: '找續', simplified: '找零', note: 'to give change; mainland 找零' },
  { traditional: '銀碼', simplified: '金额', note: 'sum of money; mainland 金额' },
  { traditional: '杯葛', simplified: '抵制', note: 'boycott, Hong Kong transliteration; mainland 抵制' },
  { traditional: '急症室', simplified: '急诊室', note: 'accident and emergency room; mainland 急诊室' },
  { traditional: '私家醫院', simplified: '私立医院', note: 'private hospital; mainland 私立医院' },
  { traditional: '私家醫生', simplified: '私人医生', note: 'private doctor; mainland 私人医生' },
  { traditional: '安老院', simplified: '养老院', note: 'care home for the elderly; mainland 养老院' },
  { traditional: '幼稚園', simplified: '幼儿园', note: 'kindergarten; mainland 幼儿园' },
  { traditional: '課室', simplified: '教室', note: 'classroom; mainland 教室' },
  { traditional: '補習社', simplified: '补习班', note: 'tutoring centre; mainland 补习班' },
  { traditional: '堆填區', simplified: '垃圾填埋场', note: 'landfill; mainland 垃圾填埋场' },
  { traditional: '太空人', simplified: '宇航员', note: 'astronaut; mainland 宇航员' },
  { traditional: '波鞋', simplified: '运动鞋', note: 'sports shoes, 波 being "ball"; mainland 运动鞋' },
];
