# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""static_html: a static site whose news pages are Word documents saved as HTML.

เทศบาลตำบลบ้านไร่ใต้ (fictional).  The webmaster writes each news item in
Microsoft Word, saves it as "Web Page, Filtered", pastes it into the
Dreamweaver template of the site and uploads it by FTP: one folder per
Buddhist-era year, ``/news/news-2564/news-2021-03-23-01.html`` (Gregorian
date in the file name, a serial for two items on one day), the photos in
``news-2021-03-23-01.files/``.  Each year has an index page
``/news/news-2564/index.html``; ``/news/index.html`` links the years;
``/sitemap.xml`` (named in robots.txt) lists every page.  No previous/next
links, no feed.  windows-874 bytes, the charset in the HTTP header and in
``<meta http-equiv>``; Word markup: ``<p class=MsoNormal>``, ``<span lang=TH
style='font-size:16.0pt;font-family:"TH SarabunPSK",sans-serif'>``, digits
in their own ``lang=EN-US`` spans, ``<o:p></o:p>``, ``&nbsp;``, VML image
comments.  The home page shows the latest 5 items only.
"""

from __future__ import annotations

from datetime import datetime

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, thai_long, thai_weekday
from .common import add_gif, add_jpeg, add_pdf, add_text, esc, html_page

FAMILY = "static_html"
SITE = "เทศบาลตำบลบ้านไร่ใต้"
ADDRESS = "เลขที่ 99 หมู่ที่ 4 ตำบลบ้านไร่ใต้ อำเภอบ้านไร่ จังหวัดอุทัยธานี 61140"
PHONE = "โทร. 0-5653-9123 โทรสาร 0-5653-9124"
ENCODING = "cp874"
SITE_BUILT = datetime(2015, 6, 1, 9, 0)
PR = "งานประชาสัมพันธ์ สำนักปลัดเทศบาล"
TH_Q = """font-size:16.0pt;font-family:"TH SarabunPSK",sans-serif"""

STORIES: tuple[Story, ...] = (
    Story(
        "ประชุมสภาเทศบาลตำบลบ้านไร่ใต้ สมัยสามัญ สมัยแรก ประจำปี 2563",
        "2020-02-14",
        "10:00",
        PR,
        (
            "วันศุกร์ที่ 14 กุมภาพันธ์ 2563 เวลา 09.30 น. สภาเทศบาลตำบลบ้านไร่ใต้ได้จัดการประชุมสภาเทศบาล สมัยสามัญ สมัยแรก ประจำปี 2563 ณ ห้องประชุมสภาเทศบาลตำบลบ้านไร่ใต้ โดยมีนายประเสริฐ ใจมั่น ประธานสภาเทศบาล เป็นประธานในที่ประชุม",
            "ที่ประชุมได้พิจารณาญัตติขออนุมัติโอนงบประมาณรายจ่ายประจำปีงบประมาณ 2563 เพื่อตั้งจ่ายเป็นรายการใหม่ จำนวน 3 รายการ ได้แก่ โครงการก่อสร้างรางระบายน้ำ ค.ส.ล. ซอยวัดหนองจอก โครงการซ่อมแซมถนนลูกรังสายบ้านหนองบัว และการจัดซื้อเครื่องพ่นหมอกควัน จำนวน 1 เครื่อง",
            "สมาชิกสภาเทศบาลมีมติเห็นชอบทั้ง 3 รายการ และประธานสภาได้นัดประชุมครั้งต่อไปในวันที่ 28 กุมภาพันธ์ 2563",
        ),
    ),
    Story(
        "มอบหน้ากากอนามัยผ้าให้ประชาชนในเขตเทศบาล",
        "2020-04-08",
        "14:00",
        None,
        (
            "เทศบาลตำบลบ้านไร่ใต้ร่วมกับกลุ่มแม่บ้านและ อสม. มอบหน้ากากอนามัยผ้าจำนวน 5,000 ชิ้น ให้แก่ประชาชนทั้ง 9 ชุมชน เพื่อป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019",
        ),
        photos=4,
    ),
    Story(
        "ประกาศขยายเวลาการชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2563",
        "2020-06-02",
        "09:00",
        PR,
        (
            "ตามที่กระทรวงมหาดไทยได้มีประกาศขยายกำหนดเวลาดำเนินการตามพระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 เฉพาะปี พ.ศ. 2563 นั้น",
            "เทศบาลตำบลบ้านไร่ใต้จึงขอประชาสัมพันธ์ให้ผู้มีหน้าที่เสียภาษีทราบว่า สามารถชำระภาษีที่ดินและสิ่งปลูกสร้างได้ภายในเดือนสิงหาคม 2563 ณ งานจัดเก็บรายได้ กองคลัง ในวันและเวลาราชการ",
            "หากมีข้อสงสัยสอบถามได้ที่ 0-5653-9123 ต่อ 105",
        ),
    ),
    Story(
        "ปลูกต้นไม้เฉลิมพระเกียรติ ณ ริมห้วยทับเสลา",
        "2020-07-28",
        "11:00",
        None,
        (
            "เทศบาลตำบลบ้านไร่ใต้ นำโดยนายกเทศมนตรี คณะผู้บริหาร พนักงานเทศบาล และจิตอาสา ร่วมกันปลูกต้นไม้เฉลิมพระเกียรติ จำนวน 300 ต้น บริเวณริมห้วยทับเสลา หมู่ที่ 6",
        ),
        photos=3,
    ),
    Story(
        "โครงการส่งเสริมอาชีพการทำผ้ามัดย้อมสีธรรมชาติ",
        "2020-09-17",
        "15:30",
        PR,
        (
            "ระหว่างวันที่ 15 - 17 กันยายน 2563 เทศบาลตำบลบ้านไร่ใต้จัดโครงการส่งเสริมอาชีพการทำผ้ามัดย้อมสีธรรมชาติ ให้แก่กลุ่มสตรีและผู้สนใจ จำนวน 40 คน ณ ศูนย์เรียนรู้ชุมชนบ้านหนองบัว",
            "วิทยากรจากศูนย์ศิลปาชีพได้สาธิตการสกัดสีจากเปลือกมะพร้าว ใบหูกวาง และแก่นขนุน พร้อมให้ผู้เข้าอบรมลงมือมัดลายและย้อมผ้าด้วยตนเอง",
            "ผลงานของผู้เข้าอบรมจะนำไปจำหน่ายที่ตลาดนัดชุมชนทุกวันเสาร์ และเทศบาลจะสนับสนุนบรรจุภัณฑ์ให้กลุ่มต่อไป",
        ),
    ),
    Story(
        "ประกาศรายชื่อผู้มีสิทธิ์รับเบี้ยยังชีพผู้สูงอายุรายใหม่ ปีงบประมาณ 2564",
        "2020-11-05",
        "10:00",
        None,
        (
            "เทศบาลตำบลบ้านไร่ใต้ประกาศรายชื่อผู้มีสิทธิ์รับเงินเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ 2564 จำนวน 47 ราย ผู้มีรายชื่อจะได้รับเงินตั้งแต่เดือนตุลาคม 2563 เป็นต้นไป ตรวจสอบรายชื่อได้ที่บอร์ดประชาสัมพันธ์หน้าสำนักงานเทศบาล",
        ),
    ),
    Story(
        "เทศบาลตำบลบ้านไร่ใต้จัดงานวันเด็กแห่งชาติ ประจำปี 2564 แบบวิถีใหม่",
        "2021-01-09",
        "16:00",
        PR,
        (
            "วันเสาร์ที่ 9 มกราคม 2564 เทศบาลตำบลบ้านไร่ใต้จัดงานวันเด็กแห่งชาติ ประจำปี 2564 ในรูปแบบวิถีใหม่ โดยให้ผู้ปกครองพาเด็กมารับของขวัญแบบขับรถผ่าน (ไดรฟ์ทรู) บริเวณลานหน้าสำนักงานเทศบาล",
            "ทุกคนที่เข้าร่วมงานต้องสวมหน้ากากอนามัยและผ่านจุดคัดกรองวัดอุณหภูมิ มีเด็กและผู้ปกครองมาร่วมงานกว่า 600 คน",
        ),
        photos=2,
    ),
    Story(
        "ประชาสัมพันธ์การรับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2564",
        "2021-03-01",
        "09:30",
        None,
        (
            "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลบ้านไร่ใต้ เปิดรับสมัครเด็กที่มีอายุ 2 ปี 6 เดือน ถึง 3 ปี เข้าเรียนในปีการศึกษา 2564 ตั้งแต่วันที่ 1 - 31 มีนาคม 2564 ในวันและเวลาราชการ",
            "หลักฐานการสมัคร ได้แก่ สำเนาสูติบัตร สำเนาทะเบียนบ้านของเด็กและผู้ปกครอง สำเนาบัตรประจำตัวประชาชนของผู้ปกครอง และรูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป",
            "ไม่เสียค่าใช้จ่ายใด ๆ ทั้งสิ้น สอบถามเพิ่มเติมที่กองการศึกษา",
        ),
    ),
    Story(
        "ลงพื้นที่ตรวจสอบถนนชำรุดหลังฝนตกหนัก",
        "2021-03-23",
        "13:00",
        None,
        (
            "นายกเทศมนตรีตำบลบ้านไร่ใต้พร้อมด้วยกองช่างลงพื้นที่ตรวจสอบถนนลูกรังสายบ้านเขาวง - บ้านหนองจอก ที่ชำรุดเสียหายหลังฝนตกหนัก และสั่งการให้ซ่อมแซมเป็นการเร่งด่วน",
        ),
        photos=3,
    ),
    Story(
        "กิจกรรมรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์",
        "2021-03-23",
        "16:20",
        PR,
        (
            "เทศบาลตำบลบ้านไร่ใต้ขอเชิญชวนประชาชนร่วมกิจกรรมรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ในวันที่ 13 เมษายน 2564 ณ วัดบ้านไร่ใต้ โดยจัดกิจกรรมภายใต้มาตรการป้องกันโรคอย่างเคร่งครัด",
            "ขอความร่วมมือผู้ร่วมงานงดการเล่นสาดน้ำ งดการประแป้ง และงดจำหน่ายเครื่องดื่มแอลกอฮอล์ภายในบริเวณงาน",
        ),
    ),
    Story(
        "ประชุมคณะกรรมการชุมชน ครั้งที่ 2/2564",
        "2021-06-18",
        "11:40",
        None,
        (
            "วันศุกร์ที่ 18 มิถุนายน 2564 เทศบาลตำบลบ้านไร่ใต้จัดประชุมคณะกรรมการชุมชนทั้ง 9 ชุมชน ครั้งที่ 2/2564 เพื่อชี้แจงแนวทางการจัดทำแผนชุมชนและการคัดกรองผู้เดินทางเข้าพื้นที่",
            "ประธานชุมชนแต่ละแห่งได้รายงานสถานการณ์ในพื้นที่ และเสนอให้เทศบาลติดตั้งไฟฟ้าส่องสว่างเพิ่มเติมในซอยที่เปลี่ยว รวมทั้งขอรับการสนับสนุนถังขยะแยกประเภท",
        ),
    ),
    Story(
        "ฉีดพ่นยาฆ่าเชื้อในตลาดสดเทศบาล",
        "2021-08-04",
        "08:45",
        None,
        ("กองสาธารณสุขและสิ่งแวดล้อมทำความสะอาดใหญ่และฉีดพ่นยาฆ่าเชื้อภายในตลาดสดเทศบาลตำบลบ้านไร่ใต้ โดยปิดตลาดเป็นเวลา 1 วัน",),
        photos=4,
    ),
    Story(
        "รับสมัครสมาชิกกองทุนหลักประกันสุขภาพ ออกกำลังกายเพื่อสุขภาพ",
        "2021-11-12",
        "10:10",
        PR,
        (
            "กองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านไร่ใต้ เปิดรับสมัครประชาชนที่สนใจเข้าร่วมกิจกรรมเต้นแอโรบิกเพื่อสุขภาพทุกวันจันทร์ถึงวันศุกร์ เวลา 17.30 - 18.30 น. ณ ลานกีฬาเทศบาล",
            "ผู้เข้าร่วมกิจกรรมครบ 30 ครั้ง จะได้รับการตรวจสุขภาพเบื้องต้นและเสื้อกีฬาฟรีคนละ 1 ตัว",
        ),
    ),
    Story(
        "พิธีถวายพวงมาลาเนื่องในวันปิยมหาราช",
        "2021-10-23",
        "09:15",
        None,
        (
            "คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาลตำบลบ้านไร่ใต้ ร่วมพิธีถวายพวงมาลา เนื่องในวันปิยมหาราช ณ อนุสาวรีย์พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว หน้าที่ว่าการอำเภอบ้านไร่",
        ),
        photos=2,
    ),
    Story(
        "เทศบาลตำบลบ้านไร่ใต้ได้รับรางวัลการบริหารจัดการขยะมูลฝอยดีเด่น",
        "2022-01-20",
        "14:30",
        PR,
        (
            "เทศบาลตำบลบ้านไร่ใต้ได้รับรางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการขยะมูลฝอยดีเด่น ระดับจังหวัด ประจำปี 2564 จากจังหวัดอุทัยธานี",
            "ผลสำเร็จมาจากความร่วมมือของทุกชุมชนในการคัดแยกขยะต้นทาง การทำถังขยะเปียกลดโลกร้อนในครัวเรือน และการตั้งธนาคารขยะรีไซเคิลในโรงเรียน 4 แห่ง ทำให้ปริมาณขยะที่ส่งไปกำจัดลดลงร้อยละ 23 เมื่อเทียบกับปี 2563",
            "นายกเทศมนตรีกล่าวขอบคุณประชาชนทุกคน และจะนำเงินรางวัลไปจัดซื้อรถเก็บขยะแยกประเภทเพิ่มอีก 1 คัน",
            "ในปี 2565 เทศบาลตั้งเป้าหมายขยายธนาคารขยะไปยังชุมชนทั้ง 9 แห่ง และจัดอบรมการทำปุ๋ยหมักจากเศษอาหารให้กับร้านอาหารในตลาดสด",
        ),
    ),
    Story(
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง",
        "2022-03-07",
        "09:00",
        None,
        (
            "เทศบาลตำบลบ้านไร่ใต้ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา และตำแหน่งผู้ดูแลเด็ก จำนวน 1 อัตรา",
            "ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัดเทศบาล ระหว่างวันที่ 8 - 18 มีนาคม 2565 ในวันและเวลาราชการ รายละเอียดดูได้จากประกาศที่บอร์ดหน้าสำนักงาน",
        ),
    ),
    Story(
        "ซ้อมแผนป้องกันและระงับอัคคีภัยในสำนักงาน",
        "2022-05-26",
        "15:00",
        None,
        (
            "งานป้องกันและบรรเทาสาธารณภัยจัดซ้อมแผนป้องกันและระงับอัคคีภัยให้แก่พนักงานเทศบาลและพนักงานจ้างทุกคน โดยฝึกการใช้ถังดับเพลิงและการอพยพหนีไฟ",
        ),
        photos=3,
    ),
    Story(
        "โครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหารและพนักงาน",
        "2022-08-11",
        "16:00",
        PR,
        (
            "วันพฤหัสบดีที่ 11 สิงหาคม 2565 เทศบาลตำบลบ้านไร่ใต้จัดโครงการอบรมคุณธรรมจริยธรรมสำหรับผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ณ วัดเขาวง",
            "พระครูสุวรรณธรรมโชติ เจ้าอาวาสวัดเขาวง เมตตาเป็นวิทยากรบรรยายเรื่องหลักธรรมในการทำงานและการให้บริการประชาชนด้วยความซื่อสัตย์สุจริต",
            "ช่วงบ่ายผู้เข้าอบรมร่วมกันทำความสะอาดบริเวณวัดและปลูกต้นไม้ในลานวัด",
        ),
    ),
    Story(
        "แจ้งปิดถนนชั่วคราวเพื่อก่อสร้างท่อระบายน้ำ ถนนเทศบาล 3",
        "2022-11-15",
        "10:30",
        None,
        (
            "เทศบาลตำบลบ้านไร่ใต้แจ้งปิดการจราจรบนถนนเทศบาล 3 ช่วงหน้าโรงเรียนอนุบาลบ้านไร่ใต้ ระหว่างวันที่ 16 - 30 พฤศจิกายน 2565 เพื่อก่อสร้างท่อระบายน้ำ ค.ส.ล. ขอให้ผู้ใช้รถใช้ถนนเลี่ยงไปใช้ถนนเทศบาล 5 แทน ขออภัยในความไม่สะดวก",
        ),
    ),
)


def _html(text: str, status: int = 200) -> Response:
    return html_page(text, "text/html; charset=windows-874", ENCODING, status)


class _Post:
    def __init__(self, story: Story, serial: int):
        self.story = story
        self.dt = local_dt(story.date, story.time)
        self.stem = f"news-{self.dt:%Y-%m-%d}-{serial:02d}"
        self.folder = f"/news/news-{self.dt.year + 543}/"
        self.path = f"{self.folder}{self.stem}.html"


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/Templates/", "/_notes/", "/cgi-bin/"],
        server_software="Apache/2.4.6 (CentOS) PHP/5.4.16",
    )
    posts: list[_Post] = []
    per_day: dict[str, int] = {}
    for story in sorted(STORIES, key=lambda s: (s.date, s.time)):
        per_day[story.date] = per_day.get(story.date, 0) + 1
        posts.append(_Post(story, per_day[story.date]))
    _Renderer(site, posts).register()
    return site


def _word_runs(text: str) -> str:
    """Word splits runs where the language changes: Thai text, then digits in EN-US spans."""
    out = []
    for n, piece in enumerate(_split_digits(text)):
        if n % 2:
            out.append(f"<span style='{TH_Q}'>{esc(piece)}</span>")
        else:
            out.append(f"<span lang=TH style='{TH_Q}'>{esc(piece).replace('  ', ' &nbsp;')}</span>")
    return "".join(out)


def _split_digits(text: str) -> list[str]:
    parts, buf, digit = [], "", False
    for ch in text:
        is_digit = ch.isascii() and (ch.isdigit() or (digit and ch in ".,-/"))
        if is_digit != digit:
            parts.append(buf)
            buf, digit = "", is_digit
        buf += ch
    parts.append(buf)
    if len(parts) % 2 == 0:
        parts.append("")
    return parts


class _Renderer:
    def __init__(self, site: FixtureSite, posts: list[_Post]):
        self.site, self.base, self.posts = site, site.base_url, posts
        self.newest = list(reversed(posts))
        self.years = sorted({p.dt.year for p in posts})

    def register(self) -> None:
        site, b = self.site, self.base
        for i, post in enumerate(self.posts):
            for k in range(1, post.story.photos + 1):
                add_jpeg(site, f"{post.folder}{post.stem}.files/image{2 * k:03d}.jpg", 302, 227, post.dt)
            site.add(post.path, self.article(i))
            s = post.story
            site.articles.append(
                FixtureArticle(
                    url=b + post.path,
                    aliases=(),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.shown_captions,
                )
            )
        home = self.frame("หน้าแรก", self.home())
        site.add("/", home)
        site.add("/index.html", home)
        site.non_articles += [b + "/", b + "/index.html"]
        site.add("/news/index.html", self.frame("ข่าวประชาสัมพันธ์", self.news_index()))
        site.add("/news/", self.frame("ข่าวประชาสัมพันธ์", self.news_index()))
        site.non_articles += [b + "/news/index.html", b + "/news/"]
        for year in self.years:
            path = f"/news/news-{year + 543}/index.html"
            site.add(path, self.frame(f"ข่าวประชาสัมพันธ์ ปี {year + 543}", self.year_index(year)))
            site.non_articles.append(b + path)
        for path, title, body in _STATIC:
            site.add(path, self.frame(title, f"<h2 class=head>{title}</h2>\n{body}"))
            site.non_articles.append(b + path)
        site.add("/sitemap.xml", self.sitemap())
        site.add(
            "/robots.txt",
            html_page(
                "User-agent: *\r\nDisallow: /Templates/\r\nDisallow: /_notes/\r\nDisallow: /cgi-bin/\r\n"
                f"\r\nSitemap: {b}/sitemap.xml\r\n",
                "text/plain",
            ),
        )
        site.add(
            "/Templates/main.dwt",
            _html(
                '<html><head><!-- TemplateBeginEditable name="doctitle" --><title>template</title><!-- TemplateEndEditable --></head><body></body></html>'
            ),
        )
        add_jpeg(site, "/images/header.jpg", 1000, 200, SITE_BUILT)
        add_jpeg(site, "/images/mayor.jpg", 160, 200, SITE_BUILT)
        for gif in ("arrow", "new", "line", "counter"):
            add_gif(site, f"/images/{gif}.gif", SITE_BUILT)
        add_text(site, "/css/style.css", "body{margin:0;background:#e9f2e0}.menu a{color:#fff}\n", "text/css")
        add_pdf(
            site,
            "/download/plan-2566-2570.pdf",
            "Local Development Plan 2023-2027",
            ["Ban Rai Tai Subdistrict Municipality"],
            datetime(2022, 10, 1, 9, 0),
        )
        add_pdf(
            site,
            "/download/ita-2565.pdf",
            "ITA 2022",
            ["Integrity and Transparency Assessment"],
            datetime(2022, 6, 1, 9, 0),
        )

    # -- template -------------------------------------------------------------
    def frame(self, title: str, content: str, word_head: str = "") -> Response:
        menu = "\n".join(f'<li><a href="{href}">{label}</a></li>' for href, label in _MENU)
        side_news = "\n".join(
            f'<tr><td valign=top><img src="/images/arrow.gif" width=7 height=7></td><td><a href="{p.path}">{esc(p.story.title)}</a></td></tr>'
            for p in self.newest[:5]
        )
        links = "\n".join(
            f'<li><a href="{href}" target="_blank">{label}</a></li>'
            for href, label in (
                ("http://www.dla.go.th/", "กรมส่งเสริมการปกครองท้องถิ่น"),
                ("http://www.uthaithani.go.th/", "จังหวัดอุทัยธานี"),
                ("http://www.oic.go.th/", "สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ"),
                ("http://www.nacc.go.th/", "สำนักงาน ป.ป.ช."),
                ("https://www.facebook.com/banraitai.municipality", "Facebook เทศบาล"),
            )
        )
        return _html(
            f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><!-- InstanceBegin template="/Templates/main.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<!-- InstanceBeginEditable name="doctitle" -->
<title>{esc(title)} - {SITE}</title>
<!-- InstanceEndEditable -->
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
//-->
</script>
<!-- InstanceBeginEditable name="head" -->{word_head}<!-- InstanceEndEditable -->
</head>
<body onLoad="MM_preloadImages('/images/arrow.gif')">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2"><img src="/images/header.jpg" alt="{SITE}" width="1000" height="200"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#2E7D32" class="menu" height="30">
      <ul class="topmenu">
{menu}
      </ul>
    </td>
  </tr>
  <tr>
    <td width="230" valign="top" bgcolor="#F1F8E9">
      <div align="center"><img src="/images/mayor.jpg" width="160" height="200"><br>
      <b>นายสมศักดิ์ รักษ์บ้านไร่</b><br>นายกเทศมนตรีตำบลบ้านไร่ใต้<br>สายตรงนายกฯ 08-1234-5678</div>
      <hr size=1>
      <b>&nbsp;ข่าวล่าสุด</b>
      <table width="100%" border="0" cellspacing="2" cellpadding="2">
{side_news}
      </table>
      <hr size=1>
      <b>&nbsp;หน่วยงานที่เกี่ยวข้อง</b>
      <ul class="links">
{links}
      </ul>
      <hr size=1>
      <div align="center">สถิติผู้เยี่ยมชม<br><img src="/images/counter.gif" width=88 height=15 alt="counter"><br>ผู้เข้าชมทั้งหมด 48,215 คน<br>เริ่มนับ 1 มิถุนายน 2558</div>
    </td>
    <td width="770" valign="top">
<!-- InstanceBeginEditable name="content" -->
{content}
<!-- InstanceEndEditable -->
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#1B5E20" align="center" class="footer"><font color="#FFFFFF">{SITE}<br>
    {ADDRESS}<br>{PHONE} อีเมล saraban@banraitai.go.th<br>
    Copyright &copy; 2558 {SITE} สงวนลิขสิทธิ์ | ปรับปรุงล่าสุด {thai_long(self.newest[0].dt.date())}</font></td>
  </tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""
        )

    # -- pages ----------------------------------------------------------------
    def post_row(self, p: _Post) -> str:
        return (
            f'<tr><td width=12 valign=top><img src="/images/arrow.gif" width=7 height=7></td>'
            f'<td><a href="{p.path}">{esc(p.story.title)}</a> <font color="#888888">({thai_long(p.dt.date())})</font></td></tr>'
        )

    def home(self) -> str:
        rows = "\n".join(self.post_row(p) for p in self.newest[:5])
        return f"""<h2 class=head>ยินดีต้อนรับสู่เว็บไซต์{SITE}</h2>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{SITE}ยกฐานะจากสุขาภิบาลเมื่อปี พ.ศ. 2542 มีพื้นที่ 12.4 ตารางกิโลเมตร 9 ชุมชน ประชากรประมาณ 8,200 คน
