"""X (Twitter) post length, counted the way twitter-text 3 (configuration v3) counts it.

X does not count characters: it counts a *weighted length* and allows at most 280.  The rules,
from twitter-text's ``parseTweet`` with the v3 configuration (``emojiParsingEnabled: true``):

* the text is NFC-normalised first;
* every URL that twitter-text's URL extractor finds (with or without ``http(s)://``; a bare domain
  such as ``example.com`` counts when its TLD is a real one) counts 23, whatever its length;
* every emoji *sequence* (skin-tone modifiers, ZWJ families, flags, keycaps, ``U+FE0F``
  presentation sequences) counts 2 in total;
* every other code point counts 1 if it lies in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or
  U+2032–U+2037 (Latin, accented letters, ``¿ ¡ ñ``, general punctuation) and 2 otherwise (CJK,
  ``€`` U+20AC, astral characters, …);
* the text is valid when ``0 < weighted length <= 280`` and it holds none of U+FFFE, U+FEFF, U+FFFF.

Sources, for whoever has to re-check this:

* the algorithm, the weight table and the URL grammar (regular expressions, TLD lists, the IDNA
  label check and the t.co rule) are a line-by-line port of twitter-text 3.1.0's JavaScript
  implementation (``parseTweet.js``, ``extractUrlsWithIndices.js``, ``lib/idna.js``, ``regexp/*``),
  Copyright 2018 Twitter, Inc., Apache License 2.0 — https://github.com/twitter/twitter-text;
* it is tested against twitter-text's own conformance cases (``conformance/validate.yml``,
  ``WeightedTweetsWithDiscountedEmojiCounterTest`` and ``UnicodeDirectionalMarkerCounterTest``),
  see ``tests/unit/render/data/twitter_text_validate_v3.yml``.

One deliberate difference from twitter-text 3.1.0: it knows the emoji sequences of twemoji 11
(Emoji 11.0, 2018) and counts newer ones by their parts, e.g. ``🧑‍🤝‍🧑`` as 8 and ``❤️‍🔥`` as 5.
Here the sequences come from the current Unicode data (the ``emoji`` package), so they count 2;
current twemoji (14.0) sees them as one emoji too.  Everything twemoji 11 knows counts exactly as in
twitter-text 3.1.0, twemoji's own quirks included (see ``_emoji_trie``).

Pure Python and fast enough for every keystroke; the ``emoji`` package is imported lazily, and only
for texts that can contain a multi-code-point emoji at all.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, NamedTuple

from studio import compiled

__all__ = ["MAX_WEIGHTED_LENGTH", "TRANSFORMED_URL_LENGTH", "XMetrics", "measure_x"]

MAX_WEIGHTED_LENGTH: Final = 280
"""twitter-text v3 ``maxWeightedTweetLength``."""
TRANSFORMED_URL_LENGTH: Final = 23
"""twitter-text v3 ``transformedURLLength``: what every URL counts, whatever its length."""
_EMOJI_WEIGHT: Final = 2  # ``defaultWeight`` / ``scale``: one emoji sequence
_MAX_URL_LENGTH: Final = 4096  # extractUrlsWithIndices.js MAX_URL_LENGTH
_MAX_TCO_SLUG_LENGTH: Final = 40  # extractUrlsWithIndices.js MAX_TCO_SLUG_LENGTH
_MAX_DOMAIN_LABEL_LENGTH: Final = 63  # lib/idna.js


@dataclass(frozen=True)
class XMetrics:
    """How X counts one post."""

    weighted_length: int
    """twitter-text's ``weightedLength``: the number X compares with 280."""
    valid: bool
    """``0 < weighted_length <= 280`` and no invalid character (U+FFFE, U+FEFF, U+FFFF)."""
    permillage: int
    """``weighted_length`` per mille of 280, rounded down, as twitter-text reports it."""
    urls: tuple[str, ...]
    """The URLs that were counted as 23 each, in order (from the NFC-normalised text)."""


