# ruff: noqa: E501  (HTML template lines are kept as Blogger writes them)
"""blogger: the Blogspot blog of a small อบต. (Blogger "Simple" layout, Thai UI).

* Posts at ``/YYYY/MM/<slug>.html``.  Blogger drops Thai letters from the slug, so most
  are ``blog-post.html``, ``blog-post_21.html`` or the digits of the title (``2-2565.html``);
  the same slug recurs in other months.
* ``?m=1`` (mobile template) and ``?m=0`` answer every post: aliases.  A post with a
  reader comment also answers its ``?showComment=<ms>`` permalink (an alias).
* Static pages ``/p/<name>.html`` use the same ``post-body`` markup but have no date.
* Home ``/`` shows the latest 4 posts (cut at the jump break); "บทความที่เก่ากว่า"
  goes to ``/search?updated-max=...&max-results=4``.  Label pages ``/search/label/<ป้าย>``.
  Blogger answers any ``updated-max``/``updated-min``/``start``/``by-date`` combination
  (a trap); robots.txt (Blogger's default) disallows ``/search`` altogether.
* BlogArchive widget (hierarchy): year pages ``/2023/`` and month pages ``/2023/05/``;
  the year of the page being viewed is expanded.
* Atom ``/feeds/posts/default`` (latest 25), RSS ``?alt=rss``, per-post comment feeds,
  ``/sitemap.xml`` (a sitemap index) -> ``/sitemap.xml?page=1``, ``/sitemap-pages.xml``.
* Photos live on blogger.googleusercontent.com (external).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import MONTHS, local_dt, rfc822, thai_long, thai_weekday
from .common import attr, esc, html_page

FAMILY = "blogger"
SITE = "องค์การบริหารส่วนตำบลห้วยทรายขาว"
SHORT = "อบต.ห้วยทรายขาว"
ADDRESS = "หมู่ที่ 4 ตำบลห้วยทรายขาว อำเภอเขาสมิง จังหวัดตราด 23130 โทร. 0-3952-1187"
BLOG_ID = "7390214456682013377"
PROFILE = "https://www.blogger.com/profile/05518837201646925513"
AUTHOR = "อบต.ห้วยทรายขาว"
HEALTH = "กองสาธารณสุข อบต.ห้วยทรายขาว"
PER_PAGE = 4
IMG = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh"


@dataclass(frozen=True)
class Post:
    story: Story
    slug: str
    labels: tuple[str, ...]
    jump: int = 1  # paragraphs before the jump break (posts of one paragraph: none)
    comment: str | None = None


def _s(title, day, time, author, paragraphs, photos=0, captions=None):
    return Story(title, day, time, author, tuple(paragraphs), photos, captions)


POSTS: tuple[Post, ...] = (
    Post(
        _s(
            "ประชุมสภา อบต.ห้วยทรายขาว สมัยสามัญ สมัยที่ 2 ประจำปี 2565",
            "2022-06-14",
            "15:20",
            AUTHOR,
            (
                "วันอังคารที่ 14 มิถุนายน 2565 เวลา 09.30 น. สภาองค์การบริหารส่วนตำบลห้วยทรายขาว ได้จัดการประชุมสภา สมัยสามัญ สมัยที่ 2 ประจำปี 2565 ณ ห้องประชุมสภา อบต.ห้วยทรายขาว โดยมีนายประเสริฐ ใจมั่น ประธานสภา อบต. เป็นประธานในการประชุม",
                "ระเบียบวาระสำคัญในการประชุมครั้งนี้ ได้แก่ การพิจารณาโอนงบประมาณรายจ่ายประจำปี 2565 เพื่อตั้งจ่ายเป็นรายการใหม่ สำหรับโครงการก่อสร้างรางระบายน้ำคอนกรีตเสริมเหล็ก หมู่ที่ 2 บ้านห้วยทราย และการพิจารณาร่างข้อบัญญัติ เรื่อง การควบคุมการเลี้ยงสัตว์ พ.ศ. 2565",
                "ที่ประชุมมีมติเห็นชอบการโอนงบประมาณตามที่คณะผู้บริหารเสนอ ส่วนร่างข้อบัญญัติฯ ที่ประชุมมีมติรับหลักการในวาระที่ 1 และตั้งคณะกรรมการแปรญัตติจำนวน 3 คน เพื่อพิจารณาในรายละเอียดต่อไป",
            ),
            photos=2,
        ),
        "2-2565",
        ("ประชุมสภา",),
        jump=1,
    ),
    Post(
        _s(
            "กิจกรรมวันแม่แห่งชาติ 12 สิงหาคม 2565",
            "2022-08-12",
            "11:05",
            AUTHOR,
            (
                "อบต.ห้วยทรายขาว ร่วมกับผู้นำชุมชนและประชาชน จัดกิจกรรมเฉลิมพระเกียรติสมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง เนื่องในวันแม่แห่งชาติ ณ หอประชุมอำเภอเขาสมิง",
            ),
            photos=4,
            captions=(),
        ),
        "12-2565",
        ("กิจกรรม",),
    ),
    Post(
        _s(
            "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
            "2022-10-03",
            "08:45",
            AUTHOR,
            (
                "ด้วยองค์การบริหารส่วนตำบลห้วยทรายขาว มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ จำนวน 2 อัตรา และตำแหน่งผู้ดูแลเด็ก (ทักษะ) จำนวน 1 อัตรา",
                "ผู้ประสงค์จะสมัครสามารถขอรับใบสมัครและยื่นใบสมัครด้วยตนเองได้ที่สำนักปลัด อบต.ห้วยทรายขาว ตั้งแต่วันที่ 3 - 14 ตุลาคม 2565 ในวันและเวลาราชการ",
                "รายละเอียดเพิ่มเติมสอบถามได้ที่งานการเจ้าหน้าที่ สำนักปลัด โทร. 0-3952-1187 ต่อ 12",
            ),
        ),
        "blog-post",
        ("ประกาศ",),
    ),
    Post(
        _s(
            "โครงการสืบสานประเพณีลอยกระทง ประจำปี 2565",
            "2022-11-08",
            "21:40",
            AUTHOR,
            (
                "อบต.ห้วยทรายขาว จัดโครงการสืบสานประเพณีลอยกระทง ประจำปี 2565 ณ ลานอเนกประสงค์ริมคลองห้วยทรายขาว มีการประกวดกระทงจากวัสดุธรรมชาติและการประกวดนางนพมาศ",
            ),
            photos=5,
            captions=("ประกวดกระทงจากวัสดุธรรมชาติ", "การประกวดนางนพมาศ"),
        ),
        "2565",
        ("กิจกรรม",),
    ),
    Post(
        _s(
            "งานวันเด็กแห่งชาติ ประจำปี 2566",
            "2023-01-14",
            "16:10",
            AUTHOR,
            (
                "เมื่อวันเสาร์ที่ 14 มกราคม 2566 อบต.ห้วยทรายขาว ร่วมกับโรงเรียนในเขตตำบล จัดงานวันเด็กแห่งชาติ ประจำปี 2566 ณ ศูนย์พัฒนาเด็กเล็ก อบต.ห้วยทรายขาว ภายใต้คำขวัญวันเด็ก \u201cมุ่งมั่นศึกษา รู้คุณค่าความเป็นไทย ก้าวไกลด้วยวิทยาการ\u201d",
                "ภายในงานมีการแสดงของเด็กนักเรียน เกมการละเล่น การแจกของขวัญและทุนการศึกษา รวมทั้งซุ้มอาหารและเครื่องดื่มจากผู้ใหญ่ใจดีในพื้นที่ มีเด็กและผู้ปกครองเข้าร่วมงานกว่า 400 คน",
                "นายก อบต.ห้วยทรายขาว ขอขอบคุณผู้สนับสนุนของรางวัลทุกท่าน ที่ทำให้งานในปีนี้สำเร็จลุล่วงด้วยดี",
            ),
            photos=3,
        ),
        "2566",
        ("กิจกรรม",),
        jump=1,
    ),
    Post(
        _s(
            "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566",
            "2023-02-21",
            "10:00",
            AUTHOR,
            (
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างในเขตตำบลห้วยทรายขาว มาชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2566 ได้ที่กองคลัง อบต.ห้วยทรายขาว ภายในเดือนเมษายน 2566",
                "ผู้ที่ชำระภาษีเกินกำหนดเวลาจะต้องเสียเบี้ยปรับและเงินเพิ่มตามที่กฎหมายกำหนด จึงขอเชิญชวนทุกท่านชำระภาษีภายในเวลาที่กำหนด",
            ),
        ),
        "blog-post_21",
        ("ประกาศ", "ข่าวประชาสัมพันธ์"),
    ),
    Post(
        _s(
            "กิจกรรมรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์",
            "2023-04-12",
            "14:30",
            AUTHOR,
            (
                "คณะผู้บริหาร สมาชิกสภา และพนักงาน อบต.ห้วยทรายขาว ร่วมกิจกรรมรดน้ำดำหัวขอพรผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2566 ณ วัดห้วยทรายขาว",
            ),
            photos=4,
            captions=(),
        ),
        "blog-post",
        ("กิจกรรม",),
    ),
    Post(
        _s(
            "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2566",
            "2023-05-30",
            "13:15",
            HEALTH,
            (
                "กองสาธารณสุขและสิ่งแวดล้อม อบต.ห้วยทรายขาว ร่วมกับปศุสัตว์อำเภอเขาสมิง ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้กับสุนัขและแมวทุกหมู่บ้านในเขตตำบลห้วยทรายขาว โดยไม่เสียค่าใช้จ่าย",
                "ในปีนี้มีสุนัขและแมวได้รับการฉีดวัคซีนรวมทั้งสิ้น 1,246 ตัว พร้อมกันนี้เจ้าหน้าที่ได้สำรวจข้อมูลจำนวนสัตว์และขึ้นทะเบียนสัตว์เลี้ยงเพื่อใช้ในการวางแผนควบคุมโรคต่อไป",
            ),
            photos=2,
        ),
        "blog-post_30",
        ("สาธารณสุข",),
    ),
    Post(
        _s(
            "ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)",
            "2023-07-18",
            "17:25",
            AUTHOR,
            (
                "วันที่ 18 กรกฎาคม 2566 อบต.ห้วยทรายขาว จัดประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) ณ ห้องประชุม อบต.ห้วยทรายขาว มีผู้ใหญ่บ้าน ผู้แทนประชาคมหมู่บ้านทั้ง 9 หมู่บ้าน และส่วนราชการในพื้นที่เข้าร่วมประชุม",
                "ที่ประชุมได้ร่วมกันพิจารณาโครงการที่ผ่านการประชาคมระดับหมู่บ้าน ทั้งด้านโครงสร้างพื้นฐาน ด้านเศรษฐกิจ ด้านสังคม และด้านการบริหารจัดการทรัพยากรธรรมชาติ รวม 87 โครงการ",
                "โครงการที่ได้รับการจัดลำดับความสำคัญสูงสุด ได้แก่ โครงการขยายเขตประปาหมู่บ้าน หมู่ที่ 7 และโครงการก่อสร้างถนนคอนกรีตสายบ้านคลองใหญ่ - บ้านเนินสูง",
                "ทั้งนี้ คณะกรรมการพัฒนาท้องถิ่นจะนำผลการประชาคมไปจัดทำร่างแผนพัฒนาท้องถิ่นฉบับเพิ่มเติม เสนอผู้บริหารและสภาท้องถิ่นพิจารณาต่อไป",
            ),
            photos=2,
        ),
        "2566-2570",
        ("ข่าวประชาสัมพันธ์",),
        jump=2,
        comment="ขอบคุณครับ อยากให้ทำถนนหมู่ 5 ด้วยครับ",
    ),
    Post(
        _s(
            "โครงการปลูกป่าชายเลนเฉลิมพระเกียรติ",
            "2023-08-25",
            "12:00",
            AUTHOR,
            (
                "อบต.ห้วยทรายขาว ร่วมกับเครือข่ายอนุรักษ์ป่าชายเลนบ้านคลองใหญ่ ปลูกต้นโกงกางจำนวน 2,000 ต้น เพื่อฟื้นฟูป่าชายเลนและเป็นแหล่งอนุบาลสัตว์น้ำของชุมชน",
            ),
            photos=3,
            captions=(),
        ),
        "blog-post_25",
        ("กิจกรรม", "สิ่งแวดล้อม"),
    ),
    Post(
        _s(
            "รณรงค์กำจัดลูกน้ำยุงลาย ป้องกันโรคไข้เลือดออก",
            "2023-10-09",
            "09:40",
            HEALTH,
            (
                "กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับ รพ.สต.ห้วยทรายขาว และอาสาสมัครสาธารณสุขประจำหมู่บ้าน ลงพื้นที่รณรงค์กำจัดแหล่งเพาะพันธุ์ลูกน้ำยุงลายในชุมชน โรงเรียน และวัด พร้อมพ่นหมอกควันในหมู่บ้านที่พบผู้ป่วย",
                "ขอความร่วมมือประชาชนปฏิบัติตามมาตรการ 3 เก็บ ป้องกัน 3 โรค คือ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด เพื่อป้องกันโรคไข้เลือดออก โรคไข้ซิกา และโรคไข้ปวดข้อยุงลาย",
            ),
            photos=2,
        ),
        "blog-post_9",
        ("สาธารณสุข",),
    ),
    Post(
        _s(
            "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2566",
            "2023-12-05",
            "10:20",
            AUTHOR,
            (
                "อบต.ห้วยทรายขาว ร่วมพิธีวางพานพุ่มและกิจกรรมจิตอาสาเนื่องในวันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร และวันพ่อแห่งชาติ",
            ),
            photos=4,
            captions=(),
        ),
        "5-2566",
        ("กิจกรรม",),
    ),
    Post(
        _s(
            "ประชุมสภา อบต.ห้วยทรายขาว สมัยสามัญ สมัยแรก ประจำปี 2567",
            "2024-01-19",
            "16:45",
            AUTHOR,
            (
                "วันศุกร์ที่ 19 มกราคม 2567 สภาองค์การบริหารส่วนตำบลห้วยทรายขาว จัดประชุมสภา สมัยสามัญ สมัยแรก ประจำปี 2567 โดยมีสมาชิกสภาเข้าร่วมประชุมครบองค์ประชุม",
                "ในการประชุมครั้งนี้ ที่ประชุมได้พิจารณากำหนดสมัยประชุมสามัญประจำปี 2567 และรับทราบรายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ 2566 ซึ่งมีโครงการที่ดำเนินการแล้วเสร็จ 41 โครงการ",
                "นอกจากนี้ สมาชิกสภาได้สอบถามความคืบหน้าโครงการซ่อมแซมถนนลูกรังที่ได้รับความเสียหายจากน้ำท่วมเมื่อปลายปี 2566 ซึ่งคณะผู้บริหารชี้แจงว่าจะเร่งดำเนินการให้แล้วเสร็จก่อนฤดูฝน",
            ),
            photos=2,
        ),
        "2567",
        ("ประชุมสภา",),
        jump=1,
    ),
    Post(
        _s(
            "ประกาศ เรื่อง การรับชำระภาษีป้าย ประจำปี 2567",
            "2024-02-14",
            "08:30",
            AUTHOR,
            (
                "องค์การบริหารส่วนตำบลห้วยทรายขาว ขอแจ้งให้ผู้เป็นเจ้าของป้ายซึ่งติดตั้งอยู่ในเขตตำบลห้วยทรายขาว ยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในวันที่ 31 มีนาคม 2567",
                "ผู้ที่ไม่ยื่นแบบภายในเวลาที่กำหนดจะต้องเสียเงินเพิ่มร้อยละสิบของค่าภาษีป้าย สอบถามรายละเอียดได้ที่กองคลัง อบต.ห้วยทรายขาว ในวันและเวลาราชการ",
            ),
        ),
        "2567_14",
        ("ประกาศ",),
    ),
    Post(
        _s(
            "อบรมให้ความรู้การคัดแยกขยะในครัวเรือน",
            "2024-03-05",
            "10:00",
            HEALTH,
            (
                "วันที่ 5 มีนาคม 2567 อบต.ห้วยทรายขาว จัดโครงการอบรมให้ความรู้การคัดแยกขยะในครัวเรือน ณ ศาลาอเนกประสงค์หมู่ที่ 3 บ้านเนินสูง มีแกนนำครัวเรือนเข้าร่วมกว่า 80 คน",
                "วิทยากรจากสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราด ได้ให้ความรู้เรื่องการแยกขยะอินทรีย์ ขยะรีไซเคิล ขยะทั่วไป และขยะอันตราย พร้อมสาธิตการทำถังขยะเปียกลดโลกร้อนจากวัสดุเหลือใช้",
                "อบต.ห้วยทรายขาว ตั้งเป้าหมายให้ทุกครัวเรือนมีถังขยะเปียกภายในปี 2567 เพื่อลดปริมาณขยะที่ต้องนำไปกำจัด",
            ),
            photos=3,
            captions=("วิทยากรบรรยายการคัดแยกขยะ", "สาธิตการทำถังขยะเปียก", "ผู้เข้าร่วมอบรมถ่ายภาพร่วมกัน"),
        ),
        "blog-post",
        ("สิ่งแวดล้อม",),
        jump=1,
    ),
    Post(
        _s(
            "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2567",
            "2024-04-11",
            "18:05",
            AUTHOR,
            (
                "อบต.ห้วยทรายขาว ร่วมกับสถานีตำรวจภูธรเขาสมิง และอาสาสมัครป้องกันภัยฝ่ายพลเรือน ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านห้วยทราย ระหว่างวันที่ 11 - 17 เมษายน 2567",
                "จุดบริการมีน้ำดื่ม กาแฟ และที่พักรถสำหรับผู้เดินทาง พร้อมเจ้าหน้าที่กู้ชีพประจำจุดตลอด 24 ชั่วโมง ขอให้ผู้ใช้รถใช้ถนนขับขี่ด้วยความระมัดระวัง เมาไม่ขับ และสวมหมวกนิรภัยทุกครั้ง",
            ),
            photos=2,
        ),
        "2567",
        ("ข่าวประชาสัมพันธ์",),
    ),
    Post(
        _s(
            "ซ่อมแซมถนนลูกรัง หมู่ที่ 6 บ้านคลองใหญ่",
            "2024-05-23",
            "15:50",
            AUTHOR,
            (
                "กองช่าง อบต.ห้วยทรายขาว นำเครื่องจักรเข้าซ่อมแซมถนนลูกรังสายคลองใหญ่ - ท่าเรือ หมู่ที่ 6 ที่ได้รับความเสียหายจากฝนตกหนัก เพื่อให้ประชาชนสัญจรได้สะดวก",
            ),
            photos=3,
            captions=(),
        ),
        "6",
        ("ข่าวประชาสัมพันธ์",),
    ),
    Post(
        _s(
            "มอบเบี้ยยังชีพผู้สูงอายุและผู้พิการ ประจำเดือนมิถุนายน 2567",
            "2024-06-10",
            "11:35",
            AUTHOR,
            (
                "วันที่ 10 มิถุนายน 2567 อบต.ห้วยทรายขาว ออกจ่ายเงินเบี้ยยังชีพผู้สูงอายุ เบี้ยความพิการ และเงินสงเคราะห์ผู้ป่วยเอดส์ ประจำเดือนมิถุนายน 2567 ให้แก่ผู้มีสิทธิที่รับเงินสด ณ ที่ทำการผู้ใหญ่บ้านทุกหมู่บ้าน",
                "สำหรับผู้มีสิทธิที่รับเงินผ่านบัญชีธนาคาร เงินจะเข้าบัญชีภายในวันที่ 10 ของทุกเดือน หากมีข้อสงสัยสามารถสอบถามได้ที่กองสวัสดิการสังคม อบต.ห้วยทรายขาว",
                "ขอให้ผู้มีสิทธิที่ย้ายที่อยู่หรือเปลี่ยนแปลงบัญชีธนาคาร แจ้งเจ้าหน้าที่ล่วงหน้าอย่างน้อย 1 เดือน เพื่อไม่ให้การจ่ายเงินล่าช้า",
            ),
            photos=2,
        ),
        "2567",
        ("ข่าวประชาสัมพันธ์",),
        jump=1,
    ),
)

LABELS = ("ข่าวประชาสัมพันธ์", "กิจกรรม", "ประกาศ", "ประชุมสภา", "สาธารณสุข", "สิ่งแวดล้อม")

PAGES = (
    (
        "about",
        "ประวัติ อบต.ห้วยทรายขาว",
        (
            "ตำบลห้วยทรายขาวเดิมเป็นส่วนหนึ่งของตำบลเขาสมิง แยกการปกครองออกมาเมื่อปี พ.ศ. 2509 ได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อวันที่ 2 มีนาคม 2540",
            "มีพื้นที่ทั้งหมดประมาณ 64 ตารางกิโลเมตร แบ่งการปกครองเป็น 9 หมู่บ้าน ประชากรส่วนใหญ่ประกอบอาชีพทำสวนผลไม้ สวนยางพารา และประมงชายฝั่ง",
        ),
    ),
    (
        "structure",
        "โครงสร้างส่วนราชการ",
        (
            "สำนักปลัด อบต. กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม กองสาธารณสุขและสิ่งแวดล้อม กองสวัสดิการสังคม หน่วยตรวจสอบภายใน",
        ),
    ),
    (
        "executives",
        "คณะผู้บริหาร",
        (
            "นายสมพงษ์ ทองดี นายกองค์การบริหารส่วนตำบลห้วยทรายขาว",
            "นายวิรัตน์ แก้วประเสริฐ รองนายก อบต.",
            "นางสาวจันทร์เพ็ญ ศรีสมุทร ปลัด อบต.",
        ),
    ),
    (
        "ita",
        "ITA การเปิดเผยข้อมูลสาธารณะ",
        ("o1 โครงสร้าง / o2 ข้อมูลผู้บริหาร / o3 อำนาจหน้าที่ / o4 ข้อมูลการติดต่อ / o5 กฎหมายที่เกี่ยวข้อง / o6 ข่าวประชาสัมพันธ์",),
    ),
    ("contact", "ติดต่อเรา", (SITE, ADDRESS, "อีเมล saraban_huaysaikhao@example.go.th")),
)

_CSS = """/* Content ----------------------------------------------- */
body { font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; background: #66bbdd none repeat scroll top left; padding: 0 40px 40px 40px; }
h2 { font-size: 22px; }
a:link { text-decoration:none; color: #2288bb; }
a:hover { text-decoration:underline; color: #33aaff; }
.content-inner { background-color: #ffffff; }
/* Header ----------------------------------------------- */
.header-outer { background: transparent none repeat-x scroll 0 -400px; _background-image: none; }
.Header h1 { font: normal normal 60px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #3399bb; text-shadow: -1px -1px 1px rgba(0, 0, 0, .2); }
.Header h1 a { color: #3399bb; }
.Header .description { font-size: 140%; color: #777777; }
.header-inner .Header .titlewrapper { padding: 22px 30px 0; }
/* Tabs ----------------------------------------------- */
.tabs-inner .section:first-child { border-top: 1px solid #eeeeee; }
.tabs-inner .widget ul { background: #f5f5f5 url(https://resources.blogblog.com/blogblog/data/1kt/simple/gradients_light.png) repeat-x scroll 0 -800px; _background-image: none; border-bottom: 1px solid #eeeeee; margin-top: 0; margin-left: -30px; margin-right: -30px; }
.tabs-inner .widget ul li a { display: inline-block; padding: .6em 1em; font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #999999; border-left: 1px solid #ffffff; border-right: 1px solid #eeeeee; }
.tabs-inner .widget ul li.selected a, .tabs-inner .widget ul li a:hover { color: #000000; background-color: #eeeeee; text-decoration: none; }
/* Columns ----------------------------------------------- */
.main-outer { border-top: 0 solid transparent; }
/* Headings ----------------------------------------------- */
div.widget > h2, div.widget h2.title { margin: 0 0 1em 0; font: normal bold 11px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #000000; }
/* Widgets ----------------------------------------------- */
.widget .popular-posts ul { list-style: none; }
/* Posts ----------------------------------------------- */
h2.date-header { font: normal bold 11px Arial, Tahoma, Helvetica, FreeSans, sans-serif; }
.date-header span { background-color: #bbbbbb; color: #ffffff; padding: 0.4em; letter-spacing: 3px; margin: inherit; }
.main-inner { padding-top: 35px; padding-bottom: 65px; }
.main-inner .column-center-inner { padding: 0 0; }
.post { margin: 0 0 45px 0; }
h3.post-title, .comments h4 { font: normal normal 22px Arial, Tahoma, Helvetica, FreeSans, sans-serif; margin: .75em 0 0; }
.post-body { font-size: 110%; line-height: 1.4; position: relative; }
.post-body .tr-caption-container { padding: 5px; }
.post-header { margin: 0 0 1.5em; line-height: 1.6; font-size: 90%; }
.post-footer { margin: 20px -2px 0; padding: 5px 10px; color: #666666; background-color: #f9f9f9; border-bottom: 1px solid #eeeeee; line-height: 1.6; font-size: 90%; }
#comments .comment-author { padding-top: 1.5em; border-top: 1px solid #eeeeee; background-position: 0 1.5em; }
/* Comments ----------------------------------------------- */
/* Accents ---------------------------------------------- */
.blog-pager-older-link, .home-link, .blog-pager-newer-link { background-color: #ffffff; padding: 5px; }
"""


def _jump(post: Post) -> int:
    """Where the jump break sits: after ``post.jump`` paragraphs, or before the photos of a photo post."""
    if len(post.story.paragraphs) > 1:
        return post.jump
    return 1 if post.story.photos >= 3 else 0


def _ts(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def _post_id(n: int) -> str:
    return str(int(hashlib.sha1(f"post{n}".encode()).hexdigest()[:15], 16))[:19].rjust(19, "4")


def _img_hash(n: int, k: int) -> str:
    return hashlib.sha1(f"img{n}-{k}".encode()).hexdigest()[:40]


def _date_header(dt: datetime) -> str:
    return f"วัน{thai_weekday(dt.date())}ที่ {thai_long(dt.date())}"


class BloggerSite(FixtureSite):
    """Blogger answers any /search query (updated-max, start, by-date, m ...) with a listing."""

    renderer: _Renderer

    def route(self, path_and_query: str) -> Response | None:
        found = super().route(path_and_query)
        if found is not None:
            return found
        parts = urlsplit(path_and_query)
        path = unquote(parts.path)
        if path == "/search" or path.startswith("/search/label/"):
            label = path[len("/search/label/") :] if path.startswith("/search/label/") else None
            if label is not None and label not in LABELS:
                return self.renderer.search(None, dict(parse_qsl(parts.query)), empty_label=label)
            return self.renderer.search(label, dict(parse_qsl(parts.query)))
        return None


def build(base_url: str) -> FixtureSite:
    site = BloggerSite(
        FAMILY,
        base_url,
        disallowed_paths=["/search"],
        server_software="GSE",
        trap_patterns=[
            r"^/search\?(?:.*&)?(?:updated-max|updated-min|start|by-date|reverse-paginate|max-results)=",
            r"^/search/label/[^?]+\?",
        ],
    )
    site.not_found = html_page(
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>"
        f"{SITE}</title></head><body><div class='status-msg-wrap'><div class='status-msg-body'>"
        "ขออภัย ไม่มีหน้าเว็บที่คุณกำลังค้นหาอยู่ในบล็อกนี้</div></div>"
        f"<a href='{base_url}/'>หน้าแรก</a></body></html>",
        status=404,
    )
    site.renderer = _Renderer(site)
    site.renderer.register()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.b = site, site.base_url
        self.items = []  # (n, post, dt, url_path)
        for n, post in enumerate(POSTS):
            dt = local_dt(post.story.date, post.story.time)
            self.items.append((n, post, dt, f"/{dt.year}/{dt.month:02d}/{post.slug}.html"))
        self.newest = list(reversed(self.items))

    # -- registration -------------------------------------------------------
    def register(self) -> None:
        site, b = self.site, self.b
        paths = [it[3] for it in self.items]
        assert len(set(paths)) == len(paths), "duplicate Blogger slug"
        for it in self.items:
            n, post, dt, path = it
            desktop = self.page(
                self.post_main(it), title=post.story.title, canonical=path, archive_year=dt.year, post_id=_post_id(n)
            )
            site.add(path, desktop)
            site.add(path + "?m=0", desktop)
            site.add(path + "?m=1", self.mobile(self.mobile_post(it), post.story.title, path))
            aliases = [b + path + "?m=1", b + path + "?m=0"]
            if post.comment:
                show = f"{path}?showComment={int(dt.timestamp() * 1000) + 86_400_000 * 2 + 371}"
                site.add(show, desktop)
                aliases.append(b + show)
            site.add(f"/feeds/{_post_id(n)}/comments/default", self.comment_feed(it))
            site.articles.append(
                FixtureArticle(
                    url=b + path,
                    aliases=tuple(aliases),
                    title=post.story.title,
                    paragraphs=post.story.paragraphs,
                    published=post.story.date,
                    author=post.story.author,
                    captions=post.story.captions if post.story.captions is not None else (),
                )
            )
        non = site.non_articles
        home_items = self.newest[:PER_PAGE]
        home = self.page(
            self.listing_main(home_items, older=self.older_link(home_items), newer=None, home=True),
            canonical="/",
            archive_year=self.newest[0][2].year,
        )
        site.add("/", home)
        site.add("/?m=0", home)
        site.add(
            "/?m=1", self.mobile(self.mobile_listing(home_items, self.older_link(home_items, mobile=True)), None, "/")
        )
        non += [b + "/", b + "/?m=1"]
        if len(self.newest) > PER_PAGE:
            non.append(b + self.older_link(home_items))
        # archives: years and months
        years = sorted({it[2].year for it in self.items}, reverse=True)
        for year in years:
            in_year = [it for it in self.newest if it[2].year == year]
            shown = in_year[:PER_PAGE]
            older = self.older_link(shown) if len(in_year) > PER_PAGE else None
            site.add(
                f"/{year}/",
                self.page(
                    self.listing_main(shown, older=older, newer=None),
                    title=str(year),
                    canonical=f"/{year}/",
                    archive_year=year,
                ),
            )
            non.append(f"{b}/{year}/")
            months = sorted({it[2].month for it in in_year}, reverse=True)
            for month in months:
                in_month = [it for it in in_year if it[2].month == month]
                mp = f"/{year}/{month:02d}/"
                site.add(
                    mp,
                    self.page(
                        self.listing_main(in_month, older=None, newer=None),
                        title=f"{MONTHS[month - 1]} {year + 543}",
                        canonical=mp,
                        archive_year=year,
                    ),
                )
                site.add(mp + "?m=1", self.mobile(self.mobile_listing(in_month, None), None, mp))
                non += [b + mp, b + mp + "?m=1"]
        for label in LABELS:
            non.append(f"{b}/search/label/{quote(label)}")
        for slug, title, paragraphs in PAGES:
            path = f"/p/{slug}.html"
            site.add(
                path,
                self.page(
                    self.static_main(title, paragraphs, path),
                    title=title,
                    canonical=path,
                    archive_year=self.newest[0][2].year,
                ),
            )
            site.add(path + "?m=1", self.mobile(self.mobile_static(title, paragraphs), title, path))
            non += [b + path, b + path + "?m=1"]
        site.add(
            "/feeds/posts/default",
            Response(200, (("Content-Type", "application/atom+xml; charset=UTF-8"),), self.atom().encode()),
        )
        site.add(
            "/feeds/posts/default?alt=rss",
            Response(200, (("Content-Type", "application/rss+xml; charset=UTF-8"),), self.rss().encode()),
        )
        xml = "application/xml; charset=UTF-8"
        site.add(
            "/sitemap.xml",
            Response(
                200,
                (("Content-Type", xml),),
                (
                    "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    f"<sitemap><loc>{b}/sitemap.xml?page=1</loc></sitemap></sitemapindex>"
                ).encode(),
            ),
        )
        urls = "".join(
            f"<url><loc>{b}{it[3]}</loc><lastmod>{it[2].astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
            for it in self.newest
        )
        site.add(
            "/sitemap.xml?page=1",
            Response(
                200,
                (("Content-Type", xml),),
                f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>".encode(),
            ),
        )
        pages = "".join(
            f"<url><loc>{b}/p/{slug}.html</loc><lastmod>2021-09-14T03:12:44Z</lastmod></url>" for slug, _, _ in PAGES
        )
        site.add(
            "/sitemap-pages.xml",
            Response(
                200,
                (("Content-Type", xml),),
                f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{pages}</urlset>".encode(),
            ),
        )
        site.add(
            "/robots.txt",
            html_page(
                "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
                f"Sitemap: {b}/sitemap.xml\n",
                "text/plain; charset=UTF-8",
            ),
        )
        site.add("/favicon.ico", Response(200, (("Content-Type", "image/x-icon"),), b"\x00\x00\x01\x00\x00\x00"))

    # -- links ---------------------------------------------------------------
    def older_link(self, shown: list, mobile: bool = False, label: str | None = None) -> str:
        last = shown[-1][2]
        q = f"updated-max={_ts(last).replace('+', '%2B')}&max-results={PER_PAGE}"
        if label is not None:
            q = f"updated-max={_ts(last).replace('+', '%2B')}&max-results={PER_PAGE}&start={PER_PAGE}&by-date=false"
            return f"/search/label/{quote(label)}?{q}" + ("&m=1" if mobile else "")
        return "/search?" + q + ("&m=1" if mobile else "")

    def post_url(self, it) -> str:
        return self.b + it[3]

    # -- pieces ----------------------------------------------------------------
    def body_html(self, it, cut: bool = False) -> str:
        n, post, dt, path = it
        s = post.story
        paras = s.paragraphs
        out = []
        photos = self.photos_html(it)
        style = n % 3
        jump = _jump(post)
        for k, p in enumerate(paras):
            if jump and k == jump:
                if cut:
                    break
                out.append("<a name='more'></a>")
            if style == 0:
                out.append(
                    f'<p style="text-align: justify;"><span style="font-family: Tahoma, sans-serif;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</span></p>'
                )
            elif style == 1:
                out.append(
                    f'<div style="text-align: left;">&nbsp; &nbsp; {esc(p)}</div><div style="text-align: left;"><br /></div>'
                )
            else:
                out.append(f'<span style="font-size: medium;">{esc(p)}</span><br /><br />')
        if jump == len(paras):  # photo post: the break sits between the sentence and the photos
            if cut:
                return "\n".join(out)
            out.append("<a name='more'></a>")
        if not cut or not jump:
            out.append(photos)
        return "\n".join(out)

    def photos_html(self, it) -> str:
        n, post, dt, path = it
        s = post.story
        caps = list(s.captions if s.captions is not None else [])
        out = []
        for k in range(1, s.photos + 1):
            h = _img_hash(n, k)
            big = f"{IMG}{h}/s1600/IMG_{20230 + n * 7 + k}.jpg"
            small = f"{IMG}{h}/s320/IMG_{20230 + n * 7 + k}.jpg"
            img = f'<img border="0" data-original-height="1200" data-original-width="1600" height="240" src="{small}" width="320" />'
            if k <= len(caps):
                out.append(
                    '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                    f'<tr><td style="text-align: center;"><a href="{big}" style="margin-left: auto; margin-right: auto;">{img}</a></td></tr>'
                    f'<tr><td class="tr-caption" style="text-align: center;">{esc(caps[k - 1])}</td></tr></tbody></table>'
                )
            else:
                out.append(
                    f'<div class="separator" style="clear: both; text-align: center;"><a href="{big}" style="margin-left: 1em; margin-right: 1em;">{img}</a></div>'
                )
        return "\n".join(out)

    def post_outer(self, it, cut: bool) -> str:
        n, post, dt, path = it
        s, b, pid = post.story, self.b, _post_id(n)
        url = b + path
        jump = (
            f"<div class='jump-link'>\n<a href='{url}#more' title='{attr(s.title)}'>อ่านเพิ่มเติม »</a>\n</div>"
            if cut and _jump(post)
            else ""
        )
        comments = "1 ความคิดเห็น:" if post.comment else "ไม่มีความคิดเห็น:"
        labels = ",\n".join(f"<a href='{b}/search/label/{quote(lb)}' rel='tag'>{esc(lb)}</a>" for lb in post.labels)
        title = f"<a href='{url}'>{esc(s.title)}</a>" if cut else esc(s.title)
        share = (
            ""
            if cut
            # the template shows the share buttons on item pages only
            else (
                f"""<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=email' target='_blank' title='ส่งอีเมลข้อมูลนี้'><span class='share-button-link-text'>ส่งอีเมลข้อมูลนี้</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=twitter' target='_blank' title='แชร์ไปยัง X'><span class='share-button-link-text'>แชร์ไปยัง X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=facebook' onclick='window.open(this.href, "_blank", "height=430,width=640"); return false;' target='_blank' title='แชร์ไปที่ Facebook'><span class='share-button-link-text'>แชร์ไปที่ Facebook</span></a>
</div>
"""
            )
        )
        return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{IMG}{_img_hash(n, 1)}/s320/IMG.jpg' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{title}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{self.body_html(it, cut)}
<div style='clear: both;'></div>
</div>
{jump}
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
โพสต์โดย
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='{PROFILE}' itemprop='url'/>
<a class='g-profile' href='{PROFILE}' rel='author' title='author profile'>
<span itemprop='name'>{esc(s.author)}</span>
</a>
</span>
</span>
<span class='post-timestamp'>
ที่
<meta content='{url}' itemprop='url'/>
<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{_ts(dt)}'>{dt:%H:%M}</abbr></a>
</span>
<span class='post-comment-link'>
<a class='comment-link' href='{url}#comment-form' onclick=''>
{comments}
</a>
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1781533026'>
<a href='https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={pid}&amp;from=pencil' title='แก้ไขบทความ'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</span>
{share}</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
ป้ายกำกับ:
{labels}
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
<span class='post-location'>
</span>
</div>
</div>
</div>
{"" if cut else self.comments(it)}
</div>"""

    def comments(self, it) -> str:
        n, post, dt, path = it
        pid = _post_id(n)
        block = ""
        count = "ไม่มีความคิดเห็น:"
        if post.comment:
            cdt = datetime.fromtimestamp(dt.timestamp() + 86_400 * 2, dt.tzinfo)
            ms = int(dt.timestamp() * 1000) + 86_400_000 * 2 + 371
            count = "1 ความคิดเห็น:"
            block = f"""<dt class='comment-author ' id='c{ms}'>
<a name='c{ms}'></a>
<div class="avatar-image-container avatar-stock"><span dir="ltr"><img src="//resources.blogblog.com/img/blank.gif" width="35" height="35" alt="" title="ไม่ระบุชื่อ"></span></div>
ไม่ระบุชื่อ
กล่าวว่า...
</dt>
<dd class='comment-body' id='Blog1_cmt-{ms}'>
<p>{esc(post.comment)}</p>
</dd>
<dd class='comment-footer'>
<span class='comment-timestamp'>
<a href='{self.b}{path}?showComment={ms}#c{ms}' title='comment permalink'>
{cdt.day} {MONTHS[cdt.month - 1]} {cdt.year + 543} เวลา {cdt:%H:%M}
</a>
</span>
</dd>"""
        return f"""<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{count}</h4>
<div id='Blog1_comments-block-wrapper'>
<dl class='avatar-comment-indent' id='comments-block'>
{block}
</dl>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>แสดงความคิดเห็น</h4>
<p>
</p>
<a href='https://www.blogger.com/comment/frame/{BLOG_ID}?po={pid}&amp;hl=th&amp;saa=85391&amp;origin={self.b}' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
<script src='https://www.blogger.com/static/v1/jsbin/2830521187-comment_from_post_iframe.js' type='text/javascript'></script>
<script type='text/javascript'>
      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');
    </script>
</div>
</p>
</div>"""

    def date_outer(self, group: list, cut: bool) -> str:
        return (
            f"<div class=\"date-outer\">\n<h2 class='date-header'><span>{_date_header(group[0][2])}</span></h2>\n"
            f'<div class="date-posts">\n' + "\n".join(self.post_outer(it, cut) for it in group) + "\n</div></div>"
        )

    def blog_posts(self, items: list, cut: bool) -> str:
        groups: list[list] = []
        for it in items:
            if groups and groups[-1][0][2].date() == it[2].date():
                groups[-1].append(it)
            else:
                groups.append([it])
        return "<div class='blog-posts hfeed'>\n" + "\n".join(self.date_outer(g, cut) for g in groups) + "\n</div>"

    def pager(self, newer: str | None, older: str | None, home_link: bool = True) -> str:
        b = self.b
        parts = ["<div class='blog-pager' id='blog-pager'>"]
        if newer:
            parts.append(
                f"<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='{b}{newer}' id='Blog1_blog-pager-newer-link' title='บทความที่ใหม่กว่า'>บทความที่ใหม่กว่า</a>\n</span>"
            )
        if older:
            parts.append(
                f"<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='{b}{older}' id='Blog1_blog-pager-older-link' title='บทความที่เก่ากว่า'>บทความที่เก่ากว่า</a>\n</span>"
            )
        if home_link:
            parts.append(f"<a class='home-link' href='{b}/'>หน้าแรก</a>")
        parts.append("</div>\n<div class='clear'></div>")
        return "\n".join(parts)

    def post_main(self, it) -> str:
        n = it[0]
        newer = self.items[n + 1][3] if n + 1 < len(self.items) else None
        older = self.items[n - 1][3] if n > 0 else None
        pid = _post_id(n)
        return (
            self.blog_posts([it], cut=False)
            + "\n"
            + self.pager(newer, older)
            + f"\n<div class='post-feeds'>\n<div class='feed-links'>\nสมัครสมาชิก:\n<a class='feed-link' href='{self.b}/feeds/{pid}/comments/default' target='_blank' type='application/atom+xml'>ส่งความคิดเห็น (Atom)</a>\n</div>\n</div>"
        )

    def listing_main(
        self, items: list, older: str | None, newer: str | None, home: bool = False, notice: str = ""
    ) -> str:
        if not items:
            posts = "<div class='blog-posts hfeed'>\n<div class='status-msg-wrap'><div class='status-msg-body'>ไม่มีบทความ</div></div>\n</div>"
        else:
            posts = self.blog_posts(items, cut=True)
        return (
            notice
            + posts
            + "\n"
            + self.pager(newer, older, home_link=not home)
            + f"\n<div class='blog-feeds'>\n<div class='feed-links'>\nสมัครสมาชิก:\n<a class='feed-link' href='{self.b}/feeds/posts/default' target='_blank' type='application/atom+xml'>บทความ (Atom)</a>\n</div>\n</div>"
        )

    def static_main(self, title: str, paragraphs: tuple[str, ...], path: str) -> str:
        body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        extra = ""
        if path.endswith("/ita.html"):
            extra = (
                f'<p><a href="{self.b}/p/structure.html">o1 โครงสร้าง</a><br /><a href="{self.b}/p/executives.html">o2 ข้อมูลผู้บริหาร</a><br />'
                f'<a href="{self.b}/p/contact.html">o4 ข้อมูลการติดต่อ</a><br /><a href="{self.b}/search/label/{quote("ข่าวประชาสัมพันธ์")}">o6 ข่าวประชาสัมพันธ์</a></p>'
            )
        return f"""<div class='blog-posts hfeed'>
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<h3 class='post-title entry-title' itemprop='name'>
{esc(title)}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' itemprop='description articleBody'>
{body}{extra}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
</span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;pageID=18&amp;target=facebook' target='_blank' title='แชร์ไปที่ Facebook'><span class='share-button-link-text'>แชร์ไปที่ Facebook</span></a>
</div>
</div>
</div>
</div>
</div>
</div>
{self.pager(None, None)}"""

    # -- sidebar ------------------------------------------------------------
    def archive_widget(self, expanded_year: int) -> str:
        b = self.b
        out = [
            "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>\n<h2>คลังบทความของบล็อก</h2>\n<div class='widget-content'>\n<div id='ArchiveList'>\n<div id='BlogArchive1_ArchiveList'>\n<ul class='hierarchy'>"
        ]
        years = sorted({it[2].year for it in self.items}, reverse=True)
        for year in years:
            in_year = [it for it in self.newest if it[2].year == year]
            state = "expanded" if year == expanded_year else "collapsed"
            toggle = "▼&nbsp;" if state == "expanded" else "►&nbsp;"
            out.append(
                f"<li class='archivedate {state}'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy{' toggle-open' if state == 'expanded' else ''}'>\n{toggle}\n</span>\n</a>\n"
                f"<a class='post-count-link' href='{b}/{year}/'>\n{year + 543}\n</a>\n<span class='post-count' dir='ltr'>({len(in_year)})</span>"
            )
            if state == "expanded":
                out.append("<ul class='hierarchy'>")
                months = sorted({it[2].month for it in in_year}, reverse=True)
                for mi, month in enumerate(months):
                    in_month = [it for it in in_year if it[2].month == month]
                    mstate = "expanded" if mi == 0 else "collapsed"
                    out.append(
                        f"<li class='archivedate {mstate}'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy'>\n{'▼&nbsp;' if mi == 0 else '►&nbsp;'}\n</span>\n</a>\n"
                        f"<a class='post-count-link' href='{b}/{year}/{month:02d}/'>\n{MONTHS[month - 1]}\n</a>\n<span class='post-count' dir='ltr'>({len(in_month)})</span>"
                    )
                    if mi == 0:
                        out.append(
                            "<ul class='posts'>"
                            + "".join(
                                f"\n<li><a href='{b}{it[3]}'>{esc(it[1].story.title)}</a></li>" for it in in_month
                            )
                            + "\n</ul>"
                        )
                    out.append("</li>")
                out.append("</ul>")
            out.append("</li>")
        out.append("</ul>\n</div>\n</div>\n<div class='clear'></div>\n</div>\n</div>")
        return "\n".join(out)

    def sidebar(self, expanded_year: int) -> str:
        b = self.b
        counts = {lb: sum(lb in it[1].labels for it in self.items) for lb in LABELS}
        labels = "\n".join(
            f"<li>\n<a dir='ltr' href='{b}/search/label/{quote(lb)}'>{esc(lb)}</a>\n<span dir='ltr'>({counts[lb]})</span>\n</li>"
            for lb in sorted(LABELS)
        )
        popular = "\n".join(
            f"<li>\n<div class='item-content'>\n<div class='item-thumbnail'>\n<a href='{b}{it[3]}' target='_blank'>\n"
            f"<img alt='' border='0' src='{IMG}{_img_hash(it[0], 1)}/w72-h72-p-k-no-nu/IMG.jpg'/>\n</a>\n</div>\n"
            f"<div class='item-title'><a href='{b}{it[3]}'>{esc(it[1].story.title)}</a></div>\n"
            "</div>\n<div style='clear: both;'></div>\n</li>"
            for it in (self.items[8], self.items[4], self.items[0])
        )
        links = "\n".join(
            f"<li><a href='{href}'>{esc(text)}</a></li>"
            for href, text in (
                ("http://www.dla.go.th/", "กรมส่งเสริมการปกครองท้องถิ่น"),
                ("http://www.trat.go.th/", "จังหวัดตราด"),
                ("https://www.nacc.go.th/", "สำนักงาน ป.ป.ช."),
                ("http://www.info.go.th/", "ศูนย์ข้อมูลข่าวสารของราชการ"),
                ("https://www.egp.go.th/", "ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)"),
            )
        )
        return f"""<div class='sidebar section' id='sidebar-right-1'>
<div class='widget HTML' data-version='1' id='HTML1'>
<h2 class='title'>{SHORT}</h2>
<div class='widget-content'>
<center><img src="{IMG}{_img_hash(99, 1)}/s200/logo.png" width="150" /></center><br />{esc(SITE)}<br />{esc(ADDRESS)}
</div>
<div class='clear'></div>
</div><div class='widget Label' data-version='1' id='Label1'>
<h2>ป้ายกำกับ</h2>
<div class='widget-content list-label-widget-content'>
<ul>
{labels}
</ul>
<div class='clear'></div>
</div>
</div><div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>บทความที่ได้รับความนิยม</h2>
<div class='widget-content popular-posts'>
<ul>
{popular}
</ul>
<div class='clear'></div>
</div>
</div>{self.archive_widget(expanded_year)}<div class='widget LinkList' data-version='1' id='LinkList1'>
<h2>หน่วยงานที่เกี่ยวข้อง</h2>
<div class='widget-content'>
<ul>
{links}
</ul>
<div class='clear'></div>
</div>
</div><div class='widget Stats' data-version='1' id='Stats1'>
<h2>จำนวนการดูหน้าเว็บทั้งหมด</h2>
<div class='widget-content'>
<div id='Stats1_content' style='display: none;'>
<span class='counter-wrapper text-counter-wrapper' id='Stats1_totalCount'>
</span>
<div class='clear'></div>
</div>
</div>
</div><div class='widget BlogSearch' data-version='1' id='BlogSearch1'>
<h2 class='title'>ค้นหาบล็อกนี้</h2>
<div class='widget-content'>
<div id='BlogSearch1_form'>
<form action='{b}/search' class='gsc-search-box' target='_top'>
<input autocomplete='off' class='gsc-input' name='q' size='10' title='search' type='text' value=''/>
<input class='gsc-search-button' title='search' type='submit' value='ค้นหา'/>
</form>
</div>
</div>
<div class='clear'></div>
</div></div>"""

    def tabs(self, current: str) -> str:
        b = self.b
        entries = [("/", "หน้าแรก"), (f"/search/label/{quote('ข่าวประชาสัมพันธ์')}?&max-results=5", "ข่าวประชาสัมพันธ์")] + [
            (f"/p/{slug}.html", title.split()[0] if slug == "about" else title) for slug, title, _ in PAGES
        ]
        items = "\n".join(
            f"<li{' class=' + chr(39) + 'selected' + chr(39) if path == current else ''}><a href='{b}{path}'>{esc(text)}</a></li>"
            for path, text in entries
        )
        return f"<div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'>\n<div class='widget-content'>\n<ul>\n{items}\n</ul>\n<div class='clear'></div>\n</div>\n</div></div>"

    # -- whole pages -----------------------------------------------------------
    def page(
        self,
        main: str,
        title: str | None = None,
        canonical: str = "/",
        archive_year: int = 2024,
        post_id: str | None = None,
    ) -> Response:
        b = self.b
        full_title = f"{SITE}: {title}" if title else SITE
        comment_feed = (
            f'<link rel="alternate" type="application/atom+xml" title="{SITE} - Atom" href="{b}/feeds/{post_id}/comments/default" />\n'
            if post_id
            else ""
        )
        return html_page(f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='th' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<link href='https://www.blogger.com/static/v1/widgets/3566091532-css_bundle_v2.css' rel='stylesheet' type='text/css'/>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{b}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{b}{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{SITE} - Atom" href="{b}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{SITE} - RSS" href="{b}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{SITE} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
{comment_feed}<link rel="me" href="{PROFILE}" />
<link href='{b}{canonical}?m=1' media='only screen and (max-width: 640px)' rel='alternate'/>
<meta content='{b}{canonical}' property='og:url'/>
<meta content='{attr(title or SITE)}' property='og:title'/>
<title>{esc(full_title)}</title>
<style id='page-skin-1' type='text/css'><!--
/*
-----------------------------------------------
Blogger Template Style
Name:     Simple
Designer: Blogger
URL:      www.blogger.com
----------------------------------------------- */
{_CSS}
--></style>
<script type='text/javascript'>
        (function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{
        (i[r].q=i[r].q||[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),
        m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
        }})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
        ga('create', 'UA-58012977-1', 'auto', 'blogger');
        ga('blogger.send', 'pageview');
      </script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{
      if(window.addEventListener) {{
        window.addEventListener('load',
          function(){{ object[attribute] = val; }}, false);
      }} else {{
        window.attachEvent('onload', function(){{ object[attribute] = val; }});
      }}
    }}
  </script>
<div id="navbar-iframe-container"></div>
<script type="text/javascript" src="https://apis.google.com/js/platform.js"></script>
</div></div>
<div class='body-fauxcolumns'>
<div class='fauxcolumn-outer body-fauxcolumn-outer'>
<div class='cap-top'>
<div class='cap-left'></div>
<div class='cap-right'></div>
</div>
</div>
</div>
<div class='content'>
<div class='content-outer'>
<div class='content-cap-top cap-top'>
<div class='cap-left'></div>
<div class='cap-right'></div>
</div>
<div class='fauxborder-left content-fauxborder-left'>
<div class='content-inner'>
<header>
<div class='header-outer'>
<div class='header-cap-top cap-top'>
<div class='cap-left'></div>
<div class='cap-right'></div>
</div>
<div class='region-inner header-inner'>
<div class='header section' id='header' name='ส่วนหัว'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'>
<a href='{b}/'>
{SITE}
</a>
</h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>{esc(ADDRESS)}</span></p>
</div>
</div>
</div></div>
</div>
</div>
</header>
<div class='tabs-outer'>
<div class='region-inner tabs-inner'>
{self.tabs(canonical)}
</div>
</div>
<div class='main-outer'>
<div class='region-inner main-inner'>
<div class='columns fauxcolumns'>
<div class='columns-inner'>
<div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main' name='ส่วนหลัก'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div>
</div>
</div>
<div class='column-right-outer'>
<div class='column-right-inner'>
<aside>
{self.sidebar(archive_year)}
</aside>
</div>
</div>
</div>
<div style='clear: both'></div>
</div>
</div>
</div>
<footer>
<div class='footer-outer'>
<div class='region-inner footer-inner'>
<div class='foot section' id='footer-1'><div class='widget HTML' data-version='1' id='HTML2'>
<div class='widget-content'>
<center>&#169; 2567 {SITE} สงวนลิขสิทธิ์<br />จำนวนผู้เข้าชม <a href="https://www.freecounterstat.com" title="free website counter"><img src="https://counter9.stat.ovh/private/freecounterstat.php?c=hk8rm1wz5tlq2pzd5w9lbkn4cq3ah1xd" border="0" title="free website counter" alt="free website counter"></a> ครั้ง</center>
</div>
<div class='clear'></div>
</div></div>
<div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
ธีม เรียบง่าย. ขับเคลื่อนโดย <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div>
<div class='clear'></div>
</div></div>
</div>
</div>
</footer>
</div>
</div>
</div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2050285318-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY6Sq1cRIcIMVyx6o5dQbIhSrH_VGw:1716450000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{BLOG_ID}','//{b.split("//", 1)[1]}/','{BLOG_ID}');
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {{}}, 'displayModeFull'));
</script>
</body>
</html>
""")

    def mobile(self, main: str, title: str | None, canonical: str) -> Response:
        b = self.b
        full_title = f"{SITE}: {title}" if title else SITE
        return html_page(f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='th'>
<head>
<meta content='width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{b}{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{SITE} - Atom" href="{b}/feeds/posts/default" />
<title>{esc(full_title)}</title>
<style id='page-skin-1' type='text/css'><!--
{_CSS}
.mobile .tabs-inner .PageList .widget-content {{ background: #eeeeee; }}
.mobile-index-title {{ font-size: 120%; }}
.mobile-link-button {{ background-color: #2288bb; }}
--></style>
</head>
<body class='loading mobile variant-simplysimple'>
<div class='content'>
<header>
<div class='header section' id='header'><div class='widget Header' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'><h1 class='title'><a href='{b}/?m=1'>{SITE}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{esc(ADDRESS)}</span></p></div>
</div>
</div></div>
</header>
<div class='main-outer'>
<div class='main section' id='main'><div class='widget Blog' id='Blog1'>
{main}
</div></div>
</div>
<footer>
<div class='mobile-link-button' id='mobile-share-button'>
<a href='{b}{canonical}?m=0'>ดูเวอร์ชันเว็บ</a>
</div>
<div class='widget HTML' id='HTML2'><div class='widget-content'><center>&#169; 2567 {SITE} สงวนลิขสิทธิ์</center></div></div>
<div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>ขับเคลื่อนโดย <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div>
</footer>
</div>
</body>
</html>
""")

    def mobile_post(self, it) -> str:
        n, post, dt, path = it
        s = post.story
        body = self.body_html(it, cut=False).replace("s1600/", "s640/")
        newer = self.items[n + 1][3] if n + 1 < len(self.items) else None
        older = self.items[n - 1][3] if n > 0 else None
        pager = "<div class='blog-pager' id='blog-pager'>"
        if newer:
            pager += f"<a class='blog-pager-newer-link' href='{self.b}{newer}?m=1'>&lsaquo;</a>"
        pager += f"<div class='mobile-link-button' id='blog-pager-home-link'><a class='home-link' href='{self.b}/?m=1'>หน้าแรก</a></div>"
        if older:
            pager += f"<a class='blog-pager-older-link' href='{self.b}{older}?m=1'>&rsaquo;</a>"
        pager += "</div>"
        return f"""<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{_date_header(dt)}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template'>
<h3 class='post-title entry-title'>
{esc(s.title)}
</h3>
<div class='post-body entry-content' id='post-body-{_post_id(n)}'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>โพสต์โดย <span class='fn'>{esc(s.author)}</span></span>
<span class='post-timestamp'>ที่ <a class='timestamp-link' href='{self.b}{path}?m=1' rel='bookmark' title='permanent link'><abbr class='published' title='{_ts(dt)}'>{dt:%H:%M}</abbr></a></span>
</div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>{"1 ความคิดเห็น:" if post.comment else "ไม่มีความคิดเห็น:"}</h4></div>
</div>
</div></div>
</div>
{pager}"""

    def mobile_listing(self, items: list, older: str | None) -> str:
        rows = []
        for it in items:
            n, post, dt, path = it
            s = post.story
            rows.append(
                f"""<div class="date-outer">
<h2 class='date-header'><span>{_date_header(dt)}</span></h2>
<div class="date-posts">
<div class='mobile-date-outer date-outer'>
<div class='mobile-post-outer'>
<a href='{self.b}{path}?m=1'>
<h3 class='mobile-index-title entry-title'>{esc(s.title)}</h3>
<div class='mobile-index-arrow'>&rsaquo;</div>
<div class='mobile-index-contents'>
<div class='mobile-index-thumbnail'><div class='Image'><img height='72' src='{IMG}{_img_hash(n, 1)}/s72-c/IMG.jpg' width='72'/></div></div>
<div class='post-body'>{esc(s.paragraphs[0][:140])}</div>
</div>
<div style='clear: both;'></div>
</a>
<div class='mobile-index-comment'></div>
</div>
</div>
</div></div>"""
            )
        pager = (
            "<div class='blog-pager' id='blog-pager'>"
            + f"<div class='mobile-link-button' id='blog-pager-home-link'><a class='home-link' href='{self.b}/?m=1'>หน้าแรก</a></div>"
        )
        if older:
            pager += f"<a class='blog-pager-older-link' href='{self.b}{older}'>&rsaquo;</a>"
        pager += "</div>"
        return "<div class='blog-posts hfeed'>\n" + "\n".join(rows) + "\n</div>\n" + pager

    def mobile_static(self, title: str, paragraphs: tuple[str, ...]) -> str:
        body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        return f"<div class='blog-posts hfeed'><div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>{esc(title)}</h3><div class='post-body entry-content'>{body}</div></div></div></div><div class='blog-pager' id='blog-pager'><div class='mobile-link-button' id='blog-pager-home-link'><a class='home-link' href='{self.b}/?m=1'>หน้าแรก</a></div></div>"

    # -- /search (dynamic: any updated-max, start, by-date ...) -------------------
    def search(self, label: str | None, q: dict[str, str], empty_label: str | None = None) -> Response:
        pool = [it for it in self.newest if label is None or label in it[1].labels]
        if empty_label is not None:
            pool = []
        if "q" in q:
            words = q["q"].split()
            pool = [
                it
                for it in pool
                if all(w in it[1].story.title or any(w in p for p in it[1].story.paragraphs) for w in words)
            ]
        try:
            per = max(1, min(int(q.get("max-results", PER_PAGE)), 50))
            start = max(0, int(q.get("start", 0)))
        except ValueError:
            per, start = PER_PAGE, 0
        reverse = q.get("reverse-paginate") == "true"
        if "updated-max" in q:
            cut = q["updated-max"].replace(" ", "+")
            pool = [it for it in pool if _ts(it[2]) < cut]
        if "updated-min" in q:
            cut = q["updated-min"].replace(" ", "+")
            pool = [it for it in pool if _ts(it[2]) > cut]
            if reverse:
                pool = pool[-per:]
        if q.get("by-date") == "false" and "updated-max" not in q:
            pool = pool[start:]
        shown = pool[:per]
        older = newer = None
        base = f"/search/label/{quote(label)}" if label is not None else "/search"
        mobile = "&m=1" if q.get("m") == "1" else ""
        if shown:
            if len(pool) > per:
                extra = f"&start={start + per}&by-date=false" if label is not None else ""
                older = f"{base}?updated-max={_ts(shown[-1][2]).replace('+', '%2B')}&max-results={per}{extra}{mobile}"
            newer = f"{base}?updated-min={_ts(shown[0][2]).replace('+', '%2B')}&max-results={per}&reverse-paginate=true{mobile}"
        what = (
            f"แสดงบทความที่มีป้ายกำกับ <span class='search-label'>{esc(label or empty_label or '')}</span>"
            if (label or empty_label)
            else "แสดงบทความที่เรียงตามวันที่"
        )
        notice = (
            f"<div class='status-msg-wrap'><div class='status-msg-body'>\n{what} <a href='{self.b}/'>แสดงบทความทั้งหมด</a>\n</div>\n"
            "<div class='status-msg-border'><div class='status-msg-bg'><div class='status-msg-hidden'></div></div></div></div>\n<div style='clear: both;'></div>"
        )
        if q.get("m") == "1":
            return self.mobile(notice + self.mobile_listing(shown, older), None, base)
        title = label or empty_label
        return self.page(
            self.listing_main(shown, older=older, newer=newer, notice=notice),
            title=title,
            canonical=base,
            archive_year=self.newest[0][2].year,
        )

    # -- feeds ---------------------------------------------------------------
    def atom(self) -> str:
        b = self.b
        entries = []
        for it in self.newest[:25]:
            n, post, dt, path = it
            s, pid = post.story, _post_id(n)
            cats = "".join(
                f'<category scheme="http://www.blogger.com/atom/ns#" term="{attr(lb)}"/>' for lb in post.labels
            )
            content = esc(self.body_html(it).replace("\n", ""))
            entries.append(
                f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{pid}</id><published>{dt.isoformat(timespec='milliseconds')}</published>"
                f"<updated>{dt.isoformat(timespec='milliseconds')}</updated>{cats}<title type='text'>{esc(s.title)}</title>"
                f"<content type='html'>{content}</content>"
                f"<link rel='replies' type='application/atom+xml' href='{b}/feeds/{pid}/comments/default' title='ส่งความคิดเห็น'/>"
                f"<link rel='replies' type='text/html' href='{b}{path}#comment-form' title='{1 if post.comment else 0} ความคิดเห็น'/>"
                f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid}'/>"
                f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid}'/>"
                f"<link rel='alternate' type='text/html' href='{b}{path}' title='{attr(s.title)}'/>"
                f"<author><name>{esc(s.author)}</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email>"
                "<gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>"
                f"<thr:total>{1 if post.comment else 0}</thr:total></entry>"
            )
        updated = self.newest[0][2].isoformat(timespec="milliseconds")
        cats = "".join(f'<category term="{attr(lb)}"/>' for lb in LABELS)
        return (
            "<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' "
            "xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{updated}</updated>{cats}<title type='text'>{SITE}</title><subtitle type='html'>{esc(ADDRESS)}</subtitle>"
            f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{b}/feeds/posts/default'/>"
            f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/>"
            f"<link rel='alternate' type='text/html' href='{b}/'/><link rel='hub' href='http://pubsubhubbub.appspot.com/'/>"
            f"<author><name>{AUTHOR}</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email></author>"
            f"<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(self.items)}</openSearch:totalResults>"
            "<openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
            + "".join(entries)
            + "</feed>"
        )

    def rss(self) -> str:
        b = self.b
        items = []
        for it in self.newest[:25]:
            n, post, dt, path = it
            s = post.story
            cats = "".join(
                f"<category domain='http://www.blogger.com/atom/ns#'>{esc(lb)}</category>" for lb in post.labels
            )
            items.append(
                f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{_post_id(n)}</guid><pubDate>{rfc822(dt)}</pubDate>"
                f"<atom:updated>{dt.isoformat(timespec='milliseconds')}</atom:updated>{cats}<title>{esc(s.title)}</title>"
                f"<description>{esc(self.body_html(it).replace(chr(10), ''))}</description><link>{b}{path}</link>"
                f"<author>noreply@blogger.com ({esc(s.author)})</author><thr:total>{1 if post.comment else 0}</thr:total></item>"
            )
        return (
            "<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
            "xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd=\"http://schemas.google.com/g/2005\" "
            "xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'><channel>"
            f"<atom:id>tag:blogger.com,1999:blog-{BLOG_ID}</atom:id><lastBuildDate>Mon, 10 Jun 2024 04:35:00 +0000</lastBuildDate>"
            f"<title>{SITE}</title><description>{esc(ADDRESS)}</description><link>{b}/</link><managingEditor>noreply@blogger.com ({AUTHOR})</managingEditor>"
            f"<generator>Blogger</generator><openSearch:totalResults>{len(self.items)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex>"
            "<openSearch:itemsPerPage>25</openSearch:itemsPerPage>" + "".join(items) + "</channel></rss>"
        )

    def comment_feed(self, it) -> Response:
        n, post, dt, path = it
        pid = _post_id(n)
        entries = ""
        if post.comment:
            entries = (
                f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{pid}1</id><published>{dt.isoformat(timespec='milliseconds')}</published>"
                f"<title type='text'>{esc(post.comment)}</title><content type='html'>{esc(post.comment)}</content>"
                f"<link rel='alternate' type='text/html' href='{self.b}{path}?showComment={int(dt.timestamp() * 1000) + 86_400_000 * 2 + 371}#c{int(dt.timestamp() * 1000) + 86_400_000 * 2 + 371}' title=''/>"
                "<author><name>Anonymous</name><email>noreply@blogger.com</email></author></entry>"
            )
        body = (
            "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}.post{pid}..comments</id><title type='text'>{esc(post.story.title)}</title>"
            f"<link rel='alternate' type='text/html' href='{self.b}{path}'/><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
            f"<openSearch:totalResults>{1 if post.comment else 0}</openSearch:totalResults>{entries}</feed>"
        )
        return Response(200, (("Content-Type", "application/atom+xml; charset=UTF-8"),), body.encode())
