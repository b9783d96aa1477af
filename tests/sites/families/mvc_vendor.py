# ruff: noqa: E501  (HTML template lines are kept as the real sites write them)
"""mvc_vendor: a PHP MVC (CodeIgniter-style) CMS sold to many อบต. by one vendor.

องค์การบริหารส่วนตำบลคลองน้ำใส (fictional).  Controller/action/param URLs:
news items at ``/Main/PrPreview/id/N``, the news list at
``/Main/PrList/page/N`` (6 a page, Bootstrap 4 pagination with « and »;
``/Main/PrList`` is page 1 too).  That list is the ONLY way to the older
items: the home page links the latest 4, there is no sitemap, no feed, no
previous/next link and no "latest news" sidebar.  A news page shows
``วันที่ลงข่าว : 15 ม.ค. 2567`` and ``อ่าน 123 ครั้ง``, the body as CKEditor
paragraphs, the photos as a fancybox gallery without captions.

Photo albums (ภาพกิจกรรม) have the same URL shape, ``/Main/Activity/id/N``,
listed at ``/Main/ActivityList/page/N``: a title, a date, a view counter and
photos but no text.  They are NOT articles (gold: non_articles).  Static
pages are ``/Main/Content/id/N``, ``/Main/Personnel/group/N``, ``/Main/Contact``.
robots.txt disallows ``/Admin/`` (linked from the footer) and ``/Main/Search``.
"""

from __future__ import annotations

from datetime import datetime

from ..corpus import Story
from ..model import FixtureArticle, FixtureSite, Response
from ..thaidate import local_dt, thai_abbr
from .common import add_jpeg, add_text, esc, html_page

FAMILY = "mvc_vendor"
SITE = "องค์การบริหารส่วนตำบลคลองน้ำใส"
SHORT = "อบต.คลองน้ำใส"
ADDRESS = "หมู่ที่ 3 ตำบลคลองน้ำใส อำเภออรัญประเทศ จังหวัดสระแก้ว 27120"
PER_PAGE = 6
FIRST_ID = 1187
SITE_BUILT = datetime(2021, 9, 1, 9, 0)
PR = "งานประชาสัมพันธ์"
ADMIN = "admin"

