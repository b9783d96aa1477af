# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""news_portal: a provincial news site on a custom PHP news theme.

ข่าวพะเยาวันนี้ (fictional), news of the municipalities of one province.
Stories live at ``/news/<id>/`` (rel=canonical); the old ``/news.php?id=<id>``
and the slash-less ``/news/<id>`` answer 301 to it (aliases).  The home
page ``/`` and ``/page/2``, ``/page/3``... carry WHOLE stories, 6 a page,
full text and photos (the theme's "river" layout), with "หน้าถัดไป" links;
they are NOT articles.  Category listings ``/category/<slug>/`` (+
``/category/<slug>/page/2``) and tag pages ``/tag/<slug>/`` show excerpts,
``/author/<slug>/`` lists a reporter's stories.  ``/rss.xml`` (linked in the
head) holds only the latest 10.  No WordPress classes; robots.txt disallows
``/search`` and ``/admin/``.
"""

from __future__ import annotations

from datetime import datetime

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, rfc822, thai_abbr
from .common import add_jpeg, add_text, attr, esc, html_page, redirect

FAMILY = "news_portal"
SITE = "ข่าวพะเยาวันนี้"
ADDRESS = "เลขที่ 45/2 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000"
PER_PAGE = 6
CAT_PER_PAGE = 8
FEED_ITEMS = 10
SITE_BUILT = datetime(2020, 1, 10, 9, 0)

REPORTERS = {"kanokwan": "กนกวรรณ ใจดี", "somsak": "สมศักดิ์ แก้วเมือง", "desk": "กองบรรณาธิการ"}
CATEGORIES = {"local": "ข่าวท้องถิ่น", "health": "สาธารณสุข", "agri": "เกษตร", "edu": "การศึกษา"}
TAGS = {"thesaban": "เทศบาล", "obt": "อบต.", "kwan-phayao": "กว๊านพะเยา", "chiangkham": "เชียงคำ", "budget": "งบประมาณ"}

# (reporter, category, tags, story), oldest first
ITEMS: tuple[tuple[str, str, tuple[str, ...], Story], ...] = (
    (
        "somsak",
        "local",
        ("thesaban", "kwan-phayao"),
        Story(
            "เทศบาลเมืองพะเยาเก็บผักตบชวาในกว๊านพะเยา รับหน้าแล้ง",
            "2023-03-02",
            "11:20",
            "สมศักดิ์ แก้วเมือง",
            (
                "เทศบาลเมืองพะเยาร่วมกับจิตอาสาและเจ้าหน้าที่ประมงจังหวัด นำเรือเก็บผักตบชวาออกจากกว๊านพะเยาบริเวณหน้าวัดติโลกอาราม ได้ผักตบชวากว่า 40 ตัน",
                "นายกเทศมนตรีเมืองพะเยากล่าวว่า ผักตบชวาที่ลอยหนาแน่นทำให้น้ำเน่าเสียและกีดขวางเรือของชาวประมง เทศบาลจึงจัดกิจกรรมเก็บผักตบชวาเป็นประจำทุกเดือนก่อนเข้าฤดูแล้ง",
                "ผักตบชวาที่เก็บได้จะนำไปทำปุ๋ยหมักแจกจ่ายให้เกษตรกรรอบกว๊าน",
            ),
            photos=2,
        ),
    ),
    (
        "kanokwan",
        "health",
        ("obt",),
        Story(
            "อบต.บ้านต๋อมออกหน่วยตรวจคัดกรองมะเร็งเต้านม",
            "2023-04-18",
            "14:05",
            "กนกวรรณ ใจดี",
            (
                "องค์การบริหารส่วนตำบลบ้านต๋อมร่วมกับโรงพยาบาลพะเยา ออกหน่วยตรวจคัดกรองมะเร็งเต้านมด้วยเครื่องอัลตราซาวด์เคลื่อนที่ ให้สตรีอายุ 30 ปีขึ้นไป มีผู้เข้ารับบริการ 210 คน",
            ),
            photos=3,
        ),
    ),
    (
        "desk",
        "agri",
        ("chiangkham",),
        Story(
            "เกษตรกรเชียงคำรวมกลุ่มแปรรูปข้าวก่ำ ส่งขายตลาดออนไลน์",
            "2023-05-30",
            "09:45",
            None,
            (
                "กลุ่มวิสาหกิจชุมชนข้าวก่ำบ้านร่มเย็น อำเภอเชียงคำ รวมกลุ่มเกษตรกร 46 ครัวเรือน แปรรูปข้าวก่ำเป็นข้าวกล้องบรรจุถุงสุญญากาศและชาข้าวก่ำ ส่งขายผ่านตลาดออนไลน์",
                "ประธานกลุ่มเล่าว่า เดิมขายข้าวเปลือกได้กิโลกรัมละ 15 บาท แต่เมื่อแปรรูปแล้วขายได้ถึงกิโลกรัมละ 120 บาท ทำให้รายได้ของสมาชิกเพิ่มขึ้นเกือบเท่าตัว",
                "เทศบาลตำบลเชียงคำสนับสนุนเครื่องบรรจุสุญญากาศและการอบรมการถ่ายภาพสินค้า ส่วนสำนักงานเกษตรอำเภอช่วยรับรองมาตรฐานการผลิตข้าวอินทรีย์",
            ),
            photos=2,
        ),
    ),
    (
        "somsak",
        "local",
        ("thesaban", "budget"),
        Story(
            "สภาเทศบาลเมืองพะเยาผ่านงบประมาณปี 2567 วงเงิน 412 ล้านบาท",
            "2023-08-24",
            "17:30",
            "สมศักดิ์ แก้วเมือง",
            (
                "สภาเทศบาลเมืองพะเยามีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ 2567 ในวาระที่ 3 วงเงิน 412 ล้านบาท เพิ่มขึ้นจากปีก่อนร้อยละ 6",
                "งบประมาณส่วนใหญ่ใช้ในด้านการศึกษา 138 ล้านบาท ด้านโครงสร้างพื้นฐาน 97 ล้านบาท และด้านสาธารณสุข 54 ล้านบาท โดยมีโครงการใหม่ที่สำคัญ ได้แก่ การปรับปรุงทางเดินรอบกว๊านพะเยา และการก่อสร้างศูนย์ดูแลผู้สูงอายุกลางวัน",
                "สมาชิกสภาฝ่ายค้านตั้งข้อสังเกตเรื่องงบประมาณจัดงานเทศกาลที่สูงขึ้น ขณะที่ฝ่ายบริหารชี้แจงว่าเป็นการส่งเสริมการท่องเที่ยวที่ช่วยให้เศรษฐกิจในเมืองฟื้นตัว",
                "หลังจากนี้จะส่งร่างเทศบัญญัติให้ผู้ว่าราชการจังหวัดพะเยาพิจารณาอนุมัติตามขั้นตอนต่อไป",
            ),
        ),
    ),
    (
        "kanokwan",
        "edu",
        ("thesaban",),
        Story(
            "โรงเรียนเทศบาล 1 ชนะเลิศประกวดหุ่นยนต์ระดับภาค",
            "2023-09-12",
            "10:10",
            "กนกวรรณ ใจดี",
            (
                "ทีมนักเรียนโรงเรียนเทศบาล 1 (ประตูชัย) คว้ารางวัลชนะเลิศการแข่งขันหุ่นยนต์กู้ภัยระดับภาคเหนือ และได้สิทธิ์เป็นตัวแทนภาคไปแข่งขันระดับประเทศที่กรุงเทพมหานคร",
            ),
            photos=3,
        ),
    ),
    (
        "desk",
        "local",
        ("obt", "kwan-phayao"),
        Story(
            "อบต.แม่ใสจัดงานลอยกระทงริมกว๊าน ห้ามใช้กระทงโฟม",
            "2023-11-20",
            "21:40",
            None,
            (
                "องค์การบริหารส่วนตำบลแม่ใสจัดงานลอยกระทงริมกว๊านพะเยาฝั่งบ้านสันเวียงใหม่ โดยกำหนดให้ใช้กระทงจากวัสดุธรรมชาติเท่านั้น และตั้งจุดรับแลกกระทงโฟมเป็นกระทงใบตองฟรี",
                "หลังงานเจ้าหน้าที่เก็บกระทงได้ 3,800 ใบ ไม่พบกระทงโฟมแม้แต่ใบเดียว",
            ),
            photos=2,
        ),
    ),
    (
        "somsak",
        "health",
        ("thesaban",),
        Story(
            "เทศบาลตำบลดอกคำใต้เปิดศูนย์ฟอกไตชุมชน",
            "2024-01-09",
            "13:00",
            "สมศักดิ์ แก้วเมือง",
            (
                "เทศบาลตำบลดอกคำใต้เปิดศูนย์ฟอกไตชุมชน ให้บริการผู้ป่วยไตวายเรื้อรังในอำเภอดอกคำใต้และอำเภอใกล้เคียง รองรับผู้ป่วยได้วันละ 24 คน",
                "ก่อนหน้านี้ผู้ป่วยต้องเดินทางไปฟอกไตที่โรงพยาบาลในตัวจังหวัด สัปดาห์ละ 2 - 3 ครั้ง เสียค่าเดินทางครั้งละหลายร้อยบาท",
                "ศูนย์แห่งนี้ใช้งบประมาณของเทศบาลร่วมกับเงินบริจาคจากประชาชน และมีแพทย์จากโรงพยาบาลดอกคำใต้หมุนเวียนมาดูแล",
            ),
            photos=2,
        ),
    ),
    (
        "kanokwan",
        "local",
        ("obt", "chiangkham"),
        Story(
            "ไฟป่าลามใกล้หมู่บ้าน อบต.ฝายกวางระดมกำลังทำแนวกันไฟ",
            "2024-02-27",
            "18:15",
            "กนกวรรณ ใจดี",
            (
                "เกิดไฟป่าบนดอยบริเวณรอยต่อตำบลฝายกวาง อำเภอเชียงคำ ลุกลามเข้าใกล้บ้านห้วยลึก อบต.ฝายกวางร่วมกับหน่วยป้องกันรักษาป่าและชาวบ้านกว่า 80 คน ระดมกำลังทำแนวกันไฟยาว 3 กิโลเมตร ควบคุมเพลิงได้ในช่วงค่ำ",
            ),
            photos=3,
        ),
    ),
    (
        "desk",
        "agri",
        ("obt",),
        Story(
            "อบต.บ้านใหม่แจกพันธุ์ปลานิลปล่อยลงแหล่งน้ำชุมชน",
            "2024-03-15",
            "10:30",
            None,
            (
                "อบต.บ้านใหม่ อำเภอเมืองพะเยา ร่วมกับศูนย์วิจัยและพัฒนาประมงน้ำจืดพะเยา ปล่อยพันธุ์ปลานิลและปลาตะเพียน 120,000 ตัว ลงอ่างเก็บน้ำห้วยตุ้ม เพื่อเพิ่มแหล่งอาหารให้ชุมชน",
                "ชาวบ้านร่วมกันกำหนดเขตอนุรักษ์ห้ามจับปลาในช่วงวางไข่ระหว่างเดือนพฤษภาคมถึงสิงหาคม",
            ),
        ),
    ),
    (
        "somsak",
        "local",
        ("thesaban", "kwan-phayao"),
        Story(
            "สงกรานต์เมืองพะเยาคึกคัก ขบวนแห่พระเจ้าตนหลวงยาว 2 กิโลเมตร",
            "2024-04-13",
            "19:50",
            "สมศักดิ์ แก้วเมือง",
            (
                "เทศบาลเมืองพะเยาจัดงานประเพณีสงกรานต์ ขบวนแห่พระพุทธรูปและขบวนฟ้อนจากชุมชนทั้ง 21 ชุมชน เคลื่อนจากข่วงเมืองไปยังวัดศรีโคมคำ ระยะทางกว่า 2 กิโลเมตร นักท่องเที่ยวร่วมงานหนาตา",
            ),
            photos=4,
        ),
    ),
    (
        "kanokwan",
        "edu",
        ("obt",),
        Story(
            "ศูนย์พัฒนาเด็กเล็ก อบต.ท่าวังทอง ผ่านมาตรฐานระดับดีเยี่ยม",
            "2024-05-08",
            "11:40",
            "กนกวรรณ ใจดี",
            (
                "ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลท่าวังทอง ผ่านการประเมินมาตรฐานศูนย์พัฒนาเด็กเล็กแห่งชาติในระดับดีเยี่ยม เป็นแห่งแรกของอำเภอเมืองพะเยา",
                "ครูผู้ดูแลเด็กเล่าว่า ศูนย์เน้นการเรียนรู้ผ่านการเล่นและการทำสวนผักเล็ก ๆ ให้เด็กดูแลเอง พร้อมเชิญผู้ปกครองมาร่วมกิจกรรมทุกวันศุกร์",
            ),
            photos=2,
        ),
    ),
    (
        "desk",
        "health",
        ("thesaban",),
        Story(
            "พะเยาเตือนไข้เลือดออกพุ่ง เทศบาลเร่งพ่นหมอกควันทุกชุมชน",
            "2024-06-19",
            "15:25",
            None,
            (
                "สำนักงานสาธารณสุขจังหวัดพะเยารายงานผู้ป่วยไข้เลือดออกสะสมตั้งแต่ต้นปี 312 ราย สูงกว่าปีก่อนในช่วงเดียวกันเกือบสองเท่า อำเภอที่พบผู้ป่วยมากที่สุดคืออำเภอเมืองพะเยาและอำเภอจุน",
                "เทศบาลเมืองพะเยาและเทศบาลตำบลในพื้นที่เสี่ยงเร่งพ่นหมอกควันในชุมชนและโรงเรียนทุกแห่ง พร้อมรณรงค์ให้ประชาชนกำจัดลูกน้ำยุงลายทุกสัปดาห์",
                "แพทย์แนะนำว่าหากมีไข้สูงเกินสองวัน ควรรีบพบแพทย์ และไม่ควรซื้อยาลดไข้กลุ่มแอสไพรินมารับประทานเอง",
            ),
        ),
    ),
    (
        "somsak",
        "local",
        ("thesaban", "budget"),
        Story(
            "เทศบาลตำบลแม่กาเปิดตลาดนัดชุมชนแห่งใหม่",
            "2024-07-21",
            "09:00",
            "สมศักดิ์ แก้วเมือง",
            (
                "เทศบาลตำบลแม่กาเปิดตลาดนัดชุมชนแห่งใหม่บริเวณลานหน้าสำนักงานเทศบาล ทุกวันเสาร์ตั้งแต่ 15.00 น. ให้เกษตรกรนำผักและผลไม้มาขายตรงถึงผู้บริโภคโดยไม่เก็บค่าแผง",
            ),
            photos=3,
        ),
    ),
    (
        "kanokwan",
        "agri",
        ("chiangkham",),
        Story(
            "ลำไยเชียงคำราคาดี เทศบาลจับมือสหกรณ์ตั้งจุดรับซื้อ",
            "2024-08-06",
            "16:45",
            "กนกวรรณ ใจดี",
            (
                "ผลผลิตลำไยของอำเภอเชียงคำปีนี้ออกสู่ตลาดมากกว่า 9,000 ตัน ราคาลำไยเกรด AA อยู่ที่กิโลกรัมละ 32 - 35 บาท สูงกว่าปีที่แล้ว",
                "เทศบาลตำบลเชียงคำร่วมกับสหกรณ์การเกษตรตั้งจุดรับซื้อลำไยในชุมชน 3 จุด เพื่อลดการกดราคาจากพ่อค้าคนกลาง และจัดรถรับส่งผลผลิตให้ผู้สูงอายุที่ไม่มีพาหนะ",
            ),
            photos=2,
        ),
    ),
    (
        "desk",
        "local",
        ("obt", "kwan-phayao"),
        Story(
            "น้ำกว๊านพะเยาเพิ่มสูง อบต.เตรียมกระสอบทรายรับมือ",
            "2024-09-10",
            "20:05",
            None,
            (
                "ระดับน้ำในกว๊านพะเยาเพิ่มสูงขึ้นต่อเนื่องหลังฝนตกหนักหลายวัน องค์การบริหารส่วนตำบลรอบกว๊านเตรียมกระสอบทรายกว่า 20,000 ใบ และตั้งศูนย์ช่วยเหลือผู้ประสบภัยไว้ล่วงหน้า",
                "ชลประทานจังหวัดพะเยาเปิดประตูระบายน้ำเพิ่มเพื่อพร่องน้ำลงสู่แม่น้ำอิง พร้อมแจ้งเตือนชาวบ้านในพื้นที่ลุ่มต่ำให้ขนย้ายสิ่งของขึ้นที่สูง",
                "ผู้ว่าราชการจังหวัดพะเยาสั่งการให้ทุกอำเภอเฝ้าระวังตลอด 24 ชั่วโมง และรายงานสถานการณ์ทุกเช้า",
            ),
            photos=2,
        ),
    ),
    (
        "kanokwan",
        "edu",
        ("thesaban",),
        Story(
            "เทศบาลเมืองพะเยามอบทุนการศึกษาเด็กเรียนดี 150 ทุน",
            "2024-10-04",
            "10:20",
            "กนกวรรณ ใจดี",
            (
                "เทศบาลเมืองพะเยามอบทุนการศึกษาให้นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์ในโรงเรียนสังกัดเทศบาล 150 ทุน ทุนละ 3,000 บาท ณ หอประชุมเทศบาล",
            ),
            photos=2,
        ),
    ),
    (
        "somsak",
        "local",
        ("obt", "budget"),
        Story(
            "อบต.ห้วยแก้วสร้างถนนเลียบคลองชลประทาน ลดระยะทางไปตลาด",
            "2024-11-14",
            "14:35",
            "สมศักดิ์ แก้วเมือง",
            (
                "อบต.ห้วยแก้ว อำเภอภูกามยาว ก่อสร้างถนนคอนกรีตเสริมเหล็กเลียบคลองชลประทานระยะทาง 2.3 กิโลเมตร แล้วเสร็จเปิดใช้งาน ช่วยให้ชาวบ้าน 4 หมู่บ้านเดินทางไปตลาดอำเภอสั้นลงกว่า 8 กิโลเมตร",
                "ผู้ใหญ่บ้านห้วยแก้วกล่าวว่า เมื่อก่อนฤดูฝนถนนลูกรังเดิมเป็นหลุมบ่อ รถขนผลผลิตการเกษตรติดหล่มบ่อยครั้ง",
            ),
            photos=2,
        ),
    ),
)

STATIC = (
    (
        "/about/",
        "เกี่ยวกับเรา",
        f"<p>{SITE} เป็นสำนักข่าวท้องถิ่นออนไลน์ นำเสนอข่าวสารขององค์กรปกครองส่วนท้องถิ่น หน่วยงานราชการ และชุมชนในจังหวัดพะเยา ตั้งแต่ปี 2563</p><p>บรรณาธิการบริหาร: นายวิชัย เมืองพะเยา</p>",
    ),
    (
        "/contact/",
        "ติดต่อเรา",
        f"<p>{SITE}<br>{ADDRESS}<br>โทร. 0-5448-1234 | อีเมล news@phayaotoday.example<br>ส่งข่าวประชาสัมพันธ์: LINE @phayaotoday</p>",
    ),
    ("/advertise/", "ติดต่อโฆษณา", "<p>ลงโฆษณาและประชาสัมพันธ์หน่วยงาน สอบถามอัตราค่าโฆษณาได้ที่ฝ่ายการตลาด โทร. 08-9123-4567</p>"),
    ("/privacy-policy/", "นโยบายความเป็นส่วนตัว", "<p>เว็บไซต์นี้ใช้คุกกี้เพื่อวัดสถิติผู้เข้าชมเท่านั้น ไม่เก็บข้อมูลส่วนบุคคลที่ระบุตัวตนได้</p>"),
)


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(FAMILY, base_url, disallowed_paths=["/search", "/admin/"], server_software="nginx")
    _Renderer(site).register()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        self.items = []  # (id, reporter, category, tags, story, dt), oldest first
        for n, (rep, cat, tags, s) in enumerate(sorted(ITEMS, key=lambda x: (x[3].date, x[3].time))):
            self.items.append((10231 + 17 * n + n % 4, rep, cat, tags, s, local_dt(s.date, s.time)))
        self.newest = list(reversed(self.items))

    def photo(self, nid: int, dt: datetime, k: int) -> str:
        return f"/uploads/{dt:%Y}/{dt:%m}/{nid}_{k}.jpg"

    def register(self) -> None:
        site, b = self.site, self.base
        for i, it in enumerate(self.items):
            nid, s, dt = it[0], it[4], it[5]
            for k in range(1, s.photos + 1):
                add_jpeg(site, self.photo(nid, dt, k), 900, 600, dt)
            site.add(f"/news/{nid}/", self.article(i))
            site.add(f"/news/{nid}", redirect(f"{b}/news/{nid}/"))
            site.add(f"/news.php?id={nid}", redirect(f"{b}/news/{nid}/"))
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/news/{nid}/",
                    aliases=(f"{b}/news/{nid}", f"{b}/news.php?id={nid}"),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.shown_captions,
                )
            )
        pages = -(-len(self.newest) // PER_PAGE)
        for n in range(1, pages + 1):
            path = "/" if n == 1 else f"/page/{n}"
            site.add(path, self.frame(SITE if n == 1 else f"{SITE} - หน้า {n}", self.river(n, pages)))
            site.non_articles.append(b + path)
        site.add("/page/1", redirect(b + "/"))
        for slug, name in CATEGORIES.items():
            rows = [it for it in self.newest if it[2] == slug]
            cpages = max(1, -(-len(rows) // CAT_PER_PAGE))
            for n in range(1, cpages + 1):
                path = f"/category/{slug}/" + ("" if n == 1 else f"page/{n}")
                site.add(
                    path,
                    self.frame(
                        f"{name} - {SITE}",
                        self.excerpts(
                            f"หมวด: {name}",
                            rows[(n - 1) * CAT_PER_PAGE : n * CAT_PER_PAGE],
                            f"/category/{slug}/",
                            n,
                            cpages,
                        ),
                    ),
                )
                site.non_articles.append(b + path)
        for slug, name in TAGS.items():
            rows = [it for it in self.newest if slug in it[3]]
            site.add(
                f"/tag/{slug}/",
                self.frame(f"แท็ก {name} - {SITE}", self.excerpts(f"แท็ก: {name}", rows, f"/tag/{slug}/", 1, 1)),
            )
            site.non_articles.append(f"{b}/tag/{slug}/")
        for slug, name in REPORTERS.items():
            rows = [it for it in self.newest if it[1] == slug]
            site.add(
                f"/author/{slug}/",
                self.frame(f"{name} - {SITE}", self.excerpts(f"ข่าวโดย {name}", rows, f"/author/{slug}/", 1, 1)),
            )
            site.non_articles.append(f"{b}/author/{slug}/")
        for path, title, body in STATIC:
            site.add(
                path,
                self.frame(
                    f"{title} - {SITE}", f'<div class="page-static"><h1 class="section-title">{title}</h1>{body}</div>'
                ),
            )
            site.non_articles.append(b + path)
        site.add("/rss.xml", self.rss())
        site.add(
            "/robots.txt",
            html_page("User-agent: *\nDisallow: /search\nDisallow: /admin/\n", "text/plain; charset=utf-8"),
        )
        add_text(site, "/assets/css/news.min.css?v=3.2", ".river-item{border-bottom:1px solid #ddd}\n", "text/css")
        add_text(site, "/assets/js/news.min.js?v=3.2", "/* theme */\n", "application/javascript")
        add_jpeg(site, "/assets/img/logo-phayaotoday.png", 320, 80, SITE_BUILT)
        add_jpeg(site, "/assets/img/ad-banner-300x250.jpg", 300, 250, SITE_BUILT)

    # -- frame --------------------------------------------------------------
    def frame(self, title: str, main: str, canonical: str | None = None, og: str = "website") -> Response:
        b = self.base
        cats = "\n".join(f'<li><a href="/category/{slug}/">{name}</a></li>' for slug, name in CATEGORIES.items())
        tags = " ".join(f'<a class="tag-pill" href="/tag/{slug}/">#{name}</a>' for slug, name in TAGS.items())
        popular = "\n".join(
            f'<li><a href="/news/{it[0]}/">{esc(it[4].title)}</a></li>'
            for it in sorted(self.items, key=lambda it: (it[0] * 31) % 97)[:5]
        )
        canon = f'<link rel="canonical" href="{b}{canonical}">' if canonical else ""
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{canon}
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="{og}">
<meta property="og:title" content="{attr(title)}">
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS" href="{b}/rss.xml">
<link rel="stylesheet" href="/assets/css/news.min.css?v=3.2">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PHY0000001"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-PHY0000001');</script>
</head>
<body class="np-body">
<div class="np-topbar"><div class="np-wrap"><span class="np-date">ข่าวท้องถิ่นจังหวัดพะเยา</span>
<span class="np-social"><a href="https://www.facebook.com/phayaotoday" target="_blank" rel="noopener">Facebook</a> <a href="https://www.youtube.com/@phayaotoday" target="_blank" rel="noopener">YouTube</a> <a href="https://line.me/R/ti/p/@phayaotoday" target="_blank" rel="noopener">LINE</a></span></div></div>
<header class="np-header"><div class="np-wrap"><a href="/" class="np-logo"><img src="/assets/img/logo-phayaotoday.png" alt="{SITE}" width="320" height="80"></a>
<form class="np-search" action="/search" method="get"><input type="text" name="q" placeholder="ค้นหาข่าว..."><button type="submit">ค้นหา</button></form></div></header>
<nav class="np-nav"><div class="np-wrap"><ul>
<li><a href="/">หน้าแรก</a></li>
{cats}
<li><a href="/about/">เกี่ยวกับเรา</a></li>
<li><a href="/contact/">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="np-wrap np-columns">
<main class="np-main">
{main}
</main>
<aside class="np-side">
<section class="np-widget"><h3 class="np-widget-title">ข่าวยอดนิยม</h3><ol class="np-popular">
{popular}
</ol></section>
<section class="np-widget"><h3 class="np-widget-title">แท็กยอดนิยม</h3><div class="np-tags">{tags}</div></section>
<section class="np-widget np-ad"><a href="/advertise/"><img src="/assets/img/ad-banner-300x250.jpg" width="300" height="250" alt="พื้นที่โฆษณา"></a></section>
<section class="np-widget"><h3 class="np-widget-title">ลิงก์หน่วยงาน</h3><ul><li><a href="http://www.phayao.go.th/" target="_blank">ศาลากลางจังหวัดพะเยา</a></li><li><a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.prd.go.th/" target="_blank">กรมประชาสัมพันธ์</a></li></ul></section>
</aside>
</div>
<footer class="np-footer"><div class="np-wrap">
<p><a href="/about/">เกี่ยวกับเรา</a> | <a href="/contact/">ติดต่อเรา</a> | <a href="/advertise/">ติดต่อโฆษณา</a> | <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> | <a href="/rss.xml">RSS</a></p>
<p>{SITE} {ADDRESS} โทร. 0-5448-1234</p>
<p>&copy; 2563-2567 {SITE} สงวนลิขสิทธิ์ | ผู้เข้าชมวันนี้ 1,284 | ทั้งหมด 3,902,117</p>
</div></footer>
<script src="/assets/js/news.min.js?v=3.2"></script>
</body>
</html>
"""
        )

    # -- pieces -------------------------------------------------------------
    def meta(self, it) -> str:
        nid, rep, cat, _tags, s, dt = it
        return (
            f'<div class="np-meta"><span class="np-cat"><a href="/category/{cat}/">{CATEGORIES[cat]}</a></span> '
            f'<span class="np-author">โดย <a href="/author/{rep}/">{REPORTERS[rep]}</a></span> '
            f'<time class="np-time" datetime="{dt.isoformat()}">{thai_abbr(dt.date())} {dt:%H:%M} น.</time> '
            f'<span class="np-views">{(nid * 7) % 3000 + 150} views</span></div>'
        )

    def full(self, it, heading: str, link: bool = False) -> str:
        nid, _rep, _cat, tags, s, dt = it
        title = f'<a href="/news/{nid}/">{esc(s.title)}</a>' if link else esc(s.title)
        photos = "\n".join(
            f'<figure class="np-figure"><img src="{self.photo(nid, dt, k)}" alt="{attr(cap)}" width="900" height="600" loading="lazy"><figcaption>{esc(cap)}</figcaption></figure>'
            for k, cap in enumerate(s.shown_captions, start=1)
        )
        body = "\n".join(f"<p>{esc(p)}</p>" for p in s.paragraphs)
        tag_links = " ".join(f'<a href="/tag/{t}/" rel="tag">#{TAGS[t]}</a>' for t in tags)
        return f"""<{heading} class="np-title">{title}</{heading}>
{self.meta(it)}
<div class="np-content">
{body}
</div>
{photos}
<div class="np-tags">แท็ก: {tag_links}</div>"""

    def river(self, n: int, pages: int) -> str:
        chunk = self.newest[(n - 1) * PER_PAGE : n * PER_PAGE]
        stories = "\n".join(
            f'<article class="river-item" id="news-{it[0]}">\n{self.full(it, "h2", link=True)}\n</article>'
            for it in chunk
        )
        nav = []
        if n > 1:
            nav.append(f'<a class="np-newer" href="{"/" if n == 2 else f"/page/{n - 1}"}">&laquo; หน้าก่อน</a>')
        nav.append(f"<span>หน้า {n}/{pages}</span>")
        if n < pages:
            nav.append(f'<a class="np-older" href="/page/{n + 1}">หน้าถัดไป &raquo;</a>')
        return f'<h1 class="np-section">ข่าวล่าสุด</h1>\n<div class="np-river">\n{stories}\n</div>\n<div class="np-pager">{" ".join(nav)}</div>'

    def excerpts(self, heading: str, rows, root: str, n: int, pages: int) -> str:
        items = "\n".join(
            f'<div class="np-card"><a href="/news/{it[0]}/"><img src="{self.photo(it[0], it[5], 1) if it[4].photos else "/assets/img/logo-phayaotoday.png"}" width="240" height="160" alt=""></a>'
            f'<h3><a href="/news/{it[0]}/">{esc(it[4].title)}</a></h3>{self.meta(it)}<p>{esc(it[4].paragraphs[0][:120])}...</p></div>'
            for it in rows
        )
        pager = ""
        if pages > 1:
            links = " ".join(
                f"<b>{k}</b>" if k == n else f'<a href="{root}{"" if k == 1 else f"page/{k}"}">{k}</a>'
                for k in range(1, pages + 1)
            )
            pager = f'<div class="np-pager">{links}</div>'
        return f'<h1 class="np-section">{esc(heading)}</h1>\n<div class="np-cards">\n{items}\n</div>\n{pager}'

    def article(self, i: int) -> Response:
        it = self.items[i]
        nid, _rep, cat, _tags, s, _dt = it
        related = [x for x in self.newest if x[2] == cat and x[0] != nid][:3]
        rel = "\n".join(f'<li><a href="/news/{x[0]}/">{esc(x[4].title)}</a></li>' for x in related)
        main = f"""<div class="np-breadcrumb"><a href="/">หน้าแรก</a> &rsaquo; <a href="/category/{cat}/">{CATEGORIES[cat]}</a></div>
<article class="np-article" id="news-{nid}">
{self.full(it, "h1")}
<div class="np-share"><a href="https://www.facebook.com/sharer/sharer.php?u={self.base}/news/{nid}/" target="_blank">แชร์</a> <a href="https://social-plugins.line.me/lineit/share?url={self.base}/news/{nid}/" target="_blank">LINE</a></div>
</article>
<section class="np-related"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>
{rel}
</ul></section>"""
        return self.frame(f"{s.title} - {SITE}", main, canonical=f"/news/{nid}/", og="article")

    def rss(self) -> Response:
        b = self.base
        items = "".join(
            f'<item><title>{esc(it[4].title)}</title><link>{b}/news/{it[0]}/</link><guid isPermaLink="true">{b}/news/{it[0]}/</guid>'
            f"<pubDate>{rfc822(it[5])}</pubDate><category>{CATEGORIES[it[2]]}</category><description><![CDATA[{it[4].paragraphs[0][:200]}]]></description></item>\n"
            for it in self.newest[:FEED_ITEMS]
        )
        return html_page(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{SITE}</title><link>{b}/</link>'
            f"<description>ข่าวท้องถิ่นจังหวัดพะเยา</description><language>th</language>\n{items}</channel></rss>\n",
            "application/rss+xml; charset=UTF-8",
        )