วิสัยทัศน์ “บ้านไร่ใต้น่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม”</p>
<h3 class=head>ข่าวประชาสัมพันธ์ล่าสุด <img src="/images/new.gif" width=28 height=11></h3>
<table width="100%" border="0" cellspacing="2" cellpadding="2">
{rows}
</table>
<p align=right><a href="/news/index.html">ข่าวทั้งหมด &gt;&gt;</a></p>
<h3 class=head>เอกสารดาวน์โหลด</h3>
<ul><li><a href="/download/plan-2566-2570.pdf">แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)</a></li>
<li><a href="/download/ita-2565.pdf">การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2565</a></li></ul>
"""

    def news_index(self) -> str:
        years = "\n".join(
            f'<li><a href="news-{y + 543}/index.html">ข่าวประชาสัมพันธ์ ปี พ.ศ. {y + 543}</a> '
            f"({sum(1 for p in self.posts if p.dt.year == y)} เรื่อง)</li>"
            for y in reversed(self.years)
        )
        return f"<h2 class=head>ข่าวประชาสัมพันธ์</h2>\n<p>เลือกปีที่ต้องการดูข่าว</p>\n<ul class=years>\n{years}\n</ul>\n"

    def year_index(self, year: int) -> str:
        rows = "\n".join(
            f'<tr><td align=center>{n}</td><td><a href="{p.stem}.html">{esc(p.story.title)}</a></td>'
            f"<td align=center nowrap>{thai_long(p.dt.date())}</td></tr>"
            for n, p in enumerate((p for p in self.newest if p.dt.year == year), start=1)
        )
        return f"""<h2 class=head>ข่าวประชาสัมพันธ์ ปี พ.ศ. {year + 543}</h2>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C5E1A5">