def measure_x(text: str) -> XMetrics:
    """Weighted length of ``text`` as an X post (twitter-text 3, configuration v3)."""
    # twitter-text works on JavaScript strings: UTF-16 code units.  Its regular expressions see the
    # two halves of an astral character as two characters (which changes which URLs are found), so
    # the text is turned into one Python character per UTF-16 code unit and worked on like that.
    units = _to_utf16_units(unicodedata.normalize("NFC", text))
    # Entities as (start, priority, end, weight, url): at one position a URL beats an emoji,
    # and an entity that starts inside one already counted is not counted (parseTweet.js loop).
    # A URL covers as many characters as its text is long, from where it starts: for a bare domain
    # with a path that is not its whole match (parseTweet.js advances by url.length).
    entities: list[tuple[int, int, int, int, str]] = [
        (start, 0, start + len(url), TRANSFORMED_URL_LENGTH, url) for start, _end, url in _extract_urls(units)
    ]
    entities.extend((start, 1, end, _EMOJI_WEIGHT, "") for start, end in _emoji_sequences(units))
    entities.sort()

    weighted = 0
    urls: list[str] = []
    position = 0
    for start, _priority, end, weight, url in entities:
        if start < position:
            continue
        # The characters before the entity count one by one.  (A URL may end inside a surrogate
        # pair, see above; the stray second half then weighs 2, as in parseTweet.js.)
        weighted += _plain_weight(units[position:start]) + weight
        if url:
            urls.append(_from_utf16_units(url))
        position = end
    weighted += _plain_weight(units[position:])

    valid = 0 < weighted <= MAX_WEIGHTED_LENGTH and _INVALID_CHARS_RE.search(units) is None
    # twitter-text computes Math.floor(weightedLength / max * 1000) in binary floating point, which
    # differs from exact integer division for some lengths above 2,260; keep its arithmetic.
    permillage = math.floor(weighted / MAX_WEIGHTED_LENGTH * 1000)
    return XMetrics(weighted_length=weighted, valid=valid, permillage=permillage, urls=tuple(urls))


# --- UTF-16 code units ----------------------------------------------------------------------------

_ASTRAL_RE: Final = re.compile("[\U00010000-\U0010ffff]")


def _split_astral(match: re.Match[str]) -> str:
    code = ord(match.group()) - 0x10000
    return chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF))


def _to_utf16_units(text: str) -> str:
    """``text`` with every astral character written as its two surrogates (one char per code unit)."""
    return _ASTRAL_RE.sub(_split_astral, text)


def _from_utf16_units(units: str) -> str:
    """The inverse of :func:`_to_utf16_units` (surrogate pairs back into characters)."""
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


# --- character weights (configs.js, version3; lib/getCharacterWeight.js) ---------------------------

# A code unit weighs 200 / 100 outside the weight-100 ranges 0-4351, 8192-8205, 8208-8223, 8242-8247.
# A surrogate pair weighs 2 in all (parseTweet.js weighs its second half): 1 + 1 here.  A lone
# surrogate weighs 2.
_HEAVY_RE: Final = re.compile(
    "[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037\ud800-\udfff]"
    "|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
)
# regexp/invalidCharsGroup.js
_INVALID_CHARS: Final = "\ufffe\ufeff\uffff"
_INVALID_CHARS_RE: Final = re.compile(f"[{_INVALID_CHARS}]")


def _plain_weight(units: str) -> int:
    """Sum of the per-character weights of ``units`` (1 or 2 each), ignoring URLs and emoji."""
    return len(units) + len(_HEAVY_RE.findall(units))


# --- emoji sequences ------------------------------------------------------------------------------

# Every emoji sequence of more than one code point contains one of these (UTS #51: keycap,
# modifier, flag, tag, presentation and ZWJ sequences); texts without any skip the emoji lookup.
_SEQUENCE_MARK_RE: Final = re.compile(
    "[\ufe0f\u20e3\u200d]|\ud83c[\udde6-\uddff\udffb-\udfff]|\udb40[\udc20-\udc7f]"
)
_FULLY_QUALIFIED: Final = 2  # emoji.STATUS["fully_qualified"]
_VS16: Final = "\ufe0f"  # VARIATION SELECTOR-16, "emoji presentation"
_SKIN_TONES: Final = "\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"