STORIES: tuple[Story, ...] = (
    Story(
        "อบต.คลองน้ำใส ออกให้บริการจัดเก็บภาษีนอกสถานที่",
        "2022-02-10",
        "10:20",
        PR,
        (
            "องค์การบริหารส่วนตำบลคลองน้ำใส โดยกองคลัง ออกให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้ายนอกสถานที่ ณ ศาลาประชาคมหมู่บ้านทั้ง 12 หมู่บ้าน เพื่ออำนวยความสะดวกให้แก่ประชาชน",
            "ประชาชนที่ไม่สะดวกมาชำระในวันดังกล่าว สามารถชำระได้ที่สำนักงาน อบต.คลองน้ำใส ได้ทุกวันในเวลาราชการ จนถึงวันที่ 30 เมษายน 2565",
        ),
        photos=3,
    ),
    Story(
        "กิจกรรมวันท้องถิ่นไทย ประจำปี 2565",
        "2022-03-18",
        "13:05",
        ADMIN,
        (
            "วันที่ 18 มีนาคม 2565 คณะผู้บริหาร สมาชิกสภา และพนักงาน อบต.คลองน้ำใส ร่วมกิจกรรมวันท้องถิ่นไทย ถวายราชสักการะพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว และร่วมกันทำความสะอาดบริเวณตลาดโรงเกลือ",
        ),
        photos=5,
    ),
    Story(
        "ประชุมสภา อบต.คลองน้ำใส สมัยสามัญ สมัยที่ 2 ประจำปี 2565",
        "2022-06-15",
        "15:40",
        PR,
        (
            "วันพุธที่ 15 มิถุนายน 2565 เวลา 09.00 น. สภาองค์การบริหารส่วนตำบลคลองน้ำใส จัดประชุมสภาสมัยสามัญ สมัยที่ 2 ประจำปี 2565 ณ ห้องประชุมสภา อบต.คลองน้ำใส",
            "ที่ประชุมพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 1 และญัตติการจ่ายขาดเงินสะสมเพื่อก่อสร้างถนนคอนกรีตเสริมเหล็ก จำนวน 4 สาย ในหมู่ที่ 2, 5, 8 และ 11",
            "สมาชิกสภามีมติเห็นชอบทุกญัตติ โดยนายก อบต. ชี้แจงว่าจะเร่งดำเนินการจัดซื้อจัดจ้างให้แล้วเสร็จก่อนฤดูฝน",
        ),
    ),
    Story(
        "มอบถุงยังชีพแก่ผู้ประสบอุทกภัย หมู่ที่ 7",
        "2022-09-27",
        "17:10",
        ADMIN,
        (
            "นายก อบต.คลองน้ำใส พร้อมด้วยเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัย นำถุงยังชีพไปมอบให้ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขัง บ้านคลองหว้า หมู่ที่ 7 จำนวน 38 ครัวเรือน",
        ),
        photos=4,
    ),
    Story(
        "ประกาศ อบต.คลองน้ำใส เรื่อง การรับลงทะเบียนผู้สูงอายุ ประจำปีงบประมาณ 2567",
        "2022-10-04",
        "09:00",
        PR,
        (
            "ด้วยองค์การบริหารส่วนตำบลคลองน้ำใส จะดำเนินการรับลงทะเบียนผู้ที่จะมีอายุครบหกสิบปีบริบูรณ์ในปีงบประมาณ พ.ศ. 2567 คือผู้ที่เกิดในหรือก่อนวันที่ 1 กันยายน 2507 เพื่อรับเงินเบี้ยยังชีพผู้สูงอายุ",
            "ผู้มีสิทธิ์ยื่นคำขอลงทะเบียนด้วยตนเองได้ที่สำนักงาน อบต.คลองน้ำใส ตั้งแต่เดือนตุลาคม 2565 ถึงเดือนกันยายน 2566 ในวันและเวลาราชการ",
            "หลักฐานประกอบการลงทะเบียน ได้แก่ บัตรประจำตัวประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝากธนาคาร ในกรณีมอบอำนาจให้ผู้อื่นยื่นแทน ให้แนบหนังสือมอบอำนาจพร้อมสำเนาบัตรของผู้รับมอบอำนาจด้วย",
        ),
    ),
    Story(
        "โครงการลอยกระทง สืบสานประเพณีไทย ประจำปี 2565",
        "2022-11-08",
        "22:15",
        ADMIN,
        (
            "อบต.คลองน้ำใสจัดงานลอยกระทง ประจำปี 2565 ณ สระน้ำสาธารณะบ้านคลองน้ำใส มีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติและการประกวดนางนพมาศ ประชาชนร่วมงานอย่างคึกคัก",
        ),
        photos=6,
    ),
    Story(
        "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ตามโครงการสัตว์ปลอดโรค คนปลอดภัย",
        "2023-01-19",
        "11:30",
        PR,
        (
            "อบต.คลองน้ำใสร่วมกับปศุสัตว์อำเภออรัญประเทศ ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมว พร้อมทำหมันฟรี ตามโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า",
            "ในปีนี้มีสุนัขและแมวได้รับวัคซีนแล้วทั้งสิ้น 1,284 ตัว ผู้ที่ยังไม่ได้นำสัตว์มาฉีดวัคซีน สามารถติดต่อได้ที่กองสาธารณสุขและสิ่งแวดล้อม",
        ),
        photos=2,
    ),
    Story(
        "ซ่อมแซมถนนลูกรังสายบ้านหนองเม็ก - บ้านโคกสูง",
        "2023-02-22",
        "14:00",
        ADMIN,
        (
            "กองช่าง อบต.คลองน้ำใส นำเครื่องจักรเข้าปรับเกรดและลงลูกรังซ่อมแซมถนนสายบ้านหนองเม็ก - บ้านโคกสูง ระยะทาง 1.2 กิโลเมตร ตามคำร้องของประชาชน",
        ),
        photos=3,
    ),
    Story(
        "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน",
        "2023-04-05",
        "16:45",
        PR,
        (
            "ระหว่างวันที่ 3 - 5 เมษายน 2566 อบต.คลองน้ำใส จัดฝึกอบรมทบทวนอาสาสมัครป้องกันภัยฝ่ายพลเรือน จำนวน 60 คน ณ หอประชุม อบต.คลองน้ำใส",
            "หลักสูตรประกอบด้วยการปฐมพยาบาลเบื้องต้น การช่วยเหลือผู้ประสบภัยทางน้ำ การดับไฟป่า และการจัดจุดตรวจในช่วงเทศกาลสงกรานต์ โดยมีวิทยากรจากศูนย์ ปภ. เขต 2 ปราจีนบุรี",
            "นายก อบต. กล่าวว่า อปพร. เป็นกำลังสำคัญในการดูแลความปลอดภัยของประชาชน โดยเฉพาะช่วงเทศกาลที่มีผู้เดินทางผ่านพื้นที่ชายแดนเป็นจำนวนมาก",
        ),
    ),
    Story(
        "ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2566",
        "2023-04-13",
        "08:30",
        ADMIN,
        (
            "อบต.คลองน้ำใสร่วมกับสถานีตำรวจภูธรคลองน้ำใส ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านคลองน้ำใส ตลอดช่วงเทศกาลสงกรานต์ ระหว่างวันที่ 11 - 17 เมษายน 2566",
        ),
        photos=3,
    ),
    Story(
        "ประชาสัมพันธ์ การป้องกันโรคไข้เลือดออกในฤดูฝน",
        "2023-06-02",
        "10:00",
        PR,
        (
            "เข้าสู่ฤดูฝน อบต.คลองน้ำใส ขอความร่วมมือประชาชนทุกครัวเรือนร่วมกันกำจัดแหล่งเพาะพันธุ์ยุงลายตามมาตรการ 3 เก็บ ได้แก่ เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด",
            "หากมีอาการไข้สูงลอย 2 วันขึ้นไป ปวดศีรษะ ปวดเมื่อยกล้ามเนื้อ ให้รีบไปพบแพทย์ที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน และห้ามรับประทานยาแอสไพรินหรือยาไอบูโพรเฟน",
        ),
    ),
    Story(
        "พ่นหมอกควันกำจัดยุงลายในโรงเรียนและศูนย์พัฒนาเด็กเล็ก",
        "2023-06-20",
        "15:15",
        ADMIN,
        ("เจ้าหน้าที่ อบต.คลองน้ำใส ออกพ่นหมอกควันกำจัดยุงลายในโรงเรียน 5 แห่ง และศูนย์พัฒนาเด็กเล็ก 2 แห่ง ก่อนเปิดภาคเรียน",),
        photos=4,
    ),
    Story(
        "โครงการส่งเสริมการปลูกผักปลอดสารพิษในครัวเรือน",
        "2023-08-09",
        "13:30",
        PR,
        (
            "อบต.คลองน้ำใสจัดโครงการส่งเสริมการปลูกผักปลอดสารพิษในครัวเรือน โดยแจกเมล็ดพันธุ์ผักสวนครัว 8 ชนิด และปุ๋ยหมักชีวภาพให้แก่ครัวเรือนที่เข้าร่วมโครงการ จำนวน 200 ครัวเรือน",
            "เจ้าหน้าที่ส่งเสริมการเกษตรอำเภออรัญประเทศ บรรยายวิธีการทำน้ำหมักไล่แมลงจากสะเดาและตะไคร้หอม และการปลูกผักในภาชนะสำหรับบ้านที่มีพื้นที่จำกัด",
            "ครัวเรือนที่ดูแลแปลงผักได้ดีที่สุดของแต่ละหมู่บ้าน จะได้รับรางวัลในงานวันเกษตรตำบลเดือนธันวาคม",
        ),
        photos=2,
    ),
    Story(
        "มอบเงินช่วยเหลือผู้ประสบวาตภัย หมู่ที่ 9",
        "2023-09-14",
        "11:00",
        ADMIN,
        (
            "อบต.คลองน้ำใสมอบเงินช่วยเหลือตามระเบียบฯ แก่ผู้ประสบวาตภัยบ้านหนองปรือ หมู่ที่ 9 ซึ่งบ้านเรือนได้รับความเสียหายจากพายุฤดูร้อน จำนวน 11 หลังคาเรือน",
        ),
        photos=3,
    ),
    Story(
        "พิธีวางพวงมาลา เนื่องในวันปิยมหาราช 23 ตุลาคม 2566",
        "2023-10-23",
        "10:40",
        PR,
        ("นายก อบต.คลองน้ำใส นำคณะผู้บริหารและพนักงานร่วมพิธีวางพวงมาลา เนื่องในวันปิยมหาราช ณ ที่ว่าการอำเภออรัญประเทศ",),
        photos=3,
    ),
    Story(
        "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2566",
        "2023-12-05",
        "09:10",
        PR,
        (
            "องค์การบริหารส่วนตำบลคลองน้ำใส ขอรายงานผลการดำเนินงานในรอบปีงบประมาณ พ.ศ. 2566 ให้ประชาชนทราบ ตามหลักการบริหารกิจการบ้านเมืองที่ดี",
            "ในปีงบประมาณ 2566 อบต. ได้รับงบประมาณทั้งสิ้น 48.6 ล้านบาท ดำเนินโครงการตามแผนพัฒนาท้องถิ่นแล้วเสร็จ 67 โครงการ จากทั้งหมด 74 โครงการ คิดเป็นร้อยละ 90.54",
            "ด้านโครงสร้างพื้นฐาน ได้ก่อสร้างถนนคอนกรีตเสริมเหล็ก 9 สาย รวมระยะทาง 3.4 กิโลเมตร ขยายเขตประปาหมู่บ้าน 2 แห่ง และติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ 85 จุด",
            "ด้านสังคมและสาธารณสุข ได้จ่ายเบี้ยยังชีพผู้สูงอายุ ผู้พิการ และผู้ป่วยเอดส์ ครบทุกรายตามกำหนด จัดหน่วยบริการตรวจสุขภาพเคลื่อนที่ 12 ครั้ง และจัดกิจกรรมพัฒนาคุณภาพชีวิตผู้สูงอายุต่อเนื่องทุกเดือน",
            "ส่วนโครงการที่ยังไม่แล้วเสร็จ 7 โครงการ ได้กันเงินไว้เบิกเหลื่อมปีและจะดำเนินการให้แล้วเสร็จภายในไตรมาสแรกของปีงบประมาณ 2567",
        ),
    ),
    Story(
        "จัดงานวันเด็กแห่งชาติ ประจำปี 2567",
        "2024-01-13",
        "16:30",
        ADMIN,
        (
            "วันเสาร์ที่ 13 มกราคม 2567 อบต.คลองน้ำใสจัดงานวันเด็กแห่งชาติ ณ สนามกีฬา อบต. มีการแสดงของนักเรียน เกมส์ชิงรางวัล และซุ้มอาหารฟรีกว่า 20 ซุ้ม มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน",
        ),
        photos=6,
    ),
    Story(
        "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปี 2567",
        "2024-01-15",
        "09:00",
        PR,
        (
            "องค์การบริหารส่วนตำบลคลองน้ำใส ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ 1 อัตรา และพนักงานจ้างทั่วไป ตำแหน่งนักการภารโรง 1 อัตรา",
            "รับสมัครระหว่างวันที่ 22 มกราคม - 2 กุมภาพันธ์ 2567 ณ สำนักปลัด อบต.คลองน้ำใส ผู้สนใจดูรายละเอียดได้จากประกาศฉบับเต็มในเอกสารแนบ",
        ),
    ),
    Story(
        "ลงพื้นที่สำรวจความเสียหายไฟไหม้บ้านเรือนประชาชน หมู่ที่ 4",
        "2024-02-03",
        "19:20",
        ADMIN,
        (
            "นายก อบต.คลองน้ำใสพร้อมเจ้าหน้าที่ลงพื้นที่ให้กำลังใจและสำรวจความเสียหายบ้านเรือนประชาชนที่ถูกไฟไหม้ บ้านคลองน้ำใสเหนือ หมู่ที่ 4 เพื่อให้ความช่วยเหลือเร่งด่วน",
        ),
        photos=2,
    ),
    Story(
        "ประชุมประชาคมตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น",
        "2024-03-12",
        "14:50",
        PR,
        (
            "อบต.คลองน้ำใสจัดประชุมประชาคมระดับตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) โดยมีผู้นำชุมชน ผู้แทนหน่วยงาน และประชาชนเข้าร่วมประชุม 150 คน",
            "ที่ประชุมเห็นชอบให้บรรจุโครงการเพิ่มเติม เช่น การก่อสร้างลานกีฬาอเนกประสงค์บ้านโคกสูง การขุดลอกคลองหว้า และการติดตั้งกล้องวงจรปิดบริเวณทางแยกสำคัญ",
        ),
        photos=2,
    ),
    Story(
        "กิจกรรมรดน้ำขอพรผู้สูงอายุ วันสงกรานต์ 2567",
        "2024-04-11",
        "12:00",
        ADMIN,
        ("อบต.คลองน้ำใสจัดกิจกรรมรดน้ำขอพรผู้สูงอายุ เนื่องในวันสงกรานต์และวันผู้สูงอายุ ณ หอประชุม อบต. มีผู้สูงอายุร่วมงาน 320 คน",),
        photos=5,
    ),
    Story(
        "ขอเชิญร่วมโครงการหน่วยบริการเคลื่อนที่ อบต.พบประชาชน",
        "2024-05-21",
        "10:30",
        PR,
        (
            "อบต.คลองน้ำใสกำหนดออกหน่วยบริการเคลื่อนที่ อบต.พบประชาชน ในวันที่ 29 พฤษภาคม 2567 ณ วัดหนองปรือ หมู่ที่ 9 ให้บริการรับชำระภาษี รับลงทะเบียนเบี้ยยังชีพ ตรวจสุขภาพ ตัดผมฟรี และรับเรื่องร้องทุกข์",
            "ขอเชิญประชาชนในหมู่ที่ 8, 9 และ 10 เข้ารับบริการโดยพร้อมเพรียงกัน",
        ),
    ),
    Story(
        "ส่งมอบรถบรรทุกน้ำอเนกประสงค์คันใหม่",
        "2024-06-26",
        "15:00",
        ADMIN,
        ("อบต.คลองน้ำใสรับมอบรถบรรทุกน้ำอเนกประสงค์ขนาด 6,000 ลิตร จากผู้รับจ้าง เพื่อใช้ในการดับเพลิงและแจกจ่ายน้ำอุปโภคบริโภคช่วงภัยแล้ง",),
        photos=3,
    ),
    Story(
        "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567",
        "2024-08-30",
        "11:45",
        PR,
        (
            "องค์การบริหารส่วนตำบลคลองน้ำใส ผ่านการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนน 94.38 คะแนน อยู่ในระดับ AA",
            "ผลคะแนนแบ่งเป็นแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน 96.12 คะแนน ภายนอก 92.75 คะแนน และแบบวัดการเปิดเผยข้อมูลสาธารณะ 94.30 คะแนน",
            "อบต.จะนำข้อเสนอแนะจากการประเมินไปปรับปรุงการเปิดเผยข้อมูลบนเว็บไซต์ โดยเฉพาะรายงานการใช้จ่ายงบประมาณรายไตรมาส และช่องทางรับเรื่องร้องเรียนการทุจริต",
        ),
    ),
)

