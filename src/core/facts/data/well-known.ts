// Well-known entities that the generated country list (countries.ts) does not cover: common short forms of country
// names, country abbreviations used before titles, world regions, capitals and seats of international bodies,
// international organisations, foreign ministries of the UN Security Council's permanent members, and major news
// agencies. Each row names its general source. No person is listed: people are found by pattern (titles, speech
// verbs, transliteration sketches), never from a list. Columns: key | type | English name | forms (;) | source.
// Types: country, city, place (regions), org, outlet, demonym (country prefixes before titles: 俄, 美, Russian).
export const WELL_KNOWN = `
russia|country|Russia|俄国;俄联邦;俄罗斯联邦;Liên bang Nga|common short form (general usage)
us|country|United States|美利坚合众国;the United States;America;Hoa Kỳ|common short form (general usage)
uk|country|United Kingdom|Britain;nước Anh|common short form (general usage)
germany|country|Germany|nước Đức|common short form (general usage)
saudi-arabia|country|Saudi Arabia|沙特;Ả Rập Xê Út;Ả-rập Xê-út;沙乌地阿拉伯;沙乌地;沙地阿拉伯|common short form (general usage; Taiwan form after conversion)
italy|country|Italy|nước Ý;Italia|common short form (general usage)
australia|country|Australia|Úc|common short form (general usage)
turkey|country|Türkiye|Thổ Nhĩ Kỳ|common short form (general usage)
europe|place|Europe|欧洲;Europe;châu Âu;Châu Âu;Европа|continent (general reference)
asia|place|Asia|亚洲;Asia;châu Á;Châu Á;Азия|continent (general reference)
africa|place|Africa|非洲;Africa;châu Phi;Châu Phi;Африка|continent (general reference)
central-europe|place|Central Europe|中欧;Central Europe;Central European;Trung Âu;Центральная Европа|world region (general reference)
eastern-europe|place|Eastern Europe|东欧;Eastern Europe;Eastern European;Đông Âu;Восточная Европа|world region (general reference)
middle-east|place|Middle East|中东;Middle East;Trung Đông;Ближний Восток|world region (general reference)
southeast-asia|place|Southeast Asia|东南亚;Southeast Asia;Đông Nam Á;Юго-Восточная Азия|world region (general reference)
latin-america|place|Latin America|拉美;拉丁美洲;Latin America;Mỹ Latinh;Латинская Америка|world region (general reference)
arctic|place|Arctic|北极;Arctic;Bắc Cực;Арктика|world region (general reference)
moscow|city|Moscow|莫斯科;Moscow;Moskva;Mát-xcơ-va;Москва|national capital (general reference)
washington|city|Washington|华盛顿;Washington;Oa-sinh-tơn;Вашингтон|national capital (general reference)
beijing|city|Beijing|北京;Beijing;Bắc Kinh;Пекин|national capital (general reference)
kyiv|city|Kyiv|基辅;Kyiv;Kiev;Киев;Київ|national capital (general reference)
ankara|city|Ankara|安卡拉;Ankara;Анкара|national capital (general reference)
riyadh|city|Riyadh|利雅得;利雅德;Riyadh;Riyad;Эр-Рияд|national capital (general reference)
hanoi|city|Hanoi|河内;Hanoi;Hà Nội;Ханой|national capital (general reference)
tokyo|city|Tokyo|东京;Tokyo;Токио|national capital (general reference)
seoul|city|Seoul|首尔;Seoul;Xơ-un;Сеул|national capital (general reference)
pyongyang|city|Pyongyang|平壤;Pyongyang;Bình Nhưỡng;Пхеньян|national capital (general reference)
london|city|London|伦敦;London;Luân Đôn;Лондон|national capital (general reference)
paris|city|Paris|巴黎;Paris;Париж|national capital (general reference)
berlin|city|Berlin|柏林;Berlin;Берлин|national capital (general reference)
rome|city|Rome|罗马;Rome;Roma;Рим|national capital (general reference)
vienna|city|Vienna|维也纳;Vienna;Wien;Viên;Вена|national capital (general reference)
brussels|city|Brussels|布鲁塞尔;Brussels;Bruxelles;Brussel;Брюссель|national capital; seat of EU institutions (general reference)
warsaw|city|Warsaw|华沙;Warsaw;Vác-sa-va;Варшава|national capital (general reference)
budapest|city|Budapest|布达佩斯;Budapest;Будапешт|national capital (general reference)
helsinki|city|Helsinki|赫尔辛基;Helsinki;Хельсинки|national capital (general reference)
minsk|city|Minsk|明斯克;Minsk;Минск|national capital (general reference)
bucharest|city|Bucharest|布加勒斯特;Bucharest;Бухарест|national capital (general reference)
delhi|city|New Delhi|新德里;New Delhi;Niu Đêli;Нью-Дели|national capital (general reference)
islamabad|city|Islamabad|伊斯兰堡;Islamabad;Исламабад|national capital (general reference)
tehran|city|Tehran|德黑兰;Tehran;Têhêran;Тегеран|national capital (general reference)
cairo|city|Cairo|开罗;Cairo;Каир|national capital (general reference)
doha|city|Doha|多哈;Doha;Доха|national capital (general reference)
abu-dhabi|city|Abu Dhabi|阿布扎比;Abu Dhabi;Абу-Даби|national capital (general reference)
ottawa|city|Ottawa|渥太华;Ottawa;Оттава|national capital (general reference)
canberra|city|Canberra|堪培拉;Canberra;Канберра|national capital (general reference)
geneva|city|Geneva|日内瓦;Geneva;Genève;Женева|seat of UN institutions (general reference)
new-york|city|New York|纽约;New York;New York City;Нью-Йорк|seat of the UN headquarters (general reference)
un|org|United Nations|联合国;United Nations;UN;U.N.;Liên hợp quốc;Liên Hợp Quốc;ООН|international organisation (general reference)
nato|org|NATO|北约;北大西洋公约组织;NATO;North Atlantic Treaty Organization;Tổ chức Hiệp ước Bắc Đại Tây Dương;НАТО|international organisation (general reference)
eu|org|European Union|欧盟;European Union;EU;Liên minh châu Âu;Liên minh Châu Âu;Евросоюз;Европейский союз|international organisation (general reference)
white-house|org|White House|白宫;White House;Nhà Trắng;Белый дом|seat of a head of state (general reference)
kremlin|org|Kremlin|克里姆林宫;Kremlin;Điện Kremlin;Кремль|seat of a head of state (general reference)
us-state-department|org|U.S. State Department|美国国务院;美国务院;State Department;Department of State;U.S. State Department;US State Department;Bộ Ngoại giao Mỹ;Bộ Ngoại giao Hoa Kỳ;Госдепартамент|foreign ministry of a UN Security Council permanent member
russia-mfa|org|Russian Foreign Ministry|俄罗斯外交部;俄外交部;Russian Foreign Ministry;Russia's Foreign Ministry;Russian Ministry of Foreign Affairs;Bộ Ngoại giao Nga;МИД России;МИД РФ|foreign ministry of a UN Security Council permanent member
china-mfa|org|Chinese Foreign Ministry|中国外交部;Chinese Foreign Ministry;Bộ Ngoại giao Trung Quốc;МИД КНР|foreign ministry of a UN Security Council permanent member
mfa|org|Foreign Ministry|外交部;Foreign Ministry;Ministry of Foreign Affairs;foreign ministry;Bộ Ngoại giao;МИД|generic name of a foreign ministry (general usage)
congress|org|U.S. Congress|美国国会;Congress;Quốc hội Mỹ;Конгресс США|national legislature (general reference)
tass|outlet|TASS|塔斯社;俄塔斯社;TASS;Tass;ТАСС|major international news agency
ria|outlet|RIA Novosti|俄新社;RIA Novosti;RIA;РИА Новости|major international news agency
interfax|outlet|Interfax|国际文传电讯社;Interfax;Интерфакс|major international news agency
reuters|outlet|Reuters|路透社;路透;Reuters;Рейтер|major international news agency
ap|outlet|Associated Press|美联社;Associated Press;AP|major international news agency
afp|outlet|AFP|法新社;AFP;Agence France-Presse|major international news agency
xinhua|outlet|Xinhua|新华社;新华网;Xinhua;Tân Hoa Xã;Синьхуа|major international news agency
cnn|outlet|CNN|美国有线电视新闻网;有线电视新闻网;CNN|major international broadcaster
bloomberg|outlet|Bloomberg|彭博社;彭博;Bloomberg|major international news agency
voa|outlet|Voice of America|美国之音;Voice of America;VOA|major international broadcaster
bbc|outlet|BBC|英国广播公司;BBC;Би-би-си|major international broadcaster
al-jazeera|outlet|Al Jazeera|半岛电视台;Al Jazeera;Al-Jazeera|major international broadcaster
ard|outlet|ARD|德国公共广播联盟;ARD|major international broadcaster
nyt|outlet|The New York Times|纽约时报;New York Times;The New York Times|major international newspaper
wsj|outlet|The Wall Street Journal|华尔街日报;Wall Street Journal;The Wall Street Journal|major international newspaper
ft|outlet|Financial Times|金融时报;Financial Times|major international newspaper
russian-state-tv|outlet|Russian state TV|俄罗斯国家电视台;俄国家电视台;Russian state television;Russian state TV;truyền hình nhà nước Nga|state broadcaster (general usage)
sputnik|outlet|Sputnik|卫星通讯社;Sputnik;Спутник|major international news agency
vnexpress|outlet|VnExpress|VnExpress|major Vietnamese news site
russia-d|demonym|Russia|俄;俄方;Russian;российский;российская|country abbreviation / adjective (general usage)
us-d|demonym|United States|美;美方;American;U.S.;американский;американская|country abbreviation / adjective (general usage)
china-d|demonym|China|中;中方;Chinese;китайский;китайская|country abbreviation / adjective (general usage)
ukraine-d|demonym|Ukraine|乌;乌方;Ukrainian;украинский;украинская|country abbreviation / adjective (general usage)
turkey-d|demonym|Türkiye|土;Turkish;турецкий;турецкая|country abbreviation / adjective (general usage)
saudi-d|demonym|Saudi Arabia|Saudi|country adjective (general usage)
uk-d|demonym|United Kingdom|英;英方;British|country abbreviation / adjective (general usage)
france-d|demonym|France|法;法方;French|country abbreviation / adjective (general usage)
germany-d|demonym|Germany|德;德方;German|country abbreviation / adjective (general usage)
japan-d|demonym|Japan|Japanese|country adjective (general usage)
vietnam-d|demonym|Vietnam|越;越方;Vietnamese|country abbreviation / adjective (general usage)
`;