# Where twemoji (whose parser twitter-text uses, and whose images X shows) differs from the Unicode
# emoji data, twemoji is followed; these were checked against twemoji-parser 11.0.2 (twitter-text
# 3.1.0's) and 14.0.0 (the latest), which agree on all of them:
# * emoji shown as emoji by default that twemoji also takes with U+FE0F ("☕️" is one emoji there,
#   as "✅️" is not), although Unicode lists no such sequence;
_TWEMOJI_VS16_ALSO: Final = (
    "♈♉♊♋♌♍♎♏♐♑♒♓⚓⚾⚫⬛◾⛪⛳⛲⛽⚡⭕☕⌛🀄⛔❗⛵⛄⚽⭐⛅⛺☔⌚♿⚪⬜◽🈚🈯"
)
# * the one unqualified ZWJ sequence it takes (its eye-in-speech-bubble image is named after it),
#   and skin tones on the skier, which Unicode does not make a modifier base;
_TWEMOJI_EXTRA_SEQUENCES: Final = (
    "\U0001f441\u200d\U0001f5e8",
    *(skier + tone for skier in ("\u26f7", "\u26f7\ufe0f") for tone in _SKIN_TONES),
)
# * fully-qualified sequences it does not take: "♾️" counts 2 + 2, "👁️‍🗨️" 2 + 1 + 2.
_TWEMOJI_LACKS: Final = frozenset({"\u267e\ufe0f", "\U0001f441\ufe0f\u200d\U0001f5e8\ufe0f"})
_END: Final = ""  # trie key marking "a sequence ends here" (no code unit is the empty string)

_Trie = dict[str, "_Trie"]


@lru_cache(maxsize=1)
def _emoji_trie() -> _Trie:
    """A trie (over UTF-16 code units) of the emoji sequences that count as one emoji.

    From the ``emoji`` package's data (the current Unicode emoji, with their unqualified and
    minimally-qualified forms): every sequence of more than one code point, except ZWJ sequences
    that lack a U+FE0F, which twemoji does not see as one emoji (their parts count one by one).
    Text-style modifier bases take U+FE0F before the skin tone too (``🏋️🏽``), as in twemoji; and
    the twemoji differences listed above apply.  A lone code point is left out: it weighs what its
    code point weighs (2 above U+10FF; ``©`` and ``®`` count 1, as in twitter-text, where only
    ``©️`` with U+FE0F is an emoji).
    """
    import emoji  # lazy: only texts with a possible sequence need it

    data = emoji.EMOJI_DATA
    sequences = {
        sequence
        for sequence, entry in data.items()
        if len(sequence) > 1 and ("\u200d" not in sequence or entry["status"] <= _FULLY_QUALIFIED)
    }
    sequences.update(char + _VS16 for char in _TWEMOJI_VS16_ALSO)
    sequences.update(
        base + _VS16 + tone
        for base in {sequence[0] for sequence in data if len(sequence) == 2 and sequence[1] in _SKIN_TONES}
        if base + _VS16 in data
        for tone in _SKIN_TONES
    )
    sequences.update(_TWEMOJI_EXTRA_SEQUENCES)
    sequences -= _TWEMOJI_LACKS
    root: _Trie = {}
    for sequence in sequences:
        node = root
        for unit in _to_utf16_units(sequence):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return root


def _emoji_sequences(units: str) -> list[tuple[int, int]]:
    """(start, end) of every multi-code-point emoji sequence, longest match first, left to right."""
    if _SEQUENCE_MARK_RE.search(units) is None:
        return []
    root = _emoji_trie()
    spans: list[tuple[int, int]] = []
    length = len(units)
    index = 0
    while index < length:
        node = root.get(units[index])
        if node is None:
            index += 1
            continue
        end = 0
        cursor = index + 1
        while node is not None:
            if _END in node:
                end = cursor
            if cursor >= length:
                break
            node = node.get(units[cursor])
            cursor += 1
        if end:
            spans.append((index, end))
            index = end
        else:
            index += 1
    return spans


# --- URLs (extractUrlsWithIndices.js and regexp/*.js of twitter-text 3.1.0) ---------------------