ALBUMS = (
    ("ภาพกิจกรรมวันท้องถิ่นไทย 2565", "2022-03-18", 6),
    ("ภาพกิจกรรมงานลอยกระทง 2565", "2022-11-08", 8),
    ("ภาพกิจกรรมวันเด็กแห่งชาติ 2566", "2023-01-14", 8),
    ("ภาพกิจกรรมอบรม อปพร. หลักสูตรทบทวน", "2023-04-05", 6),
    ("ภาพกิจกรรมวันแม่แห่งชาติ 2566", "2023-08-11", 5),
    ("ภาพกิจกรรมวันเด็กแห่งชาติ 2567", "2024-01-13", 8),
    ("ภาพกิจกรรมรดน้ำขอพรผู้สูงอายุ 2567", "2024-04-11", 6),
    ("ภาพกิจกรรม อบต.พบประชาชน หมู่ที่ 9", "2024-05-29", 5),
)
ALBUM_FIRST_ID = 311
ALBUMS_PER_PAGE = 6


def _views(n: int) -> int:
    return (n * 53) % 700 + 31


def build(base_url: str) -> FixtureSite:
    site = FixtureSite(
        FAMILY,
        base_url,
        disallowed_paths=["/Admin/", "/Main/Search"],
        server_software="nginx/1.18.0",
    )
    _Renderer(site).register()
    return site


