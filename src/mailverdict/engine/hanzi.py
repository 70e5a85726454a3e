"""Traditional Chinese characters folded to their Simplified forms, for matching and for the content model.

Taiwan and Hong Kong write 帳戶 and 驗證 where the mainland writes 帐户 and 验证: the same words, so a
phrase written once in Simplified should be found in both, and the model should learn them as one.
The table holds the characters of account, payment, delivery, tax and prize mail; a character it does
not list is left as it is. Japanese kanji keep many traditional forms (請求, 確認): callers match
Japanese phrases against the text as written, and only Chinese ones against the folded text.
"""

from __future__ import annotations

import re

# Pairs of (traditional, simplified), written in runs of ten for proofreading.
_PAIRS = (
    "業业個个關关凍冻務务壓压發发號号報报實实將将盡尽儘尽幣币帳帐異异當当錄录戶户擬拟數数無无"
    "時时暫暂現现電电碼码積积稅税緊紧紅红級级結结統统繳缴罰罚補补認认證证訴诉話话詳详誤误說说"
    "資资賬账貨货貼贴費费轉转達达過过運运遞递郵邮銀银銷销鎖锁閉闭驗验領领馬马敗败會会內内滿满"
    "獎奖開开單单點点擊击請请於于為为這这們们來来後后網网頁页連连與与訊讯據据選选買买賣卖題题"
    "歲岁額额應应衛卫屆届險险護护歷历區区縣县醫医隊队處处總总據据員员樂乐導导鐘钟與与舊旧"
    "問问間间門门閱阅關关雲云線线緻致經经紀纪約约給给絡络續续繫系簽签註注記记設设詢询課课調调"
    "護护讀读變变讓让織织購购貸贷貿贸賞赏贈赠車车軟软輸输辦办邊边還还遲迟選选遺遗鄉乡鐵铁錢钱"
    "錯错鍵键長长門门閃闪陽阳雙双離离難难電电須须預预頻频顧顾類类飛飞養养館馆騙骗驟骤體体鬆松"
    "權权歡欢氣气漢汉燈灯爭争牆墙獲获環环產产畫画疊叠盤盘確确碼码禮礼種种稱称穩稳簡简糧粮紙纸"
    "級级細细終终組组綁绑維维綜综緣缘練练縮缩績绩總总繼继罷罢聯联聲声職职腦脑臨临舉举藝艺號号"
    "蝦虾衝冲裝装複复規规覺觉覽览觸触計计訂订訊讯託托記记許许訪访評评試试詐诈該该認认語语誠诚"
    "請请論论諮咨謝谢證证識识警警議议護护豐丰貝贝負负財财貴贵貸贷費费賀贺賓宾賴赖贏赢趕赶跡迹"
    "軍军載载輕轻農农迴回週周進进遊游運运過过達达違违遠远適适鄰邻醫医釋释針针鈔钞銷销鋪铺鏈链"
    "門门閒闲陸陆隨随雖虽雞鸡顯显飯饭馬马驅驱驗验髮发鬥斗魚鱼鳥鸟麥麦黃黄齊齐齡龄儲储價价償偿"
    "優优傳传億亿僅仅債债傷伤僱雇冊册劃划動动務务勞劳勢势匯汇卻却參参廳厅歸归啟启團团圍围國国"
    "圖图場场塊块壞坏奮奋婦妇學学寧宁寶宝專专尋寻對对屬属層层嶺岭幫帮廣广庫库應应張张強强彈弹"
    "徑径從从復复徵征惡恶態态憑凭戲戏擁拥擇择據据擔担攜携敵敌斷断暫暂構构標标樣样機机檢检權权"
    "華华灣湾臺台廠厂雜杂壽寿噸吨軌轨鑰钥蓋盖"
)
_TABLE = {ord(t): ord(s) for t, s in zip(_PAIRS[::2], _PAIRS[1::2], strict=True) if t != s}
_TRADITIONAL_RE = re.compile("[" + "".join(chr(c) for c in _TABLE) + "]")


def simplified(text: str) -> str:
    """``text`` with the listed Traditional characters written in Simplified; unchanged when it has none."""
    if text.isascii() or _TRADITIONAL_RE.search(text) is None:
        return text
    return text.translate(_TABLE)