# TLD lists of regexp/validGTLD.js and regexp/validCCTLD.js, in their order (alternation order matters).
_GTLD_TEXT: Final = """
삼성 닷컴 닷넷 香格里拉 餐厅 食品 飞利浦 電訊盈科 集团 通販 购物 谷歌 诺基亚 联通 网络 网站 网店
网址 组织机构 移动 珠宝 点看 游戏 淡马锡 机构 書籍 时尚 新闻 政府 政务 招聘 手表 手机 我爱你
慈善 微博 广东 工行 家電 娱乐 天主教 大拿 大众汽车 在线 嘉里大酒店 嘉里 商标 商店 商城 公益 公司
八卦 健康 信息 佛山 企业 中文网 中信 世界 ポイント ファッション セール ストア コム グーグル
クラウド みんな คอม संगठन नेट कॉम همراه موقع موبايلي كوم كاثوليك عرب شبكة بيتك بازار العليان
ارامكو اتصالات ابوظبي קום сайт рус орг онлайн москва ком католик дети zuerich zone zippo zip
zero zara zappos yun youtube you yokohama yoga yodobashi yandex yamaxun yahoo yachts xyz xxx
xperia xin xihuan xfinity xerox xbox wtf wtc wow world works work woodside wolterskluwer wme
winners wine windows win williamhill wiki wien whoswho weir weibo wedding wed website weber
webcam weatherchannel weather watches watch warman wanggou wang walter walmart wales vuelos
voyage voto voting vote volvo volkswagen vodka vlaanderen vivo viva vistaprint vista vision visa
virgin vip vin villas viking vig video viajes vet versicherung vermögensberatung
vermögensberater verisign ventures vegas vanguard vana vacations ups uol uno university unicom
uconnect ubs ubank tvs tushu tunes tui tube trv trust travelersinsurance travelers travelchannel
travel training trading trade toys toyota town tours total toshiba toray top tools tokyo today
tmall tkmaxx tjx tjmaxx tirol tires tips tiffany tienda tickets tiaa theatre theater thd teva
tennis temasek telefonica telecity tel technology tech team tdk tci taxi tax tattoo tatar
tatamotors target taobao talk taipei tab systems symantec sydney swiss swiftcover swatch suzuki
surgery surf support supply supplies sucks style study studio stream store storage stockholm
stcgroup stc statoil statefarm statebank starhub star staples stada srt srl spreadbetting spot
sport spiegel space soy sony song solutions solar sohu software softbank social soccer sncf
smile smart sling skype sky skin ski site singles sina silk shriram showtime show shouji
shopping shop shoes shiksha shia shell shaw sharp shangrila sfr sexy sex sew seven ses services
sener select seek security secure seat search scot scor scjohnson science schwarz schule school
scholarships schmidt schaeffler scb sca sbs sbi saxo save sas sarl sapo sap sanofi
sandvikcoromant sandvik samsung samsclub salon sale sakura safety safe saarland ryukyu rwe run
ruhr rugby rsvp room rogers rodeo rocks rocher rmit rip rio ril rightathome ricoh richardli rich
rexroth reviews review restaurant rest republican report repair rentals rent ren reliance reit
reisen reise rehab redumbrella redstone red recipes realty realtor realestate read raid radio
racing qvc quest quebec qpon pwc pub prudential pru protection property properties promo
progressive prof productions prod pro prime press praxi pramerica post porn politie poker pohl
pnc plus plumbing playstation play place pizza pioneer pink ping pin pid pictures pictet pics
piaget physio photos photography photo phone philips phd pharmacy pfizer pet pccw pay passagens
party parts partners pars paris panerai panasonic pamperedchef page ovh ott otsuka osaka origins
orientexpress organic org orange oracle open ooo onyourside online onl ong one omega ollo
oldnavy olayangroup olayan okinawa office off observer obi nyc ntt nrw nra nowtv nowruz now
norton northwesternmutual nokia nissay nissan ninja nikon nike nico nhk ngo nfl nexus nextdirect
next news newholland new neustar network netflix netbank net nec nba navy natura nationwide name
nagoya nadex nab mutuelle mutual museum mtr mtpc mtn msd movistar movie mov motorcycles moto
moscow mortgage mormon mopar montblanc monster money monash mom moi moe moda mobily mobile mobi
mma mls mlb mitsubishi mit mint mini mil microsoft miami metlife merckmsd meo menu men memorial
meme melbourne meet media med mckinsey mcdonalds mcd mba mattel maserati marshalls marriott
markets marketing market map mango management man makeup maison maif madrid macys luxury luxe
lupin lundbeck ltda ltd lplfinancial lpl love lotto lotte london lol loft locus locker loans
loan llp llc lixil living live lipsy link linde lincoln limo limited lilly like lighting
lifestyle lifeinsurance life lidl liaison lgbt lexus lego legal lefrak leclerc lease lds lawyer
law latrobe latino lat lasalle lanxess landrover land lancome lancia lancaster lamer lamborghini
ladbrokes lacaixa kyoto kuokgroup kred krd kpn kpmg kosher komatsu koeln kiwi kitchen kindle
kinder kim kia kfh kerryproperties kerrylogistics kerryhotels kddi kaufen juniper juegos jprs
jpmorgan joy jot joburg jobs jnj jmp jll jlc jio jewelry jetzt jeep jcp jcb java jaguar iwc
iveco itv itau istanbul ist ismaili iselect irish ipiranga investments intuit international
intel int insure insurance institute ink ing info infiniti industries inc immobilien immo imdb
imamat ikano iinet ifm ieee icu ice icbc ibm hyundai hyatt hughes htc hsbc how house hotmail
hotels hoteles hot hosting host hospital horse honeywell honda homesense homes homegoods
homedepot holiday holdings hockey hkt hiv hitachi hisamitsu hiphop hgtv hermes here helsinki
help healthcare health hdfcbank hdfc hbo haus hangout hamburg hair guru guitars guide guge gucci
guardian group grocery gripe green gratis graphics grainger gov got gop google goog goodyear
goodhands goo golf goldpoint gold godaddy gmx gmo gmbh gmail globo global gle glass glade giving
gives gifts gift ggee george genting gent gea gdn gbiz gay garden gap games game gallup gallo
gallery gal fyi futbol furniture fund fun fujixerox fujitsu ftr frontier frontdoor frogans frl
fresenius free fox foundation forum forsale forex ford football foodnetwork food foo fly
flsmidth flowers florist flir flights flickr fitness fit fishing fish firmdale firestone fire
financial finance final film fido fidelity fiat ferrero ferrari feedback fedex fast fashion
farmers farm fans fan family faith fairwinds fail fage extraspace express exposed expert
exchange everbank events eus eurovision etisalat esurance estate esq erni ericsson equipment
epson epost enterprises engineering engineer energy emerck email education edu edeka eco eat
earth dvr dvag durban dupont duns dunlop duck dubai dtv drive download dot doosan domains doha
dog dodge doctor docs dnp diy dish discover discount directory direct digital diet diamonds dhl
dev design desi dentist dental democrat delta deloitte dell delivery degree deals dealer deal
dds dclk day datsun dating date data dance dad dabur cyou cymru cuisinella csc cruises cruise
crs crown cricket creditunion creditcard credit cpa courses coupons coupon country corsica coop
cool cookingchannel cooking contractors contact consulting construction condos comsec computer
compare company community commbank comcast com cologne college coffee codes coach clubmed club
cloud clothing clinique clinic click cleaning claims cityeats city citic citi citadel cisco
circle cipriani church chrysler chrome christmas chloe chintai cheap chat chase charity channel
chanel cfd cfa cern ceo center ceb cbs cbre cbn cba catholic catering cat casino cash caseih
case casa cartier cars careers career care cards caravan car capitalone capital capetown canon
cancerresearch camp camera cam calvinklein call cal cafe cab bzh buzz buy business builders
build bugatti budapest brussels brother broker broadway bridgestone bradesco box boutique bot
boston bostik bosch boots booking book boo bond bom bofa boehringer boats bnpparibas bnl bmw bms
blue bloomberg blog blockbuster blanco blackfriday black biz bio bingo bing bike bid bible
bharti bet bestbuy best berlin bentley beer beauty beats bcn bcg bbva bbt bbc bayern bauhaus
basketball baseball bargains barefoot barclays barclaycard barcelona bar bank band
bananarepublic banamex baidu baby azure axa aws avianca autos auto author auspost audio audible
audi auction attorney athleta associates asia asda arte art arpa army archi aramco arab
aquarelle apple app apartments aol anz anquan android analytics amsterdam amica amfam amex
americanfamily americanexpress alstom alsace ally allstate allfinanz alipay alibaba alfaromeo
akdn airtel airforce airbus aigo aig agency agakhan africa afl afamilycompany aetna aero aeg
adult ads adac actor active aco accountants accountant accenture academy abudhabi abogado able
abc abbvie abbott abb abarth aarp aaa onion
"""