<tr bgcolor="#AED581"><th width=40>ลำดับ</th><th>เรื่อง</th><th width=150>วันที่</th></tr>
{rows}
</table>
<p><a href="../index.html">&lt;&lt; กลับหน้ารวมข่าว</a></p>
"""

    def article(self, i: int) -> Response:
        p = self.posts[i]
        s = p.story
        d = p.dt.date()
        parts = [
            f"<p class=MsoNormal align=center style='text-align:center'><b><span lang=TH style='font-size:20.0pt;font-family:\"TH SarabunPSK\",sans-serif;color:#1F4E79'>{esc(s.title)}<o:p></o:p></span></b></p>",
            f"<p class=MsoNormal align=right style='text-align:right'><span lang=TH style='{TH_Q}'>วัน{thai_weekday(d)}ที่ </span><span style='{TH_Q}'>{d.day}</span><span lang=TH style='{TH_Q}'> {thai_long(d).split(' ', 1)[1]}<o:p></o:p></span></p>",
            f"<p class=MsoNormal><span lang=TH style='{TH_Q}'><o:p>&nbsp;</o:p></span></p>",
        ]
        for n, para in enumerate(s.paragraphs):
            indent = "text-indent:36.0pt" if n % 2 == 0 or i % 2 else "text-indent:1.0in;tab-stops:1.0in"
            parts.append(
                f"<p class=MsoNormal style='text-align:justify;text-justify:inter-cluster;{indent}'>{_word_runs(para)}<span lang=TH style='{TH_Q}'><o:p></o:p></span></p>"
            )
        for k, caption in enumerate(s.shown_captions, start=1):
            img = f"{p.stem}.files/image{2 * k:03d}.jpg"
            parts.append(
                f"<p class=MsoNormal align=center style='text-align:center'><span lang=TH style='{TH_Q}'><!--[if gte vml 1]><v:shape id=\"Picture_x0020_{k}\" o:spid=\"_x0000_i102{k}\" type=\"#_x0000_t75\" style='width:226.5pt;height:170.25pt;visibility:visible;mso-wrap-style:square'>"
                f' <v:imagedata src="{p.stem}.files/image{2 * k - 1:03d}.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=302 height=227 src="{img}" v:shapes="Picture_x0020_{k}"><![endif]></span></p>\n'
                f"<p class=MsoCaption align=center style='text-align:center'><span lang=TH style='font-size:14.0pt;font-family:\"TH SarabunPSK\",sans-serif'>{esc(caption)}<o:p></o:p></span></p>"
            )
        if s.author:
            parts.append(
                f"<p class=MsoNormal align=right style='text-align:right'><span lang=TH style='{TH_Q}'>ข่าว/ภาพ : {esc(s.author)}<o:p></o:p></span></p>"
            )
        word_head = """
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>PR-BanRaiTai</o:Author>
  <o:LastAuthor>Windows User</o:LastAuthor>
  <o:Revision>2</o:Revision>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cordia New";
	panose-1:2 11 3 4 2 2 2 2 2 4;}
 @font-face
	{font-family:"TH SarabunPSK";
	panose-1:2 11 5 0 4 2 0 2 0 3;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"Cordia New",sans-serif;}
 p.MsoCaption, li.MsoCaption, div.MsoCaption
	{margin:0cm;
	font-size:10.0pt;
	font-weight:bold;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
"""
        content = (
            "<div class=WordSection1>\n" + "\n".join(parts) + "\n</div>\n"
            f'<p>&nbsp;</p><p align=center><a href="index.html">ข่าวประชาสัมพันธ์ปี {p.dt.year + 543}</a> | <a href="/news/index.html">ข่าวทั้งหมด</a> | <a href="/">หน้าแรก</a></p>'
        )
        return self.frame(s.title, content, word_head)

    def sitemap(self) -> Response:
        b = self.base
        urls = [f"{b}/", f"{b}/news/index.html"]
        urls += [f"{b}/news/news-{y + 543}/index.html" for y in self.years]
        urls += [b + p.path for p in self.posts]
        urls += [b + path for path, _t, _b in _STATIC]
        locs = "\n".join(f"  <url>\n    <loc>{u}</loc>\n    <changefreq>monthly</changefreq>\n  </url>" for u in urls)
        return html_page(
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{locs}\n</urlset>\n",
            "application/xml",
        )


_MENU = (
    ("/index.html", "หน้าแรก"),
    ("/about.html", "ประวัติความเป็นมา"),
    ("/structure.html", "โครงสร้างส่วนราชการ"),
    ("/executive.html", "คณะผู้บริหาร"),
    ("/council.html", "สมาชิกสภาเทศบาล"),
    ("/news/index.html", "ข่าวประชาสัมพันธ์"),
    ("/ita.html", "ITA"),
    ("/download.html", "ดาวน์โหลดเอกสาร"),
    ("/contact.html", "ติดต่อเรา"),
)

_STATIC = (
    (
        "/about.html",
        "ประวัติความเป็นมา",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;บ้านไร่ใต้เดิมเป็นชุมชนเกษตรกรรมริมห้วยทับเสลา ได้รับการยกฐานะเป็นสุขาภิบาลบ้านไร่ใต้ในปี พ.ศ. 2528 และเปลี่ยนเป็นเทศบาลตำบลตามพระราชบัญญัติเปลี่ยนแปลงฐานะสุขาภิบาลเป็นเทศบาล พ.ศ. 2542</p>\n<p>&nbsp;&nbsp;&nbsp;&nbsp;ประชากรส่วนใหญ่ประกอบอาชีพทำไร่มันสำปะหลัง อ้อย และค้าขาย มีตลาดสดเทศบาลเป็นศูนย์กลางการค้าของอำเภอ</p>",
    ),
    (
        "/structure.html",
        "โครงสร้างส่วนราชการ",
        "<table border=1 cellpadding=4 cellspacing=0><tr><th>ส่วนราชการ</th><th>หัวหน้าส่วน</th></tr><tr><td>สำนักปลัดเทศบาล</td><td>ปลัดเทศบาล</td></tr><tr><td>กองคลัง</td><td>ผู้อำนวยการกองคลัง</td></tr><tr><td>กองช่าง</td><td>ผู้อำนวยการกองช่าง</td></tr><tr><td>กองการศึกษา</td><td>ผู้อำนวยการกองการศึกษา</td></tr><tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>ผู้อำนวยการกองสาธารณสุขฯ</td></tr></table>",
    ),
    (
        "/executive.html",
        "คณะผู้บริหาร",
        '<p align=center><img src="/images/mayor.jpg" width=160 height=200><br>นายสมศักดิ์ รักษ์บ้านไร่<br>นายกเทศมนตรีตำบลบ้านไร่ใต้</p><p align=center>นายวีระ พูนผล รองนายกเทศมนตรี<br>นางสาวมาลี ทองดี รองนายกเทศมนตรี<br>นายชาญ สืบสาย เลขานุการนายกเทศมนตรี</p>',
    ),
    (
        "/council.html",
        "สมาชิกสภาเทศบาล",
        "<ol><li>นายประเสริฐ ใจมั่น ประธานสภาเทศบาล</li><li>นายบุญส่ง แก้วกล้า รองประธานสภาเทศบาล</li><li>นางจันทร์เพ็ญ ศรีบ้านไร่ เลขานุการสภาเทศบาล</li><li>สมาชิกสภาเทศบาลอีก 9 ท่าน</li></ol>",
    ),
    (
        "/ita.html",
        "การประเมินคุณธรรมและความโปร่งใส (ITA)",
        '<ul><li><a href="/download/ita-2565.pdf">O1 โครงสร้าง</a></li><li>O2 ข้อมูลผู้บริหาร</li><li>O3 อำนาจหน้าที่</li><li>O4 แผนยุทธศาสตร์</li><li>O5 ข้อมูลการติดต่อ</li></ul>',
    ),
    (
        "/download.html",
        "ดาวน์โหลดเอกสาร",
        '<ul><li><a href="/download/plan-2566-2570.pdf">แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)</a></li><li><a href="/download/ita-2565.pdf">ITA 2565</a></li></ul>',
    ),
    (
        "/contact.html",
        "ติดต่อเรา",
        f"<p>{SITE}<br>{ADDRESS}<br>{PHONE}<br>อีเมล saraban@banraitai.go.th<br>เปิดทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น.</p>",
    ),
)