class _Renderer:
    def __init__(self, site: FixtureSite):
        self.site, self.base = site, site.base_url
        ordered = sorted(STORIES, key=lambda s: (s.date, s.time))
        self.news = [(FIRST_ID + 3 * n + (n % 2), s) for n, s in enumerate(ordered)]  # oldest first
        self.newest = list(reversed(self.news))
        self.albums = [(ALBUM_FIRST_ID + 2 * n, a) for n, a in enumerate(ALBUMS)]

    def register(self) -> None:
        site, b = self.site, self.base
        for news_id, s in self.news:
            dt = local_dt(s.date, s.time)
            for k in range(1, s.photos + 1):
                add_jpeg(site, self.photo(news_id, dt, k), 1024, 768, dt)
            site.add(f"/Main/PrPreview/id/{news_id}", self.article(news_id, s))
            site.articles.append(
                FixtureArticle(
                    url=f"{b}/Main/PrPreview/id/{news_id}",
                    aliases=(),
                    title=s.title,
                    paragraphs=s.paragraphs,
                    published=s.date,
                    author=s.author,
                    captions=(),
                )
            )
        home = self.frame(SITE, self.home())
        site.add("/", home)
        site.add("/Main/Index", home)
        site.non_articles += [b + "/", b + "/Main/Index"]
        pages = -(-len(self.news) // PER_PAGE)
        for n in range(1, pages + 1):
            chunk = self.newest[(n - 1) * PER_PAGE : n * PER_PAGE]
            page = self.frame("ข่าวประชาสัมพันธ์", self.pr_list(n, pages, chunk))
            site.add(f"/Main/PrList/page/{n}", page)
            site.non_articles.append(f"{b}/Main/PrList/page/{n}")
            if n == 1:
                site.add("/Main/PrList", page)
                site.non_articles.append(f"{b}/Main/PrList")
        album_pages = -(-len(self.albums) // ALBUMS_PER_PAGE)
        newest_albums = list(reversed(self.albums))
        for n in range(1, album_pages + 1):
            chunk = newest_albums[(n - 1) * ALBUMS_PER_PAGE : n * ALBUMS_PER_PAGE]
            site.add(f"/Main/ActivityList/page/{n}", self.frame("ภาพกิจกรรม", self.album_list(n, album_pages, chunk)))
            site.non_articles.append(f"{b}/Main/ActivityList/page/{n}")
        for album_id, (title, day, count) in self.albums:
            dt = local_dt(day, "17:00")
            for k in range(1, count + 1):
                add_jpeg(site, f"/uploads/activity/{album_id}/{k}.jpg", 1024, 768, dt)
            site.add(f"/Main/Activity/id/{album_id}", self.album(album_id, title, day, count))
            site.non_articles.append(f"{b}/Main/Activity/id/{album_id}")
        for path, title, body in _STATIC:
            site.add(
                path,
                self.frame(
                    title,
                    f'<div class="card"><div class="card-header bg-success text-white">{title}</div><div class="card-body">{body}</div></div>',
                ),
            )
            site.non_articles.append(b + path)
        site.add(
            "/Admin/Login",
            html_page(
                '<!DOCTYPE html><html><head><meta charset="utf-8"><title>เข้าสู่ระบบผู้ดูแล</title></head><body><form method="post" action="/Admin/Login/check"><input name="username"><input type="password" name="password"><button>เข้าสู่ระบบ</button></form></body></html>'
            ),
        )
        site.add(
            "/robots.txt",
            html_page("User-agent: *\nDisallow: /Admin/\nDisallow: /Main/Search\n", "text/plain; charset=utf-8"),
        )
        add_text(site, "/assets/bootstrap/css/bootstrap.min.css?v=4.6.2", "/* bootstrap */\n", "text/css")
        add_text(site, "/assets/css/theme-green.css?v=20210901", ".navbar{background:#1b7d3a}\n", "text/css")
        add_text(site, "/assets/js/jquery-3.6.0.min.js", "/* jquery */\n", "application/javascript")
        add_text(site, "/assets/fancybox/jquery.fancybox.min.js", "/* fancybox */\n", "application/javascript")
        add_jpeg(site, "/uploads/banner/banner-1.jpg", 1140, 300, SITE_BUILT)
        add_jpeg(site, "/uploads/logo.png", 90, 90, SITE_BUILT)
        add_jpeg(site, "/uploads/personnel/mayor.jpg", 200, 250, SITE_BUILT)

    def photo(self, news_id: int, dt: datetime, k: int) -> str:
        return f"/uploads/pr/{dt.year + 543}/{dt:%m}/pr{news_id}_{k}_{(news_id * 7 + k * 13) % 9000 + 1000}.jpg"

    # -- template -------------------------------------------------------------
    def frame(self, title: str, content: str) -> Response:
        nav = "\n".join(
            (
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">{label}</a>'
                f'<div class="dropdown-menu">{_dropdown(sub)}</div></li>'
            )
            if sub
            else f'<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>'
            for href, label, sub in _NAV
        )
        side = "\n".join(f'<a href="{h}" class="list-group-item list-group-item-action">{t}</a>' for h, t in _SIDE)
        return html_page(
            f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)} | {SITE}</title>
<meta name="description" content="เว็บไซต์{SITE} {ADDRESS}">
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css?v=4.6.2">
<link rel="stylesheet" href="/assets/css/theme-green.css?v=20210901">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&display=swap">
<link rel="icon" href="/uploads/logo.png">
</head>
<body>
<div class="topbar bg-dark text-white small py-1"><div class="container">
  <i class="fa fa-phone"></i> 0-3723-1456 &nbsp; <i class="fa fa-envelope"></i> saraban@klongnamsai.go.th
  <span class="float-right"><a class="text-white" href="https://www.facebook.com/klongnamsai.sao" target="_blank">Facebook</a> | <a class="text-white" href="https://line.me/R/ti/p/@klongnamsai" target="_blank">LINE</a></span>
</div></div>
<header class="container py-2">
  <div class="media"><img src="/uploads/logo.png" width="90" height="90" class="mr-3" alt="logo">
  <div class="media-body"><h1 class="h3 text-success mb-0">{SITE}</h1><div class="text-muted">{ADDRESS}</div></div></div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark">
<div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainmenu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainmenu">
<ul class="navbar-nav mr-auto">
{nav}
</ul>
<form class="form-inline" action="/Main/Search" method="get"><input class="form-control form-control-sm" name="q" placeholder="ค้นหา"></form>
</div>
</div>
</nav>
<div class="container mt-3">
<div class="row">
<div class="col-lg-9">
{content}
</div>
<aside class="col-lg-3">
<div class="card mb-3"><div class="card-body text-center"><img src="/uploads/personnel/mayor.jpg" class="img-fluid" width="200" height="250"><p class="mb-0 mt-2"><b>นายสุรชัย เพชรคลอง</b><br>นายกองค์การบริหารส่วนตำบลคลองน้ำใส</p></div></div>
<div class="list-group mb-3"><div class="list-group-item bg-success text-white">บริการประชาชน</div>
{side}
</div>
<div class="card mb-3"><div class="card-header">หน่วยงานที่เกี่ยวข้อง</div><div class="card-body small">
<a href="http://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="http://www.sakaeo.go.th/" target="_blank">จังหวัดสระแก้ว</a><br>
<a href="https://www.gprocurement.go.th/" target="_blank">ระบบการจัดซื้อจัดจ้างภาครัฐ</a><br>
<a href="http://www.info.go.th/" target="_blank">ศูนย์ข้อมูลข่าวสารของราชการ</a></div></div>
<div class="card mb-3"><div class="card-header">สถิติผู้เข้าชม</div><div class="card-body small">
วันนี้ 87<br>เมื่อวาน 142<br>เดือนนี้ 2,915<br>ทั้งหมด 186,402</div></div>
</aside>
</div>
</div>
<footer class="bg-success text-white mt-4 py-3 small">
<div class="container">
<div class="row"><div class="col-md-8">{SITE}<br>{ADDRESS}<br>โทรศัพท์ 0-3723-1456 โทรสาร 0-3723-1457</div>
<div class="col-md-4 text-right"><a class="text-white" href="/Main/Contact">ติดต่อเรา</a> | <a class="text-white" href="/Admin/Login">ผู้ดูแลระบบ</a></div></div>
<div class="text-center mt-2">Copyright &copy; 2021 {SITE}. All Rights Reserved. | พัฒนาระบบโดย บริษัท ท้องถิ่นซอฟต์ จำกัด</div>
</div>
</footer>
<script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/fancybox/jquery.fancybox.min.js"></script>
</body>
</html>
"""
        )

    def pager(self, base: str, n: int, pages: int) -> str:
        items = []
        prev_cls = " disabled" if n == 1 else ""
        items.append(
            f'<li class="page-item{prev_cls}"><a class="page-link" href="{base}/page/{max(1, n - 1)}">&laquo;</a></li>'
        )
        for k in range(1, pages + 1):
            active = " active" if k == n else ""
            items.append(f'<li class="page-item{active}"><a class="page-link" href="{base}/page/{k}">{k}</a></li>')
        next_cls = " disabled" if n == pages else ""
        items.append(
            f'<li class="page-item{next_cls}"><a class="page-link" href="{base}/page/{min(pages, n + 1)}">&raquo;</a></li>'
        )
        return (
            '<nav aria-label="Page navigation"><ul class="pagination justify-content-center">'
            + "".join(items)
            + "</ul></nav>"
        )

    # -- pages ----------------------------------------------------------------
    def card(self, news_id: int, s: Story) -> str:
        dt = local_dt(s.date, s.time)
        thumb = self.photo(news_id, dt, 1) if s.photos else "/uploads/logo.png"
        return (
            f'<div class="col-md-4 mb-3"><div class="card h-100"><a href="/Main/PrPreview/id/{news_id}"><img class="card-img-top" src="{thumb}" alt=""></a>'
            f'<div class="card-body p-2"><a href="/Main/PrPreview/id/{news_id}" class="card-title">{esc(s.title)}</a>'
            f'<div class="small text-muted"><i class="fa fa-calendar"></i> {thai_abbr(dt.date())} &nbsp; <i class="fa fa-eye"></i> {_views(news_id)}</div></div></div></div>'
        )

    def home(self) -> str:
        cards = "\n".join(self.card(i, s) for i, s in self.newest[:4])
        albums = "\n".join(
            f'<div class="col-6 col-md-3 mb-2"><a href="/Main/Activity/id/{aid}"><img class="img-fluid" src="/uploads/activity/{aid}/1.jpg"></a><div class="small">{esc(t)}</div></div>'
            for aid, (t, _d, _c) in list(reversed(self.albums))[:4]
        )
        return f"""<div id="banner" class="carousel slide mb-3"><div class="carousel-inner"><div class="carousel-item active"><img class="d-block w-100" src="/uploads/banner/banner-1.jpg" alt="banner"></div></div></div>
<div class="card mb-3"><div class="card-header bg-success text-white">ข่าวประชาสัมพันธ์</div><div class="card-body"><div class="row">
{cards}
</div><div class="text-right"><a href="/Main/PrList/page/1" class="btn btn-sm btn-outline-success">ดูทั้งหมด</a></div></div></div>
<div class="card mb-3"><div class="card-header bg-success text-white">ภาพกิจกรรม</div><div class="card-body"><div class="row">
{albums}
</div><div class="text-right"><a href="/Main/ActivityList/page/1" class="btn btn-sm btn-outline-success">ดูทั้งหมด</a></div></div></div>
<div class="card mb-3"><div class="card-header">ประกาศจัดซื้อจัดจ้าง</div><div class="card-body small">
<ul><li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=66099123456&amp;templateId=D0&amp;temp_Announ=A&amp;temp_itemNo=0&amp;seqNo=1" target="_blank">ประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></li>
<li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=66099123789&amp;templateId=W1&amp;temp_Announ=W&amp;temp_itemNo=0&amp;seqNo=1" target="_blank">ประกาศผู้ชนะการเสนอราคา จัดซื้อวัสดุอาหารเสริม (นม) ภาคเรียนที่ 1/2567</a></li></ul></div></div>
"""

    def pr_list(self, n: int, pages: int, chunk) -> str:
        rows = "\n".join(
            f'<div class="media border-bottom py-2"><img src="{self.photo(i, local_dt(s.date, s.time), 1) if s.photos else "/uploads/logo.png"}" width="160" class="mr-3" alt="">'
            f'<div class="media-body"><a href="/Main/PrPreview/id/{i}"><h6 class="mt-0">{esc(s.title)}</h6></a>'
            f'<div class="small text-muted">วันที่ลงข่าว : {thai_abbr(local_dt(s.date, s.time).date())} | อ่าน {_views(i)} ครั้ง</div></div></div>'
            for i, s in chunk
        )
        return f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li></ol></nav>
<h4 class="text-success border-bottom pb-2">ข่าวประชาสัมพันธ์</h4>
{rows}
<div class="mt-3">{self.pager("/Main/PrList", n, pages)}</div>
<p class="small text-muted text-center">หน้า {n} จาก {pages} (ทั้งหมด {len(self.news)} รายการ)</p>
"""

    def article(self, news_id: int, s: Story) -> Response:
        dt = local_dt(s.date, s.time)
        body = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in s.paragraphs)
        gallery = "\n".join(
            f'<div class="col-6 col-md-4 mb-2"><a data-fancybox="gallery" href="{self.photo(news_id, dt, k)}"><img class="img-fluid img-thumbnail" src="{self.photo(news_id, dt, k)}" alt=""></a></div>'
            for k in range(1, s.photos + 1)
        )
        poster = f'<div class="small text-muted">ผู้ลงข่าว : {esc(s.author)}</div>' if s.author else ""
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/Main/PrList/page/1">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">รายละเอียดข่าว</li></ol></nav>
<div class="card"><div class="card-body">
<h4 class="pr-title text-success">{esc(s.title)}</h4>
<div class="small text-muted mb-2"><i class="fa fa-calendar"></i> วันที่ลงข่าว : {thai_abbr(dt.date())} &nbsp; <i class="fa fa-eye"></i> อ่าน {_views(news_id)} ครั้ง</div>
<hr>
<div class="pr-detail">
{body}
</div>
<div class="row mt-3">
{gallery}
</div>
{poster}
<div class="mt-3"><a href="javascript:history.back()" class="btn btn-sm btn-secondary">&laquo; ย้อนกลับ</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={self.base}/Main/PrPreview/id/{news_id}" target="_blank" class="btn btn-sm btn-primary">แชร์ Facebook</a></div>
</div></div>
"""
        return self.frame(s.title, content)

    def album_list(self, n: int, pages: int, chunk) -> str:
        cards = "\n".join(
            f'<div class="col-md-4 mb-3"><div class="card"><a href="/Main/Activity/id/{aid}"><img class="card-img-top" src="/uploads/activity/{aid}/1.jpg"></a>'
            f'<div class="card-body p-2"><a href="/Main/Activity/id/{aid}">{esc(t)}</a><div class="small text-muted">{thai_abbr(local_dt(d, "17:00").date())}</div></div></div></div>'
            for aid, (t, d, _c) in chunk
        )
        return f'<h4 class="text-success border-bottom pb-2">ภาพกิจกรรม</h4><div class="row">{cards}</div>{self.pager("/Main/ActivityList", n, pages)}'

    def album(self, album_id: int, title: str, day: str, count: int) -> Response:
        photos = "\n".join(
            f'<div class="col-6 col-md-3 mb-2"><a data-fancybox="album" href="/uploads/activity/{album_id}/{k}.jpg"><img class="img-fluid img-thumbnail" src="/uploads/activity/{album_id}/{k}.jpg"></a></div>'
            for k in range(1, count + 1)
        )
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/Main/ActivityList/page/1">ภาพกิจกรรม</a></li><li class="breadcrumb-item active">รายละเอียด</li></ol></nav>
<div class="card"><div class="card-body">
<h4 class="text-success">{esc(title)}</h4>
<div class="small text-muted mb-2">วันที่ลงข่าว : {thai_abbr(local_dt(day, "17:00").date())} &nbsp; อ่าน {_views(album_id)} ครั้ง</div>
<div class="row">
{photos}
</div>
</div></div>"""
        return self.frame(title, content)