_CCTLD_TEXT: Final = """
한국 香港 澳門 新加坡 台灣 台湾 中國 中国 გე ລາວ ไทย ලංකා ഭാരതം ಭಾರತ భారత్ சிங்கப்பூர் இலங்கை
இந்தியா ଭାରତ ભારત ਭਾਰਤ ভাৰত ভারত বাংলা भारोत भारतम् भारत ڀارت پاکستان موريتانيا مليسيا مصر قطر
فلسطين عمان عراق سورية سودان تونس بھارت بارت ایران امارات المغرب السعودية الجزائر البحرين الاردن
հայ қаз укр срб рф мон мкд ею бел бг ευ ελ zw zm za yt ye ws wf vu vn vi vg ve vc va uz uy us um
uk ug ua tz tw tv tt tr tp to tn tm tl tk tj th tg tf td tc sz sy sx sv su st ss sr so sn sm sl
sk sj si sh sg se sd sc sb sa rw ru rs ro re qa py pw pt ps pr pn pm pl pk ph pg pf pe pa om nz
nu nr np no nl ni ng nf ne nc na mz my mx mw mv mu mt ms mr mq mp mo mn mm ml mk mh mg mf me md
mc ma ly lv lu lt ls lr lk li lc lb la kz ky kw kr kp kn km ki kh kg ke jp jo jm je it is ir iq
io in im il ie id hu ht hr hn hm hk gy gw gu gt gs gr gq gp gn gm gl gi gh gg gf ge gd gb ga fr
fo fm fk fj fi eu et es er eh eg ee ec dz do dm dk dj de cz cy cx cw cv cu cr co cn cm cl ck ci
ch cg cf cd cc ca bz by bw bv bt bs br bq bo bn bm bl bj bi bh bg bf be bd bb ba az ax aw au at
as ar aq ao an am al ai ag af ae ad ac
"""


