// Words that mark page furniture, in several languages. Matching is on whole short lines (headers, widgets) or line
// starts (disclaimers), never on article sentences, so a word here cannot delete article text by itself.

/** Headers of related / recommended / most-read link lists. */
export const RELATED_HEADERS = [
  // Chinese (both scripts)
  '相关阅读', '相關閱讀', '相关推荐', '相關推薦', '热点推荐', '熱點推薦', '随便看看', '隨便看看', '猜你喜欢', '猜你喜歡', '延伸阅读', '延伸閱讀',
  '推荐阅读', '推薦閱讀', '热门推荐', '熱門推薦', '热门文章', '熱門文章', '相关新闻', '相關新聞', '相关文章', '相關文章', '更多新闻', '更多新聞',
  '更多阅读', '更多閱讀', '为您推荐', '為您推薦', '编辑推荐', '編輯推薦', '热点新闻', '熱點新聞', '热门新闻', '熱門新聞', '最新新闻', '最新新聞',
  '精彩推荐', '精彩推薦', '今日推荐', '今日推薦', '排行榜', '热读', '熱讀', '看了又看', '相关链接', '相關鏈接', '相關連結', '往期回顾', '往期回顧',
  '大家都在看', '你可能感兴趣', '你可能感興趣', '推荐新闻', '推薦新聞', '相关报道', '相關報導', '相關報道', '图片新闻', '圖片新聞', '点击排行', '點擊排行',
  // Vietnamese
  'tin liên quan', 'có thể bạn quan tâm', 'tin cùng chuyên mục', 'tin khác', 'tin mới nhất', 'đọc thêm', 'xem thêm', 'bài liên quan',
  'tin nổi bật', 'đọc nhiều', 'xem nhiều', 'tin đọc nhiều', 'bài viết liên quan', 'tin tức liên quan', 'cùng chuyên mục',
  // English
  'related', 'related articles', 'related stories', 'related news', 'related content', 'related coverage', 'related posts', 'read more',
  'more stories', 'more from', 'more on this story', 'you may also like', 'you might also like', 'recommended', 'recommended for you',
  'most read', 'most popular', 'most viewed', 'popular', 'trending', 'top stories', 'latest news', 'also read', 'see also', 'further reading',
  'more news', 'editor\'s picks', 'what to read next', 'read next',
  // Russian, Arabic, French, German, Spanish, Japanese, Korean
  'читайте также', 'похожие новости', 'по теме', 'популярное', 'самое читаемое', 'еще по теме', 'ещё по теме', 'другие новости',
  'اقرأ أيضا', 'اقرأ أيضاً', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'الأكثر قراءة',
  'à lire aussi', 'lire aussi', 'sur le même sujet', 'les plus lus', 'mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen',
  'te puede interesar', 'noticias relacionadas', 'lo más leído', '関連記事', 'おすすめ記事', '관련기사', '많이 본 뉴스',
  // comment sections end the article the same way
  '网友评论', '網友評論', '热门评论', '熱門評論', '最新评论', '最新評論', '全部评论', '全部評論', 'bình luận', 'ý kiến bạn đọc', 'ý kiến của bạn',
  'comments', 'leave a comment', 'join the conversation', 'reader comments', 'комментарии', 'التعليقات', 'commentaires', 'kommentare',
];

/** Prefixes of disclaimer and copyright notices. */
export const DISCLAIMER_STARTS = [
  '免责声明', '免責聲明', '特别声明', '特別聲明', '版权声明', '版權聲明', '版权所有', '版權所有', '声明：', '聲明：', '郑重声明', '鄭重聲明',
  'copyright', '©', '(c) ', 'disclaimer', 'notice: the content above', 'all rights reserved', 'bản quyền', 'ghi rõ nguồn', 'không được sao chép',
  'все права защищены', 'جميع الحقوق محفوظة', 'tous droits réservés', 'alle rechte vorbehalten', 'todos los derechos reservados',
  '本网站', '本網站', '本网', '本網', '未经授权', '未經授權', '未经许可', '未經許可', '凡本网注明', '凡本網註明', '转载请注明', '轉載請註明',
];

/** Phrases that make any short line a notice. */
export const DISCLAIMER_CONTAINS = ['all rights reserved', '版权所有', '版權所有', '不得转载', '不得轉載', '保留所有权利', 'bảo lưu mọi quyền', 'giữ bản quyền'];