_NAV = (
    ("/", "หน้าหลัก", ()),
    (
        "#",
        "ข้อมูลพื้นฐาน",
        (
            ("/Main/Content/id/1", "ประวัติความเป็นมา"),
            ("/Main/Content/id/2", "วิสัยทัศน์/พันธกิจ"),
            ("/Main/Content/id/3", "ข้อมูลสภาพทั่วไป"),
            ("/Main/Structure", "โครงสร้างส่วนราชการ"),
        ),
    ),
    (
        "#",
        "บุคลากร",
        (
            ("/Main/Personnel/group/1", "คณะผู้บริหาร"),
            ("/Main/Personnel/group/2", "สมาชิกสภา อบต."),
            ("/Main/Personnel/group/3", "สำนักปลัด"),
            ("/Main/Personnel/group/4", "กองคลัง"),
            ("/Main/Personnel/group/5", "กองช่าง"),
        ),
    ),
    ("/Main/PrList/page/1", "ข่าวประชาสัมพันธ์", ()),
    ("/Main/ActivityList/page/1", "ภาพกิจกรรม", ()),
    ("/Main/Ita", "ITA", ()),
    ("/Main/Contact", "ติดต่อเรา", ()),
)

_SIDE = (
    ("/Main/Content/id/4", "คู่มือประชาชน"),
    ("/Main/Content/id/5", "ร้องเรียนการทุจริต"),
    ("/Main/Ita", "การประเมิน ITA"),
    ("https://www.dla.go.th/servlet/EbookServlet", "ระบบสารบรรณ"),
    ("/Main/Contact", "แผนที่ตั้ง อบต."),
)