def _alternation(words: list[str]) -> str:
    """A regular expression matching the same word as ``(?:w1|w2|...)`` would, but fast.

    twitter-text writes each TLD list as one alternation; Python's ``re`` tries such an alternation
    branch by branch (1,574 of them) at every candidate position, which makes texts like
    ``a.a.a.a...`` take seconds.  The same words as a trie try a handful of branches.  The result
    is the same: a TLD must be followed by a character outside ``[0-9a-zA-Z@+-]``, so at one
    position at most one ASCII TLD fits, and of two non-ASCII TLDs of which one begins the other
    (嘉里大酒店/嘉里, भारतम्/भारत) the lists put the longer first, which is the one the trie tries first.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")  # ending here is tried last: longest first
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)


# Character groups, as the sources of the same-named twitter-text modules (for use inside [...]).
_DIRECTIONAL_MARKERS: Final = "\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
_SPACES: Final = "\t-\r\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PUNCT: Final = r"!'#%&()*+,\\\-./:;<=>?@\[\]\^_{|}~$"  # no '"' nor '`', as in punct.js
_LATIN_ACCENTS: Final = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268"
    "\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC: Final = "\u0400-\u04ff"

_DOMAIN_CHAR: Final = f"[^{_PUNCT}{_SPACES}{_INVALID_CHARS}{_DIRECTIONAL_MARKERS}]"
_SUBDOMAIN: Final = f"(?:(?:{_DOMAIN_CHAR}(?:[_-]|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\\.)"
_DOMAIN_NAME: Final = f"(?:(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\\.)"
_TLD_END: Final = r"(?=[^0-9a-zA-Z@+-]|\Z)"
_PUNYCODE: Final = r"(?:xn--[\-0-9a-z]+)"
_PRECEDING: Final = f"(?:[^A-Za-z0-9@＠$#＃{_INVALID_CHARS}]|[{_DIRECTIONAL_MARKERS}]|^)"
_PATH_CHAR: Final = f"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{_LATIN_ACCENTS}]"
_BALANCED_PARENS: Final = f"\\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\\({_PATH_CHAR}+\\){_PATH_CHAR}*))\\)"
# Spliced in without a group of its own, exactly like validUrlPathEndingChars.js into validUrlPath.js:
# its "|" splits validUrlPath's first alternative.
_PATH_ENDING: Final = f"[+\\-a-z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]|(?:{_BALANCED_PARENS})"
_PATH: Final = f"(?:(?:{_PATH_CHAR}*(?:{_BALANCED_PARENS}{_PATH_CHAR}*)*{_PATH_ENDING})|(?:@{_PATH_CHAR}+/))"
_QUERY_CHAR: Final = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_ENDING: Final = r"[a-z0-9\-_&=#/]"

# The URL expression backtracks a lot on dotted text ("a.a.a.a..."), so it is only tried where a
# match can start.  A URL's domain lies within one run of characters a domain can hold, and ends in
# "." + TLD (or Punycode TLD); the match starts at most 9 characters (a preceding character and
# "https://") before the domain.  So only runs holding a "." + TLD are worth trying, from 9 before.
_DOMAIN_RUN_RE: Final = re.compile(f"(?:{_DOMAIN_CHAR}|[_.-])+")
_MAX_DOMAIN_OFFSET: Final = 9  # len(before) + len("https://")


class _UrlExpressions(NamedTuple):
    extract: re.Pattern[str]  # regexp/extractUrl.js
    tld_after_dot: re.Pattern[str]  # "." + a TLD: where a URL's domain can end
    ascii_domain: re.Pattern[str]  # regexp/validAsciiDomain.js


@lru_cache(maxsize=1)
def _url_expressions() -> _UrlExpressions:
    """The expressions with the TLD lists in them, compiled on first use (that takes ~50 ms)."""
    # the tries of both lists, from before when this module's code is the same (≈ 8 ms to build)
    generic, country = compiled.kept(
        "tld-alternations",
        (),
        lambda: (_alternation(_GTLD_TEXT.split()), _alternation(_CCTLD_TEXT.split())),
        code=__file__,
    )
    gtld = f"(?:(?:{generic}){_TLD_END})"
    cctld = f"(?:(?:{country}){_TLD_END})"
    tld = f"(?:{gtld}|{cctld}|{_PUNYCODE})"
    domain = f"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}{tld})"
    extract = compiled.stdlib_pattern(
        f"({_PRECEDING})"  # 1: preceding character
        "("  # 2: the URL
        "(https?://)?"  # 3: protocol
        f"({domain})"  # 4: domain
        "(?::([0-9]+))?"  # 5: port
        f"(/{_PATH}*)?"  # 6: path
        f"(\\?{_QUERY_CHAR}*{_QUERY_ENDING})?"  # 7: query
        ")",
        re.IGNORECASE,
    )
    return _UrlExpressions(
        extract=extract,
        tld_after_dot=compiled.stdlib_pattern(f"\\.{tld}", re.IGNORECASE),
        ascii_domain=compiled.stdlib_pattern(f"(?:(?:[\\-a-z0-9{_LATIN_ACCENTS}]+)\\.)+{tld}", re.IGNORECASE),
    )


_TCO_URL_RE: Final = re.compile(
    f"https?://t\\.co/([a-z0-9]+)(?:\\?{_QUERY_CHAR}*{_QUERY_ENDING})?", re.IGNORECASE
)
_PUNYCODE_SEPARATORS_RE: Final = re.compile("[.\u3002\uff0e\uff61]")  # punycode.js regexSeparators

# JavaScript's case-insensitive matching (no "u" flag) never matches a non-ASCII character with an
# ASCII one; Python's does for these four.  They are matched as U+0138 (ĸ), which behaves like them
# in every character class above (a Latin letter with no case) and is equal to no ASCII letter.
_JS_CASE_FIX: Final = str.maketrans(dict.fromkeys("\u0130\u0131\u017f\u212a", "\u0138"))


def _extract_urls(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every URL twitter-text extracts, in order (extractUrlsWithIndices.js).

    ``text`` is in UTF-16 code units (:func:`_to_utf16_units`), and so are the results.
    """
    if "." not in text:
        return []
    matchable = text.translate(_JS_CASE_FIX)
    expressions = _url_expressions()
    urls: list[tuple[int, int, str]] = []
    for match in _url_matches(matchable, expressions):
        before = match.group(1)
        start, end = match.span(2)
        url = text[start:end]
        protocol = match.group(3)
        domain_start, domain_end = match.span(4)
        domain = text[domain_start:domain_end]
        has_path = match.group(6) is not None

        if not _is_valid_url(url, protocol or "https://", domain, expressions):
            continue
        if not protocol:
            if before and before in "-_./":  # invalidUrlWithoutProtocolPrecedingChars.js
                continue
            # Only the ASCII-only domains inside count; a path stays with the last of them.
            last: tuple[int, int, str] | None = None
            ascii_end = 0
            for ascii_match in expressions.ascii_domain.finditer(matchable, domain_start, domain_end):
                ascii_domain = text[ascii_match.start() : ascii_match.end()]
                ascii_start = domain.find(ascii_domain, ascii_end)
                ascii_end = ascii_start + len(ascii_domain)
                last = (start + ascii_start, start + ascii_end, ascii_domain)
                urls.append(last)
            if last is None:
                continue
            if has_path:
                urls[-1] = (last[0], end, url.replace(domain, last[2], 1))
        else:
            tco = _TCO_URL_RE.match(url.translate(_JS_CASE_FIX))
            if tco is not None:
                # t.co links keep no path beyond the slug; overlong slugs are not links at all.
                if len(tco.group(1)) > _MAX_TCO_SLUG_LENGTH:
                    continue
                url = url[: tco.end()]
                end = start + len(url)
            urls.append((start, end, url))
    return urls