/** Whole-line widgets: share, comment, print, font size, ads, app promos, accessibility switches. */
export const WIDGETS = [
  '分享', '分享至', '分享到', '分享到：', '评论', '評論', '发表评论', '發表評論', '点赞', '點讚', '收藏', '打印', '列印', '关闭窗口', '關閉窗口', '返回顶部',
  '返回頂部', '字号', '字號', '大 中 小', '举报', '舉報', '纠错', '糾錯', '扫一扫', '掃一掃', '微信', '微博', '二维码', '打开app', '打開app', '下载客户端',
  '无障碍浏览', '無障礙瀏覽', '进入关怀版', '進入關懷版', '广告', '廣告', '申请入驻', '申請入駐', '返回搜狐', '查看更多', '展开全文', '展開全文', '阅读全文', '閱讀全文',
  'share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'comments', 'comment',
  'advertisement', 'sponsored', 'ad', 'back to top', 'follow us', 'subscribe', 'sign up', 'log in', 'sign in', 'menu', 'search', 'close',
  'chia sẻ', 'bình luận', 'quảng cáo', 'in bài', 'theo dõi', 'lên đầu trang', 'gửi bình luận', 'co loi xay ra', 'có lỗi xảy ra',
  'поделиться', 'комментарии', 'реклама', 'مشاركة', 'إعلان', 'partager', 'teilen', 'compartir', 'facebook', 'twitter', 'zalo', 'x', 'whatsapp', 'telegram', 'linkedin',
];

/** Home words that begin breadcrumbs and site menus. */
export const HOME_WORDS = ['首页', '首頁', '主页', '主頁', 'home', 'trang chủ', 'главная', 'الرئيسية', 'accueil', 'startseite', 'inicio'];

/** Spam / adult keyword vocabulary (link farms injected into pages). */
export const SPAM_WORDS = [
  '在线视频', '在线观看', '免费观看', '无码', '毛片', '精品', '国产', '日韩', '亚洲', '欧美', '爆乳', '乱伦', '成人', '色情', '偷拍', '自拍', '人妻', '少妇',
  '熟妇', '诱人', '性感', '裸聊', '撒尿', '高清', '午夜', '福利', '彩票', '博彩', '赌场', '娱乐城', '棋牌', '代孕', '约炮', '黄色', '视频精品', '丝袜',
  '在線視頻', '在線觀看', '無碼', '國產', '亞洲', '歐美', '亂倫', '色情', '偷拍', '賭場', '博彩',
  'porn', 'xxx', 'sex', 'casino', 'viagra', 'escort', 'nude', 'hentai', 'onlyfans', 'betting', 'jav',
  'cá cược', 'nhà cái', 'sòng bạc', 'phim sex',
];

/** Labels of source/outlet lines: 來源:新華網, Source: Reuters, Nguồn: TTXVN. */
export const SOURCE_LABELS = ['来源', '來源', '出处', '出處', 'source', 'nguồn', 'источник', 'المصدر', 'quelle', 'fuente'];

/** Editor / byline lines that are furniture rather than content. */
export const EDITOR_LABELS = ['责任编辑', '責任編輯', '编辑', '編輯', '责编', '責編', '校对', '校對', 'biên tập', 'editor', 'edited by', 'редактор'];

/** Line prefixes of single "see also" links and prev/next navigation: `Read more: <headline>`, `下一篇：<标题>`. */
export const LINK_PREFIXES = [
  'read more', 'also read', 'read also', 'see also', 'related', 'more', 'watch', 'listen', 'previous article', 'next article', 'previous', 'next',
  '相关阅读', '相關閱讀', '延伸阅读', '延伸閱讀', '推荐阅读', '推薦閱讀', '相关新闻', '相關新聞', '上一篇', '下一篇', '上一条', '下一条', '上一則', '下一則', '上一頁', '下一頁', '上一页', '下一页', '点击阅读', '點擊閱讀', '查看原文',
  'xem thêm', 'đọc thêm', 'tin liên quan', 'bài trước', 'bài sau', 'tin trước', 'tin sau', 'xem tiếp', 'xem video',
  'читайте также', 'читайте', 'смотрите также', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'lire aussi', 'à lire aussi', 'lesen sie auch', 'mehr zum thema', 'lee también', 'leia também',
];

/** Labels of tag / keyword lines. */
export const TAG_LABELS = ['tags', 'tag', 'topics', 'keywords', '标签', '標籤', '关键词', '關鍵詞', '关键字', '關鍵字', 'từ khóa', 'từ khoá', 'chủ đề', 'теги', 'ключевые слова', 'الكلمات المفتاحية', 'mots-clés', 'schlagwörter', 'etiquetas'];

/** Sign-up, cookie and follow-us furniture (matched on short lines only). */
export const PROMO_PATTERNS = [
  /^(?:theo dõi|follow|подписывайтесь на|关注|關注)\b.{0,60}(?:google news|facebook|twitter|zalo|youtube|tiktok|telegram|instagram|微信|微博|公众号|公眾號)/iu,
  /\bcookies?\b.{0,80}\b(?:accept|use|policy|consent|settings)\b|\b(?:accept|use|policy|consent)\b.{0,80}\bcookies?\b/i,
  /^(?:sign up|subscribe|get our|download (?:the|our) app|click here|skip to (?:main )?content|skip to navigation|advertisement|scroll to continue)/i,
  /^(?:打开|打開|下载|下載).{0,10}(?:app|客户端|客戶端)|查看精彩图片|查看精彩圖片|扫码|掃碼|长按识别|長按識別|点击关注|點擊關注|欢迎关注|歡迎關注/iu,
  /^(?:tải ứng dụng|đăng ký nhận tin|nhấn vào đây)/iu,
];
