# ruff: noqa: E501  (HTML template lines are kept as the contractor's CMS writes them)
"""php_board: a contractor's PHP CMS (Bootstrap 3, jQuery) of an อบต.

* News and announcements share one id space: ``board.php?id=N&type=news`` and
  ``board.php?id=N&type=announce``.  The marquee links ``board.php?id=N`` (no type: the
  same page, an alias); ``print.php?id=N&type=T`` is the printer view (an alias).
* Listings ``all.php?type=news&page=N`` (6 a page; ``all.php?type=news`` is page 1) and
  ``all.php?type=announce``.  Static pages ``lawlink.php?menuid=M&link=L``, ``executive.php``,
  ``contact.php`` ..., and ``ita.php``: the OIT list o1 ... o10 (pages and PDFs).
* board.php and print.php answer ANY id with 200: an unknown id (or an id of the other
  type) gives the template with "ไม่พบข้อมูล" (a soft-404).  The articles' prev/next links
  are just id-1 / id+1 (so they land on deleted posts and on the other type), the home's
  ข่าวเด่น box and one article link deleted posts, and every soft-404 page links id-1,
  id+1 and its print view again: an endless trap.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, thai_abbr, thai_long
from .common import add_gif, add_jpeg, add_pdf, add_text, esc, html_page

FAMILY = "php_board"
SITE = "องค์การบริหารส่วนตำบลโพนทอง"
SHORT = "อบต.โพนทอง"
ADDRESS = "เลขที่ 99 หมู่ที่ 3 ตำบลโพนทอง อำเภอกุฉินารายณ์ จังหวัดกาฬสินธุ์ 46110"
PHONE = "โทรศัพท์ 0-4385-1206 โทรสาร 0-4385-1207"
PER_PAGE = 6
BUILT = datetime(2018, 5, 7, 9, 0)
DELETED_FEATURED = 230  # the home's ข่าวเด่น box still links this deleted post
DELETED_RELATED = 251  # "ข่าวที่เกี่ยวข้อง" in one article


def _s(title, day, time, author, paragraphs, photos=0, captions=None):
    return Story(title, day, time, author, tuple(paragraphs), photos, captions)


# (id, type, story), oldest first; ids share one sequence, gaps are deleted posts
ITEMS: tuple[tuple[int, str, Story], ...] = (
    (
        212,
        "news",
        _s(
            "อบต.โพนทอง จัดโครงการฝึกอบรมอาชีพการทำขนมไทย",
            "2023-02-08",
            "14:10",
            "admin",
            (
                "วันที่ 8 กุมภาพันธ์ 2566 องค์การบริหารส่วนตำบลโพนทอง จัดโครงการฝึกอบรมอาชีพการทำขนมไทย ให้แก่กลุ่มแม่บ้านและผู้สนใจในตำบลโพนทอง ณ ศาลาประชาคมบ้านโพนทอง หมู่ที่ 1 มีผู้เข้าร่วมอบรมจำนวน 40 คน",
                "วิทยากรจากวิทยาลัยการอาชีพกุฉินารายณ์ได้สาธิตการทำขนมชั้น ขนมเปียกปูน และขนมตาล พร้อมให้ความรู้เรื่องการคิดต้นทุน การบรรจุภัณฑ์ และการจำหน่ายผ่านช่องทางออนไลน์",
                "ทั้งนี้ อบต.โพนทองมีแผนจะสนับสนุนกลุ่มอาชีพที่ผ่านการอบรมให้จดทะเบียนเป็นวิสาหกิจชุมชนต่อไป",
            ),
            photos=3,
        ),
    ),
    (
        214,
        "announce",
        _s(
            "ประกาศ อบต.โพนทอง เรื่อง รับสมัครเด็กเข้าเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2566",
            "2023-03-01",
            "09:00",
            "กองการศึกษา",
            (
                "องค์การบริหารส่วนตำบลโพนทอง จะเปิดรับสมัครเด็กเข้าเรียนในศูนย์พัฒนาเด็กเล็ก อบต.โพนทอง ประจำปีการศึกษา 2566 สำหรับเด็กที่มีอายุ 2 ปี 6 เดือน ถึง 3 ปี ในวันเปิดภาคเรียน",
                "ผู้ปกครองสามารถยื่นใบสมัครได้ที่ศูนย์พัฒนาเด็กเล็กทั้ง 2 แห่ง ระหว่างวันที่ 1 - 31 มีนาคม 2566 ในวันและเวลาราชการ โดยนำสำเนาสูติบัตร สำเนาทะเบียนบ้าน และรูปถ่ายขนาด 1 นิ้ว จำนวน 3 รูป มาในวันสมัคร",
            ),
        ),
    ),
    (
        217,
        "news",
        _s(
            "ประเพณีบุญบั้งไฟตำบลโพนทอง ประจำปี 2566",
            "2023-05-13",
            "18:45",
            "admin",
            ("อบต.โพนทอง ร่วมกับชาวบ้านทั้ง 12 หมู่บ้าน จัดงานประเพณีบุญบั้งไฟ ประจำปี 2566 เพื่ออนุรักษ์วัฒนธรรมอีสานและขอฝนตามฤดูกาล",),
            photos=5,
        ),
    ),
    (
        219,
        "news",
        _s(
            "ประชุมสภาองค์การบริหารส่วนตำบลโพนทอง สมัยสามัญ สมัยที่ 3 ประจำปี 2566",
            "2023-08-15",
            "15:30",
            "admin",
            (
                "วันที่ 15 สิงหาคม 2566 สภาองค์การบริหารส่วนตำบลโพนทอง ได้ประชุมสภาสมัยสามัญ สมัยที่ 3 ประจำปี 2566 เพื่อพิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ในวาระที่ 1 ขั้นรับหลักการ",
                "นายก อบต.โพนทองได้แถลงประกอบงบประมาณ โดยประมาณการรายรับไว้ทั้งสิ้น 48,500,000 บาท แยกเป็นแผนงานด้านบริหารทั่วไป ด้านบริการชุมชนและสังคม ด้านเศรษฐกิจ และด้านการดำเนินงานอื่น",
                "ที่ประชุมมีมติรับหลักการร่างข้อบัญญัติฯ และกำหนดระยะเวลาเสนอคำแปรญัตติ 3 วัน ก่อนนำเข้าพิจารณาในวาระที่ 2 และวาระที่ 3 ต่อไป",
            ),
            photos=2,
        ),
    ),
    (
        222,
        "announce",
        _s(
            "ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7",
            "2023-09-20",
            "10:15",
            "กองคลัง",
            (
                "ตามที่องค์การบริหารส่วนตำบลโพนทอง ได้มีประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองแสง หมู่ที่ 7 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น",
                "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด กาฬสินธุ์รุ่งเรืองการโยธา โดยเสนอราคาต่ำสุดเป็นเงินทั้งสิ้น 1,873,000 บาท (หนึ่งล้านแปดแสนเจ็ดหมื่นสามพันบาทถ้วน) ซึ่งเป็นราคารวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่นๆ ทั้งปวง",
            ),
        ),
    ),
    (
        224,
        "news",
        _s(
            "ออกหน่วยบริการประชาชนเคลื่อนที่ ณ บ้านหนองแสง",
            "2023-10-26",
            "16:00",
            "admin",
            (
                "อบต.โพนทอง ออกหน่วยบริการประชาชนเคลื่อนที่ รับชำระภาษี รับลงทะเบียนผู้สูงอายุ และให้คำปรึกษาด้านกฎหมาย ณ ศาลาประชาคมบ้านหนองแสง หมู่ที่ 7",
            ),
            photos=4,
            captions=("รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ลงทะเบียนผู้สูงอายุรายใหม่", "ให้คำปรึกษาด้านกฎหมาย", "ตรวจสุขภาพเบื้องต้น"),
        ),
    ),
    (
        227,
        "news",
        _s(
            "โครงการรณรงค์ป้องกันและควบคุมโรคไข้เลือดออก",
            "2023-11-14",
            "11:20",
            "กองสาธารณสุขฯ",
            (
                "กองสาธารณสุขและสิ่งแวดล้อม อบต.โพนทอง ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลโพนทอง และ อสม. ทุกหมู่บ้าน จัดกิจกรรมรณรงค์ป้องกันและควบคุมโรคไข้เลือดออก โดยการพ่นหมอกควันกำจัดยุงลายในโรงเรียน วัด และชุมชน",
                "พร้อมกันนี้ได้แจกทรายอะเบทและให้ความรู้กับประชาชนในการกำจัดแหล่งเพาะพันธุ์ยุงลายตามหลัก 5 ป 1 ข เพื่อลดจำนวนผู้ป่วยในช่วงฤดูฝน",
            ),
            photos=2,
        ),
    ),
    (
        228,
        "announce",
        _s(
            "ประกาศ เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี 2567",
            "2023-12-27",
            "08:40",
            "กองคลัง",
            (
                "ด้วยองค์การบริหารส่วนตำบลโพนทอง จะดำเนินการรับยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2567 ตั้งแต่วันที่ 2 มกราคม ถึงวันที่ 31 มีนาคม 2567",
                "จึงขอประชาสัมพันธ์ให้เจ้าของป้ายโฆษณาในเขตตำบลโพนทองมายื่นแบบภายในกำหนด หากพ้นกำหนดจะต้องเสียเงินเพิ่มตามพระราชบัญญัติภาษีป้าย พ.ศ. 2510",
            ),
        ),
    ),
    (
        233,
        "news",
        _s(
            "งานวันเด็กแห่งชาติ ประจำปี 2567 อบต.โพนทอง",
            "2024-01-13",
            "17:05",
            "กองการศึกษา",
            (
                "วันเสาร์ที่ 13 มกราคม 2567 อบต.โพนทอง จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ สนามกีฬา อบต.โพนทอง ภายใต้คำขวัญวันเด็ก \u201cมุ่งมั่นศึกษา รู้คุณค่าความเป็นไทย ก้าวไกลด้วยวิทยาการ\u201d",
                "ภายในงานมีกิจกรรมเกมการละเล่น การแสดงบนเวทีของเด็กจากศูนย์พัฒนาเด็กเล็กและโรงเรียนในตำบล ซุ้มกิจกรรมจากหน่วยงานต่างๆ และการจับรางวัลของขวัญสำหรับเด็ก",
                "นายก อบต.โพนทองกล่าวขอบคุณผู้สนับสนุนทุกภาคส่วน และมอบทุนการศึกษาให้แก่นักเรียนที่มีผลการเรียนดีแต่ขาดแคลนทุนทรัพย์ จำนวน 20 ทุน",
            ),
            photos=3,
        ),
    ),
    (
        235,
        "news",
        _s(
            "มอบถุงยังชีพช่วยเหลือผู้ประสบอัคคีภัย บ้านโนนสว่าง",
            "2024-02-06",
            "13:25",
            "admin",
            (
                "นายก อบต.โพนทอง พร้อมด้วยเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัย นำถุงยังชีพไปมอบให้ครอบครัวที่ประสบอัคคีภัยบ้านเรือนเสียหายทั้งหลัง ที่บ้านโนนสว่าง หมู่ที่ 9",
            ),
            photos=3,
        ),
    ),
    (
        238,
        "announce",
        _s(
            "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ตำแหน่งพนักงานขับรถยนต์",
            "2024-03-04",
            "09:30",
            "สำนักปลัด",
            (
                "องค์การบริหารส่วนตำบลโพนทอง ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งพนักงานขับรถยนต์ จำนวน 1 อัตรา ค่าตอบแทนเดือนละ 9,400 บาท",
                "ผู้สมัครต้องมีใบอนุญาตขับรถยนต์ส่วนบุคคลหรือใบอนุญาตขับรถชนิดที่ 2 และมีประสบการณ์ในการขับรถไม่น้อยกว่า 2 ปี",
                "รับสมัครตั้งแต่วันที่ 11 - 22 มีนาคม 2567 ณ สำนักปลัด อบต.โพนทอง ในวันและเวลาราชการ สอบถามรายละเอียดเพิ่มเติมได้ทางโทรศัพท์ 0-4385-1206",
            ),
        ),
    ),
    (
        241,
        "news",
        _s(
            "กิจกรรมรดน้ำขอพรผู้สูงอายุ สืบสานประเพณีสงกรานต์ 2567",
            "2024-04-11",
            "15:15",
            "admin",
            (
                "คณะผู้บริหาร สมาชิกสภา และพนักงาน อบต.โพนทอง จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2567 ณ หอประชุม อบต.โพนทอง",
            ),
            photos=4,
        ),
    ),
    (
        244,
        "news",
        _s(
            "อบต.โพนทอง ลงพื้นที่สำรวจความเสียหายจากพายุฤดูร้อน",
            "2024-04-29",
            "19:40",
            "admin",
            (
                "เมื่อวันที่ 29 เมษายน 2567 เวลาประมาณ 16.00 น. ได้เกิดพายุฤดูร้อนพัดผ่านพื้นที่ตำบลโพนทอง ทำให้บ้านเรือนประชาชนในหมู่ที่ 2, 5 และ 8 ได้รับความเสียหาย หลังคาบ้านถูกลมพัดเปิด และต้นไม้หักโค่นทับสายไฟฟ้า",
                "นายก อบต.โพนทอง พร้อมเจ้าหน้าที่งานป้องกันและบรรเทาสาธารณภัย ได้ลงพื้นที่สำรวจความเสียหายเบื้องต้น พบบ้านเรือนได้รับความเสียหายรวม 23 หลังคาเรือน และได้ประสานการไฟฟ้าส่วนภูมิภาคอำเภอกุฉินารายณ์เข้าแก้ไขระบบไฟฟ้า",
                "ผู้ที่ได้รับความเดือดร้อนสามารถยื่นคำร้องขอรับการช่วยเหลือได้ที่ อบต.โพนทอง ภายใน 30 วัน นับแต่วันเกิดเหตุ",
                "ทั้งนี้ อบต.โพนทองได้จัดเตรียมวัสดุซ่อมแซมบ้านเรือนเบื้องต้น เช่น สังกะสี ตะปู และไม้ สำหรับครัวเรือนที่ได้รับความเสียหายแล้ว",
            ),
            photos=4,
        ),
    ),
    (
        247,
        "announce",
        _s(
            "ประกาศ อบต.โพนทอง เรื่อง งดจ่ายน้ำประปาชั่วคราว หมู่ที่ 4",
            "2024-05-21",
            "16:50",
            "กองช่าง",
            (
                "เนื่องจากกองช่างจะดำเนินการซ่อมแซมท่อเมนประปาที่ชำรุด จึงขอแจ้งงดจ่ายน้ำประปาหมู่บ้าน หมู่ที่ 4 บ้านดอนแดง ในวันที่ 22 พฤษภาคม 2567 ตั้งแต่เวลา 08.30 - 16.30 น. ขออภัยในความไม่สะดวก",
            ),
        ),
    ),
    (
        249,
        "news",
        _s(
            "โครงการปลูกต้นไม้เฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา",
            "2024-06-20",
            "10:50",
            "admin",
            (
                "อบต.โพนทอง ร่วมกับส่วนราชการ ผู้นำชุมชน และจิตอาสา จัดโครงการปลูกต้นไม้เฉลิมพระเกียรติ ณ บริเวณหนองสาธารณะบ้านโพนทอง โดยปลูกต้นยางนา ต้นพะยูง และต้นมะค่า รวม 999 ต้น",
                "กิจกรรมดังกล่าวเป็นส่วนหนึ่งของการเพิ่มพื้นที่สีเขียวในชุมชน และสร้างแหล่งอาหารธรรมชาติให้กับชาวบ้านในอนาคต",
            ),
            photos=3,
        ),
    ),
    (
        252,
        "news",
        _s(
            "ประชุมคณะกรรมการพัฒนา อบต.โพนทอง เพื่อพิจารณาร่างแผนพัฒนาท้องถิ่น",
            "2024-07-09",
            "14:35",
            "สำนักปลัด",
            (
                "วันที่ 9 กรกฎาคม 2567 นายก อบต.โพนทอง เป็นประธานการประชุมคณะกรรมการพัฒนาองค์การบริหารส่วนตำบลโพนทอง เพื่อพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ฉบับที่ 2",
                "ที่ประชุมได้พิจารณาโครงการที่เสนอเพิ่มเติมจากการประชาคมหมู่บ้านจำนวน 36 โครงการ และมีมติเห็นชอบให้นำร่างแผนดังกล่าวเสนอต่อผู้บริหารเพื่ออนุมัติและประกาศใช้ต่อไป",
            ),
            photos=2,
        ),
    ),
)

LAW_PAGES = {
    (1, 9): (
        "กฎหมายที่เกี่ยวข้อง",
        [
            "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม",
            "พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542",
            "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
            "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
        ],
    ),
    (1, 10): (
        "ระเบียบกระทรวงมหาดไทย",
        [
            "ระเบียบกระทรวงมหาดไทยว่าด้วยวิธีการงบประมาณขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2563",
            "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม",
        ],
    ),
    (2, 1): (
        "ประวัติความเป็นมา",
        [
            "ตำบลโพนทองตั้งขึ้นเมื่อปี พ.ศ. 2482 ชื่อตำบลมาจากเนินดินสูงที่มีต้นทองกวาวขึ้นอยู่มาก ได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อปี พ.ศ. 2539",
            "ปัจจุบันมีหมู่บ้านในเขตรับผิดชอบ 12 หมู่บ้าน ประชากรประมาณ 8,400 คน ส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และมันสำปะหลัง",
        ],
    ),
    (2, 2): ("วิสัยทัศน์ / พันธกิจ", ["วิสัยทัศน์ : โพนทองน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม บริหารจัดการตามหลักธรรมาภิบาล"]),
    (2, 3): (
        "โครงสร้างส่วนราชการ",
        ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม", "หน่วยตรวจสอบภายใน"],
    ),
    (2, 4): (
        "อำนาจหน้าที่",
        [
            "องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 มาตรา 67 และมาตรา 68"
        ],
    ),
}

STATIC = {
    "/executive.php": (
        "คณะผู้บริหาร",
        [
            "นายสมศักดิ์ ภูมิโพน นายกองค์การบริหารส่วนตำบลโพนทอง โทร. 08-1234-5670",
            "นายบุญเลิศ ศรีทอง รองนายก อบต.",
            "นางวิไลวรรณ คำภู รองนายก อบต.",
            "นายประยุทธ ดวงแก้ว เลขานุการนายก อบต.",
        ],
    ),
    "/council.php": (
        "สมาชิกสภา อบต.",
        ["นายทองใบ แสนโพน ประธานสภา อบต.", "นายสุวิทย์ พลทอง รองประธานสภา อบต.", "นางสาวอรุณี ชัยโพน เลขานุการสภา อบต."],
    ),
    "/contact.php": (
        "ติดต่อเรา",
        [
            SITE,
            ADDRESS,
            PHONE,
            "อีเมล : saraban@ponthong.example.go.th",
            "เปิดทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น.",
        ],
    ),
    "/qa.php": (
        "ถาม - ตอบ (Q&A)",
        [
            "ถาม : ต้องการขอรับเบี้ยยังชีพผู้สูงอายุ ต้องใช้เอกสารอะไรบ้าง",
            "ตอบ : บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร ยื่นได้ที่กองสวัสดิการสังคม",
        ],
    ),
    "/complaint.php": (
        "ร้องเรียน / ร้องทุกข์ การทุจริต",
        ["ท่านสามารถแจ้งเรื่องร้องเรียนได้ที่ศูนย์ดำรงธรรม อบต.โพนทอง โทร. 0-4385-1206 หรือกล่องรับความคิดเห็นหน้าสำนักงาน"],
    ),
}

OIT = (
    ("o1", "โครงสร้าง", "lawlink.php?menuid=2&link=3"),
    ("o2", "ข้อมูลผู้บริหาร", "executive.php"),
    ("o3", "อำนาจหน้าที่", "lawlink.php?menuid=2&link=4"),
    ("o4", "ข้อมูลการติดต่อ", "contact.php"),
    ("o5", "กฎหมายที่เกี่ยวข้อง", "lawlink.php?menuid=1&link=9"),
    ("o6", "ข่าวประชาสัมพันธ์", "all.php?type=news"),
    ("o7", "Q&A", "qa.php"),
    ("o8", "Social Network", "https://www.facebook.com/ponthong.sao"),
    ("o9", "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี", "upload/ita/o9_2567.pdf"),
    ("o10", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน", "upload/ita/o10_2567.pdf"),
)

TYPE_NAME = {"news": "ข่าวประชาสัมพันธ์", "announce": "ประกาศ / ข่าวจัดซื้อจัดจ้าง"}


PRINT_CSS = """@media print { .noprint { display: none; } a[href]:after { content: ""; } @page { size: A4; margin: 2cm 2cm 2cm 2.5cm; } }
@font-face { font-family: 'THSarabunNew'; src: url('fonts/THSarabunNew.eot'); src: url('fonts/THSarabunNew.eot?#iefix') format('embedded-opentype'), url('fonts/THSarabunNew.woff') format('woff'), url('fonts/THSarabunNew.ttf') format('truetype'); font-weight: normal; font-style: normal; }
@font-face { font-family: 'THSarabunNew'; src: url('fonts/THSarabunNew_bold.eot'); src: url('fonts/THSarabunNew_bold.eot?#iefix') format('embedded-opentype'), url('fonts/THSarabunNew_bold.woff') format('woff'), url('fonts/THSarabunNew_bold.ttf') format('truetype'); font-weight: bold; font-style: normal; }
body { font-family: 'THSarabunNew', Tahoma, sans-serif; font-size: 18pt; color: #000; background: #fff; margin: 30px; line-height: 1.35; }
.head { border-bottom: 2px solid #000; margin-bottom: 15px; padding-bottom: 8px; overflow: hidden; }
.head img { float: left; width: 70px; height: 70px; margin-right: 12px; }
.head b { font-size: 22pt; } .head small { font-size: 14pt; color: #333; }
h2 { font-size: 22pt; font-weight: bold; margin: 10px 0; }
p { text-indent: 2.5em; margin: 0 0 8px 0; text-align: justify; }
p.meta { text-indent: 0; font-size: 14pt; color: #444; }
.photos { margin-top: 12px; text-align: center; } .photos img { width: 45%; margin: 4px; border: 1px solid #999; }
.foot { border-top: 1px solid #000; margin-top: 20px; padding-top: 6px; font-size: 12pt; text-indent: 0; }
.btn-print { display: inline-block; padding: 4px 14px; border: 1px solid #666; background: #eee; border-radius: 3px; font-size: 14pt; text-decoration: none; color: #000; }
.btn-print:hover { background: #ddd; }
table.print-table { border-collapse: collapse; width: 100%; } table.print-table td, table.print-table th { border: 1px solid #000; padding: 4px 6px; font-size: 14pt; }
"""


def _views(n: int) -> int:
    return (n * 53) % 700 + 61


class PhpBoardSite(FixtureSite):
    """board.php / print.php answer every id: a soft-404 page for ids that do not exist."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        parts = urlsplit(path_and_query)
        if parts.path in ("/board.php", "/print.php"):
            q = dict(parse_qsl(parts.query, keep_blank_values=True))
            return self.renderer.missing(parts.path == "/print.php", q.get("id", ""), q.get("type", ""))
        return None


def build(base_url: str) -> FixtureSite:
    site = PhpBoardSite(
        FAMILY,
        base_url,
        disallowed_paths=["/admin/", "/search.php"],
        server_software="Apache/2.4.6 (CentOS) PHP/5.6.40",
        not_found=html_page(
            '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n'
            "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n"
            "</body></html>\n",
            "text/html; charset=iso-8859-1",
            status=404,
        ),
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.items = list(ITEMS)
        self.by_id = {i: (t, s) for i, t, s in self.items}
        self.newest = list(reversed(self.items))

    def register(self) -> None:
        site, b = self.site, self.b
        linked_missing: list[str] = []
        for n, (item_id, kind, s) in enumerate(self.items):
            dt = local_dt(s.date, s.time)
            for k in range(1, s.photos + 1):
                add_jpeg(site, f"/upload/{kind}/{dt.year + 543}/{item_id}_{k}.jpg", 1024, 768, dt)
            if kind == "announce":
                add_pdf(
                    site,
                    f"/upload/file/{item_id}.pdf",
                    f"Ponthong SAO announcement {item_id}",
                    [f"Announcement {item_id}", s.date],
                    dt,
                )
            page = self.article(n)
            site.add(f"/board.php?id={item_id}&type={kind}", page)
            site.add(f"/board.php?id={item_id}", page)
            site.add(f"/print.php?id={item_id}&type={kind}", self.print_page(item_id, kind, s))
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/board.php?id={item_id}&type={kind}",
                    aliases=(f"{b}/board.php?id={item_id}", f"{b}/print.php?id={item_id}&type={kind}"),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=s.captions or (),
                )
            )
            for other in (item_id - 1, item_id + 1):
                if self.by_id.get(other, ("",))[0] != kind:
                    linked_missing.append(f"{b}/board.php?id={other}&type={kind}")
        linked_missing.append(f"{b}/board.php?id={DELETED_FEATURED}&type=news")
        linked_missing.append(f"{b}/board.php?id={DELETED_RELATED}&type=news")
        non = site.non_articles
        home = self.frame(self.home(), "หน้าแรก")
        site.add("/", home)
        site.add("/index.php", home)
        non += [b + "/", b + "/index.php"]
        for kind in ("news", "announce"):
            rows = [it for it in self.newest if it[1] == kind]
            chunks = [rows[k : k + PER_PAGE] for k in range(0, len(rows), PER_PAGE)]
            for p, chunk in enumerate(chunks, start=1):
                page = self.frame(self.listing(kind, p, len(chunks), chunk), TYPE_NAME[kind])
                site.add(f"/all.php?type={kind}&page={p}", page)
                non.append(f"{b}/all.php?type={kind}&page={p}")
                if p == 1:
                    site.add(f"/all.php?type={kind}", page)
                    non.append(f"{b}/all.php?type={kind}")
        for (menuid, link), (title, lines) in LAW_PAGES.items():
            site.add(f"/lawlink.php?menuid={menuid}&link={link}", self.frame(self.static(title, lines), title))
            non.append(f"{b}/lawlink.php?menuid={menuid}&link={link}")
        for path, (title, lines) in STATIC.items():
            site.add(path, self.frame(self.static(title, lines), title))
            non.append(b + path)
        site.add("/ita.php", self.frame(self.ita(), "ITA"))
        non.append(b + "/ita.php")
        for url in linked_missing:
            if url not in non:
                non.append(url)
        add_pdf(
            site,
            "/upload/ita/o9_2567.pdf",
            "Action plan FY2024",
            ["Ponthong SAO", "Action plan and budget FY2024"],
            datetime(2023, 10, 30, 10, 0),
        )
        add_pdf(
            site,
            "/upload/ita/o10_2567.pdf",
            "Six-month report FY2024",
            ["Ponthong SAO", "Budget follow-up, October 2023 - March 2024"],
            datetime(2024, 4, 22, 10, 0),
        )
        add_jpeg(site, "/images/header.jpg", 1170, 220, BUILT)
        add_jpeg(site, "/images/mayor.jpg", 240, 300, BUILT)
        for gif in ("new", "pdf", "bullet", "logo"):
            add_gif(site, f"/images/{gif}.gif", BUILT)
        add_text(
            site,
            "/css/style.css",
            "body{font-family:'Kanit',Tahoma,sans-serif;font-size:15px}\n.box-head{background:#8a1c1c;color:#fff}\n",
            "text/css",
        )
        add_text(
            site,
            "/js/jquery.min.js",
            "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n",
            "application/javascript",
        )
        site.add(
            "/robots.txt",
            html_page("User-agent: *\nDisallow: /admin/\nDisallow: /search.php\n", "text/plain"),
        )
        valid = "|".join(f"{i}&type={t}$|{i}$" for i, t, _ in self.items)
        site.trap_patterns = [rf"^/(?:board|print)\.php\?id=(?!(?:{valid}))"]

    # -- frame -----------------------------------------------------------------
    def frame(self, content: str, title: str) -> Response:
        menu = """<nav class="navbar navbar-default navbar-main">
<div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-menu"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="main-menu">
<ul class="nav navbar-nav">
<li><a href="index.php"><i class="fa fa-home"></i> หน้าแรก</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข้อมูลพื้นฐาน <span class="caret"></span></a>
<ul class="dropdown-menu">
<li><a href="lawlink.php?menuid=2&link=1">ประวัติความเป็นมา</a></li>
<li><a href="lawlink.php?menuid=2&link=2">วิสัยทัศน์ / พันธกิจ</a></li>
<li><a href="lawlink.php?menuid=2&link=4">อำนาจหน้าที่</a></li>
</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">บุคลากร <span class="caret"></span></a>
<ul class="dropdown-menu">
<li><a href="executive.php">คณะผู้บริหาร</a></li>
<li><a href="council.php">สมาชิกสภา อบต.</a></li>
<li><a href="lawlink.php?menuid=2&link=3">โครงสร้างส่วนราชการ</a></li>
</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <span class="caret"></span></a>
<ul class="dropdown-menu">
<li><a href="all.php?type=news">ข่าวประชาสัมพันธ์</a></li>
<li><a href="all.php?type=announce">ประกาศ / ข่าวจัดซื้อจัดจ้าง</a></li>
</ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">กฎหมาย / ระเบียบ <span class="caret"></span></a>
<ul class="dropdown-menu">
<li><a href="lawlink.php?menuid=1&link=9">กฎหมายที่เกี่ยวข้อง</a></li>
<li><a href="lawlink.php?menuid=1&link=10">ระเบียบกระทรวงมหาดไทย</a></li>
</ul></li>
<li><a href="ita.php">ITA</a></li>
<li><a href="qa.php">ถาม - ตอบ</a></li>
<li><a href="contact.php">ติดต่อเรา</a></li>
</ul>
<form class="navbar-form navbar-right" action="search.php" method="get"><input type="text" name="keyword" class="form-control input-sm" placeholder="ค้นหา..."></form>
</div>
</div>
</nav>"""
        marquee = " &nbsp;|&nbsp; ".join(
            f'<a href="board.php?id={i}">{esc(s.title)}</a>' for i, _t, s in self.newest[:4]
        )
        sidebar = """<div class="panel panel-default"><div class="panel-heading box-head">นายก อบต.โพนทอง</div>
<div class="panel-body text-center"><img src="images/mayor.jpg" class="img-responsive center-block" alt="นายก อบต."><br>นายสมศักดิ์ ภูมิโพน<br>นายกองค์การบริหารส่วนตำบลโพนทอง<br>สายตรงนายก 08-1234-5670</div></div>
<div class="panel panel-default"><div class="panel-heading box-head">เมนูสำหรับประชาชน</div>
<div class="list-group">
<a class="list-group-item" href="complaint.php">ร้องเรียน / ร้องทุกข์ การทุจริต</a>
<a class="list-group-item" href="ita.php">การประเมินคุณธรรมและความโปร่งใส (ITA)</a>
<a class="list-group-item" href="lawlink.php?menuid=1&link=9">กฎหมายที่เกี่ยวข้อง</a>
<a class="list-group-item" href="https://www.gprocurement.go.th/" target="_blank">ระบบ e-GP</a>
<a class="list-group-item" href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a>
<a class="list-group-item" href="http://www.kalasin.go.th/" target="_blank">จังหวัดกาฬสินธุ์</a>
<a class="list-group-item" href="admin/">สำหรับเจ้าหน้าที่</a>
</div></div>
<div class="panel panel-default"><div class="panel-heading box-head">สถิติผู้เข้าชม</div>
<div class="panel-body"><table class="table table-condensed counter">
<tr><td>วันนี้</td><td align="right">57</td></tr>
<tr><td>เมื่อวาน</td><td align="right">143</td></tr>
<tr><td>เดือนนี้</td><td align="right">2,310</td></tr>
<tr><td>ทั้งหมด</td><td align="right">184,502</td></tr>
</table>เริ่มนับ 7 พฤษภาคม 2561</div></div>"""
        return html_page(f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SITE} :: {esc(title)}</title>
<meta name="description" content="เว็บไซต์{SITE} อำเภอกุฉินารายณ์ จังหวัดกาฬสินธุ์">
<meta name="keywords" content="อบต.โพนทอง,โพนทอง,กุฉินารายณ์,กาฬสินธุ์">
<link href="https://cdnjs.cloudflare.com/ajax/libs/twitter-bootstrap/3.3.7/css/bootstrap.min.css" rel="stylesheet">
<link href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/css/font-awesome.min.css" rel="stylesheet">
<link href="css/style.css" rel="stylesheet">
<script src="js/jquery.min.js"></script>
</head>
<body>
<div class="container header"><a href="index.php"><img src="images/header.jpg" class="img-responsive" alt="{SITE}"></a>
<div class="site-name"><h1>{SITE}</h1><p>{ADDRESS}</p></div></div>
{menu}
<div class="container"><div class="news-ticker"><span class="label label-danger">ข่าวล่าสุด</span> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div></div>
<div class="container main">
<div class="row">
<div class="col-md-3 col-sm-4 sidebar">
{sidebar}
</div>
<div class="col-md-9 col-sm-8 content">
{content}
</div>
</div>
</div>
<footer class="footer">
<div class="container">
<div class="row">
<div class="col-md-8"><b>{SITE}</b><br>{ADDRESS}<br>{PHONE}<br>อีเมล : saraban@ponthong.example.go.th</div>
<div class="col-md-4 text-right"><a href="https://www.facebook.com/ponthong.sao" target="_blank"><i class="fa fa-facebook-square fa-2x"></i></a> <a href="contact.php">แผนที่ / ติดต่อเรา</a></div>
</div>
<hr>
<p class="text-center">Copyright &copy; 2561 - 2567 {SITE} All rights reserved. | ออกแบบและพัฒนาโดย บริษัท กาฬสินธุ์เว็บดีไซน์ จำกัด</p>
</div>
</footer>
<script src="https://cdnjs.cloudflare.com/ajax/libs/twitter-bootstrap/3.3.7/js/bootstrap.min.js"></script>
</body>
</html>
""")

    def box(self, heading: str, inner: str) -> str:
        return f'<div class="panel panel-default"><div class="panel-heading box-head"><i class="fa fa-bullhorn"></i> {esc(heading)}</div>\n<div class="panel-body">\n{inner}\n</div></div>'

    # -- pages -----------------------------------------------------------------
    def row(self, item_id: int, kind: str, s: Story, new: bool = False) -> str:
        d = local_dt(s.date, s.time).date()
        return (
            f'<tr><td width="20"><img src="images/bullet.gif" alt=""></td><td><a href="board.php?id={item_id}&type={kind}">{esc(s.title)}</a>'
            + (' <img src="images/new.gif" alt="new">' if new else "")
            + f'</td><td width="110" class="text-muted small">{thai_abbr(d)}</td></tr>'
        )

    def home(self) -> str:
        news = [it for it in self.newest if it[1] == "news"][:5]
        ann = [it for it in self.newest if it[1] == "announce"][:5]
        featured = news[0]
        d0 = local_dt(featured[2].date, featured[2].time)
        slider = (
            f'<div class="row"><div class="col-sm-6"><a href="board.php?id={featured[0]}&type=news"><img src="upload/news/{d0.year + 543}/{featured[0]}_1.jpg" class="img-responsive" alt=""></a></div>'
            f'<div class="col-sm-6"><h4><a href="board.php?id={featured[0]}&type=news">{esc(featured[2].title)}</a></h4>'
            f'<h5><a href="board.php?id={DELETED_FEATURED}&type=news">อบต.โพนทอง ประชุมประจำเดือนพนักงานส่วนตำบล</a></h5></div></div>'
        )
        news_rows = "\n".join(self.row(i, t, s, new=(k == 0)) for k, (i, t, s) in enumerate(news))
        ann_rows = "\n".join(self.row(i, t, s, new=(k == 0)) for k, (i, t, s) in enumerate(ann))
        welcome = (
            "<p>ยินดีต้อนรับเข้าสู่เว็บไซต์องค์การบริหารส่วนตำบลโพนทอง ช่องทางเผยแพร่ข้อมูลข่าวสาร "
            "ผลการดำเนินงาน และบริการประชาชนของ อบต.โพนทอง</p>"
        )
        return "\n".join(
            (
                self.box("ข่าวเด่น", slider),
                self.box(
                    "ข่าวประชาสัมพันธ์",
                    f'<table class="table table-hover">{news_rows}</table><p class="text-right"><a href="all.php?type=news" class="btn btn-default btn-sm">ดูทั้งหมด</a></p>',
                ),
                self.box(
                    "ประกาศ / ข่าวจัดซื้อจัดจ้าง",
                    f'<table class="table table-hover">{ann_rows}</table><p class="text-right"><a href="all.php?type=announce" class="btn btn-default btn-sm">ดูทั้งหมด</a></p>',
                ),
                self.box("สารจากนายก", welcome),
            )
        )

    def listing(self, kind: str, page: int, pages: int, chunk: list) -> str:
        rows = "\n".join(
            self.row(i, t, s)[:-5] + f'<td width="80" class="small">อ่าน {_views(i)}</td></tr>' for i, t, s in chunk
        )
        nav = ['<ul class="pagination pagination-sm">']
        if page > 1:
            nav.append(f'<li><a href="all.php?type={kind}&page={page - 1}">&laquo; ก่อนหน้า</a></li>')
        for k in range(1, pages + 1):
            nav.append(
                f'<li class="active"><a>{k}</a></li>'
                if k == page
                else f'<li><a href="all.php?type={kind}&page={k}">{k}</a></li>'
            )
        if page < pages:
            nav.append(f'<li><a href="all.php?type={kind}&page={page + 1}">หน้าถัดไป &raquo;</a></li>')
        nav.append("</ul>")
        return self.box(
            TYPE_NAME[kind],
            f'<table class="table table-striped">{rows}</table>\n<div class="text-center">{"".join(nav)}</div>',
        )

    def static(self, title: str, lines: list[str]) -> str:
        return self.box(title, "\n".join(f"<p>{esc(line)}</p>" for line in lines))

    def ita(self) -> str:
        rows = "\n".join(
            f'<tr><td class="text-center"><b>{code.upper()}</b></td><td>{esc(title)}</td><td class="text-center">'
            f'<a href="{href}"{" target=" + chr(34) + "_blank" + chr(34) if href.startswith(("http", "upload")) else ""}>'
            f"{'<img src=' + chr(34) + 'images/pdf.gif' + chr(34) + '> ดาวน์โหลด' if href.endswith('.pdf') else 'คลิก'}</a></td></tr>"
            for code, title, href in OIT
        )
        return self.box(
            "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567",
            '<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (OIT)</p><table class="table table-bordered"><thead><tr><th width="60">ข้อ</th><th>ข้อมูล</th><th width="110">ลิงก์</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>",
        )

    def article(self, n: int) -> Response:
        item_id, kind, s = self.items[n]
        dt = local_dt(s.date, s.time)
        d = dt.date()
        shown = thai_abbr(d) if kind == "news" else thai_long(d)
        body = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in s.paragraphs)
        caps = s.captions or ()
        photos = "".join(
            f'<div class="col-sm-4 col-xs-6"><a href="upload/{kind}/{dt.year + 543}/{item_id}_{k}.jpg" class="fancybox" rel="gallery"><img src="upload/{kind}/{dt.year + 543}/{item_id}_{k}.jpg" class="img-thumbnail" alt=""></a>'
            + (f'<p class="small text-center">{esc(caps[k - 1])}</p>' if k <= len(caps) else "")
            + "</div>"
            for k in range(1, s.photos + 1)
        )
        gallery = f'<div class="row gallery">{photos}</div>' if photos else ""
        attach = (
            f'<p><img src="images/pdf.gif" alt=""> <a href="upload/file/{item_id}.pdf" target="_blank">ดาวน์โหลดเอกสารแนบ</a></p>'
            if kind == "announce"
            else ""
        )
        related = (
            f'<p class="small">ข่าวที่เกี่ยวข้อง : <a href="board.php?id={DELETED_RELATED}&type=news">ประชาคมหมู่บ้าน เพื่อจัดทำแผนพัฒนาท้องถิ่น หมู่ที่ 1 - 12</a></p>'
            if item_id == 252
            else ""
        )
        inner = f"""<h3 class="news-title">{esc(s.title)}</h3>
<p class="text-muted small"><i class="fa fa-calendar"></i> วันที่ลงข่าว : {shown} &nbsp; <i class="fa fa-eye"></i> อ่าน {_views(item_id)} ครั้ง &nbsp; <i class="fa fa-user"></i> โดย : {esc(s.author)}</p>
<hr>
<div class="news-detail">
{body}
</div>
{gallery}
{attach}
{related}
<hr>
<p><a href="https://www.facebook.com/sharer/sharer.php?u={self.b}/board.php?id={item_id}%26type={kind}" target="_blank" class="btn btn-primary btn-xs"><i class="fa fa-facebook"></i> แชร์</a>
<a href="print.php?id={item_id}&type={kind}" target="_blank" class="btn btn-default btn-xs"><i class="fa fa-print"></i> พิมพ์</a>
<a href="javascript:history.back()" class="btn btn-default btn-xs">ย้อนกลับ</a></p>
<ul class="pager">
<li class="previous"><a href="board.php?id={item_id - 1}&type={kind}">&laquo; หน้าก่อน</a></li>
<li class="next"><a href="board.php?id={item_id + 1}&type={kind}">หน้าถัดไป &raquo;</a></li>
</ul>"""
        return self.frame(self.box(TYPE_NAME[kind], inner), s.title)

    def print_page(self, item_id: int, kind: str, s: Story) -> Response:
        d = local_dt(s.date, s.time).date()
        body = "\n".join(f"<p>{esc(p)}</p>" for p in s.paragraphs)
        year = local_dt(s.date, s.time).year + 543
        photos = "".join(f'<img src="upload/{kind}/{year}/{item_id}_{k}.jpg" alt="">' for k in range(1, s.photos + 1))
        body += f'\n<div class="photos">{photos}</div>' if photos else ""
        return html_page(f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>พิมพ์ :: {esc(s.title)}</title>
<style type="text/css">
{PRINT_CSS}</style>
</head>
<body onload="window.print()">
<div class="head"><img src="images/logo.gif" alt=""><b>{SITE}</b><br><small>{ADDRESS}<br>{PHONE}</small></div>
<p class="noprint" style="text-indent:0"><a href="javascript:window.print()" class="btn-print">สั่งพิมพ์</a> <a href="javascript:window.close()" class="btn-print">ปิดหน้าต่าง</a></p>
<h2>{esc(s.title)}</h2>
<p style="text-indent:0"><small>วันที่ {thai_long(d)} | {TYPE_NAME[kind]}</small></p>
{body}
<hr><p style="text-indent:0"><small>พิมพ์จากเว็บไซต์{SITE} : {self.b}/board.php?id={item_id}&amp;type={kind}</small></p>
<p style="text-indent:0"><a href="javascript:window.close()">ปิดหน้าต่าง</a></p>
</body></html>
""")

    def missing(self, is_print: bool, raw_id: str, kind: str) -> Response:
        """The soft-404: status 200, the full template, ไม่พบข้อมูล, and links to id-1 / id+1."""
        if not raw_id.isdigit():
            warning = (
                "<br />\n<b>Warning</b>:  mysql_fetch_array() expects parameter 1 to be resource, boolean given in "
                "<b>/home/ponthong/public_html/board.php</b> on line <b>37</b><br />\n"
            )
            return html_page(warning + self.frame(self.box("ไม่พบข้อมูล", "<p>ไม่พบข้อมูล</p>"), "ไม่พบข้อมูล").body.decode())
        item_id = int(raw_id)
        kind_q = kind if kind in TYPE_NAME else "news"
        if is_print:
            return html_page(
                f'<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8"><title>พิมพ์ :: </title>\n<style type="text/css">\n{PRINT_CSS}</style></head>\n'
                f'<body onload="window.print()">\n<div class="head"><b>{SITE}</b><br><small>{ADDRESS} {PHONE}</small></div>\n'
                "<h2></h2>\n<p>ไม่พบข้อมูล</p>\n"
                f'<p><a href="print.php?id={item_id + 1}&type={kind_q}">หน้าถัดไป</a> | <a href="javascript:window.close()">ปิดหน้าต่าง</a></p>\n'
                + "</body></html>\n"
            )
        inner = f"""<h3 class="news-title"></h3>
<p class="text-muted small"><i class="fa fa-calendar"></i> วันที่ลงข่าว : &nbsp; <i class="fa fa-eye"></i> อ่าน 0 ครั้ง &nbsp; <i class="fa fa-user"></i> โดย : </p>
<hr>
<div class="alert alert-warning text-center">ไม่พบข้อมูล</div>
<hr>
<p><a href="print.php?id={item_id}&type={kind_q}" target="_blank" class="btn btn-default btn-xs"><i class="fa fa-print"></i> พิมพ์</a>
<a href="javascript:history.back()" class="btn btn-default btn-xs">ย้อนกลับ</a></p>
<ul class="pager">
<li class="previous"><a href="board.php?id={item_id - 1}&type={kind_q}">&laquo; หน้าก่อน</a></li>
<li class="next"><a href="board.php?id={item_id + 1}&type={kind_q}">หน้าถัดไป &raquo;</a></li>
</ul>"""
        return self.frame(self.box(TYPE_NAME[kind_q], inner), "ไม่พบข้อมูล")