def _url_matches(matchable: str, expressions: _UrlExpressions) -> Iterator[re.Match[str]]:
    """What ``expressions.extract.finditer(matchable)`` yields, trying only where a match can start."""
    tld_positions = [match.start() for match in expressions.tld_after_dot.finditer(matchable)]
    if not tld_positions:
        return
    tried = 0  # every start below this was tried (or passed by a match)
    for run in _DOMAIN_RUN_RE.finditer(matchable):
        run_start, run_end = run.span()
        index = bisect_left(tld_positions, run_start)
        if index == len(tld_positions):
            return  # no "." + TLD from here on: no more URLs
        if tld_positions[index] >= run_end:
            continue
        position = max(tried, run_start - _MAX_DOMAIN_OFFSET)
        while position < run_end:
            match = expressions.extract.match(matchable, position)
            if match is None:
                position += 1
            else:
                yield match
                position = match.end()
        tried = position


def _is_valid_url(url: str, protocol: str, domain: str, expressions: _UrlExpressions) -> bool:
    """isValidUrl of extractUrlsWithIndices.js: the domain converts to ASCII, the URL is not too long."""
    ascii_domain_length = _idna_ascii_length(domain, expressions)
    if ascii_domain_length is None:
        return False
    return len(protocol) + len(url) + ascii_domain_length - len(domain) <= _MAX_URL_LENGTH


def _idna_ascii_length(domain: str, expressions: _UrlExpressions) -> int | None:
    """Length of ``idna.toAscii(domain)`` (lib/idna.js), or None where it fails."""
    if domain.startswith("xn--") and expressions.ascii_domain.search(domain.translate(_JS_CASE_FIX)) is None:
        return None  # a Punycode-encoded domain cannot hold non-ASCII characters
    labels = domain.split(".")
    for label in labels:
        encoded = _punycode_to_ascii(label)
        if not 1 <= len(encoded) <= _MAX_DOMAIN_LABEL_LENGTH:
            return None  # DNS label with an invalid length
    return len(domain)  # lib/idna.js returns labels.join('.'): the domain itself


def _punycode_to_ascii(label: str) -> str:
    """punycode.js ``toASCII`` of one label: ``xn--`` + RFC 3492 Punycode if not plain ASCII."""
    parts = _PUNYCODE_SEPARATORS_RE.split(label)
    return ".".join(
        "xn--" + _from_utf16_units(part).encode("punycode").decode("ascii")
        if any(ord(c) > 0x7E for c in part)
        else part
        for part in parts
    )
