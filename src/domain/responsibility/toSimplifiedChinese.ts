/**
 * Traditional → simplified characters for the words of division documents: role words (牽頭, 負責,
 * 按職責分工負責, 配合單位), the first-listed-leads note (列第一位者為牽頭部門，下同) and the characters of
 * department and place names (省發展改革委, 省財政廳, 延邊州政府). A fixed table, not a general converter:
 * characters not in it are returned unchanged.
 */
const TRADITIONAL =
  "牽負責職門單為別標註會議與於後個來們時東車長門開關間應當從這還進過選邊達遠運運際經結統計設訂調證識讀財貨費資質賣買貿義務動勞勢區醫華協衛鄉縣監測環境衛體團園圖國圍廳廣廠歷歲辦農業產電視廣播藥務稅銀險級紀練組織線網絲總續綜縣聯聽聲職膽藝萬蘭處號衝補規視覽觀記許論設評試詢該諮謀講謝證護讓讚變質費資趕輸輕較載輛輯農連週進遊運過道達遷選遺邊郵鄉醫釋鎮鐵錢鋼錄鎮門閱閩陽隊階際陸隨險雙雜難電電靈青韓頁項順預領頭題類顯風飛飲養館馬駐驗體髮鬥鳥鴻鹽麥黃黨齊龍龜壽島內兩實寧寫專將對導層屬嶺幣師帶幫幾庫廢廟開異張強歸彙後徑從復徵態戰戶拋擔據擁擇擊擴擺攝敵數斷於時晉書會東條來構標樣樹橋機權歡歐殘氣漢災為烏無煙熱燈營爭爾牆獎獨環現產畢畫當發盡監盤眾碼礎確礦禮稅種積穩窮競筆範築簡簽節糧紅約級紀紙純細終組經結給統絕維綠緊線編緣練縣縮總績繁織繞繫續羅義習聖聞聯聲職聽肅脅脫腦興舉艦藝藥萬蓋蘇號蟲術衛衝補裝製複規視親覺觀解計訊討訓記許設訪證評詞試話該詳認誤說誰課調談請諸論講謝識譯議護讀變讓財貢責販貨貧貫費貸貿資賓賞賠質購贊趙輔輸辦農迴適遞遲鄰郵釀針鈔鋪鍵鎮鏈鐘門閃閉問閑間閣關阻陳陰險隱雜雖離雞靜韋頂順須頒預頓領頻題額顏願類顧飯飽餘館騰驅驗髮鬧魚鮮麗默齡劃嚴檢價審僑婦兒傳銷遼琿轉準並裡屆億畝噸籌倉儲衆濟淨澤濱潔滬溝灣蓮優壓擬參員勵瀋攜紮";
const SIMPLIFIED =
  "牵负责职门单为别标注会议与于后个来们时东车长门开关间应当从这还进过选边达远运运际经结统计设订调证识读财货费资质卖买贸义务动劳势区医华协卫乡县监测环境卫体团园图国围厅广厂历岁办农业产电视广播药务税银险级纪练组织线网丝总续综县联听声职胆艺万兰处号冲补规视览观记许论设评试询该咨谋讲谢证护让赞变质费资赶输轻较载辆辑农连周进游运过道达迁选遗边邮乡医释镇铁钱钢录镇门阅闽阳队阶际陆随险双杂难电电灵青韩页项顺预领头题类显风飞饮养馆马驻验体发斗鸟鸿盐麦黄党齐龙龟寿岛内两实宁写专将对导层属岭币师带帮几库废庙开异张强归汇后径从复征态战户抛担据拥择击扩摆摄敌数断于时晋书会东条来构标样树桥机权欢欧残气汉灾为乌无烟热灯营争尔墙奖独环现产毕画当发尽监盘众码础确矿礼税种积稳穷竞笔范筑简签节粮红约级纪纸纯细终组经结给统绝维绿紧线编缘练县缩总绩繁织绕系续罗义习圣闻联声职听肃胁脱脑兴举舰艺药万盖苏号虫术卫冲补装制复规视亲觉观解计讯讨训记许设访证评词试话该详认误说谁课调谈请诸论讲谢识译议护读变让财贡责贩货贫贯费贷贸资宾赏赔质购赞赵辅输办农回适递迟邻邮酿针钞铺键镇链钟门闪闭问闲间阁关阻陈阴险隐杂虽离鸡静韦顶顺须颁预顿领频题额颜愿类顾饭饱余馆腾驱验发闹鱼鲜丽默龄划严检价审侨妇儿传销辽珲转准并里届亿亩吨筹仓储众济净泽滨洁沪沟湾莲优压拟参员励沈携扎";

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const from = Array.from(TRADITIONAL);
  const to = Array.from(SIMPLIFIED);
  from.forEach((ch, index) => {
    if (!map.has(ch) && to[index] !== undefined) map.set(ch, to[index]);
  });
  return map;
})();

/**
 * Replace the traditional characters of division documents by simplified ones; other characters stay.
 * @example toSimplifiedChinese("省發展改革委牽頭") // "省发展改革委牵头"
 * @example toSimplifiedChinese("按職責分工負責") // "按职责分工负责"
 */
export function toSimplifiedChinese(text: string): string {
  let out = "";
  for (const ch of text) out += MAP.get(ch) ?? ch;
  return out;
}