_STATIC = (
    (
        "/Main/Content/id/1",
        "ประวัติความเป็นมา",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;ตำบลคลองน้ำใสเดิมเป็นส่วนหนึ่งของตำบลป่าไร่ ตั้งเป็นตำบลเมื่อปี พ.ศ. 2512 และได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อวันที่ 23 กุมภาพันธ์ 2540 ตั้งอยู่ติดแนวชายแดนไทย - กัมพูชา</p><p>&nbsp;&nbsp;&nbsp;&nbsp;มีหมู่บ้านในเขตรับผิดชอบ 12 หมู่บ้าน ประชากร 9,412 คน</p>",
    ),
    (
        "/Main/Content/id/2",
        "วิสัยทัศน์/พันธกิจ",
        "<p><b>วิสัยทัศน์</b> “คลองน้ำใสน่าอยู่ เศรษฐกิจชายแดนมั่นคง ประชาชนมีคุณภาพชีวิตที่ดี”</p><ol><li>พัฒนาโครงสร้างพื้นฐาน</li><li>ส่งเสริมเศรษฐกิจชุมชน</li><li>พัฒนาการศึกษาและสาธารณสุข</li></ol>",
    ),
    (
        "/Main/Content/id/3",
        "ข้อมูลสภาพทั่วไป",
        "<p>พื้นที่ 86 ตารางกิโลเมตร ทิศเหนือติดตำบลป่าไร่ ทิศใต้ติดตำบลผ่านศึก ทิศตะวันออกติดราชอาณาจักรกัมพูชา ทิศตะวันตกติดตำบลท่าข้าม</p>",
    ),
    (
        "/Main/Content/id/4",
        "คู่มือประชาชน",
        "<ul><li>การขออนุญาตก่อสร้างอาคาร</li><li>การชำระภาษีที่ดินและสิ่งปลูกสร้าง</li><li>การลงทะเบียนเบี้ยยังชีพ</li></ul>",
    ),
    (
        "/Main/Content/id/5",
        "ร้องเรียนการทุจริต",
        "<p>แจ้งเรื่องร้องเรียนได้ที่ศูนย์ดำรงธรรม อบต.คลองน้ำใส หรือโทร 0-3723-1456 ต่อ 11</p>",
    ),
    (
        "/Main/Structure",
        "โครงสร้างส่วนราชการ",
        "<ul><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li></ul>",
    ),
    (
        "/Main/Personnel/group/1",
        "คณะผู้บริหาร",
        "<p class=text-center>นายสุรชัย เพชรคลอง นายก อบต.<br>นายทองหล่อ มีสุข รองนายก อบต.<br>นางวันเพ็ญ ใจซื่อ รองนายก อบต.</p>",
    ),
    (
        "/Main/Personnel/group/2",
        "สมาชิกสภา อบต.",
        "<p class=text-center>นายเสถียร บุญมา ประธานสภา<br>นายจำลอง ศรีสระแก้ว รองประธานสภา</p>",
    ),
    ("/Main/Personnel/group/3", "สำนักปลัด", "<p class=text-center>นางสาวพรทิพย์ วงศ์ใหญ่ ปลัด อบต.</p>"),
    ("/Main/Personnel/group/4", "กองคลัง", "<p class=text-center>นางอรอุมา แสงทอง ผู้อำนวยการกองคลัง</p>"),
    ("/Main/Personnel/group/5", "กองช่าง", "<p class=text-center>นายวิชิต คงมั่น ผู้อำนวยการกองช่าง</p>"),
    (
        "/Main/Ita",
        "การประเมินคุณธรรมและความโปร่งใส (ITA)",
        "<table class='table table-sm'><tr><td>O1</td><td>โครงสร้าง</td></tr><tr><td>O2</td><td>ข้อมูลผู้บริหาร</td></tr><tr><td>O3</td><td>อำนาจหน้าที่</td></tr><tr><td>O10</td><td>ข่าวประชาสัมพันธ์</td></tr></table>",
    ),
    (
        "/Main/Contact",
        "ติดต่อเรา",
        f"<p>{SITE}<br>{ADDRESS}<br>โทรศัพท์ 0-3723-1456 โทรสาร 0-3723-1457<br>อีเมล saraban@klongnamsai.go.th</p>",
    ),
)


def _dropdown(sub: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<a class="dropdown-item" href="{h}">{t}</a>' for h, t in sub)
